package org.hotline.application.ranking;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Canonical JSON of the published rankings: properties in lexicographic order at every level, no
 * whitespace, nulls left out, UTF-8; and its SHA-256 in lower-case hex. The same ranking always
 * gives the same text, so the hash printed on a paper copy can be checked against the stored
 * snapshot.
 */
final class CanonicalJson {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
              .withFormatting(false));

  private CanonicalJson() {}

  static String write(Object value) {
    return JSONB.toJson(value);
  }

  static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }

  static String sha256(String canonical) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
