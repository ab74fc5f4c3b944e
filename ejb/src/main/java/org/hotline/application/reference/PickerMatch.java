package org.hotline.application.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How well what an operator typed matches a name (拼音检索匹配). The query is read against the name's
 * characters in order; each character may be taken as itself, as the whole of one of its pinyin
 * readings or as the start of one (so {@code rml}, {@code renminlu}, {@code renml} and {@code 人民路}
 * all match 人民路社区). A query matches contiguously (all its characters from consecutive characters of
 * the name) or, when {@code gapsAllowed}, with characters of the name skipped in between ({@code
 * zazy} → 治安管理社会生活噪音扰民), each skipped run counting as one gap.
 *
 * @param start index of the first character of the name used, or -1 when the query does not match
 * @param gaps number of skipped runs of characters (0 for a contiguous match)
 */
public record PickerMatch(int start, int gaps) {

  static final PickerMatch NONE = new PickerMatch(-1, 0);
  private static final int NO = Integer.MAX_VALUE / 2;

  public boolean matches() {
    return start >= 0;
  }

  /** The query as matched: lower case, without spaces, apostrophes and the path separator. */
  public static String normalise(String query) {
    return query == null ? "" : query.toLowerCase(Locale.ROOT).replaceAll("[\\s'’›>/·]", "");
  }

  /**
   * @param name the text to match against (a name or a path written without separators)
   * @param query a normalised query (see {@link #normalise}); empty never matches
   * @param gapsAllowed whether characters of the name may be skipped between matched ones
   * @return the best match: earliest start among the fewest gaps, or {@link #NONE}
   */
  public static PickerMatch of(String name, String query, boolean gapsAllowed) {
    if (query.isEmpty() || name == null || name.isEmpty()) {
      return NONE;
    }
    int n = name.length();
    int[][] memo = new int[n + 1][query.length() + 1];
    for (int[] row : memo) {
      Arrays.fill(row, -1);
    }
    for (int start = 0; start < n; start++) {
      int gaps = fewestGaps(name, query, start, 0, gapsAllowed, memo);
      if (gaps == 0) {
        return new PickerMatch(start, 0);
      }
    }
    if (!gapsAllowed) {
      return NONE;
    }
    int best = NO;
    int bestStart = -1;
    for (int start = 0; start < n; start++) {
      int gaps = fewestGaps(name, query, start, 0, true, memo);
      if (gaps < best) {
        best = gaps;
        bestStart = start;
      }
    }
    return bestStart < 0 ? NONE : new PickerMatch(bestStart, best);
  }

  /** Fewest gaps to read query[j..] starting exactly at name[i], or NO. */
  private static int fewestGaps(
      String name, String query, int i, int j, boolean gapsAllowed, int[][] memo) {
    if (j == query.length()) {
      return 0;
    }
    if (i >= name.length()) {
      return NO;
    }
    if (memo[i][j] >= 0) {
      return memo[i][j];
    }
    int best = NO;
    List<String> readings = PinyinReadings.of(name.charAt(i));
    for (String reading : readings) {
      int max = Math.min(reading.length(), query.length() - j);
      for (int k = max; k >= 1; k--) {
        if (!query.regionMatches(j, reading, 0, k)) {
          continue;
        }
        int next = j + k;
        if (next == query.length()) {
          best = 0;
          break;
        }
        best = Math.min(best, fewestGaps(name, query, i + 1, next, gapsAllowed, memo));
        if (gapsAllowed) {
          for (int skip = i + 2; skip < name.length() && best > 1; skip++) {
            best = Math.min(best, 1 + fewestGaps(name, query, skip, next, true, memo));
          }
        }
      }
      if (best == 0) {
        break;
      }
    }
    memo[i][j] = best;
    return best;
  }
}
