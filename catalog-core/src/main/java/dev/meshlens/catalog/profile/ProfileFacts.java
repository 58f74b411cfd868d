package dev.meshlens.catalog.profile;

/** Facts about one asset that its profile shows, read from the store's time series. */
public interface ProfileFacts {}
