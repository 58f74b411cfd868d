package dev.meshlens.api.bench;

import dev.meshlens.lineage.rdf.Iris;
import dev.meshlens.lineage.rdf.Vocab;
import dev.meshlens.sample.bench.graph.LineageMesh;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The baseline of adding edges: the same dataset-to-dataset edges as {@code <output>
 * prov:wasDerivedFrom <input>} triples, built beforehand (not timed), added with raw Jena into a
 * fresh TDB2 database's default graph, either in one write transaction ({@code DatasetGraph.add})
 * or with the TDB2 bulk loader (the phased loader, which suits two cores). Each timing includes the
 * commit, not opening or closing the database.
 */
final class RawJenaLoad {
  private static final Logger LOG = LoggerFactory.getLogger(RawJenaLoad.class);

  private final List<Triple> triples;

  private RawJenaLoad(List<Triple> triples) {
    this.triples = triples;
  }

  /** The triples of the mesh's edges, with one node object per dataset, as a parser would share. */
  static RawJenaLoad of(LineageMesh mesh) {
    Node[] nodes = new Node[mesh.datasets()];
    long[] edges = mesh.edges();
    List<Triple> triples = new ArrayList<>(edges.length);
    for (long edge : edges) {
      triples.add(
          Triple.create(
              node(nodes, mesh, (int) (edge >>> 32)),
              Vocab.WAS_DERIVED_FROM,
              node(nodes, mesh, (int) edge)));
    }
    return new RawJenaLoad(triples);
  }

  private static Node node(Node[] nodes, LineageMesh mesh, int id) {
    if (nodes[id] == null) {
      nodes[id] = Iris.node(mesh.dataset(id));
    }
    return nodes[id];
  }

  int size() {
    return triples.size();
  }

  /** Nanoseconds to add the triples in one write transaction into a new database in {@code dir}. */
  long inOneTransaction(Path dir) {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
    try {
      LOG.info("Raw Jena: adding {} triples in one TDB2 write transaction", triples.size());
      return Timed.time(() ->
          Txn.executeWrite(
              dsg,
              () -> {
                for (Triple t : triples) {
                  dsg.getDefaultGraph().add(t);
                }
              }));
    } finally {
      TDBInternal.expel(dsg);
    }
  }

  /** Nanoseconds to load the triples with the TDB2 phased bulk loader into {@code dir}. */
  long withBulkLoader(Path dir) {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
    try {
      LOG.info("Raw Jena: loading {} triples with the TDB2 phased loader", triples.size());
      MonitorOutput quiet =
          (format, args) -> {
            if (LOG.isDebugEnabled()) {
              LOG.debug(String.format(Locale.ROOT, format, args));
            }
          };
      DataLoader loader = LoaderFactory.phasedLoader(dsg, quiet);
      return Timed.time(() -> {
        loader.startBulk();
        try {
          triples.forEach(loader.stream()::triple);
          loader.finishBulk();
        } catch (RuntimeException e) {
          loader.finishException(e);
          throw e;
        }
      });
    } finally {
      TDBInternal.expel(dsg);
    }
  }
}
