package dev.meshlens.api.source;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Masks what must never leave the server: the password in a JDBC URL (as a parameter, in the user
 * info, or Oracle's {@code user/password@}) and options named like a password, secret or token.
 */
final class Secrets {
  static final String MASK = "****";
  private static final Pattern PARAMETER =
      Pattern.compile("(?i)([?&;:](?:password|passwd|pwd|secret|token)=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@:]*:)[^/?#@]*@");
  private static final Pattern ORACLE = Pattern.compile("(?i)(jdbc:oracle:\\w+:[^/@:]+/)[^@]*@");
  private static final Pattern SECRET_KEY = Pattern.compile("password|passwd|pwd|secret|token");

  private Secrets() {}

  static String location(String location) {
    String masked = PARAMETER.matcher(location).replaceAll("$1" + MASK);
    masked = USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
    return ORACLE.matcher(masked).replaceAll("$1" + MASK + "@");
  }

  static Map<String, String> options(Map<String, String> options) {
    Map<String, String> masked = new LinkedHashMap<>();
    options.forEach((key, value) ->
        masked.put(key, SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).find() ? MASK : value));
    return masked;
  }
}
