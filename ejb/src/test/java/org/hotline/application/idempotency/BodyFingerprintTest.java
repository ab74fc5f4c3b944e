package org.hotline.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyFingerprintTest {

  private static String of(String query, String type, String body) {
    return BodyFingerprint.of(query, type, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSameJsonInAnotherOrderOrSpacingIsTheSameRequest() {
    assertThat(of(null, "application/json", "{\"a\":1,\"b\":{\"y\":2,\"x\":3}}"))
        .isEqualTo(of(null, "application/json", " { \"b\" : {\"x\":3, \"y\":2}, \"a\" : 1 } "));
  }

  @Test
  void anotherValueQueryOrNonJsonBodyIsAnotherRequest() {
    String json = "{\"title\":\"a\"}";
    assertThat(of(null, "application/json", json))
        .isNotEqualTo(of(null, "application/json", "{\"title\":\"b\"}"))
        .isNotEqualTo(of("unit=X", "application/json", json));
    assertThat(of(null, "text/csv", "a,b")).isNotEqualTo(of(null, "text/csv", "a, b"));
  }
}
