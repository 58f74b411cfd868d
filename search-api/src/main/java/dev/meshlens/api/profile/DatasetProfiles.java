package dev.meshlens.api.profile;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Sla;
import dev.meshlens.catalog.profile.UsageDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Builds the profile of a dataset, section by section. */
final class DatasetProfiles {
  /** Producing jobs whose runs are read, and runs read per job. */
  static final int JOBS = 5;

  private DatasetProfiles() {}

  static DatasetProfile of(Reads reads, Asset asset) {
    Urn urn = asset.urn();
    Window window = reads.window();
    SectionTimer timer = reads.timer();
    Map<Urn, Asset> names = timer.time("names", () -> reads.assets(Basics.referenced(asset)));
    Asset product = Optional.ofNullable(Basics.productOf(asset)).map(names::get).orElse(null);
    Governing governing = timer.time("contract", () -> Governing.of(reads, urn, product));
    Part<DatasetLineage> lineage =
        timer.time("lineage graph", () -> DatasetLineage.of(reads.graph(), urn));
    List<UsageDay> usage =
        timer.time(
            "usage",
            () ->
                reads
                    .facts()
                    .usage(
                        urn, window.from(Window.LONG_DAYS), window.today(), UsageSection.MAX_ROWS));
    List<Run> runs =
        timer.time(
            "runs", () -> runs(reads, lineage.known() ? lineage.value().producers() : List.of()));
    DatasetInfo info = asset.aspect(DatasetInfo.class).orElse(null);
    Basics basics = timer.time("basics", () -> Basics.of(asset, names));
    return new DatasetProfile(
        basics,
        info == null ? null : info.platform(),
        info == null ? null : info.kind(),
        info == null ? null : info.classification(),
        info == null ? null : info.rowCount(),
        info == null ? Map.of() : info.properties(),
        timer.time("schema", () -> schema(reads, asset)),
        governing.contract(),
        timer.time("lineage", () -> Lineages.section(reads, lineage)),
        timer.time("usage", () -> UsageSection.of(usage, window)),
        timer.time("quality", () -> quality(reads, asset, governing)),
        FreshnessSection.of(RunsSection.lastCompleted(runs), governing.sla(), window),
        RunsSection.of(runs, window, runsReason(lineage)),
        timer.time("health", () -> HealthSection.of(reads.store().health(), urn)),
        timer.time(
            "history",
            () -> HistorySection.of(reads.facts().recentHistory(urn, HistorySection.LIMIT + 1))),
        timer.time("related", () -> Related.section(reads, asset, product, usage)));
  }

  private static Part<SchemaSection> schema(Reads reads, Asset asset) {
    return SchemaSection.of(
        asset.urn(),
        asset.aspect(Schema.class).orElse(null),
        DatasetLineage.upstreamColumns(reads.graph(), asset.urn()).orElse(null));
  }

  private static Part<QualitySection> quality(Reads reads, Asset asset, Governing governing) {
    return QualitySection.of(
        reads.store().qualityResults(asset.urn(), QualitySection.MAX_RESULTS),
        checks(asset, governing.info()),
        reads.window());
  }

  private static String runsReason(Part<DatasetLineage> lineage) {
    if (!lineage.known()) {
      return "the jobs producing it are not known: " + lineage.reason();
    }
    return lineage.value().producers().isEmpty()
        ? "no job is known to produce it"
        : "no run of the jobs producing it is recorded";
  }

  private static List<Run> runs(Reads reads, List<Urn> producers) {
    List<Run> runs = new ArrayList<>();
    for (Urn job : producers.stream().limit(JOBS).toList()) {
      runs.addAll(reads.store().runsOfJob(job, RunsSection.RECENT));
    }
    return runs;
  }

  private static List<QualityCheck> checks(Asset asset, ContractInfo contract) {
    List<QualityCheck> own =
        asset.aspect(QualityChecks.class).map(QualityChecks::checks).orElse(List.of());
    return contract == null
        ? own
        : Stream.concat(own.stream(), contract.qualityRules().stream()).toList();
  }

  /** The contract governing a dataset (through its product's port) and the SLA that applies. */
  record Governing(Part<ContractSection> contract, ContractInfo info, Sla sla) {
    static Governing of(Reads reads, Urn dataset, Asset product) {
      ProductInfo info = product == null ? null : product.aspect(ProductInfo.class).orElse(null);
      if (info == null) {
        return new Governing(
            Part.unknown("it belongs to no data product, so no contract governs it"), null, null);
      }
      Port port =
          Stream.concat(info.outputPorts().stream(), info.inputPorts().stream())
              .filter(p -> p.datasets().contains(dataset) && p.contract() != null)
              .findFirst()
              .orElse(null);
      if (port == null) {
        return new Governing(
            Part.unknown("no port of its product with a contract exposes it"), null, info.sla());
      }
      Asset contract = reads.store().findAsset(port.contract()).orElse(null);
      if (contract == null || contract.type() != EntityType.CONTRACT) {
        return new Governing(
            Part.unknown("its port names contract " + port.contract() + ", not in the catalog"),
            null,
            info.sla());
      }
      ContractInfo terms = contract.aspect(ContractInfo.class).orElse(null);
      Sla sla = terms != null && terms.sla() != null ? terms.sla() : info.sla();
      return new Governing(Part.of(ContractSection.of(contract, port.name())), terms, sla);
    }
  }
}
