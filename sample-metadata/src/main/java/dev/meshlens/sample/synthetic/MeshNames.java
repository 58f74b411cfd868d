package dev.meshlens.sample.synthetic;

import dev.meshlens.catalog.Urn;
import dev.meshlens.sample.synthetic.ColumnWords.Column;
import dev.meshlens.sample.synthetic.Hashing.Permutation;
import dev.meshlens.sample.synthetic.MeshLayout.DatasetSlot;
import dev.meshlens.sample.synthetic.MeshLayout.ProductSlot;
import java.util.List;

/**
 * The names of everything in the mesh, each computed from its position: distinct positions get
 * distinct names (ordinals go through {@link Permutation}s onto word combinations, with a number
 * appended once the combinations run out).
 */
final class MeshNames {
  private static final long SALT_PRODUCT = 11;
  private static final long SALT_TABLE = 12;
  private static final long SALT_PLATFORM = 13;
  private static final long SALT_COLUMNS = 14;
  private static final long SALT_PERSON = 15;
  private static final long SALT_PERSONAL = 16;
  private static final long SALT_PERSONAL_POSITION = 17;
  private static final long SALT_PERSONAL_KIND = 18;

  /** Percent of datasets with one column of personal data. */
  private static final int PERSONAL_PERCENT = 8;

  private static final int PRODUCT_COMBOS =
      Words.PRODUCT_SUBJECTS.size() * Words.PRODUCT_KINDS.size();
  private static final int TABLE_COMBOS = Words.ENTITIES.size() * Words.TABLE_QUALIFIERS.size();
  private static final int PERSON_COMBOS = Words.FIRST_NAMES.size() * Words.LAST_NAMES.size();

  private final long seed;
  private final int columns;
  private final MeshLayout layout;
  private final Permutation people;

  MeshNames(SyntheticMeshConfig config, MeshLayout layout) {
    this.seed = config.seed();
    this.columns = config.columnsPerDataset();
    this.layout = layout;
    this.people = Permutation.of(PERSON_COMBOS, Hashing.mix(seed, SALT_PERSON, 0));
  }

  static String domainId(int domain) {
    String area = Words.AREAS.get(domain % Words.AREAS.size());
    int round = domain / Words.AREAS.size();
    if (round == 0) {
      return area;
    }
    String region = Words.REGIONS.get((round - 1) % Words.REGIONS.size());
    int lap = (round - 1) / Words.REGIONS.size();
    return area + "-" + region + (lap == 0 ? "" : Integer.toString(lap + 1));
  }

  static Urn domainUrn(int domain) {
    return Urn.domain(domainId(domain));
  }

  static Urn teamUrn(int domain) {
    return Urn.owner("team-" + domainId(domain));
  }

  String personId(int person) {
    int combo = people.apply(person % PERSON_COMBOS);
    int lap = person / PERSON_COMBOS;
    int first = combo % Words.FIRST_NAMES.size();
    int last = (combo / Words.FIRST_NAMES.size() + 7 * first) % Words.LAST_NAMES.size();
    return Words.FIRST_NAMES.get(first)
        + "."
        + Words.LAST_NAMES.get(last)
        + (lap == 0 ? "" : Integer.toString(lap + 1));
  }

  /** People are spread over the domains' teams: person p works in domain {@code p % domains}. */
  int domainOfPerson(int person) {
    return person % layout.domains();
  }

  /** The {@code k}-th person of a domain's team (wrapping around the team). */
  int personOfDomain(int domain, int k) {
    int teamSize = Math.max(1, (layout.people() - 1 - domain) / layout.domains() + 1);
    return domain + Math.floorMod(k, teamSize) * layout.domains();
  }

  String productId(ProductSlot product) {
    Permutation combos =
        Permutation.of(PRODUCT_COMBOS, Hashing.mix(seed, SALT_PRODUCT, product.domain()));
    int combo = combos.apply(product.ordinal() % PRODUCT_COMBOS);
    int lap = product.ordinal() / PRODUCT_COMBOS;
    return Words.PRODUCT_SUBJECTS.get(combo % Words.PRODUCT_SUBJECTS.size())
        + "-"
        + Words.PRODUCT_KINDS.get(combo / Words.PRODUCT_SUBJECTS.size())
        + (lap == 0 ? "" : "-" + (lap + 1));
  }

