package org.hotline.application.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The canonical form of a JSON body (规范化请求体): parsed and written again with sorted keys and no
 * whitespace; a body that is not JSON stays as sent.
 */
final class CanonicalBody {

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private CanonicalBody() {}

  /** The canonical bytes of {@code json}, or {@code json} itself when it does not parse. */
  static byte[] of(byte[] json) {
    try {
      Object tree = CANONICAL.readValue(json, Object.class);
      return CANONICAL.writeValueAsBytes(tree);
    } catch (IOException notJson) {
      return json;
    }
  }
}
