package dev.meshlens.catalog.access;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 256 random bits from a {@link SecureRandom}, URL-safe base64 behind the prefix
 * {@code mlt_} (so a leaked one is easy to recognise in logs and by secret scanners), stored as
 * their SHA-256. A slow password hash is not needed: the secret has full entropy, so its hash
 * cannot be guessed back.
 */
public final class TokenSecrets {
  /** The prefix every secret starts with. */
  public static final String PREFIX = "mlt_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  /** A new secret. */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The hex SHA-256 of a secret, as stored. */
  public static String hash(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(secret.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
