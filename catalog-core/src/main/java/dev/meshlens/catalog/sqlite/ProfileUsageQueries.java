package dev.meshlens.catalog.sqlite;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import dev.meshlens.catalog.profile.CoUsage;
import dev.meshlens.catalog.profile.UsageDay;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The usage reads of profiles, on the {@code usage_daily} read model. */
final class ProfileUsageQueries {
  private static final JsonStringEncoder JSON_STRINGS = JsonStringEncoder.getInstance();

  List<UsageDay> days(Connection c, Urn dataset, long fromDay, long toDay, int limit)
      throws SQLException {
    List<UsageDay> days = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT day, principal_kind, principal, events FROM usage_daily"
                + " WHERE dataset = ? AND day >= ? AND day <= ? ORDER BY day DESC LIMIT ?")) {
      ps.setString(1, dataset.toString());
      ps.setLong(2, fromDay);
      ps.setLong(3, toDay);
      ps.setInt(4, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          days.add(
              new UsageDay(
                  rs.getLong(1),
                  PrincipalKind.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getLong(4)));
        }
      }
    }
    return days;
  }

  Map<Urn, Long> totals(Connection c, Collection<Urn> datasets, long fromDay, long toDay)
      throws SQLException {
    Map<Urn, Long> totals = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT u.dataset, sum(u.events) FROM json_each(?) j"
                + " JOIN usage_daily u ON u.dataset = j.value AND u.day >= ? AND u.day <= ?"
                + " GROUP BY u.dataset")) {
      ps.setString(1, jsonArray(datasets.stream().map(Urn::toString).toList()));
      ps.setLong(2, fromDay);
      ps.setLong(3, toDay);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          totals.put(Urn.parse(rs.getString(1)), rs.getLong(2));
        }
      }
    }
    return totals;
  }

  List<CoUsage> together(
      Connection c,
      Urn dataset,
      Collection<String> principals,
      long fromDay,
      int rowsPerPrincipal,
      int limit)
      throws SQLException {
    Map<String, Set<String>> users = new HashMap<>();
    Map<String, Long> events = new HashMap<>();
    String self = dataset.toString();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT dataset, events FROM usage_daily WHERE principal = ? AND day >= ?"
                + " ORDER BY day DESC LIMIT ?")) {
      for (String principal : principals) {
        ps.setString(1, principal);
        ps.setLong(2, fromDay);
        ps.setInt(3, rowsPerPrincipal);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String other = rs.getString(1);
            if (!other.equals(self)) {
              users.computeIfAbsent(other, k -> new HashSet<>()).add(principal);
              events.merge(other, rs.getLong(2), Long::sum);
            }
          }
        }
      }
    }
    return users.entrySet().stream()
        .map(e -> new CoUsage(Urn.parse(e.getKey()), e.getValue().size(), events.get(e.getKey())))
        .sorted(
            Comparator.comparingInt(CoUsage::sharedPrincipals)
                .thenComparingLong(CoUsage::events)
                .reversed()
                .thenComparing(CoUsage::dataset))
        .limit(limit)
        .toList();
  }

  static String jsonArray(Collection<String> values) {
    StringBuilder array = new StringBuilder("[");
    for (String value : values) {
      array.append(array.length() > 1 ? "," : "").append('"');
      JSON_STRINGS.quoteAsString(value, array);
      array.append('"');
    }
    return array.append(']').toString();
  }
}
