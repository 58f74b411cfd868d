package dev.meshlens.api.bench;

import dev.meshlens.api.Meshlens;
import dev.meshlens.indexer.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serving part of the search benchmark, on a running server: every distinct search alone, one
 * after the other, over HTTP, to the engine and raw (a pass to warm up, then a timed one), then an
 * open-loop load of searches over HTTP ({@code GET /api/v1/search}), then on the engine in process
 * ({@code SearchIndex.search}: hits, total and facet counts, no HTTP), then on the index's raw
 * {@code IndexSearcher} ({@code search(index.query(request), 10)}: no facets, no total, no stored
 * fields, no JSON), then autocomplete over HTTP ({@code GET /api/v1/suggest?q=}) unless that
 * answers 404.
 */
final class SearchLoad {
  private static final Logger LOG = LoggerFactory.getLogger(SearchLoad.class);

  /** Client threads (HTTP connections): enough to keep sending on time through a stall. */
  static final int CLIENTS = 32;

  static final String SUGGEST = "/api/v1/suggest?q=";

  private final Meshlens server;
  private final SearchIndex index;
  private final List<BenchQuery> queries;
  private final List<String> prefixes;

  SearchLoad(Meshlens server, List<BenchQuery> queries, List<String> prefixes) {
    this.server = server;
    this.index = server.searchIndex();
    this.queries = List.copyOf(queries);
    this.prefixes = List.copyOf(prefixes);
  }

  /**
   * Each distinct search timed alone over HTTP, to the engine in process and raw (nanoseconds), and
   * the median count of matches of a search.
   */
  record OneAtATime(long medianMatches, long[] http, long[] engine, long[] raw) {}

  /** What the load measured; {@code suggest} is null when the server has no autocomplete. */
  record Measured(
      List<BenchQuery> queries,
      OneAtATime alone,
      Load.Result http,
      Load.Result engine,
      Load.Result raw,
      Load.Result suggest,
      double loadBefore,
      double loadAfter) {}

  Measured run(double rate, int requests) {
    double loadBefore = loadAverage();
    boolean suggestable = suggestAvailable();
    OneAtATime alone = oneAtATime(suggestable);
    LOG.info("Searching over HTTP: {} searches at {}/s, open loop", requests, rate);
    Load.Result http =
        Load.openLoop("search over HTTP", rate, CLIENTS)
            .run(requests, () -> httpClient(i -> queries.get(i % queries.size()).path()));
    LOG.info("Searching the engine in process: the same {} searches at {}/s", requests, rate);
    Load.Result engine =
        Load.openLoop("SearchIndex.search", rate, CLIENTS).run(requests, () -> this::engine);
    LOG.info("Searching the raw IndexSearcher: the same {} searches at {}/s", requests, rate);
    Load.Result raw =
        Load.openLoop("raw IndexSearcher", rate, CLIENTS).run(requests, () -> this::raw);
    Load.Result suggest = null;
    if (suggestable) {
      LOG.info("Autocomplete over HTTP: {} prefixes at {}/s", requests, rate);
      suggest =
          Load.openLoop("autocomplete over HTTP", rate, CLIENTS)
              .run(requests, () -> httpClient(i -> SUGGEST + BenchQuery.encode(prefix(i))));
    } else {
      LOG.info("GET {} answers 404: autocomplete is not available, not measured", SUGGEST);
    }
    return new Measured(queries, alone, http, engine, raw, suggest, loadBefore, loadAverage());
  }

  /**
   * Each distinct search alone, one after the other, over HTTP, to the engine and raw: a first pass
   * to warm up (not kept), then a timed one. The time each takes with nothing else running.
   */
  private OneAtATime oneAtATime(boolean suggestable) {
    LOG.info("Warming up, then timing {} distinct searches one at a time", queries.size());
    int n = queries.size();
    long[] matches = new long[n];
    long[][] nanos = new long[3][n];
    try (Load.Client http = httpClient(i -> queries.get(i).path())) {
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < n; i++) {
          long start = System.nanoTime();
          http.send(i);
          long sent = System.nanoTime();
          matches[i] = index.search(queries.get(i).request()).total();
          long searched = System.nanoTime();
          raw(i);
          nanos[0][i] = sent - start;
          nanos[1][i] = searched - sent;
          nanos[2][i] = System.nanoTime() - searched;
        }
      }
      for (int i = 0; i < prefixes.size() && suggestable; i++) {
        get(SUGGEST + BenchQuery.encode(prefixes.get(i)));
      }
    } catch (Exception e) {
      throw new IllegalStateException("Warming up failed: " + e, e);
    }
    Arrays.sort(matches);
    return new OneAtATime(matches[n / 2], nanos[0], nanos[1], nanos[2]);
  }

  /** The system's load average over the last minute: other work on the machine. */
  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private void engine(int i) {
    index.search(queries.get(i % queries.size()).request());
  }

  private void raw(int i) {
    BenchQuery query = queries.get(i % queries.size());
    index.withSearcher(searcher -> searcher.search(index.query(query.request()), 10));
  }

  private String prefix(int i) {
    return prefixes.get(i % prefixes.size());
  }

  /** A client on its own connection that GETs the path of request i and wants a 200. */
  private Load.Client httpClient(IntFunction<String> path) throws IOException {
    PlainHttpConnection connection = new PlainHttpConnection(URI.create(server.url()));
    return new Load.Client() {
      @Override
      public void send(int i) throws IOException {
        String target = path.apply(i);
        PlainHttpConnection.Answer answer = connection.get(target);
        if (answer.status() != 200) {
          throw new IllegalStateException(
              "GET " + target + " answered " + answer.status() + ": " + answer.body());
        }
      }

      @Override
      public void close() throws IOException {
        connection.close();
      }
    };
  }

  private boolean suggestAvailable() {
    return get(SUGGEST + "a").status() != 404;
  }

  private PlainHttpConnection.Answer get(String path) {
    try (PlainHttpConnection connection = new PlainHttpConnection(URI.create(server.url()))) {
      return connection.get(path);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " failed", e);
    }
  }
}
