package org.hotline.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.hotline.application.error.FieldViolation;
import org.hotline.domain.model.shared.RefusedCharacter;
import org.junit.jupiter.api.Test;

/**
 * The message and the {@code errors[]} entry of a refused character (issue 12): the position and
 * the code point with its name, in Chinese and in English; a blank at either end said as such.
 */
class ProblemMessagesCharacterTest {

  private static FieldViolation zeroWidth() {
    return FieldViolation.invalidCharacter("summary", new RefusedCharacter(7, 0x200B, false));
  }

  @Test
  void theEntryCarriesPositionAndCodePoint() {
    Problem.FieldError e = Problem.FieldError.of(Locale.CHINESE, zeroWidth());
    assertThat(e.field()).isEqualTo("summary");
    assertThat(e.reason()).isEqualTo("INVALID_CHARACTER");
    assertThat(e.position()).isEqualTo(7);
    assertThat(e.codePoint()).isEqualTo("U+200B");
    assertThat(
            Problem.FieldError.of(Locale.CHINESE, new FieldViolation("x", "REQUIRED")).position())
        .isNull();
  }

  @Test
  void theMessageSaysWhereAndWhichInBothLanguages() {
    assertThat(ProblemMessages.field(Locale.CHINESE, zeroWidth()))
        .isEqualTo("“摘要”第 7 个字符是看不见的字符 U+200B（零宽空格），请删去后重试。");
    assertThat(ProblemMessages.field(Locale.ENGLISH, zeroWidth()))
        .isEqualTo(
            "Character 7 of \"summary\" is an invisible character, U+200B (zero-width space):"
                + " delete it and try again.");
  }

  @Test
  void aBlankAtEitherEndIsSaidSo() {
    FieldViolation edge =
        FieldViolation.invalidCharacter("externalId", new RefusedCharacter(4, ' ', true));
    assertThat(ProblemMessages.field(Locale.CHINESE, edge))
        .isEqualTo("“外部编号”首尾有空白（第 4 个字符 U+0020（空格）），请删去后重试。");
    assertThat(ProblemMessages.field(Locale.ENGLISH, edge)).contains("blank at either end");
  }

  @Test
  void aCharacterWithoutAChineseNameIsNamedByItsCodePointAndInEnglishByUnicode() {
    FieldViolation bell =
        FieldViolation.invalidCharacter("note", new RefusedCharacter(3, 7, false));
    assertThat(ProblemMessages.field(Locale.CHINESE, bell)).contains("第 3 个字符").contains("U+0007，");
    assertThat(ProblemMessages.field(Locale.ENGLISH, bell)).contains("U+0007 (bel)");
  }
}
