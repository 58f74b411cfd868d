package dev.meshlens.sample.mesh.model;

import dev.meshlens.sample.mesh.model.Drafts.DatasetDraft;
import dev.meshlens.sample.mesh.model.Drafts.ProductDraft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns dataset drafts into datasets: gives each its OpenLineage identity, builds its columns and
 * resolves copies (staging tables that mirror another dataset) and views (projections of a table),
 * across products, in as many passes as the chain of copies needs.
 */
final class DatasetResolver {
  /** Columns the ingestion job adds to every copy of another product's table. */
  private static final String LOAD_COLUMNS = "_batch_id, _loaded_at";

  /** Columns the replication tool adds to every table it copies into the warehouse. */
  private static final String REPLICA_COLUMNS =
      "_fivetran_synced:timestamp, _fivetran_deleted:boolean";

  private static final Pattern AGGREGATE =
      Pattern.compile(".*(daily|weekly|monthly|summary|balances)$");

  private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

  private final Map<String, ProductDraft> products = new LinkedHashMap<>();
  private final Map<String, Dataset> resolved = new LinkedHashMap<>();

  DatasetResolver(List<ProductDraft> drafts) {
    drafts.forEach(p -> products.put(p.key(), p));
  }

  /** Resolves every dataset of every product; the key is {@code domain/product:localName}. */
  Map<String, Dataset> resolveAll() {
    List<Map.Entry<ProductDraft, DatasetDraft>> pending = new ArrayList<>();
    products.values().forEach(p -> p.datasets.forEach(d -> pending.add(Map.entry(p, d))));
    while (!pending.isEmpty()) {
      int before = pending.size();
      pending.removeIf(e -> tryResolve(e.getKey(), e.getValue()));
      if (pending.size() == before) {
        throw new IllegalStateException(
            "Unresolvable copies or views: "
                + pending.stream()
                    .map(e -> e.getKey().key() + ":" + e.getValue().localName)
                    .toList());
      }
    }
    return resolved;
  }

  /** The key of a reference made from inside a product. */
  static String keyOf(String ref, ProductDraft from) {
    return ref.contains(":") ? ref : from.key() + ":" + ref;
  }

  private boolean tryResolve(ProductDraft product, DatasetDraft draft) {
    String source = draft.copyOf != null ? draft.copyOf : draft.viewBase;
    List<Column> columns;
    if (source == null) {
      columns = factory(product, draft).columns(draft.localName, draft.columnTokens + audit(draft));
    } else {
      Dataset base = resolved.get(keyOf(source, product));
      if (base == null) {
        return false;
      }
      columns = copiedColumns(product, draft, base);
    }
    String viewSql =
        draft.kind == DatasetKind.VIEW && draft.platform == Platform.POSTGRES
            ? viewSql(draft, columns)
            : null;
    Dataset dataset =
        new Dataset(
            product.key(),
            draft.localName,
            draft.kind,
            draft.platform,
            idOf(product, draft),
            draft.description,
            columns,
            viewSql);
    resolved.put(product.key() + ":" + draft.localName, dataset);
    return true;
  }

  private List<Column> copiedColumns(ProductDraft product, DatasetDraft draft, Dataset base) {
    String[] parts = draft.copyColumns.split("\\+", 2);
    String subset = parts[0].strip();
    List<Column> columns = new ArrayList<>();
    if (subset.isEmpty() || subset.equals("*")) {
      base.columns().forEach(c -> columns.add(c.asCopy()));
    } else {
      for (String name : BlueprintParser.list(subset, ",")) {
        Column column =
            base.findColumn(name)
                .orElseThrow(
                    () -> new IllegalArgumentException("No column " + name + " in " + base.id()));
        columns.add(column.asCopy());
      }
    }
    String extra = parts.length > 1 ? parts[1] : "";
    if (extra.isBlank()
        && draft.platform == Platform.POSTGRES
        && !base.productKey().equals(product.key())) {
      extra = LOAD_COLUMNS;
    }
    columns.addAll(factory(product, draft).columns(draft.localName, extra));
    return columns;
  }

  /**
   * The audit columns the owning application or dbt adds to a table that does not declare them:
   * {@code created_at} and {@code updated_at} in the product databases (aggregates only get {@code
   * updated_at}), {@code dbt_updated_at} on warehouse marts.
   */
  private static String audit(DatasetDraft draft) {
    String tokens = draft.columnTokens.toLowerCase(java.util.Locale.ROOT);
    if (draft.kind != DatasetKind.TABLE
        || draft.coverage != null
        || draft.localName.startsWith("stg_")) {
      return "";
    }
    if (draft.platform == Platform.SNOWFLAKE) {
      return draft.localName.startsWith("marts.") ? ", dbt_updated_at:timestamp" : "";
    }
    if (draft.platform != Platform.POSTGRES) {
      return "";
    }
    StringBuilder audit = new StringBuilder();
    if (!tokens.contains("created_at")
        && !tokens.contains("createdat")
        && !AGGREGATE.matcher(draft.localName).matches()) {
      audit.append(", created_at");
    }
    if (!tokens.contains("updated_at") && !tokens.contains("updatedat")) {
      audit.append(", updated_at");
    }
    return audit.toString();
  }

  private static String viewSql(DatasetDraft draft, List<Column> columns) {
    String select = String.join(", ", columns.stream().map(c -> quote(c.name())).toList());
    String sql = "SELECT " + select + " FROM " + quote(draft.viewBase);
    return draft.viewWhere.isBlank() ? sql : sql + " WHERE " + draft.viewWhere;
  }

  /** An SQL identifier, double-quoted only where it has to be. */
  static String quote(String identifier) {
    return PLAIN.matcher(identifier).matches() ? identifier : '"' + identifier + '"';
  }

  private static ColumnFactory factory(ProductDraft product, DatasetDraft draft) {
    return new ColumnFactory(
        product.key(), draft.coverage != null ? draft.coverage : product.coverage);
  }

  private static DatasetId idOf(ProductDraft product, DatasetDraft draft) {
    String database = product.id.replace('-', '_');
    return switch (draft.platform) {
      case POSTGRES ->
          new DatasetId(
              Platform.postgresNamespace(product.domain), database + ".public." + draft.localName);
      case KAFKA -> new DatasetId(Platform.KAFKA_NAMESPACE, draft.localName);
      case S3 -> new DatasetId(Platform.S3_NAMESPACE, draft.localName);
      case SNOWFLAKE ->
          new DatasetId(
              Platform.SNOWFLAKE_NAMESPACE,
              (product.dbt != null ? product.dbt.database() : database) + "." + draft.localName);
    };
  }
}
