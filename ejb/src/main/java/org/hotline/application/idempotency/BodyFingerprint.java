package org.hotline.application.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a request an {@code Idempotency-Key} is bound to ({@link IdempotentRequests}).
 */
public final class BodyFingerprint {

  private BodyFingerprint() {}

  /**
   * The fingerprint (请求指纹) of a request: SHA-256 of its query and its body — a JSON body in
   * canonical form (sorted keys, no whitespace), so the same fields in another order or spacing
   * count as the same request; any other body byte for byte.
   */
  public static String of(String query, String contentType, byte[] body) {
    byte[] canonical = body;
    if (contentType != null
        && contentType.toLowerCase(java.util.Locale.ROOT).contains("json")
        && body.length > 0) {
      canonical = CanonicalBody.of(body);
    }
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(canonical);
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
