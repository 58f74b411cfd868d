package dev.meshlens.catalog;

import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.UsageEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One unit of writing: what a source (a crawler, a push endpoint, a person) says about assets,
 * applied to the store in one transaction. Upserts set the source's version of an aspect; removals
 * withdraw everything the source said about an asset; runs, usage events and quality results are
 * facts appended to time series. Applying the same batch twice changes nothing the second time.
 *
 * @param source who says this, such as {@code jdbc:sales-orders} or {@code user:ana@acme.example}
 * @param actor the person or crawl run behind the write, or null
 */
public record Batch(
    String source,
    String actor,
    List<Upsert> upserts,
    List<Urn> removals,
    List<Run> runs,
    List<UsageEvent> usage,
    List<QualityResult> qualityResults) {

  public Batch {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    upserts = List.copyOf(upserts == null ? List.of() : upserts);
    removals = List.copyOf(removals == null ? List.of() : removals);
    runs = List.copyOf(runs == null ? List.of() : runs);
    usage = List.copyOf(usage == null ? List.of() : usage);
    qualityResults = List.copyOf(qualityResults == null ? List.of() : qualityResults);
  }

  /** The number of operations in this batch, of every kind. */
  public int size() {
    return upserts.size() + removals.size() + runs.size() + usage.size() + qualityResults.size();
  }

  public static Builder builder(String source) {
    return new Builder(source);
  }

  /** Sets {@code source}'s version of one aspect of an asset. */
  public record Upsert(Urn urn, Aspect aspect) {
    public Upsert {
      Objects.requireNonNull(urn, "urn");
      Objects.requireNonNull(aspect, "aspect");
    }
  }

  /** Collects the operations of a batch. */
  public static final class Builder {
    private final String source;
    private String actor;
    private final List<Upsert> upserts = new ArrayList<>();
    private final List<Urn> removals = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private final List<UsageEvent> usage = new ArrayList<>();
    private final List<QualityResult> qualityResults = new ArrayList<>();

    private Builder(String source) {
      this.source = source;
    }

    public Builder actor(String actor) {
      this.actor = actor;
      return this;
    }

    public Builder upsert(Urn urn, Aspect aspect) {
      upserts.add(new Upsert(urn, aspect));
      return this;
    }

    public Builder remove(Urn urn) {
      removals.add(urn);
      return this;
    }

    public Builder run(Run run) {
      runs.add(run);
      return this;
    }

    public Builder usage(UsageEvent event) {
      usage.add(event);
      return this;
    }

    public Builder qualityResult(QualityResult result) {
      qualityResults.add(result);
      return this;
    }

    public int size() {
      return upserts.size() + removals.size() + runs.size() + usage.size() + qualityResults.size();
    }

    public Batch build() {
      return new Batch(source, actor, upserts, removals, runs, usage, qualityResults);
    }
  }
}
