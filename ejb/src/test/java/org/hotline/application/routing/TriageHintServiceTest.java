package org.hotline.application.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The ids of {@code GET /api/tickets/triage-hints?ids=}: positive whole numbers, each once, at most
 * 200.
 */
class TriageHintServiceTest {

  private static String reasonOf(String raw) {
    try {
      TriageHintService.parse(raw);
    } catch (ValidationException e) {
      FieldViolation v = e.violations().get(0);
      assertThat(v.field()).isEqualTo("ids");
      return v.reason();
    }
    throw new AssertionError("accepted: " + raw);
  }

  @Test
  void keepsTheOrderAndDropsRepeats() {
    assertThat(TriageHintService.parse("3, 1,3,2")).containsExactly(3L, 1L, 2L);
  }

  @Test
  void refusesWhatIsNotAListOfIds() {
    assertThat(reasonOf(null)).isEqualTo(FieldViolation.REQUIRED);
    assertThat(reasonOf("1,abc")).isEqualTo(FieldViolation.INVALID);
    assertThat(reasonOf("0")).isEqualTo(FieldViolation.INVALID);
    assertThat(reasonOf("1,,2")).isEqualTo(FieldViolation.INVALID);
    assertThat(reasonOf("-5")).isEqualTo(FieldViolation.INVALID);
  }

  @Test
  void refusesMoreThanAPage() {
    StringBuilder ids = new StringBuilder("1");
    for (int i = 2; i <= TriageHintService.MAX_TICKETS + 1; i++) {
      ids.append(',').append(i);
    }
    assertThat(reasonOf(ids.toString())).isEqualTo(FieldViolation.TOO_LONG);
    assertThat(TriageHintService.parse(String.join(",", Collections.nCopies(300, "7"))))
        .containsExactly(7L);
    assertThatThrownBy(() -> TriageHintService.parse("9".repeat(19)))
        .isInstanceOf(ValidationException.class);
  }
}
