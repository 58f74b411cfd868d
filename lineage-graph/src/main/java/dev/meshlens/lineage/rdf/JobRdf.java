package dev.meshlens.lineage.rdf;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ColumnLineage;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Run;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * A job: a {@code prov:Activity} ({@code ml:Job}) that {@code prov:used} its inputs and {@code
 * prov:generated} its outputs; each output {@code prov:wasGeneratedBy} the job and {@code
 * prov:wasDerivedFrom} each input, unless the job has more than {@value #MAX_DERIVATIONS}
 * input-output pairs (a hub job; its lineage is then stated by used/generated alone, rather than by
 * millions of triples). Column lineage is a qualified {@code prov:Derivation} per target and source
 * column ({@code prov:hadActivity} the job, {@code ml:transformation} the type where the source
 * gives it) next to the plain {@code prov:wasDerivedFrom}. The latest runs are {@code
 * prov:Activity}s ({@code ml:Run}) of the job.
 */
final class JobRdf {
  /** The most dataset-to-dataset {@code prov:wasDerivedFrom} triples one job states. */
  static final int MAX_DERIVATIONS = 10_000;

  private JobRdf() {}

  static void describe(Asset asset, Node self, AssetFacts facts, TripleSink out) {
    Urn urn = asset.urn();
    out.add(self, Vocab.TYPE, Vocab.ACTIVITY);
    out.add(self, Vocab.TYPE, Vocab.JOB);
    out.label(self, asset.displayName(), false);
    AssetRdf.membership(asset, self, out);
    asset
        .aspect(JobInfo.class)
        .ifPresent(info -> {
          out.text(self, Vocab.DESCRIPTION, info.description());
          out.concept(self, Vocab.DCT_TYPE, Vocab.JOB_TYPES, info.type());
        });
    asset.aspect(JobLineage.class).ifPresent(lineage -> lineage(urn, self, lineage, out));
    for (Run run : facts.latestRuns(urn)) {
      Node node = Iris.below(urn, "run", run.runId());
      out.add(node, Vocab.TYPE, Vocab.ACTIVITY);
      out.add(node, Vocab.TYPE, Vocab.RUN);
      out.add(node, Vocab.RUN_OF, self);
      out.text(node, Vocab.RUN_STATE, run.state().name().toLowerCase(Locale.ROOT));
      out.time(node, Vocab.STARTED_AT, run.startedAt());
      out.time(node, Vocab.ENDED_AT, run.endedAt());
      run.inputs().forEach(d -> out.add(node, Vocab.USED, Iris.node(d)));
      run.outputs().forEach(d -> out.add(node, Vocab.GENERATED, Iris.node(d)));
    }
  }

  private static void lineage(Urn job, Node self, JobLineage lineage, TripleSink out) {
    Set<Urn> inputs = new LinkedHashSet<>(lineage.inputs());
    Set<Urn> outputs = new LinkedHashSet<>(lineage.outputs());
    inputs.forEach(d -> out.add(self, Vocab.USED, Iris.node(d)));
    boolean derivations = (long) inputs.size() * outputs.size() <= MAX_DERIVATIONS;
    for (Urn output : outputs) {
      Node o = Iris.node(output);
      out.add(self, Vocab.GENERATED, o);
      out.add(o, Vocab.WAS_GENERATED_BY, self);
      for (Urn input : derivations ? inputs : Set.<Urn>of()) {
        if (!input.equals(output)) {
          out.add(o, Vocab.WAS_DERIVED_FROM, Iris.node(input));
        }
      }
    }
    for (ColumnLineage column : lineage.columns()) {
      Node target = Iris.node(column.target());
      for (Urn source : new LinkedHashSet<>(column.sources())) {
        Node s = Iris.node(source);
        out.add(target, Vocab.WAS_DERIVED_FROM, s);
        Node derivation =
            Iris.below(job, "derivation", Iris.digest(column.target() + "<" + source));
        out.add(target, Vocab.QUALIFIED_DERIVATION, derivation);
        out.add(derivation, Vocab.TYPE, Vocab.DERIVATION);
        out.add(derivation, Vocab.PROV_ENTITY, s);
        out.add(derivation, Vocab.HAD_ACTIVITY, self);
        out.text(derivation, Vocab.TRANSFORMATION, column.transformation());
        out.text(derivation, Vocab.DESCRIPTION, column.description());
      }
    }
  }
}
