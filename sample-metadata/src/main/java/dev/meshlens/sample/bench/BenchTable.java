package dev.meshlens.sample.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders benchmark rows as a Markdown table with aligned columns, and formats their cells. */
public final class BenchTable {
  private BenchTable() {}

  /**
   * The headline, then the table: {@code header} names the six columns of {@link BenchRow}. Figures
   * are right-aligned; the metric, target and result columns and the header are not.
   */
  public static String render(String headline, List<String> header, List<BenchRow> rows) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(List.copyOf(header));
    for (BenchRow row : rows) {
      cells.add(
          List.of(
              row.metric(), row.ours(), row.baseline(), row.ratio(), row.target(), row.result()));
    }
    int[] widths = new int[header.size()];
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

  /** A whole number with thousands separators: {@code 19,352}. */
  public static String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A ratio with two decimals: {@code 0.58x}. */
  public static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }

  /** Seconds with one decimal: {@code 56.6 s}. */
  public static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%,.1f s", seconds);
  }

  public static String verdict(boolean ok) {
    return ok ? "PASS" : "MISS";
  }
}
