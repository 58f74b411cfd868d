package dev.meshlens.api.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One section of a profile: known, with its content written beside {@code known}, or unknown with
 * the reason ({@code {"known": false, "reason": "no usage recorded in the last 90 days"}}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Part<T>(boolean known, String reason, @JsonUnwrapped T value) {
  public Part {
    if (known == (value == null) || known == (reason != null)) {
      throw new IllegalArgumentException(
          "a known part has a value and no reason, an unknown one a reason; got known="
              + known
              + ", reason="
              + reason);
    }
  }

  public static <T> Part<T> of(T value) {
    return new Part<>(true, null, value);
  }

  public static <T> Part<T> unknown(String reason) {
    return new Part<>(false, reason, null);
  }
}
