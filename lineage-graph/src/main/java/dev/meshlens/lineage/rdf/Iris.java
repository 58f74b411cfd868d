package dev.meshlens.lineage.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.InvalidUrnException;
import dev.meshlens.catalog.Urn;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRI scheme: an asset's IRI is {@value #BASE} followed by its URN as one percent-encoded path
 * segment ({@link Urn#toPathSegment()}), so {@code urn:meshlens:dataset:(pg://db,orders)} is {@code
 * https://meshlens.dev/id/urn:meshlens:dataset:(pg:%2F%2Fdb,orders)} and {@link #toUrn} gives the
 * URN back. Things that are not assets hang below their asset's IRI ({@code
 * <asset>/output-port/<name@version>}, {@code <asset>/check/<id>}, {@code
 * <asset>/attribution/<owner>}, {@code <job>/derivation/<digest>}); named graphs and the graph's
 * own bookkeeping live under {@value #GRAPHS}.
 */
public final class Iris {
  /** The prefix of every asset IRI. */
  public static final String BASE = "https://meshlens.dev/id/";

  /** The prefix of the graph's own named graphs. */
  public static final String GRAPHS = "https://meshlens.dev/graph/";

  /** The named graph holding the applied change-log sequence. */
  public static final Node META_GRAPH = NodeFactory.createURI(GRAPHS + "meta");

  /** The named graph of what is derived across assets (product consumption, inferred PII). */
  public static final Node DERIVED_GRAPH = NodeFactory.createURI(GRAPHS + "derived");

  /** The catalog of catalogs: one {@code dcat:Catalog} per domain hangs below it. */
  public static final Node ROOT_CATALOG = NodeFactory.createURI(BASE + "catalog");

  private Iris() {}

  /** The IRI of an asset. */
  public static String iri(Urn urn) {
    return BASE + urn.toPathSegment();
  }

  /** The IRI of an asset as a node. */
  public static Node node(Urn urn) {
    return NodeFactory.createURI(iri(urn));
  }

  /** The URN an asset IRI stands for; empty for any other IRI. */
  public static Optional<Urn> toUrn(String iri) {
    if (!iri.startsWith(BASE) || iri.indexOf('/', BASE.length()) >= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Urn.fromPathSegment(iri.substring(BASE.length())));
    } catch (InvalidUrnException e) {
      return Optional.empty();
    }
  }

  /** The URN of an asset IRI node; empty for a blank node, a literal or another IRI. */
  public static Optional<Urn> toUrn(Node node) {
    return node.isURI() ? toUrn(node.getURI()) : Optional.empty();
  }

  /** A resource below an asset: {@code <asset IRI>/<kind>/<percent-encoded name>}. */
  public static Node below(Urn owner, String kind, String name) {
    return NodeFactory.createURI(iri(owner) + "/" + kind + "/" + segment(name));
  }

  /** A short stable name for a long key: the first 16 hex digits of its SHA-256. */
  static String digest(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Percent-encodes every character outside RFC 3986's unreserved set. */
  static String segment(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(UTF_8)) {
      char c = (char) (b & 0xff);
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append(c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return out.toString();
  }
}
