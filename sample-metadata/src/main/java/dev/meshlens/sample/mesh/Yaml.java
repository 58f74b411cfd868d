package dev.meshlens.sample.mesh;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small block-style YAML writer for maps, lists and scalars. Output is deterministic: keys keep
 * their insertion order, null values are left out, and strings are quoted whenever a YAML 1.1 or
 * 1.2 reader could take them for anything but a string (numbers, dates, booleans).
 */
final class Yaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9 _./@()&,'+:-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

  private Yaml() {}

  /** Writes a document to a file, UTF-8, ending with a newline. */
  static void write(Path file, Map<String, ?> document) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, toYaml(document), StandardCharsets.UTF_8);
  }

  static String toYaml(Map<String, ?> document) {
    StringBuilder out = new StringBuilder();
    writeMap(out, document, 0);
    return out.toString();
  }

  private static void writeMap(StringBuilder out, Map<?, ?> map, int indent) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      out.append(" ".repeat(indent)).append(e.getKey()).append(':');
      writeValue(out, e.getValue(), indent);
    }
  }

  private static void writeValue(StringBuilder out, Object value, int indent) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      writeMap(out, map, indent + 2);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      writeList(out, list, indent + 2);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static void writeList(StringBuilder out, List<?> list, int indent) {
    for (Object item : list) {
      out.append(" ".repeat(indent)).append("- ");
      if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        StringBuilder nested = new StringBuilder();
        writeMap(nested, map, indent + 2);
        out.append(nested.substring(indent + 2));
      } else if (item instanceof List<?> inner && !inner.isEmpty()) {
        out.append('\n');
        writeList(out, inner, indent + 2);
      } else {
        out.append(scalar(item)).append('\n');
      }
    }
  }

  static String scalar(Object value) {
    if (value instanceof Map<?, ?>) {
      return "{}";
    }
    if (value instanceof List<?>) {
      return "[]";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    String text = value.toString();
    boolean plain =
        PLAIN.matcher(text).matches()
            && !RESERVED.contains(text.toLowerCase(Locale.ROOT))
            && !text.contains(": ")
            && !text.contains(" #")
            && !text.endsWith(":")
            && !text.endsWith(" ");
    return plain ? text : quote(text);
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
