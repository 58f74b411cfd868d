package dev.meshlens.lineage.rdf;

import dev.meshlens.catalog.Urn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The TDB2 dataset under a directory: one named graph per live asset (named by its IRI), a meta
 * graph holding the change-log sequence applied, and the derived graph. SPARQL queries on {@link
 * #dataset()} see the union of the named graphs as their default graph.
 */
public final class GraphStore implements AutoCloseable {
  private static final Node SELF = NodeFactory.createURI(Iris.GRAPHS + "lineage");

  private final Path dir;
  private final Dataset dataset;
  private final DatasetGraph graphs;

  private GraphStore(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
    this.graphs = dataset.asDatasetGraph();
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  /** Opens (or creates) the TDB2 database in {@code dir}. */
  public static GraphStore open(Path dir) {
    return new GraphStore(dir, TDB2Factory.connectDataset(Location.create(dir)));
  }

  /** The dataset, for SPARQL and export; use it in read transactions only. */
  public Dataset dataset() {
    return dataset;
  }

  /** The change-log sequence the graph has applied, 0 for a new graph. */
  public long appliedSequence() {
    return Txn.calculateRead(
        graphs,
        () -> {
          Iterator<Quad> found =
              graphs.find(Iris.META_GRAPH, SELF, Vocab.APPLIED_SEQUENCE, Node.ANY);
          return found.hasNext()
              ? Long.parseLong(found.next().getObject().getLiteralLexicalForm())
              : 0L;
        });
  }

  /** Runs {@code work} in one write transaction: all its changes commit together or not at all. */
  public void write(Consumer<Writer> work) {
    Txn.executeWrite(graphs, () -> work.accept(new Writer()));
  }

  /** Calls {@code visitor} with each asset graph, in a read transaction. */
  public void forEachAssetGraph(BiConsumer<Urn, Graph> visitor) {
    Txn.executeRead(
        graphs,
        () -> {
          Iterator<Node> names = graphs.listGraphNodes();
          while (names.hasNext()) {
            Node name = names.next();
            Optional<Urn> urn = Iris.toUrn(name);
            if (urn.isPresent()) {
              visitor.accept(urn.get(), graphs.getGraph(name));
            }
          }
        });
  }

  /** Reads a named graph's triples in a read transaction. */
  public List<Triple> triples(Node graphName) {
    return Txn.calculateRead(graphs, () -> graphs.getGraph(graphName).find().toList());
  }

  /** The changes one write transaction makes. */
  public final class Writer {
    private long added;

    private Writer() {}

    /** How many quads {@link #replace} added so far in this transaction. */
    public long added() {
      return added;
    }

    /**
     * Makes {@code triples} the whole content of the asset's graph, writing only the difference
     * with what it holds (TDB2 copies every block it writes, so an unchanged graph written again
     * costs disk and time for nothing); returns whether anything changed.
     */
    public boolean replace(Urn urn, List<Triple> triples) {
      Node name = Iris.node(urn);
      Set<Triple> missing = new LinkedHashSet<>(triples);
      List<Quad> stale = new ArrayList<>();
      graphs
          .find(name, Node.ANY, Node.ANY, Node.ANY)
          .forEachRemaining(q -> {
            if (!missing.remove(q.asTriple())) {
              stale.add(q);
            }
          });
      stale.forEach(graphs::delete);
      missing.forEach(t -> graphs.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
      added += missing.size();
      return !stale.isEmpty() || !missing.isEmpty();
    }

    /** Removes the asset's graph. */
    public void remove(Urn urn) {
      graphs.deleteAny(Iris.node(urn), Node.ANY, Node.ANY, Node.ANY);
    }

    /** Replaces a named graph's content with {@code add} after removing {@code remove}. */
    public void update(Node graphName, List<Triple> remove, List<Triple> add) {
      remove.forEach(
          t -> graphs.delete(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
      add.forEach(t -> graphs.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Records the change-log sequence applied. */
    public void sequence(long sequence) {
      graphs.deleteAny(Iris.META_GRAPH, SELF, Vocab.APPLIED_SEQUENCE, Node.ANY);
      graphs.add(
          Iris.META_GRAPH,
          SELF,
          Vocab.APPLIED_SEQUENCE,
          NodeFactory.createLiteralDT(Long.toString(sequence), XSDDatatype.XSDlong));
    }

    /** Removes every graph. */
    public void clear() {
      graphs.clear();
    }
  }

  /**
   * Compacts the database: copies the state last committed into a new generation and deletes the
   * old one, reclaiming the blocks that copy-on-write transactions left behind. Readers keep
   * reading meanwhile; call it outside a write transaction.
   */
  public void compact() {
    DatabaseMgr.compact(graphs, true);
  }

  /** The bytes of the database's files (every generation), as {@code du --apparent-size} says. */
  public long bytesOnDisk() {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot measure " + dir, e);
    }
  }

  @Override
  public void close() {
    TDBInternal.expel(graphs);
  }
}
