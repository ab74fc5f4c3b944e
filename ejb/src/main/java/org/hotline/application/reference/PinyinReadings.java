package org.hotline.application.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The ways an operator may type one character (拼音读音), from pinyin4j: every reading of a Chinese
 * character without tone, so that polyphonic characters (多音字) of place names are found under each
 * reading — 重 as {@code zhong} and {@code chong} (重庆), 长 as {@code chang} and {@code zhang}; ü as
 * both {@code v} and {@code u} (绿 → {@code lv}, {@code lu}). Any other character reads as itself in
 * lower case. The character itself is always the first reading, so Chinese input matches too.
 * Computed once per character.
 */
public final class PinyinReadings {

  private static final ConcurrentMap<Character, List<String>> CACHE = new ConcurrentHashMap<>();
  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
  }

  private PinyinReadings() {}

  /**
   * @param c any character
   * @return the character itself (lower case) followed by its distinct toneless pinyin readings,
   *     never empty
   */
  public static List<String> of(char c) {
    return CACHE.computeIfAbsent(c, PinyinReadings::compute);
  }

  private static List<String> compute(char c) {
    Set<String> readings = new LinkedHashSet<>();
    readings.add(String.valueOf(c).toLowerCase(Locale.ROOT));
    try {
      String[] pinyin = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      if (pinyin != null) {
        for (String p : pinyin) {
          readings.add(p);
          if (p.indexOf('v') >= 0) {
            readings.add(p.replace('v', 'u'));
          }
        }
      }
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
    return List.copyOf(new ArrayList<>(readings));
  }
}
