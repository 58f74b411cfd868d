package dev.meshlens.api.bench;

import dev.meshlens.catalog.Urn;
import dev.meshlens.sample.bench.graph.LineageMesh;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the SPARQL property path from each of the first starts, one query at a time (timed), and
 * compares its closure with the lineage answer from the same start (one more query, not timed) and
 * with the in-memory BFS walked without limits; tallies the comparisons in {@link NodeSets}.
 */
final class SparqlComparison {
  private static final Logger LOG = LoggerFactory.getLogger(SparqlComparison.class);
  private static final int MISMATCHES_KEPT = 5;

  private final SparqlClosure sparql;
  private final LineageAnswers answers;
  private final AdjacencyBfs bfs;
  private final LineageMesh mesh;
  private final List<String> mismatches = new ArrayList<>();
  private int queries;
  private int timedOut;
  private int complete;
  private int completeEqual;
  private int partial;
  private int partialWithin;
  private int bfsEqual;

  SparqlComparison(
      SparqlClosure sparql, LineageAnswers answers, AdjacencyBfs bfs, LineageMesh mesh) {
    this.sparql = sparql;
    this.answers = answers;
    this.bfs = bfs;
    this.mesh = mesh;
  }

  /** Each query's time, for the first {@code count} starts, and how many timed out. */
  record Timings(long[] nanos, int timedOut) {}

  /** Queries from the first {@code count} starts one way; untimed warm-up queries first. */
  Timings run(GraphStarts starts, int count, boolean upstream, int warmUp) {
    for (int i = 0; i < warmUp && count + i < starts.size(); i++) {
      sparql.closure(starts.urns().get(count + i), upstream);
    }
    long[] nanos = new long[count];
    int timeouts = 0;
    for (int i = 0; i < count; i++) {
      Urn start = starts.urns().get(i);
      SparqlClosure.Answer answer = sparql.closure(start, upstream);
      nanos[i] = answer.nanos();
      queries++;
      if (answer.timedOut()) {
        timeouts++;
        timedOut++;
        continue;
      }
      compare(start, starts.ids()[i], upstream, answer.nodes());
    }
    LOG.info(
        "SPARQL {}: {} queries, {} timed out",
        upstream ? "upstream" : "downstream",
        count,
        timeouts);
    return new Timings(nanos, timeouts);
  }

  private void compare(Urn start, int id, boolean upstream, Set<Urn> closure) {
    String way = upstream ? "upstream" : "downstream";
    LineageAnswers.Nodes answer = answers.nodes(start, upstream);
    Set<Urn> answered = new HashSet<>(answer.urns());
    answered.remove(start);
    if (!answer.truncated()) {
      complete++;
      if (answered.equals(closure)) {
        completeEqual++;
      } else {
        mismatch(way, start, "complete answer", answered, closure);
      }
    } else {
      partial++;
      if (closure.containsAll(answered)) {
        partialWithin++;
      } else {
        mismatch(way, start, "partial answer", answered, closure);
      }
    }
    Set<Urn> walked = new HashSet<>();
    for (int node : bfs.walk(id, upstream, Integer.MAX_VALUE, Integer.MAX_VALUE)) {
      walked.add(mesh.dataset(node));
    }
    walked.remove(start);
    if (walked.equals(closure)) {
      bfsEqual++;
    } else {
      mismatch(way, start, "unlimited BFS", walked, closure);
    }
  }

  private void mismatch(String way, Urn start, String what, Set<Urn> ours, Set<Urn> closure) {
    Set<Urn> extra = new HashSet<>(ours);
    extra.removeAll(closure);
    Set<Urn> missing = new HashSet<>(closure);
    missing.removeAll(ours);
    String said =
        String.format(
            Locale.ROOT,
            "%s from %s: %s has %d nodes, SPARQL %d; %d not in SPARQL's, %d of SPARQL's missing",
            way,
            start,
            what,
            ours.size(),
            closure.size(),
            extra.size(),
            missing.size());
    LOG.warn("Node sets differ: {}", said);
    if (mismatches.size() < MISMATCHES_KEPT) {
      mismatches.add(said);
    }
  }

  NodeSets nodeSets() {
    return new NodeSets(
        queries, timedOut, complete, completeEqual, partial, partialWithin, bfsEqual, mismatches);
  }
}
