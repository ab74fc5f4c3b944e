package org.hotline.domain.model.shared;

/**
 * Which characters a text of the hotline may hold (文本字符规则), one rule for every way text comes in.
 * Refused: NUL and the other C0/C1 control characters (line feed, carriage return and tab only in
 * multi-line text), DEL, unpaired UTF-16 surrogates, and the bidirectional embeddings, overrides
 * and isolates U+202A–U+202E, U+2066–U+2069 (which let a text display differently from what it
 * holds, e.g. an address read backwards).
 */
public final class TextCharacters {

  /**
   * The fields (by their last name: {@code note}, {@code items[2].note} …) that hold multi-line
   * text, where line breaks and tabs belong; every other text is one line. The JSON body check and
   * the services' own check ({@code Violations}) read this one list, so that a text is judged alike
   * however it arrives (JSON, an uploaded file, a query parameter).
   */
  public static final java.util.Set<String> MULTI_LINE_FIELDS =
      java.util.Set.of(
          "content",
          "directAnswer",
          "text",
          "note",
          "reason",
          "requirements",
          "report",
          "comment",
          "duties",
          // a service record's summary (服务摘要): 110 incident summaries are often several lines
          "summary");

  private TextCharacters() {}

  /**
   * Whether the field named {@code path} holds multi-line text ({@link #MULTI_LINE_FIELDS}).
   *
   * @param path a field name, possibly dotted or indexed ({@code records[3].summary})
   */
  public static boolean multiLineField(String path) {
    String leaf = path.substring(path.lastIndexOf('.') + 1);
    int index = leaf.indexOf('[');
    return MULTI_LINE_FIELDS.contains(index < 0 ? leaf : leaf.substring(0, index));
  }

  /** Whether {@code text} holds only acceptable characters for the field named {@code field}. */
  public static boolean acceptableIn(String field, String text) {
    return acceptable(text, multiLineField(field));
  }

  /**
   * Whether {@code text} holds only acceptable characters.
   *
   * @param text the text (null is acceptable: absence is another rule's business)
   * @param multiLine whether line breaks and tabs belong in it (content, notes, replies …)
   * @return true when every character is acceptable
   */
  public static boolean acceptable(String text, boolean multiLine) {
    return text == null || firstInvalid(text, multiLine) < 0;
  }

  /**
   * The index of the first character the rule refuses, or -1.
   *
   * @param text a non-null text
   * @param multiLine whether line breaks and tabs are allowed
   * @return the index of the first refused char, -1 when none
   */
  public static int firstInvalid(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c) || refused(c, multiLine)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean refused(char c, boolean multiLine) {
    if (c == '\n' || c == '\t' || c == '\r') {
      return !multiLine;
    }
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Whether {@code text} is acceptable as an identifier or a code (标识/编码: usernames, external ids,
   * source systems, unit codes, badge numbers): none of the characters {@link #acceptable} refuses,
   * no invisible character at all ({@link VisibleText#isInvisible}: zero-width spaces
   * U+200B–U+200D, word joiner U+2060, byte-order mark U+FEFF, bidi marks, other format characters)
   * except an ordinary blank inside, and no white space at either end. Such a character is refused,
   * never trimmed away: the identifier stored would not be the one sent.
   */
  public static boolean identifier(String text) {
    if (text == null || text.isEmpty()) {
      return true;
    }
    if (firstInvalid(text, false) >= 0) {
      return false;
    }
    int first = text.codePointAt(0);
    int last = text.codePointBefore(text.length());
    if (VisibleText.isInvisible(first) || VisibleText.isInvisible(last)) {
      return false;
    }
    return text.codePoints().allMatch(cp -> cp == ' ' || !VisibleText.isInvisible(cp));
  }
}
