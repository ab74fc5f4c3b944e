package org.hotline.application.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The services' own check of characters ({@link Violations}): the same rule as the JSON body's, so
 * that a text arriving by an uploaded file or a query parameter is judged as the JSON one is.
 */
class ViolationsCharactersTest {

  private static List<String> reasons(Violations v) {
    try {
      v.throwIfAny();
      return List.of();
    } catch (ValidationException e) {
      return e.violations().stream().map(f -> f.field() + ":" + f.reason()).toList();
    }
  }

  @Test
  void controlCharactersAndBidiOverridesAreRefusedInEveryText() {
    for (String bad : List.of("a\u202Eb", "a\u0007b", "a\u0000b", "a\u2066b", "a\u0085b")) {
      Violations v = new Violations();
      assertThat(v.text("summary", bad, true, 100)).isNull();
      assertThat(v.text("note", bad, true, 100)).isNull();
      assertThat(reasons(v))
          .as(bad)
          .containsExactly("summary:INVALID_CHARACTER", "note:INVALID_CHARACTER");
    }
  }

  @Test
  void lineBreaksBelongOnlyInMultiLineFields() {
    Violations v = new Violations();
    assertThat(v.text("note", "第一行\n第二行", true, 100)).isEqualTo("第一行\n第二行");
    assertThat(v.text("records[2].content", "一\n二", true, 100)).isEqualTo("一\n二");
    // a service record's summary is multi-line (110 summaries are; breaker review), a title is not
    assertThat(v.text("summary", "一\n二", true, 100)).isEqualTo("一\n二");
    assertThat(v.text("title", "一\n二", true, 100)).isNull();
    assertThat(reasons(v)).containsExactly("title:INVALID_CHARACTER");
  }

  @Test
  void codesAndChoicesAreCheckedAlike() {
    Violations v = new Violations();
    String found = v.reference("unitCode", "PS\u202E-A", c -> java.util.Optional.of(c));
    assertThat(found).isNull();
    v.filterCode("reason", "SM\u0007S", 40, c -> true);
    assertThat(reasons(v))
        .containsExactly("unitCode:INVALID_CHARACTER", "reason:INVALID_CHARACTER");
  }
}
