package dev.meshlens.indexer.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * What a caller may see, as a filter applied inside every search and suggestion query, so totals,
 * facet counts and suggestions never count an asset the caller may not see.
 *
 * <p>Each asset document carries access labels ({@link AccessLabels}): {@code public} for assets
 * anyone may see, and for restricted ones the grants that open them ({@code
 * sensitivity:restricted}, {@code domain:<urn>}). A caller holds grants; an asset is visible when
 * the two share a label. A caller who sees everything ({@link #all()}) gets no filter at all.
 */
public final class Visibility {

  private static final Visibility ALL = new Visibility(null);

  private final Set<String> grants;

  private Visibility(Set<String> grants) {
    this.grants = grants;
  }

  /** Sees every asset: no filter. */
  public static Visibility all() {
    return ALL;
  }

  /** Sees the public assets only. */
  public static Visibility publicOnly() {
    return granted(List.of(AccessLabels.PUBLIC));
  }

  /** Sees the assets that carry any of these labels ({@code public} is not implied). */
  public static Visibility granted(Collection<String> grants) {
    return new Visibility(Set.copyOf(new TreeSet<>(grants)));
  }

  /** Whether this caller sees everything. */
  public boolean unrestricted() {
    return grants == null;
  }

  /** The grants of a restricted caller; empty for {@link #all()}. */
  public Set<String> grants() {
    return grants == null ? Set.of() : grants;
  }

  /** Whether an asset with these access labels is visible. */
  public boolean sees(Collection<String> labels) {
    return grants == null || labels.stream().anyMatch(grants::contains);
  }

  /** The filter clause for a search, empty when everything is visible. */
  Optional<Query> filter() {
    if (grants == null) {
      return Optional.empty();
    }
    List<BytesRef> terms = grants.stream().map(BytesRef::new).toList();
    return Optional.of(KeywordField.newSetQuery(SearchFields.ACCESS, terms));
  }

  @Override
  public String toString() {
    return grants == null ? "Visibility[all]" : "Visibility" + grants;
  }
}
