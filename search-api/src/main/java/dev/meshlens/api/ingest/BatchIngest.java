package dev.meshlens.api.ingest;

import dev.meshlens.catalog.ApplyResult;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.InvalidBatchException;
import dev.meshlens.catalog.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The generic push: applies a batch that names its own source, through the store's one write path.
 * Sources of the kind {@value #PEOPLE} are refused (they hold edits made by people, who win over
 * every system source), and so are the sources owned by the server's own push endpoints (their
 * versions are kept in step by those endpoints).
 */
public final class BatchIngest {
  /** The source kind of edits made by people ({@code user:ana@acme.example}). */
  public static final String PEOPLE = "user";

  private final CatalogStore store;
  private final Set<String> ownedSources;

  public BatchIngest(CatalogStore store, Set<String> ownedSources) {
    this.store = store;
    this.ownedSources = Set.copyOf(ownedSources);
  }

  /**
   * Applies the batch in one transaction.
   *
   * @throws InvalidBatchException when the source is refused or the batch breaks a rule; nothing is
   *     applied
   */
  public ApplyResult apply(Batch batch) {
    String source = batch.source().trim();
    String kind = source.split(":", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (kind.equals(PEOPLE)) {
      throw refused(
          "'"
              + source
              + "' is of the kind '"
              + PEOPLE
              + "', reserved for edits made by people; name the system that pushes, such as"
              + " 'airflow:prod'");
    }
    if (ownedSources.contains(source)) {
      throw refused(
          "'" + source + "' belongs to another push endpoint of this server; name your own source");
    }
    return store.apply(batch);
  }

  private static InvalidBatchException refused(String message) {
    return new InvalidBatchException(List.of(new Violation("source", null, message)));
  }
}
