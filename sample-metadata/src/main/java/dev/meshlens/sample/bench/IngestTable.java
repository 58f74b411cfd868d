package dev.meshlens.sample.bench;

import java.util.ArrayList;
import java.util.List;

/** Renders benchmark rows as a Markdown table with aligned columns. */
final class IngestTable {
  static final List<String> HEADER =
      List.of("metric", "Meshlens", "raw JDBC", "ratio (Meshlens / raw)", "target", "result");

  private IngestTable() {}

  static String render(String headline, List<IngestReport.Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(HEADER);
    for (IngestReport.Row row : rows) {
      cells.add(
          List.of(
              row.metric(),
              row.meshlens(),
              row.baseline(),
              row.ratio(),
              row.target(),
              row.result()));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> line : cells) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder(headline).append('\n');
    for (int r = 0; r < cells.size(); r++) {
      appendLine(out, cells.get(r), widths, r == 0);
      if (r == 0) {
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
          rule.add("-".repeat(width));
        }
        appendLine(out, rule, widths, true);
      }
    }
    return out.toString();
  }

  /** Numbers are right-aligned; the metric, target and result columns and the header are not. */
  private static void appendLine(
      StringBuilder out, List<String> line, int[] widths, boolean header) {
    out.append('|');
    for (int i = 0; i < widths.length; i++) {
      String cell = line.get(i);
      boolean left = header || i == 0 || i >= 4;
      String pad = " ".repeat(widths[i] - cell.length());
      out.append(' ').append(left ? cell + pad : pad + cell).append(" |");
    }
    out.append('\n');
  }
}
