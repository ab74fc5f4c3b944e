package org.hotline.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextTest {

  @ParameterizedTest(name = "[{index}]")
  @ValueSource(
      strings = {
        "",
        " \t\r\n",
        "\u00a0\u00a0",
        "\u200b\u200b",
        "\u3000\u200b\u3000",
        "\ufeff",
        "\u2060\u200c\u200d",
        "\u2007\u202f\u205f",
        "\u00ad",
        "\u200e\u200f\u202a\u202c",
        "\u3164\u115f",
        "\u2800",
        "\u034f\ufe0f",
        "\udb40\udc20",
        "\u180e",
        "\u0000\u0007"
      })
  void invisibleTextIsBlank(String text) {
    assertThat(VisibleText.isBlank(text)).isTrue();
    assertThat(VisibleText.clean(text)).isNull();
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\u00a0\u200b噪音扰民\u3000\ufeff|噪音扰民",
        "  a b  |a b",
        "\u200b𠮷\u200b|𠮷",
        "楼下\u00a0烧烤|楼下\u00a0烧烤"
      })
  void paddingIsRemovedAndTheInsideKept(String text, String cleaned) {
    assertThat(VisibleText.clean(text)).isEqualTo(cleaned);
    assertThat(VisibleText.isBlank(text)).isFalse();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {".", "-", "0", "、", "。"})
  void aSingleVisibleCharacterIsText(String text) {
    assertThat(VisibleText.isBlank(text)).isFalse();
  }
}
