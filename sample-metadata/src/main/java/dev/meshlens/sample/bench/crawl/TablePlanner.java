package dev.meshlens.sample.bench.crawl;

import dev.meshlens.sample.bench.crawl.SourceVocabulary.Area;
import dev.meshlens.sample.bench.crawl.SourceVocabulary.Attribute;
import dev.meshlens.sample.bench.crawl.TablePlan.Column;
import dev.meshlens.sample.bench.crawl.TablePlan.Reference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides each table of a generated database from its position alone (and the seed), so any table
 * can be planned again without the others: {@code [layer_]area_things[_qualifier][_n]} names, an
 * integer key {@code <thing>_id} (every tenth table keeps history, keyed by id and {@code
 * valid_from}), zero to three foreign keys to earlier tables nearby (1.2 on average), and the rest
 * of the columns drawn from a list of common attributes.
 */
final class TablePlanner {
  private static final int HISTORY_EVERY = 10;
  private static final int REFERENCE_WINDOW = 400;
  private static final long SALT_TABLE = 0x5EED_7AB1EL;
  private static final long SALT_VIEW = 0x5EED_71E3L;

  private final SqliteSourceConfig config;

  TablePlanner(SqliteSourceConfig config) {
    this.config = config;
  }

  TablePlan plan(int index) {
    SplittableRandom random = random(SALT_TABLE, index);
    String[] name = name(index);
    List<Column> columns = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    List<String> key = new ArrayList<>();
    add(columns, taken, new Column(name[1] + "_id", "INTEGER", true, ValueKind.WHOLE));
    key.add(name[1] + "_id");
    if (isHistory(index)) {
      add(columns, taken, new Column("valid_from", "DATE", true, ValueKind.DATE));
      key.add("valid_from");
    }
    List<Reference> references = references(index, random, columns, taken);
    addAttributes(random, columns, taken);
    return new TablePlan(name[0], columns, key, references);
  }

  /**
   * The view number {@code view}, over a table of its block of {@value
   * SqliteSourceConfig#TABLES_PER_VIEW}: the first with a foreign key from a random place on.
   */
  ViewPlan view(int view) {
    int block = view * SqliteSourceConfig.TABLES_PER_VIEW;
    int end = Math.min(config.tables(), block + SqliteSourceConfig.TABLES_PER_VIEW);
    int start = block + random(SALT_VIEW, view).nextInt(SqliteSourceConfig.TABLES_PER_VIEW / 2);
    for (int i = start; i < end; i++) {
      TablePlan base = plan(i);
      if (!base.references().isEmpty()) {
        Reference via = base.references().getFirst();
        return new ViewPlan("v_" + base.name(), base, via, plan(via.tableIndex()));
      }
    }
    TablePlan base = plan(start);
    return new ViewPlan("v_" + base.name(), base, null, null);
  }

  private List<Reference> references(
      int index, SplittableRandom random, List<Column> columns, Set<String> taken) {
    int draw = random.nextInt(100);
    int wanted = draw < 25 ? 0 : draw < 65 ? 1 : draw < 90 ? 2 : 3;
    wanted = Math.min(wanted, config.columnsPerTable() - columns.size() - 1);
    List<Reference> references = new ArrayList<>();
    for (int i = 0; i < wanted && index > 0; i++) {
      int target = index - 1 - random.nextInt(Math.min(index, REFERENCE_WINDOW));
      if (isHistory(target)) {
        target--;
      }
      String[] targetName = name(target);
      String column = referenceColumn(targetName[1], taken);
      if (column != null) {
        add(columns, taken, new Column(column, "INTEGER", random.nextBoolean(), ValueKind.WHOLE));
        references.add(new Reference(column, target, targetName[0], targetName[1] + "_id"));
      }
    }
    return references;
  }

  /** {@code <thing>_id}, or {@code <role>_<thing>_id} when taken; null when all are taken. */
  private static String referenceColumn(String thing, Set<String> taken) {
    String plain = thing + "_id";
    if (!taken.contains(plain)) {
      return plain;
    }
    for (String role : SourceVocabulary.ROLES) {
      if (!taken.contains(role + "_" + plain)) {
        return role + "_" + plain;
      }
    }
    return null;
  }

  /** Fills the table up to its column count with attributes in a random order, then numbered. */
  private void addAttributes(SplittableRandom random, List<Column> columns, Set<String> taken) {
    List<Attribute> pool = new ArrayList<>(SourceVocabulary.ATTRIBUTES);
    int next = 0;
    int numbered = 1;
    while (columns.size() < config.columnsPerTable()) {
      if (next < pool.size()) {
        int pick = next + random.nextInt(pool.size() - next);
        Attribute attribute = pool.set(pick, pool.get(next));
        next++;
        if (!taken.contains(attribute.name())) {
          add(
              columns,
              taken,
              new Column(
                  attribute.name(), attribute.type(), attribute.notNull(), attribute.kind()));
        }
      } else {
        add(columns, taken, new Column("attribute_" + numbered++, "TEXT", false, ValueKind.TEXT));
      }
    }
  }

  private static void add(List<Column> columns, Set<String> taken, Column column) {
    columns.add(column);
    taken.add(column.name());
  }

  /** The table name and the singular thing it keeps, from the position alone. */
  static String[] name(int index) {
    int k = index % SourceVocabulary.names();
    int round = index / SourceVocabulary.names();
    Area area = SourceVocabulary.AREAS.get(k / 3 % SourceVocabulary.AREAS.size());
    String[] thing = area.entities().get(k % 3).split("/", -1);
    int rest = k / 3 / SourceVocabulary.AREAS.size();
    String qualifier = SourceVocabulary.QUALIFIERS.get(rest % SourceVocabulary.QUALIFIERS.size());
    String layer = SourceVocabulary.LAYERS.get(rest / SourceVocabulary.QUALIFIERS.size());
    StringBuilder name = new StringBuilder();
    for (String part : new String[] {layer, area.name(), thing[0], qualifier}) {
      if (!part.isEmpty()) {
        name.append(name.isEmpty() ? "" : "_").append(part);
      }
    }
    if (round > 0) {
      name.append('_').append(round + 1);
    }
    return new String[] {name.toString(), thing[1]};
  }

  private static boolean isHistory(int index) {
    return index % HISTORY_EVERY == HISTORY_EVERY - 1;
  }

  private SplittableRandom random(long salt, int index) {
    return new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + salt * 31 + index);
  }
}
