package dev.meshlens.indexer.search;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.ChangeLogEntry;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.Urn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene projection of a {@link CatalogStore}. It follows the store's change log: each changed
 * asset is re-read and its document replaced, or deleted when the asset is. The last applied
 * sequence is kept in the commit's user data, so a reopened index catches up from where it stopped.
 * A change listener on the store triggers a catch-up on a background thread; searches go through a
 * {@link SearcherManager} refreshed after every commit.
 */
public final class SearchIndex implements AutoCloseable {

  /** The commit user-data key holding the last change-log sequence applied. */
  static final String APPLIED_SEQUENCE = "meshlens.appliedSequence";

  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

  /** The longest query or prefix accepted. */
  static final int MAX_QUERY_CHARS = QuerySyntax.MAX_LENGTH;

  private static final int CHANGES_PER_READ = 20_000;

  private final CatalogStore store;
  private final Directory directory;
  private final Analyzer analyzer = MeshlensAnalyzers.perField();
  private final StoreRankingSignals signals;
  private final SearchPipeline pipeline;
  private volatile Synonyms synonyms = Synonyms.NONE;
  private final ExecutorService follower =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("search-index").daemon().factory());
  private IndexWriter writer;
  private SearcherManager searchers;
  private long applied;
  private volatile boolean closed;

  private SearchIndex(CatalogStore store, Directory directory) throws IOException {
    this.store = store;
    this.directory = directory;
    this.signals = new StoreRankingSignals(store, Clock.systemUTC());
    this.pipeline = new SearchPipeline(analyzer, signals);
    openWriter();
  }

  /** Opens (or creates) the index in {@code dir}, catches up with the store and follows it. */
  public static SearchIndex open(CatalogStore store, Path dir) {
    try {
      SearchIndex index = new SearchIndex(store, FSDirectory.open(dir));
      try {
        index.synonyms = Synonyms.load(store);
        index.signals.refresh();
        index.catchUp();
      } catch (RuntimeException e) {
        index.close();
        throw e;
      }
      store.addChangeListener(sequence -> index.follow());
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last change-log sequence the index has applied and committed. */
  public synchronized long appliedSequence() {
    return applied;
  }

  /**
   * Applies every change-log entry after the applied sequence, commits with the new sequence and
   * refreshes the searchers. Returns the applied sequence.
   */
  public synchronized long catchUp() {
    if (closed) {
      return applied;
    }
    // Changes are read many at a time, their assets in one bulk read, and the next read runs
    // while this one is analysed, on every core when there are many. A long catch-up (a new index,
    // one stopped for long) buffers more in RAM and commits every half minute; a short one commits
    // once, at its end.
    int cores = Runtime.getRuntime().availableProcessors();
    long commitEveryNanos = 30_000_000_000L;
    long logEveryNanos = 10_000_000_000L;
    record Chunk(long upTo, Set<Urn> urns, Map<Urn, Asset> assets) {}
    Function<Long, Chunk> read =
        after -> {
          List<ChangeLogEntry> changes = store.changesSince(after, CHANGES_PER_READ);
          Set<Urn> urns = new LinkedHashSet<>();
          changes.forEach(change -> urns.add(change.urn()));
          long upTo = changes.isEmpty() ? after : changes.getLast().sequence();
          return new Chunk(upTo, urns, store.findAssets(urns));
        };
    long from = applied;
    double ramBufferMb = writer.getConfig().getRAMBufferSizeMB();
    try (ExecutorService ahead = Executors.newVirtualThreadPerTaskExecutor()) {
      Chunk chunk = read.apply(applied);
      long target = chunk.urns().isEmpty() ? applied : store.lastSequence();
      boolean longWay = target - from > CHANGES_PER_READ;
      if (longWay) {
        LOG.info("Search index catching up from sequence {} to {}", from, target);
        writer.getConfig().setRAMBufferSizeMB(Math.max(ramBufferMb, 256));
      }
      long committed = System.nanoTime();
      long logged = committed;
      boolean glossaryChanged = false;
      while (!chunk.urns().isEmpty()) {
        long after = chunk.upTo();
        Future<Chunk> next = ahead.submit(() -> read.apply(after));
        List<Urn> urns = List.copyOf(chunk.urns());
        glossaryChanged |= urns.stream().anyMatch(urn -> urn.type() == EntityType.TERM);
        Map<Urn, Asset> assets = chunk.assets();
        int share = urns.size() < 1_000 ? urns.size() : (urns.size() + cores - 1) / cores;
        List<Future<?>> parts = new ArrayList<>();
        for (int start = 0; start < urns.size(); start += share) {
          List<Urn> part = urns.subList(start, Math.min(urns.size(), start + share));
          parts.add(
              ahead.submit(() -> {
                for (Urn urn : part) {
                  project(urn, Optional.ofNullable(assets.get(urn)));
                }
                return null;
              }));
        }
        for (Future<?> part : parts) {
          part.get();
        }
        applied = after;
        long now = System.nanoTime();
        if (now - committed >= commitEveryNanos) {
          commit();
          committed = now;
        }
        if (longWay && now - logged >= logEveryNanos) {
          logged = now;
          LOG.info("Search index at sequence {} of {}", applied, target);
        }
        chunk = next.get();
      }
      if (applied != from) {
        commit();
      }
      if (glossaryChanged) {
        synonyms = Synonyms.load(store);
      }
      if (longWay) {
        LOG.info("Search index caught up at sequence {}", applied);
      }
      return applied;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ExecutionException e) {
      throw switch (e.getCause()) {
        case RuntimeException r -> r;
        case IOException io -> new UncheckedIOException(io);
        default -> new IllegalStateException("Catching up failed", e.getCause());
      };
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while catching up", e);
    } finally {
      writer.getConfig().setRAMBufferSizeMB(ramBufferMb);
    }
  }

  /**
   * Rebuilds the index from the store's live assets. The change-log position is read first, so
   * changes committed during the rebuild are replayed by the next catch-up (upserts are
   * idempotent). On failure the index is rolled back to its last commit.
   */
  public synchronized void reindex() {
    boolean success = false;
    try {
      long upTo = store.lastSequence();
      writer.deleteAll();
      for (int page = 1; ; page++) {
        Page<AssetSummary> assets = store.listAssets(AssetQuery.all(page, AssetQuery.MAX_SIZE));
        Map<Urn, Asset> read =
            store.findAssets(assets.items().stream().map(AssetSummary::urn).toList());
        for (AssetSummary summary : assets.items()) {
          project(summary.urn(), Optional.ofNullable(read.get(summary.urn())));
        }
        if ((long) page * AssetQuery.MAX_SIZE >= assets.total()) {
          break;
        }
      }
      applied = upTo;
      commit();
      synonyms = Synonyms.load(store);
      success = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!success) {
        rollbackAndReopen();
      }
    }
    catchUp();
  }

  /**
   * Stage-1 search: field-weighted BM25 over the views, an exact name first. {@code page} counts
   * from 1; a page past the end is empty.
   */
  public SearchResults search(String text, int page, int size) {
    return search(SearchRequest.of(text).withPage(page, size));
  }

  /**
   * Stage-1 search restricted by facet filters (dimension to accepted values); the total and the
   * facet counts are those of the filtered matches.
   */
  public SearchResults search(
      String text, Map<String, ? extends Collection<String>> filters, int page, int size) {
    Map<String, Set<String>> sets = new java.util.LinkedHashMap<>();
    filters.forEach((k, v) -> sets.put(k, Set.copyOf(v)));
    return search(SearchRequest.of(text).withFilters(sets).withPage(page, size));
  }

  /**
   * Runs a search (see {@link SearchPipeline}): the hits of the page, the total and the facet
   * counts of what matched, filters and visibility inside the query.
   */
  public SearchResults search(SearchRequest request) {
    SearchPipeline.validate(request);
    Synonyms current = synonyms;
    refreshSignalsIfStale();
    return withSearcher(searcher -> pipeline.run(searcher, request, current));
  }

  /**
   * The Lucene query the strict pass of a request runs, filters and visibility inside it.
   * Benchmarks run it on a raw {@link IndexSearcher} as the baseline.
   */
  public Query query(SearchRequest request) {
    return pipeline.query(request, synonyms);
  }

  /** Reloads the ranking signals (usage) from the store now. */
  public void refreshSignals() {
    signals.refresh();
  }

  private void refreshSignalsIfStale() {
    if (signals.stale() && !closed) {
      try {
        follower.execute(() -> {
          if (!closed && signals.stale()) {
            signals.refresh();
          }
        });
      } catch (RejectedExecutionException e) {
        LOG.debug("Search index closed, signals not refreshed");
      }
    }
  }

  /**
   * Autocomplete: the top {@code limit} assets whose name, or a word of it, starts with {@code
   * prefix}, most used first, only those {@code visibility} shows.
   */
  public List<Suggestion> suggest(String prefix, int limit, Visibility visibility) {
    if (prefix != null && prefix.length() > MAX_QUERY_CHARS) {
      throw new InvalidSearchException(
          "prefix is " + prefix.length() + " characters long, at most " + MAX_QUERY_CHARS);
    }
    if (limit < 1 || limit > Suggestions.MAX_LIMIT) {
      throw new InvalidSearchException(
          "limit must be in [1, " + Suggestions.MAX_LIMIT + "], got " + limit);
    }
    String text = prefix == null ? "" : prefix;
    return withSearcher(searcher -> Suggestions.suggest(searcher, text, limit, visibility));
  }

  /** A query against the current index: the searcher is acquired and released around it. */
  public <T> T withSearcher(SearcherFunction<T> function) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return function.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Something done with a searcher. */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private void project(Urn urn, Optional<Asset> asset) throws IOException {
    Term id = new Term(SearchFields.ID, urn.toString());
    Optional<Document> doc =
        asset.flatMap(a -> AssetDocuments.toDocument(a, signals.usage(urn.toString())));
    if (doc.isPresent()) {
      writer.updateDocument(id, doc.get());
    } else {
      writer.deleteDocuments(id);
    }
  }

  private void commit() throws IOException {
    writer.setLiveCommitData(Map.of(APPLIED_SEQUENCE, Long.toString(applied)).entrySet());
    writer.commit();
    searchers.maybeRefresh();
  }

  private void follow() {
    if (closed) {
      return;
    }
    try {
      follower.execute(this::catchUpLogged);
    } catch (RejectedExecutionException e) {
      LOG.debug("Search index closed, change not followed");
    }
  }

  private void catchUpLogged() {
    try {
      if (!closed) {
        catchUp();
      }
    } catch (RuntimeException e) {
      LOG.warn("Search index could not catch up with the change log", e);
    }
  }

  private void openWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCodec(Suggestions.codec());
    writer = new IndexWriter(directory, config);
    applied = 0;
    for (Map.Entry<String, String> entry :
        writer.getLiveCommitData() == null
            ? List.<Map.Entry<String, String>>of()
            : writer.getLiveCommitData()) {
      if (APPLIED_SEQUENCE.equals(entry.getKey())) {
        applied = Long.parseLong(entry.getValue());
      }
    }
    searchers = new SearcherManager(writer, null);
  }

  private void rollbackAndReopen() {
    try {
      searchers.close();
      writer.rollback();
      openWriter();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    closed = true;
    follower.shutdown();
    synchronized (this) {
      try (directory;
          analyzer;
          IndexWriter w = writer;
          SearcherManager s = searchers) {
        LOG.debug("Closing search index at sequence {}", applied);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
