package org.hotline.application.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Codes, choices and names are taken exactly as sent: an invisible character or a blank at either
 * end is INVALID_CHARACTER, never cleaned into the code (the review of issues 14/15).
 */
class ViolationsCodesTest {

  private static final List<String> DIRTY =
      List.of(
          "OPEN\u200B",
          "\uFEFFOPEN",
          "OPEN\u2060",
          "OPEN\u00A0",
          "OPEN\u200E",
          "OPEN ",
          " OPEN",
          "OP\u200BEN",
          "OPEN\u00AD",
          "OPEN\u180E");

  enum Sample {
    OPEN,
    CLOSED
  }

  private static List<String> reasons(Violations v) {
    try {
      v.throwIfAny();
      return List.of();
    } catch (ValidationException e) {
      return e.violations().stream().map(f -> f.field() + ":" + f.reason()).toList();
    }
  }

  @Test
  void aChoiceWithAnInvisibleCharacterOrABlankAtAnEndIsRefused() {
    for (String dirty : DIRTY) {
      Violations v = new Violations();
      assertThat(v.optionalChoice("status", dirty, Sample.class)).as(dirty).isNull();
      assertThat(reasons(v)).as(dirty).containsExactly("status:INVALID_CHARACTER");
    }
    Violations v = new Violations();
    assertThat(v.choice("status", "open", Sample.class, null)).isEqualTo(Sample.OPEN);
    assertThat(v.choice("status", "", Sample.class, Sample.CLOSED)).isEqualTo(Sample.CLOSED);
    assertThat(reasons(v)).isEmpty();
  }

  @Test
  void aFilterCodeIsRefusedNotCleaned() {
    for (String dirty : DIRTY) {
      Violations v = new Violations();
      v.filterCode("unit", dirty, 40, c -> true);
      assertThat(reasons(v)).as(dirty).containsExactly("unit:INVALID_CHARACTER");
    }
    Violations v = new Violations();
    assertThat(v.filterCode("unit", "OPEN", 40, "OPEN"::equals)).isEqualTo("OPEN");
    assertThat(v.filterCode("unit", null, 40, c -> false)).isNull();
    assertThat(reasons(v)).isEmpty();
  }

  @Test
  void aReferenceIsLookedUpExactlyAsSent() {
    for (String dirty : DIRTY) {
      Violations v = new Violations();
      assertThat(v.<String>reference("unitCode", dirty, Optional::of)).as(dirty).isNull();
      assertThat(reasons(v)).as(dirty).containsExactly("unitCode:INVALID_CHARACTER");
    }
    Violations v = new Violations();
    assertThat(v.<String>reference("unitCode", "PS-X", Optional::of)).isEqualTo("PS-X");
    assertThat(v.<String>reference("unitCode", "PS-Y", c -> Optional.empty())).isNull();
    assertThat(reasons(v)).containsExactly("unitCode:UNKNOWN_CODE");
  }

  @Test
  void aNameRefusesInvisibleCharactersAnywhere() {
    for (String dirty :
        List.of(
            "\u200B窗口",
            "窗口\u2060",
            "\uFEFF窗口",
            "窗口\u200E",
            "窗口\u00AD",
            "窗口\u180E",
            "窗口\u200B1",
            " 窗口")) {
      Violations v = new Violations();
      assertThat(v.name("name", dirty, true, 60)).as(dirty).isNull();
      assertThat(reasons(v)).as(dirty).containsExactly("name:INVALID_CHARACTER");
    }
    Violations v = new Violations();
    assertThat(v.name("name", "一号 窗口", true, 60)).isEqualTo("一号 窗口");
    assertThat(reasons(v)).isEmpty();
  }

  @Test
  void aYearOutsideTheSaneRangeIsInvalid() {
    Violations v = new Violations();
    v.year("year", 26);
    v.year("year", 2026);
    assertThat(reasons(v)).containsExactly("year:INVALID");
  }
}
