package dev.meshlens.indexer.search;

import java.util.List;

/**
 * How a hit's score was made: the stage-1 text score (bounded), whether the exact name matched,
 * whether only the fuzzy pass found it, the stage-2 factors (each multiplicative and bounded) and
 * the fields that matched, best first.
 */
public record ScoreBreakdown(
    double text,
    boolean exactName,
    boolean fuzzy,
    double usageFactor,
    double healthFactor,
    double deprecationFactor,
    double finalScore,
    List<String> matchedFields) {
  public ScoreBreakdown {
    matchedFields = List.copyOf(matchedFields);
  }
}
