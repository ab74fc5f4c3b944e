package org.hotline.domain.model.shared;

/**
 * The one rule for blank text (空白文本): a text is blank when it holds no visible character. Besides
 * ASCII blanks that covers every Unicode white space (no-break space U+00A0, ideographic space
 * U+3000, narrow and figure spaces …), control characters, format characters (zero-width space
 * U+200B, zero-width joiners, word joiner U+2060, the byte-order mark U+FEFF, soft hyphen, bidi
 * marks …) and the other default-ignorable or blank-looking code points (Hangul fillers U+3164 /
 * U+115F / U+1160 / U+FFA0, variation selectors, combining grapheme joiner U+034F, Mongolian free
 * variation selectors, Khmer inherent vowels U+17B4/U+17B5, braille blank U+2800, tag characters).
 * Such invisible padding around a text is removed before it is stored; what is inside stays.
 */
public final class VisibleText {

  private VisibleText() {}

  /**
   * {@code text} without invisible characters at its start and end, or null when it is null or
   * holds nothing visible.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end) {
      int cp = text.codePointAt(start);
      if (!isInvisible(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = text.codePointBefore(end);
      if (!isInvisible(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return start == end ? null : text.substring(start, end);
  }

  /** Whether {@code text} is null or holds no visible character (see the class comment). */
  public static boolean isBlank(String text) {
    return clean(text) == null;
  }

  /** Whether the code point shows nothing by itself (white space, control, format, ignorable). */
  public static boolean isInvisible(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.CONTROL || type == Character.FORMAT) {
      return true;
    }
    return cp == 0x034F // combining grapheme joiner
        || cp == 0x115F
        || cp == 0x1160 // Hangul choseong / jungseong fillers
        || cp == 0x17B4
        || cp == 0x17B5 // Khmer inherent vowels
        || (cp >= 0x180B && cp <= 0x180F) // Mongolian free variation selectors, vowel separator
        || cp == 0x2800 // braille pattern blank
        || cp == 0x3164
        || cp == 0xFFA0 // Hangul fillers
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || (cp >= 0xE0000 && cp <= 0xE0FFF); // tags and variation selectors supplement
  }
}
