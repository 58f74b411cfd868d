package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.BatchValidator;
import dev.meshlens.catalog.json.AspectCodec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Times, outside the store, two parts of what the store does with every batch before it writes:
 * validating the batch, and turning each aspect to JSON and hashing it (SHA-256, as the store
 * compares content hashes to skip what did not change). Each is timed on its second pass, when the
 * JSON mapper knows the aspect types, as the store's does by then.
 */
final class AspectCosts {
  private AspectCosts() {}

  static long validate(List<Batch> batches) {
    Runnable pass = () -> batches.forEach(BatchValidator::validate);
    pass.run();
    return Timed.time(pass);
  }

  static long jsonAndHash(List<Batch> batches) {
    jsonAndHashOnce(batches);
    return jsonAndHashOnce(batches);
  }

  private static long jsonAndHashOnce(List<Batch> batches) {
    AspectCodec codec = new AspectCodec();
    MessageDigest sha256 = sha256();
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return Timed.time(() -> {
      for (Batch batch : batches) {
        for (Batch.Upsert upsert : batch.upserts()) {
          base64.encodeToString(sha256.digest(codec.toJson(upsert.aspect()).getBytes(UTF_8)));
        }
      }
    });
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
