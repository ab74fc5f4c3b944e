package org.hotline.domain.model.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a refused text goes wrong (拒收字符): the first character that {@link TextCharacters} refuses,
 * by its position as people count characters (1-based, in code points, so that {@code 𠮷} counts
 * once) and its code point; {@code blankAtEnd} when it is a white space at either end of an
 * identifier (首尾空白), which people call a blank rather than an invisible character.
 *
 * @param position 1-based position in code points in the text as it was sent
 * @param codePoint the refused code point (a lone surrogate is reported as itself)
 * @param blankAtEnd whether it is white space at the start or the end of the text
 */
public record RefusedCharacter(int position, int codePoint, boolean blankAtEnd) {

  /** The code point as Unicode writes it: {@code U+200B}, {@code U+1F600}. */
  public String label() {
    return "U+" + String.format(Locale.ROOT, "%04X", codePoint);
  }

  /**
   * The first character of {@code text} the rule of {@link TextCharacters#acceptable} refuses.
   *
   * @param text the text as sent (null: nothing refused)
   * @param multiLine whether line breaks and tabs belong in it
   * @return the refused character, empty when the text is acceptable
   */
  public static Optional<RefusedCharacter> in(String text, boolean multiLine) {
    if (text == null) {
      return Optional.empty();
    }
    int index = TextCharacters.firstInvalid(text, multiLine);
    return index < 0 ? Optional.empty() : Optional.of(at(text, index, false));
  }

  /**
   * The first character of {@code text} the rule of {@link TextCharacters#identifier} refuses: a
   * character {@link #in} refuses, an invisible character anywhere (an ordinary space inside is
   * kept) or white space at either end.
   *
   * @param text an identifier or code as sent (null or empty: nothing refused)
   * @return the refused character, empty when the identifier is acceptable
   */
  public static Optional<RefusedCharacter> inIdentifier(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    int invalid = TextCharacters.firstInvalid(text, false);
    int last = text.length() - Character.charCount(text.codePointBefore(text.length()));
    for (int i = 0; i < text.length(); ) {
      if (i == invalid) {
        return Optional.of(at(text, i, false));
      }
      int cp = text.codePointAt(i);
      boolean atEnd = i == 0 || i == last;
      if (VisibleText.isInvisible(cp) && (cp != ' ' || atEnd)) {
        boolean blank = atEnd && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
        return Optional.of(at(text, i, blank));
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  private static RefusedCharacter at(String text, int index, boolean blankAtEnd) {
    return new RefusedCharacter(
        text.codePointCount(0, index) + 1, text.codePointAt(index), blankAtEnd);
  }
}
