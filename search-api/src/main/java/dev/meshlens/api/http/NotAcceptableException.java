package dev.meshlens.api.http;

import java.util.List;

/** None of the media types a request accepts can represent the answer (406). */
public final class NotAcceptableException extends RuntimeException {
  public NotAcceptableException(String what, String accept, List<String> available) {
    super(
        "None of the accepted media types (Accept: "
            + accept
            + ") can represent "
            + what
            + "; available: "
            + String.join(", ", available));
  }
}
