package dev.meshlens.indexer.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A 5-field UNIX cron expression ({@code minute hour day-of-month month day-of-week}), validated
 * when parsed, that says when a source runs next.
 */
public final class CronSchedule {
  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
  private static final String FORM =
      "5-field UNIX cron: minute hour day-of-month month day-of-week";

  private final String expression;
  private final ExecutionTime times;

  private CronSchedule(String expression, ExecutionTime times) {
    this.expression = expression;
    this.times = times;
  }

  /**
   * Parses a cron expression.
   *
   * @throws IllegalArgumentException naming the expression and what is wrong with it
   */
  public static CronSchedule parse(String expression) {
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException(
          "schedule must not be blank (" + FORM + "; leave it out to run only on request)");
    }
    String trimmed = expression.trim();
    try {
      Cron cron = PARSER.parse(trimmed).validate();
      return new CronSchedule(trimmed, ExecutionTime.forCron(cron));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid schedule '" + expression + "' (" + FORM + "): " + e.getMessage(), e);
    }
  }

  public String expression() {
    return expression;
  }

  /** The first time strictly after {@code after} that the expression matches in {@code zone}. */
  public Optional<Instant> nextAfter(Instant after, ZoneId zone) {
    return times.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CronSchedule that && expression.equals(that.expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return expression;
  }
}
