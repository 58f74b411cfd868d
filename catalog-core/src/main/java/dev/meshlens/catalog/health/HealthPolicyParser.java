package dev.meshlens.catalog.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link HealthPolicy} from YAML, strictly: every key is required, unknown keys are
 * refused, and every message names the key and the value. Durations are ISO-8601 ({@code P30D},
 * {@code PT24H}) or a number with a unit ({@code 30d}, {@code 24h}, {@code 90m}, {@code 45s}).
 */
public final class HealthPolicyParser {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*([dhms])");
  private static final String DEFAULT = "default-policy.yaml";
  private static volatile HealthPolicy defaults;

  private HealthPolicyParser() {}

  /** Reads the policy in {@code file}, naming the file in any error. */
  public static HealthPolicy fromFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidHealthPolicyException(
          "Cannot read the health policy " + file + ": " + e.getMessage());
    }
    try {
      return fromYaml(text);
    } catch (InvalidHealthPolicyException e) {
      throw new InvalidHealthPolicyException("Health policy " + file + ": " + e.getMessage());
    }
  }

  /** Reads a policy from YAML text. */
  public static HealthPolicy fromYaml(String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidHealthPolicyException(
          "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidHealthPolicyException("the policy must be a YAML mapping, got " + root);
    }
    expectKeys(root, "", Set.of("weights", "window", "freshness", "usage", "caps", "grades"));
    JsonNode weightsNode = object(root, "weights");
    List<String> signals = new ArrayList<>();
    for (Signal signal : Signal.values()) {
      signals.add(signal.code());
    }
    expectKeys(weightsNode, "weights.", Set.copyOf(signals));
    Map<Signal, Double> weights = new EnumMap<>(Signal.class);
    for (Signal signal : Signal.values()) {
      weights.put(signal, number(weightsNode, "weights.", signal.code()));
    }
    JsonNode freshness = object(root, "freshness");
    expectKeys(freshness, "freshness.", Set.of("defaultSla", "zeroAfter"));
    JsonNode usage = object(root, "usage");
    expectKeys(usage, "usage.", Set.of("queryWeight"));
    JsonNode caps = object(root, "caps");
    expectKeys(caps, "caps.", Set.of("openIncident", "brokenContract"));
    JsonNode grades = object(root, "grades");
    expectKeys(grades, "grades.", Set.of("A", "B", "C", "D"));
    return new HealthPolicy(
        weights,
        duration(root, "", "window"),
        duration(freshness, "freshness.", "defaultSla"),
        number(freshness, "freshness.", "zeroAfter"),
        number(usage, "usage.", "queryWeight"),
        number(caps, "caps.", "openIncident"),
        number(caps, "caps.", "brokenContract"),
        new HealthPolicy.Grades(
            number(grades, "grades.", "A"),
            number(grades, "grades.", "B"),
            number(grades, "grades.", "C"),
            number(grades, "grades.", "D")));
  }

  static HealthPolicy defaults() {
    HealthPolicy policy = defaults;
    if (policy == null) {
      try (InputStream in = HealthPolicyParser.class.getResourceAsStream(DEFAULT)) {
        if (in == null) {
          throw new IllegalStateException("The built-in " + DEFAULT + " is missing");
        }
        policy = fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the built-in " + DEFAULT, e);
      }
      defaults = policy;
    }
    return policy;
  }

  /** Parses {@code 30d}, {@code 24h}, {@code 90m}, {@code 45s} or ISO-8601 ({@code PT24H}). */
  static Duration parseDuration(String text, String key) {
    String value = text.trim();
    Matcher m = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    }
    try {
      return Duration.parse(value.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new InvalidHealthPolicyException(
          key + " must be a duration such as 30d, 24h, 90m or PT24H, got '" + text + "'");
    }
  }

  private static void expectKeys(JsonNode node, String prefix, Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new InvalidHealthPolicyException(
            "unknown key '"
                + prefix
                + name
                + "' (allowed: "
                + String.join(", ", sorted(allowed))
                + ")");
      }
    }
    for (String key : sorted(allowed)) {
      if (!node.has(key) || node.get(key).isNull()) {
        throw new InvalidHealthPolicyException("missing key '" + prefix + key + "'");
      }
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  private static JsonNode object(JsonNode parent, String key) {
    JsonNode node = parent.get(key);
    if (!node.isObject()) {
      throw new InvalidHealthPolicyException(key + " must be a mapping, got '" + node + "'");
    }
    return node;
  }

  private static double number(JsonNode parent, String prefix, String key) {
    JsonNode node = parent.get(key);
    if (!node.isNumber()) {
      throw new InvalidHealthPolicyException(
          prefix + key + " must be a number, got '" + node.asText() + "'");
    }
    return node.asDouble();
  }

  private static Duration duration(JsonNode parent, String prefix, String key) {
    JsonNode node = parent.get(key);
    if (!node.isValueNode()) {
      throw new InvalidHealthPolicyException(
          prefix + key + " must be a duration such as 30d, got '" + node + "'");
    }
    Duration duration = parseDuration(node.asText(), prefix + key);
    if (duration.isNegative() || duration.isZero()) {
      throw new InvalidHealthPolicyException(
          prefix + key + " must be a positive duration, got '" + node.asText() + "'");
    }
    return duration;
  }
}
