package org.hotline.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCharactersIdentifierTest {

  @Test
  void plainIdentifiersAreAcceptable() {
    assertThat(TextCharacters.identifier("JJ110-2026-0001")).isTrue();
    assertThat(TextCharacters.identifier("接处警 系统")).isTrue();
    assertThat(TextCharacters.identifier("operator")).isTrue();
  }

  @Test
  void invisibleCharactersAnywhereAndBlanksAtTheEndsAreRefused() {
    for (String bad :
        new String[] {
          "\u202EABC",
          "ABC\u202E",
          "A\u200BBC",
          "AB\u200C",
          "\u200DAB",
          "A\u2060B",
          "\uFEFFAB",
          " operator",
          "operator ",
          "\u3000AB",
          "A\u00A0",
          "A\u0007B",
          "A\nB"
        }) {
      assertThat(TextCharacters.identifier(bad)).as(bad).isFalse();
    }
  }
}
