package dev.meshlens.catalog.health;

import java.time.Duration;
import java.time.LocalDate;

/** What a recompute did: the day written, how many of each were scored, rows written, how long. */
public record RecomputeSummary(
    LocalDate day, int datasets, int products, int domains, long rows, Duration took) {}
