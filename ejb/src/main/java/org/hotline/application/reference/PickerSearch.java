package org.hotline.application.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Finds reference items (areas, categories) by what an operator types in a picker (选择器检索): any part
 * of the name, its pinyin or pinyin initials, the path across levels, or the code; best match
 * first. The order: the code itself; the name matched from its first character; matched further in;
 * the path (parents' names then the name) matched contiguously; the path matched with skipped
 * characters, fewest gaps first; then the shorter name, then the code. Items that do not match are
 * left out. See {@link PickerMatch} for how one name is read.
 */
public final class PickerSearch {

  /** Longest query accepted (characters). */
  public static final int MAX_QUERY_LENGTH = 40;

  private PickerSearch() {}

  /**
   * @param items the candidates
   * @param query what was typed (blank: nothing matches)
   * @param code an item's code
   * @param name an item's own name
   * @param path an item's path, e.g. "治安管理 › 社会生活噪音扰民"
   * @param limit how many to return at most
   * @return the matching items, best first
   */
  public static <T> List<T> rank(
      List<T> items,
      String query,
      Function<T, String> code,
      Function<T, String> name,
      Function<T, String> path,
      int limit) {
    String q = PickerMatch.normalise(query);
    if (q.isEmpty()) {
      return List.of();
    }
    record Scored<T>(T item, int tier, int gaps, int length, String code) {}
    List<Scored<T>> found = new ArrayList<>();
    for (T item : items) {
      String c = code.apply(item);
      String n = name.apply(item);
      String flatPath = PickerMatch.normalise(path.apply(item));
      int tier;
      int gaps = 0;
      PickerMatch m;
      if (c.toLowerCase(Locale.ROOT).equals(q)) {
        tier = 0;
      } else if ((m = PickerMatch.of(n, q, false)).matches()) {
        tier = m.start() == 0 ? 1 : 2;
      } else if (PickerMatch.of(flatPath, q, false).matches()) {
        tier = 3;
      } else if ((m = PickerMatch.of(flatPath, q, true)).matches()) {
        tier = 4;
        gaps = m.gaps();
      } else {
        continue;
      }
      found.add(new Scored<>(item, tier, gaps, n.length(), c));
    }
    return found.stream()
        .sorted(
            Comparator.<Scored<T>>comparingInt(Scored::tier)
                .thenComparingInt(Scored::gaps)
                .thenComparingInt(Scored::length)
                .thenComparing(Scored::code))
        .limit(limit)
        .map(Scored::item)
        .toList();
  }
}
