package dev.meshlens.sample.mesh;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Rows of the {@code flyway_schema_history} table Flyway keeps in every migrated database. */
final class Flyway {
  private static final List<String> SCRIPTS =
      List.of(
          "create_tables",
          "add_indexes",
          "add_updated_at",
          "add_currency",
          "backfill_status",
          "add_foreign_keys",
          "rename_columns",
          "add_audit_columns",
          "drop_legacy_view",
          "add_partitioning",
          "widen_varchar_columns",
          "add_check_constraints");

  private Flyway() {}

  static Object value(String column, int index, Random random) {
    String script = SCRIPTS.get(index % SCRIPTS.size());
    String version = "1." + index;
    return switch (column) {
      case "version" -> version;
      case "description" -> script.replace('_', ' ');
      case "type" -> "SQL";
      case "script" -> "V" + version.replace('.', '_') + "__" + script + ".sql";
      case "checksum" -> random.nextInt();
      case "installed_by" -> "flyway";
      case "installed_on" ->
          String.format(
              Locale.ROOT, "2025-%02d-%02d 04:%02d:00", 1 + index % 12, 1 + index % 27, index % 60);
      case "execution_time" -> 20 + random.nextInt(4_000);
      case "success" -> true;
      default -> null;
    };
  }
}
