package org.hotline.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The characters GB 18030-2022 requires at its implementation levels 1 and 2 (GB 18030-2022 实现等级),
 * built from the encoding itself rather than typed in:
 *
 * <ul>
 *   <li>level 1: the single-byte part (printable ASCII), every two-byte code that is not a
 *       user-defined (PUA) position, decoded with the JDK's GB18030 charset; the 18 two-byte codes
 *       that the 2022 edition moved out of the PUA (U+FE10..U+FE19, U+9FB4..U+9FBB); and from the
 *       four-byte part CJK Extension A (U+3400..U+4DB5) and U+9FA6..U+9FEF;
 *   <li>level 2: level 1 plus the 196 characters of the 通用规范汉字表 (2013) outside the BMP (CJK
 *       Extensions B to F), read from {@code general-standard-chinese-characters.txt}.
 * </ul>
 */
final class Gb18030Repertoire {

  private Gb18030Repertoire() {}

  /** Code points of levels 1 and 2, ascending, without controls. */
  static int[] levels1And2() {
    TreeSet<Integer> all = new TreeSet<>();
    IntStream.rangeClosed(0x20, 0x7E).forEach(all::add);
    CharsetDecoder decoder =
        Charset.forName("GB18030")
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int lead = 0x81; lead <= 0xFE; lead++) {
      for (int trail = 0x40; trail <= 0xFE; trail++) {
        if (trail == 0x7F) {
          continue;
        }
        try {
          CharBuffer decoded =
              decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
          int cp = Character.codePointAt(decoded, 0);
          if (!isPrivateUse(cp) && cp != 0xFFFD) {
            all.add(cp);
          }
        } catch (CharacterCodingException e) {
          // not a character
        }
      }
    }
    IntStream.rangeClosed(0xFE10, 0xFE19).forEach(all::add);
    IntStream.rangeClosed(0x9FB4, 0x9FBB).forEach(all::add);
    IntStream.rangeClosed(0x3400, 0x4DB5).forEach(all::add);
    IntStream.rangeClosed(0x9FA6, 0x9FEF).forEach(all::add);
    generalStandardCharacters().filter(Character::isSupplementaryCodePoint).forEach(all::add);
    return all.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 8,105 characters of the 通用规范汉字表, in the table's order. */
  static IntStream generalStandardCharacters() {
    StringBuilder chars = new StringBuilder();
    try (InputStream in =
            Gb18030Repertoire.class.getResourceAsStream(
                "/general-standard-chinese-characters.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().filter(line -> !line.startsWith("#")).forEach(chars::append);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return chars.codePoints();
  }

  private static boolean isPrivateUse(int cp) {
    return Character.getType(cp) == Character.PRIVATE_USE;
  }
}
