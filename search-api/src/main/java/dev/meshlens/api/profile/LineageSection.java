package dev.meshlens.api.profile;

import java.util.List;

/**
 * A dataset's direct lineage: how many datasets it is derived from and how many are derived from it
 * (lower bounds when {@code exact} is false), the top five each way by usage over 30 days among the
 * first 1,000 (those the caller may not see are left out and counted as {@code hidden}, with the
 * jobs left out), and the first five jobs between.
 */
public record LineageSection(Side upstream, Side downstream, boolean exact) {
  static final int TOP = 5;

  /** One way: the count of direct neighbours, the top ones, the hidden ones, the jobs. */
  public record Side(long count, List<Neighbour> top, int hidden, List<Ref> jobs) {}

  /** A neighbour and its usage events over the last 30 days. */
  public record Neighbour(String urn, String name, long usage30Days) {}
}
