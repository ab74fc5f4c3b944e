package org.hotline.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one strict reading of a year: four ASCII digits in a sane range. */
class CalendarTextYearTest {

  @Test
  void onlyFourPlainDigitsInRangeAreAYear() {
    assertThat(CalendarText.year("2026")).contains(2026);
    assertThat(CalendarText.year("1900")).contains(1900);
    assertThat(CalendarText.year("2199")).contains(2199);
    for (String bad :
        new String[] {
          "+2026", " 2026", "2026 ", "02026", "26", "0001", "9999", "-2026", "２０２６", "٢٠٢٦", "",
          null
        }) {
      assertThat(CalendarText.year(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }
}
