package org.hotline.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCharactersTest {

  @Test
  void chineseTextAndSupplementaryCharactersAreAcceptable() {
    assertThat(TextCharacters.acceptable("城关镇 𠮷 家属院 3 号楼", false)).isTrue();
    assertThat(TextCharacters.acceptable(null, false)).isTrue();
  }

  @Test
  void lineBreaksAndTabsOnlyInMultiLineText() {
    assertThat(TextCharacters.acceptable("第一行\n第二行\t完", true)).isTrue();
    assertThat(TextCharacters.acceptable("第一行\r\n第二行", true)).isTrue();
    assertThat(TextCharacters.firstInvalid("城关\n镇", false)).isEqualTo(2);
  }

  @Test
  void controlCharactersAreRefusedEverywhere() {
    assertThat(TextCharacters.acceptable("a\u0000b", true)).isFalse();
    assertThat(TextCharacters.acceptable("a\u0007b", true)).isFalse();
    assertThat(TextCharacters.acceptable("a\u007Fb", true)).isFalse();
    assertThat(TextCharacters.acceptable("a\u0085b", true)).isFalse();
  }

  @Test
  void loneSurrogatesAreRefused() {
    assertThat(TextCharacters.firstInvalid("ab\uD800", true)).isEqualTo(2);
    assertThat(TextCharacters.firstInvalid("\uDC00ab", true)).isZero();
    assertThat(TextCharacters.acceptable("\uD842\uDFB7", true)).isTrue();
  }

  @Test
  void bidiOverridesAndIsolatesAreRefused() {
    assertThat(TextCharacters.acceptable("城关镇\u202E号3", false)).isFalse();
    assertThat(TextCharacters.acceptable("x\u202Ay", true)).isFalse();
    assertThat(TextCharacters.acceptable("x\u2066y", true)).isFalse();
    assertThat(TextCharacters.acceptable("x\u2069y", true)).isFalse();
    assertThat(TextCharacters.acceptable("x\u2065y\u202Fz", true)).isTrue();
  }
}
