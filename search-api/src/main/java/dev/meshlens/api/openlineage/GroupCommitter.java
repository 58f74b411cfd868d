package dev.meshlens.api.openlineage;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.StoreException;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one writer thread takes every event waiting when it is free (at most {@code
 * maxGroup}), merges each with what the source said before, and applies the group as one batch in
 * one transaction; each caller returns once that transaction committed. Events that arrive while a
 * transaction is in progress wait for the next one, so a lone event is committed at once and a
 * crowd shares transactions. When a group's transaction fails, its events are applied one by one,
 * so each caller gets the answer for its own event.
 */
final class GroupCommitter implements Committer {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

  private record Pending(Batch event, CompletableFuture<Void> done) {}

  private final CatalogStore store;
  private final String source;
  private final PushReconciler reconciler;
  private final int maxGroup;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;
  private long groups;
  private long events;

  GroupCommitter(CatalogStore store, String source, int maxGroup) {
    if (maxGroup < 1) {
      throw new IllegalArgumentException("maxGroup must be >= 1; got: " + maxGroup);
    }
    this.store = store;
    this.source = source;
    this.reconciler = new PushReconciler(store, source);
    this.maxGroup = maxGroup;
    this.writer = new Thread(this::run, "meshlens-lineage-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void commit(Batch event) {
    Pending pending = new Pending(event, new CompletableFuture<>());
    if (closed) {
      throw closing();
    }
    queue.add(pending);
    if (closed && queue.remove(pending)) {
      throw closing(); // close() may have drained the queue before this event got in
    }
    try {
      pending.done().get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new StoreException("Committing a pushed event failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for the commit", e);
    }
  }

  private void run() {
    List<Pending> group = new ArrayList<>();
    while (!closed) {
      try {
        group.add(queue.take());
      } catch (InterruptedException e) {
        return; // closing
      }
      queue.drainTo(group, maxGroup - 1);
      groups++;
      events += group.size();
      try {
        commitGroup(group);
      } catch (RuntimeException | Error e) {
        // never leave a caller waiting, whatever happened
        LOG.error("Committing a group of {} pushed events failed", group.size(), e);
        reconciler.forget();
        group.forEach(p -> p.done().completeExceptionally(e));
      }
      group.clear();
    }
  }

  private void commitGroup(List<Pending> group) {
    if (group.size() > 1) {
      try {
        store.apply(combine(group));
        group.forEach(p -> p.done().complete(null));
        return;
      } catch (RuntimeException e) {
        reconciler.forget();
        LOG.debug("A group of {} events failed ({}); committing one by one", group.size(), e);
      }
    }
    for (Pending pending : group) {
      try {
        store.apply(reconciler.reconcile(pending.event()));
        pending.done().complete(null);
      } catch (RuntimeException e) {
        reconciler.forget();
        pending.done().completeExceptionally(e);
      }
    }
  }

  /**
   * One batch for the group: each event merged in arrival order, so the last version of an aspect
   * holds what the earlier ones said; facts are kept in order.
   */
  private Batch combine(List<Pending> group) {
    List<Batch> events = group.stream().map(p -> reconciler.reconcile(p.event())).toList();
    Map<Urn, Map<AspectKind, Aspect>> aspects = new LinkedHashMap<>();
    for (Batch event : events) {
      for (Batch.Upsert upsert : event.upserts()) {
        aspects
            .computeIfAbsent(upsert.urn(), u -> new LinkedHashMap<>())
            .put(upsert.aspect().aspectKind(), upsert.aspect());
      }
    }
    Batch.Builder combined = Batch.builder(source);
    aspects.forEach((urn, byKind) -> byKind.values().forEach(a -> combined.upsert(urn, a)));
    for (Batch event : events) {
      event.runs().forEach(combined::run);
      event.usage().forEach(combined::usage);
      event.qualityResults().forEach(combined::qualityResult);
    }
    return combined.build();
  }

  private static StoreException closing() {
    return new StoreException("The lineage push is shutting down", null);
  }

  /** Stops the writer once its transaction is done; events still waiting are refused. */
  @Override
  public void close() {
    closed = true;
    writer.interrupt();
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> p.done().completeExceptionally(closing()));
    LOG.info("Lineage push: {} events committed in {} transactions", events, groups);
  }
}
