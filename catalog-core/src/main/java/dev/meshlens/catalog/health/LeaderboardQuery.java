package dev.meshlens.catalog.health;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;

/**
 * Which leaderboard to read: products or domains, optionally of one domain, sorted by health (best
 * first, unscored last, then by name) or by name, one page of {@code size} from page 1.
 */
public record LeaderboardQuery(EntityType type, Urn domain, Sort sort, int page, int size) {
  public static final int MAX_SIZE = 500;

  public LeaderboardQuery {
    if (type != EntityType.PRODUCT && type != EntityType.DOMAIN) {
      throw new IllegalArgumentException("type must be product or domain, got " + type);
    }
    if (sort == null) {
      throw new IllegalArgumentException("sort must be set");
    }
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in [1, " + MAX_SIZE + "], got " + size);
    }
  }

  public long offset() {
    return (long) (page - 1) * size;
  }

  /** The orders a leaderboard comes in. */
  public enum Sort {
    HEALTH,
    NAME
  }
}
