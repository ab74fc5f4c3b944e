package org.hotline.interfaces.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

  record Body(
      Boolean confidential,
      String address,
      String content,
      Long mainTicketId,
      Integer replyDays,
      List<Long> ticketIds) {}

  private static List<FieldViolation> check(String json) {
    return StrictJson.violations(json.getBytes(StandardCharsets.UTF_8), Body.class);
  }

  private static FieldViolation v(String field, String reason) {
    return new FieldViolation(field, reason);
  }

  @Test
  void aWellFormedBodyPasses() {
    assertThat(
            check(
                "{\"confidential\":true,\"address\":\"城关镇 𠮷\",\"content\":\"一\\n二\\t三\","
                    + "\"mainTicketId\":9223372036854775807,\"ticketIds\":[1,null],\"unknown\":5}"))
        .isEmpty();
  }

  @Test
  void aBooleanTakesOnlyTrueOrFalse() {
    assertThat(check("{\"confidential\":1}")).containsExactly(v("confidential", "WRONG_TYPE"));
    assertThat(check("{\"confidential\":\"1\"}")).containsExactly(v("confidential", "WRONG_TYPE"));
    assertThat(check("{\"confidential\":\"yes\"}"))
        .containsExactly(v("confidential", "WRONG_TYPE"));
  }

  /** Breaker review: "confidental": true was accepted and dropped, so the caller was not hidden. */
  @Test
  void aMisspelledKeyIsRefusedNotDropped() {
    assertThat(check("{\"confidental\":true}")).containsExactly(v("confidental", "UNKNOWN_FIELD"));
    assertThat(check("{\"Confidentail\":true}"))
        .containsExactly(v("Confidentail", "UNKNOWN_FIELD"));
    assertThat(check("{\"adress\":\"x\"}")).containsExactly(v("adress", "UNKNOWN_FIELD"));
    assertThat(check("{\"ticketId\":[1]}")).containsExactly(v("ticketId", "UNKNOWN_FIELD"));
    assertThat(check("{\"replyDay\":3}")).containsExactly(v("replyDay", "UNKNOWN_FIELD"));
    // keys that are no slip of another name stay ignored (their texts still checked)
    assertThat(check("{\"bogus\":1,\"status\":\"CLOSED\",\"createdBy\":\"x\",\"id\":1}")).isEmpty();
    assertThat(JsonShape.nearest(Body.class, "contnet")).isNull();
    assertThat(JsonShape.nearest(Body.class, "contents")).isEqualTo("content");
  }

  @Test
  void anArrayIsNotAnObject() {
    assertThat(check("[{\"confidential\":true}]")).containsExactly(v("body", "WRONG_TYPE"));
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThat(check("{\"confidential\":true,\"confidential\":false}"))
        .containsExactly(v("confidential", "DUPLICATE_KEY"));
  }

  @Test
  void numbersOutOfRangeAreRefused() {
    assertThat(check("{\"mainTicketId\":9223372036854775808}"))
        .containsExactly(v("mainTicketId", "OUT_OF_RANGE"));
    assertThat(check("{\"replyDays\":2147483648}")).containsExactly(v("replyDays", "OUT_OF_RANGE"));
    assertThat(check("{\"mainTicketId\":1.5}")).containsExactly(v("mainTicketId", "WRONG_TYPE"));
    assertThat(check("{\"mainTicketId\":\"12\"}")).containsExactly(v("mainTicketId", "WRONG_TYPE"));
    assertThat(check("{\"ticketIds\":[1,\"x\"]}")).containsExactly(v("ticketIds", "WRONG_TYPE"));
    assertThat(check("{\"ticketIds\":5}")).containsExactly(v("ticketIds", "WRONG_TYPE"));
  }

  @Test
  void badCharactersAreRefused() {
    assertThat(check("{\"address\":\"a\\u0000b\"}"))
        .containsExactly(v("address", "INVALID_CHARACTER"));
    assertThat(check("{\"address\":\"a\\ud800b\"}"))
        .containsExactly(v("address", "INVALID_CHARACTER"));
    assertThat(check("{\"address\":\"a\\u202eb\"}"))
        .containsExactly(v("address", "INVALID_CHARACTER"));
    assertThat(check("{\"address\":\"a\\nb\"}")).containsExactly(v("address", "INVALID_CHARACTER"));
    assertThat(check("{\"content\":\"a\\u0007b\"}"))
        .containsExactly(v("content", "INVALID_CHARACTER"));
    assertThat(check("{\"other\":\"a\\u0000b\"}")).containsExactly(v("other", "INVALID_CHARACTER"));
  }

  @Test
  void malformedJsonAndTrailingDataAreRefused() {
    assertThat(check("{\"address\":")).containsExactly(v("body", "MALFORMED"));
    assertThat(check("{} {}")).containsExactly(v("body", "MALFORMED"));
    assertThat(check("{\"address\":\"x\"} trailing")).containsExactly(v("body", "MALFORMED"));
    assertThat(check("{'address':'x'}")).containsExactly(v("body", "MALFORMED"));
  }
}
