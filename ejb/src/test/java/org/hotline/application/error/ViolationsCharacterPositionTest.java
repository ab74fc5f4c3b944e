package org.hotline.application.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every INVALID_CHARACTER the services record says where and which (issue 12, review round 6): the
 * position counted in characters as people see them (code points, from 1, in the text as sent) and
 * the code point; a blank at either end of an identifier is told apart.
 */
class ViolationsCharacterPositionTest {

  private static List<String> refused(Violations v) {
    try {
      v.throwIfAny();
      return List.of();
    } catch (ValidationException e) {
      return e.violations().stream()
          .map(
              f ->
                  f.field()
                      + ":"
                      + f.character().position()
                      + ":"
                      + f.character().label()
                      + (f.character().blankAtEnd() ? ":edge" : ""))
          .toList();
    }
  }

  @Test
  void anIdentifierNamesItsZeroWidthSpace() {
    Violations v = new Violations();
    v.identifier("externalId", "ABC\u200B123", true, 64);
    v.name("name", "窗口\u200b1", true, 64);
    v.identifier("username", "officer\u200b", true, 64);
    assertThat(refused(v))
        .containsExactly("externalId:4:U+200B", "name:3:U+200B", "username:8:U+200B");
  }

  @Test
  void aBlankAtEitherEndIsSaidToBeOne() {
    Violations v = new Violations();
    v.identifier("externalId", "ABC ", true, 64);
    v.choice("status", " OPEN", SampleChoice.class, null);
    v.reference("unitCode", "PS-A\u3000", c -> Optional.of(c));
    v.filterCode("unit", "A B", 40, c -> true); // a blank inside is kept
    assertThat(refused(v))
        .containsExactly(
            "externalId:4:U+0020:edge", "status:1:U+0020:edge", "unitCode:5:U+3000:edge");
  }

  @Test
  void aTextCountsFromItsFirstCharacterAsSentAndSurrogatePairsOnce() {
    Violations v = new Violations();
    v.text("summary", "  城关\u202E镇", true, 100); // two spaces trimmed, still counted
    v.text("address", "\uD842\uDFB7家属院\u0007号", true, 100); // 𠮷 is one character
    v.text("note", "第一行\n第二行\u0000完", true, 100);
    assertThat(refused(v)).containsExactly("summary:5:U+202E", "address:5:U+0007", "note:8:U+0000");
  }

  @Test
  void theFirstOffendingCharacterIsNamedWhenThereAreSeveral() {
    Violations v = new Violations();
    v.identifier("externalId", "A\u200DB\u0000C ", true, 64);
    assertThat(refused(v)).containsExactly("externalId:2:U+200D");
  }

  enum SampleChoice {
    OPEN
  }
}