  Urn productUrn(ProductSlot product) {
    return Urn.product(domainId(product.domain()), productId(product));
  }

  Platform platform(ProductSlot product) {
    return Platform.ofPercentile(Hashing.pick(seed, SALT_PLATFORM, product.key(), 100));
  }

  /** The entity ({@code plural/singular}) a dataset is about. */
  String entity(DatasetSlot dataset) {
    return Words.ENTITIES.get(tableCombo(dataset) % Words.ENTITIES.size());
  }

  /** The table name in snake_case: a hub name for hubs, else entity and qualifier. */
  String table(DatasetSlot dataset) {
    if (dataset.index() < layout.hubs()) {
      int hub = dataset.index();
      String name = Words.HUBS.get(hub % Words.HUBS.size());
      return hub < Words.HUBS.size() ? name : name + "_" + (hub / Words.HUBS.size() + 1);
    }
    int combo = tableCombo(dataset);
    String plural = plural(Words.ENTITIES.get(combo % Words.ENTITIES.size()));
    String qualifier = Words.TABLE_QUALIFIERS.get(combo / Words.ENTITIES.size());
    int lap = dataset.table() / TABLE_COMBOS;
    return plural
        + (qualifier.isEmpty() ? "" : "_" + qualifier)
        + (lap == 0 ? "" : "_" + (lap + 1));
  }

  private int tableCombo(DatasetSlot dataset) {
    Permutation combos =
        Permutation.of(TABLE_COMBOS, Hashing.mix(seed, SALT_TABLE, dataset.product().key()));
    return combos.apply(dataset.table() % TABLE_COMBOS);
  }

  Urn datasetUrn(DatasetSlot dataset) {
    ProductSlot product = dataset.product();
    Platform platform = platform(product);
    String domainId = domainId(product.domain());
    return Urn.dataset(
        platform.namespace(domainId),
        platform.datasetName(domainId, productId(product), table(dataset)));
  }

  Urn datasetUrn(int index) {
    return datasetUrn(layout.slot(index));
  }

  /** The column at {@code position} of a dataset, its name spelled the way its platform does. */
  String columnName(DatasetSlot dataset, int position) {
    return platform(dataset.product()).identifier(column(dataset, position).name());
  }

  /**
   * Column {@code position} of a dataset (names in snake_case): position 0 is the entity's
   * surrogate key ({@code order_key}), the others are common columns in an order of the dataset's
   * own, except that a few datasets have one column of personal data instead.
   */
  Column column(DatasetSlot dataset, int position) {
    if (position > 0 && position == personalPosition(dataset)) {
      return ColumnWords.PERSONAL.get(
          Hashing.pick(seed, SALT_PERSONAL_KIND, dataset.index(), ColumnWords.PERSONAL.size()));
    }
    if (position == 0) {
      String key = singular(entity(dataset)) + "_key";
      return new Column(key, ColumnWords.Kind.KEY, "Surrogate key of the row.");
    }
    List<Column> common = ColumnWords.COMMON;
    Permutation order =
        Permutation.of(common.size(), Hashing.mix(seed, SALT_COLUMNS, dataset.index()));
    Column column = common.get(order.apply(position - 1));
    int lap = (position - 1) / common.size();
    return lap == 0
        ? column
        : new Column(column.name() + "_" + (lap + 1), column.kind(), column.description());
  }

  /** The position of the dataset's column of personal data, or -1 when it has none. */
  int personalPosition(DatasetSlot dataset) {
    if (columns < 2
        || Hashing.pick(seed, SALT_PERSONAL, dataset.index(), 100) >= PERSONAL_PERCENT) {
      return -1;
    }
    return 1 + Hashing.pick(seed, SALT_PERSONAL_POSITION, dataset.index(), columns - 1);
  }

  static String plural(String entity) {
    return entity.substring(0, entity.indexOf('/'));
  }

  static String singular(String entity) {
    return entity.substring(entity.indexOf('/') + 1);
  }
}
