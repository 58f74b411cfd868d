package dev.meshlens.catalog.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.InvalidBatchException;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.Violation;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.UsageEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and writes a {@link Batch} as JSON:
 *
 * <pre>{@code
 * {"source": "...", "actor": "...",
 *  "upserts": [{"urn": "urn:meshlens:...", "aspect": "schema", "value": {...}}],
 *  "removals": ["urn:meshlens:..."],
 *  "runs": [...], "usage": [...], "qualityResults": [...]}
 * }</pre>
 *
 * A malformed batch gives an {@link InvalidBatchException} listing every problem with its path.
 */
public final class BatchParser {
  private final ObjectMapper mapper;

  public BatchParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public BatchParser() {
    this(CatalogJson.newMapper());
  }

  public String toJson(Batch batch) {
    ObjectNode root = mapper.createObjectNode();
    root.put("source", batch.source());
    if (batch.actor() != null) {
      root.put("actor", batch.actor());
    }
    ArrayNode upserts = root.putArray("upserts");
    for (Batch.Upsert upsert : batch.upserts()) {
      ObjectNode node = upserts.addObject();
      node.put("urn", upsert.urn().toString());
      node.put("aspect", upsert.aspect().aspectKind().code());
      node.set("value", mapper.valueToTree(upsert.aspect()));
    }
    ArrayNode removals = root.putArray("removals");
    batch.removals().forEach(urn -> removals.add(urn.toString()));
    root.set("runs", mapper.valueToTree(batch.runs()));
    root.set("usage", mapper.valueToTree(batch.usage()));
    root.set("qualityResults", mapper.valueToTree(batch.qualityResults()));
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize batch", e);
    }
  }

  /** Parses one batch; {@code defaultSource} is used when the JSON names none. */
  public Batch fromJson(String json, String defaultSource) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid("body", "is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw invalid("body", "must be a JSON object");
    }
    List<Violation> violations = new ArrayList<>();
    String source = root.path("source").asText(defaultSource);
    if (source == null || source.isBlank()) {
      violations.add(new Violation("source", null, "must name the source of the batch"));
    }
    Batch.Builder builder = Batch.builder(source == null || source.isBlank() ? "?" : source);
    if (root.hasNonNull("actor")) {
      builder.actor(root.get("actor").asText());
    }
    each(root, "upserts", violations, (node, path) -> upsert(node, path, builder, violations));
    each(
        root, "removals", violations, (node, path) -> urn(node, path, violations, builder::remove));
    each(root, "runs", violations, (n, p) -> read(n, p, Run.class, violations, builder::run));
    each(
        root,
        "usage",
        violations,
        (n, p) -> read(n, p, UsageEvent.class, violations, builder::usage));
    each(
        root,
        "qualityResults",
        violations,
        (n, p) -> read(n, p, QualityResult.class, violations, builder::qualityResult));
    if (!violations.isEmpty()) {
      throw new InvalidBatchException(violations);
    }
    return builder.build();
  }

  private interface ElementReader {
    void read(JsonNode node, String path);
  }

  private static void each(
      JsonNode root, String field, List<Violation> violations, ElementReader reader) {
    JsonNode array = root.get(field);
    if (array == null || array.isNull()) {
      return;
    }
    if (!array.isArray()) {
      violations.add(new Violation(field, null, "must be an array"));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      reader.read(array.get(i), field + "[" + i + "]");
    }
  }

  private void upsert(JsonNode node, String path, Batch.Builder builder, List<Violation> out) {
    Urn[] urn = new Urn[1];
    urn(node.get("urn"), path + ".urn", out, u -> urn[0] = u);
    String urnText = urn[0] == null ? null : urn[0].toString();
    AspectKind kind;
    try {
      kind = AspectKind.fromCode(node.path("aspect").asText(""));
    } catch (IllegalArgumentException e) {
      out.add(new Violation(path + ".aspect", urnText, e.getMessage()));
      return;
    }
    Aspect[] value = new Aspect[1];
    read(node.get("value"), path + ".value", kind.type(), out, v -> value[0] = v, urnText);
    if (urn[0] != null && value[0] != null) {
      builder.upsert(urn[0], value[0]);
    }
  }

  private static void urn(JsonNode node, String path, List<Violation> out, Consumer<Urn> to) {
    if (node == null || !node.isTextual()) {
      out.add(new Violation(path, null, "must be a URN string"));
      return;
    }
    try {
      to.accept(Urn.parse(node.asText()));
    } catch (IllegalArgumentException e) {
      out.add(new Violation(path, null, e.getMessage()));
    }
  }

  private <T> void read(
      JsonNode node, String path, Class<T> type, List<Violation> out, Consumer<? super T> to) {
    read(node, path, type, out, to, null);
  }

  private <T> void read(
      JsonNode node,
      String path,
      Class<T> type,
      List<Violation> out,
      Consumer<? super T> to,
      String urn) {
    if (node == null || !node.isObject()) {
      out.add(new Violation(path, urn, "must be a JSON object"));
      return;
    }
    try {
      to.accept(mapper.treeToValue(node, type));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      out.add(new Violation(path + jsonPath(e), urn, rootMessage(e)));
    }
  }

  private static String jsonPath(Exception e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof JsonProcessingException json) {
      return json.getOriginalMessage();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static InvalidBatchException invalid(String path, String message) {
    return new InvalidBatchException(List.of(new Violation(path, null, message)));
  }
}
