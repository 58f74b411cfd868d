package dev.meshlens.indexer.search;

import java.util.OptionalDouble;

/**
 * The signals of stage 2 that do not come from the text: how much an asset is used and how healthy
 * it is. Read for the top hits of each search, so lookups must be cheap.
 */
public interface RankingSignals {

  /** No usage known and no health known. */
  RankingSignals NONE =
      new RankingSignals() {
        @Override
        public long usage(String urn) {
          return 0;
        }

        @Override
        public OptionalDouble health(String urn) {
          return OptionalDouble.empty();
        }
      };

  /** Queries of the asset over the last 30 days. */
  long usage(String urn);

  /** The asset's health score in [0, 100], when known. */
  OptionalDouble health(String urn);
}
