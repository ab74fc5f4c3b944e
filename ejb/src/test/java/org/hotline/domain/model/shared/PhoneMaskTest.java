package org.hotline.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneMaskTest {

  @Test
  void onlyTheFirstThreeAndLastFourDigitsStayHoweverTheNumberIsWritten() {
    assertThat(PhoneMask.mask("13912345678")).isEqualTo("139****5678");
    assertThat(PhoneMask.mask("139-1234-5678")).isEqualTo("139****5678");
    assertThat(PhoneMask.mask("+86 139 1234 5678")).isEqualTo("139****5678");
    assertThat(PhoneMask.mask("0531-8888 1234")).isEqualTo("053****1234");
    assertThat(PhoneMask.mask("110")).isEqualTo("*10");
    assertThat(PhoneMask.mask(null)).isNull();
  }
}
