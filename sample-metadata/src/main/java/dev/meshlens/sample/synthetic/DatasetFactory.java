package dev.meshlens.sample.synthetic;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.sample.synthetic.ColumnWords.Column;
import dev.meshlens.sample.synthetic.MeshLayout.DatasetSlot;
import dev.meshlens.sample.synthetic.MeshLayout.ProductSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A dataset's own aspects: info, schema, membership, ownership and tags. Some are left out on
 * purpose, as in a real mesh: a few datasets have no owner, no tags or no description, and about a
 * third of the columns have no description.
 */
final class DatasetFactory {
  private static final long SALT_DATASET = 21;
  private static final Classification PERSONAL = new Classification(Sensitivity.CONFIDENTIAL, true);
  private static final Tag PII = new Tag("pii");
  private static final List<Tag> TAGS = Words.DATASET_TAGS.stream().map(Tag::new).toList();

  private final long seed;
  private final int columns;
  private final MeshNames names;

  DatasetFactory(SyntheticMeshConfig config, MeshNames names) {
    this.seed = config.seed();
    this.columns = config.columnsPerDataset();
    this.names = names;
  }

  void addTo(Batch.Builder batch, DatasetSlot dataset, Urn urn) {
    SplittableRandom random = Hashing.random(seed, SALT_DATASET, dataset.index());
    boolean personal = names.personalPosition(dataset) > 0;
    batch.upsert(urn, info(dataset, personal, random));
    batch.upsert(urn, schema(dataset, random));
    ProductSlot product = dataset.product();
    batch.upsert(
        urn, new Membership(MeshNames.domainUrn(product.domain()), names.productUrn(product)));
    if (random.nextInt(100) < 95) {
      batch.upsert(urn, ownership(product.domain(), random));
    }
    List<Tag> tags = tags(personal, random);
    if (!tags.isEmpty()) {
      batch.upsert(urn, new Tags(tags));
    }
  }

  private DatasetInfo info(DatasetSlot dataset, boolean personal, SplittableRandom random) {
    Platform platform = names.platform(dataset.product());
    String table = names.table(dataset);
    String refresh = Words.REFRESH.get(random.nextInt(Words.REFRESH.size()));
    Map<String, String> properties = new TreeMap<>();
    properties.put("refresh", refresh);
    switch (platform) {
      case KAFKA -> properties.put("partitions", Integer.toString(1 << random.nextInt(6)));
      case S3 -> properties.put("format", random.nextBoolean() ? "parquet" : "iceberg");
      case SNOWFLAKE -> properties.put("materialization", "incremental");
      case POSTGRES -> properties.put("schema", Spelling.snake(names.productId(dataset.product())));
    }
    return new DatasetInfo(
        Spelling.title(table),
        random.nextInt(100) < 85 ? description(dataset, table, refresh, random) : null,
        platform.code(),
        platform.kinds().get(random.nextInt(platform.kinds().size())),
        personal ? PERSONAL : classification(random),
        platform == Platform.KAFKA ? null : (long) StrictMath.pow(10, 1 + 8 * random.nextDouble()),
        properties);
  }

  private String description(
      DatasetSlot dataset, String table, String refresh, SplittableRandom random) {
    String entity = names.entity(dataset);
    String product = Spelling.title(names.productId(dataset.product()));
    String domain = Spelling.title(MeshNames.domainId(dataset.product().domain()));
    return switch (random.nextInt(4)) {
      case 0 ->
          Spelling.title(table)
              + " of the "
              + product
              + " product: one row per "
              + MeshNames.singular(entity).replace('_', ' ')
              + ", refreshed "
              + refresh
              + ".";
      case 1 ->
          Spelling.title(refresh)
              + " extract of "
              + MeshNames.plural(entity).replace('_', ' ')
              + " for "
              + domain
              + " reporting.";
      case 2 ->
          "Curated "
              + MeshNames.plural(entity).replace('_', ' ')
              + " maintained by the "
              + domain
              + " team; the source of truth for "
              + product
              + ".";
      default -> "Cleaned and deduplicated " + MeshNames.plural(entity).replace('_', ' ') + ".";
    };
  }

  private static Classification classification(SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 20) {
      return Classification.PUBLIC;
    }
    return new Classification(roll < 90 ? Sensitivity.INTERNAL : Sensitivity.CONFIDENTIAL, false);
  }

  private Schema schema(DatasetSlot dataset, SplittableRandom random) {
    Platform platform = names.platform(dataset.product());
    int personal = names.personalPosition(dataset);
    List<Field> fields = new ArrayList<>(columns);
    for (int position = 0; position < columns; position++) {
      Column column = names.column(dataset, position);
      boolean isPersonal = position == personal;
      fields.add(
          new Field(
              platform.identifier(column.name()),
              platform.type(column.kind()),
              position == 0 ? Boolean.FALSE : random.nextInt(100) < 80,
              random.nextInt(100) < 70 ? column.description() : null,
              isPersonal ? List.of(PII, new Tag("pii:" + column.name())) : List.of(),
              List.of(),
              isPersonal ? PERSONAL : null));
    }
    return new Schema(fields, List.of(fields.getFirst().name()), List.of());
  }

  private Ownership ownership(int domain, SplittableRandom random) {
    List<Owner> owners = new ArrayList<>(2);
    owners.add(new Owner(MeshNames.teamUrn(domain), "owner"));
    if (random.nextInt(100) < 60) {
      int person = names.personOfDomain(domain, random.nextInt(1_000));
      owners.add(new Owner(Urn.owner(names.personId(person)), "steward"));
    }
    return new Ownership(owners);
  }

  private static List<Tag> tags(boolean personal, SplittableRandom random) {
    int roll = random.nextInt(100);
    int count = roll < 35 ? 0 : roll < 70 ? 1 : roll < 90 ? 2 : 3;
    List<Tag> tags = new ArrayList<>(count + 1);
    int first = random.nextInt(TAGS.size());
    for (int k = 0; k < count; k++) {
      tags.add(TAGS.get((first + 5 * k) % TAGS.size()));
    }
    if (personal) {
      tags.add(PII);
    }
    return tags;
  }
}
