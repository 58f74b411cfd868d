package dev.meshlens.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The identity of an asset: a type and the parts of its key, printed as {@code
 * urn:meshlens:<type>:<key>}. A one-part key is printed as is ({@code urn:meshlens:domain:sales});
 * a key of several parts is a parenthesised, comma-separated list, in the order of {@link
 * EntityType#parts()}: {@code urn:meshlens:dataset:(postgres://db:5432,shop.public.orders)}.
 * Datasets and jobs are named the OpenLineage way (namespace and name), so one table found by
 * several sources is one asset; a column extends its dataset's key with the field path.
 *
 * <p>Inside a part the characters {@code % , ( )} and control characters are percent-encoded, so
 * every URN parses back to the same parts. {@link #toPathSegment()} percent-encodes the whole URN
 * for use as one URL path segment.
 */
public final class Urn implements Comparable<Urn> {
  public static final String PREFIX = "urn:meshlens:";
  private static final int MAX_LENGTH = 4096;

  private final EntityType type;
  private final List<String> parts;
  private final String text;

  public Urn(EntityType type, List<String> parts) {
    Objects.requireNonNull(type, "type");
    parts = List.copyOf(parts);
    if (parts.size() != type.parts().size()) {
      throw new IllegalArgumentException(
          "A "
              + type.code()
              + " URN needs "
              + type.parts().size()
              + " part(s) "
              + type.parts()
              + ", got "
              + parts.size());
    }
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).isBlank()) {
        throw new IllegalArgumentException(
            "A " + type.code() + " URN needs a non-blank " + type.parts().get(i));
      }
    }
    this.type = type;
    this.parts = parts;
    this.text = print(type, parts);
  }

  public EntityType type() {
    return type;
  }

  public List<String> parts() {
    return parts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Urn urn && text.equals(urn.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  public static Urn of(EntityType type, String... parts) {
    return new Urn(type, List.of(parts));
  }

  public static Urn domain(String id) {
    return of(EntityType.DOMAIN, id);
  }

  public static Urn product(String domain, String product) {
    return of(EntityType.PRODUCT, domain, product);
  }

  public static Urn dataset(String namespace, String name) {
    return of(EntityType.DATASET, namespace, name);
  }

  public static Urn job(String namespace, String name) {
    return of(EntityType.JOB, namespace, name);
  }

  public static Urn contract(String id) {
    return of(EntityType.CONTRACT, id);
  }

  public static Urn term(String id) {
    return of(EntityType.TERM, id);
  }

  public static Urn owner(String id) {
    return of(EntityType.OWNER, id);
  }

  /** The URN of a column of this dataset. */
  public Urn field(String fieldPath) {
    requireType(EntityType.DATASET);
    return new Urn(EntityType.FIELD, List.of(parts.get(0), parts.get(1), fieldPath));
  }

  /** The dataset a field belongs to. */
  public Urn dataset() {
    requireType(EntityType.FIELD);
    return new Urn(EntityType.DATASET, List.of(parts.get(0), parts.get(1)));
  }

  /** The domain of a product URN. */
  public Urn domainOfProduct() {
    requireType(EntityType.PRODUCT);
    return domain(parts.get(0));
  }

  public String part(int index) {
    return parts.get(index);
  }

  /** The last part of the key: a dataset's or job's name, a field path, a domain id. */
  public String localName() {
    return parts.getLast();
  }

  private void requireType(EntityType wanted) {
    if (type != wanted) {
      throw new IllegalStateException("Not a " + wanted.code() + " URN: " + this);
    }
  }

  /** Parses a printed URN; a malformed one gives an {@link InvalidUrnException} saying why. */
  public static Urn parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidUrnException(String.valueOf(text), "a URN must not be empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidUrnException(
          text.substring(0, 64) + "...", "longer than " + MAX_LENGTH + " characters");
    }
    if (!text.startsWith(PREFIX)) {
      throw new InvalidUrnException(text, "expected it to start with '" + PREFIX + "'");
    }
    String rest = text.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon < 0) {
      throw new InvalidUrnException(text, "expected " + PREFIX + "<type>:<key>");
    }
    EntityType type;
    try {
      type = EntityType.fromCode(rest.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw new InvalidUrnException(text, e.getMessage());
    }
    try {
      return new Urn(type, splitKey(rest.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new InvalidUrnException(text, e.getMessage());
    }
  }

  /** Parses a URN taken from one URL path segment (percent-encoded or not). */
  public static Urn fromPathSegment(String segment) {
    return parse(decode(segment));
  }

  private static List<String> splitKey(String key) {
    if (!key.startsWith("(")) {
      checkNoDelimiters(key);
      return List.of(decode(key));
    }
    if (!key.endsWith(")")) {
      throw new IllegalArgumentException("a key that starts with '(' must end with ')'");
    }
    List<String> parts = new ArrayList<>();
    for (String raw : key.substring(1, key.length() - 1).split(",", -1)) {
      checkNoDelimiters(raw);
      parts.add(decode(raw));
    }
    return parts;
  }

  private static void checkNoDelimiters(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '(' || c == ')' || c == ',') {
        throw new IllegalArgumentException("unexpected '" + c + "' inside a key part");
      }
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException("control characters are not allowed");
      }
    }
  }

  @Override
  public String toString() {
    return text;
  }

  private static String print(EntityType type, List<String> parts) {
    StringBuilder out = new StringBuilder(PREFIX).append(type.code()).append(':');
    if (parts.size() == 1) {
      return out.append(encodePart(parts.getFirst())).toString();
    }
    out.append('(');
    for (int i = 0; i < parts.size(); i++) {
      out.append(i == 0 ? "" : ",").append(encodePart(parts.get(i)));
    }
    return out.append(')').toString();
  }

  /** This URN percent-encoded as a single URL path segment (RFC 3986 unreserved kept). */
  public String toPathSegment() {
    StringBuilder out = new StringBuilder();
    for (byte b : toString().getBytes(UTF_8)) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c) || c == ':' || c == '(' || c == ')' || c == ',') {
        out.append(c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static String encodePart(String part) {
    StringBuilder out = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case ',' -> out.append("%2C");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        default -> {
          if (Character.isISOControl(c)) {
            for (byte b : String.valueOf(c).getBytes(UTF_8)) {
              out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '%') {
        if (i + 2 >= text.length()) {
          throw new IllegalArgumentException("truncated percent-escape at position " + i);
        }
        try {
          bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("bad percent-escape at position " + i, e);
        }
        i += 3;
      } else {
        int next = text.indexOf('%', i);
        int end = next < 0 ? text.length() : next;
        bytes.writeBytes(text.substring(i, end).getBytes(UTF_8));
        i = end;
      }
    }
    return bytes.toString(UTF_8);
  }

  @Override
  public int compareTo(Urn other) {
    return text.compareTo(other.text);
  }
}
