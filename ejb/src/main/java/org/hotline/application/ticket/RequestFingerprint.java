package org.hotline.application.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a request (请求指纹) that an idempotency key is bound to: the SHA-256 of the
 * request's canonical JSON (every field by name, sorted keys, strings escaped by Jackson), so two
 * requests have the same fingerprint only when every field has the same value — unlike a joined
 * text such as a record's {@code toString()}, where a comma in one value can stand for a field
 * boundary.
 */
public final class RequestFingerprint {

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private RequestFingerprint() {}

  /** The canonical JSON of {@code request} (a record or a bean): sorted keys, no whitespace. */
  public static String canonicalJson(Object request) {
    try {
      return CANONICAL.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not serialisable as JSON: " + request.getClass().getName(), e);
    }
  }

  /** The lower-case hex SHA-256 of the canonical JSON of {@code request} (64 characters). */
  public static String of(Object request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalJson(request).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
