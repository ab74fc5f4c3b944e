package org.hotline.application.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The areas an address names (地址识别区域): a community, village, street or town whose name, or whose
 * name without its suffix (社区, 居委会, 村, 街道, 镇, 乡; at least two characters left), appears in the
 * address — 人民路88号 → 人民路社区. A community (a leaf, the only level a ticket takes) counts before a
 * street, the full name before the shortened one, a longer name before a shorter.
 */
public final class AreaFromAddress {

  private static final List<String> SUFFIXES = List.of("居委会", "社区", "街道", "村", "镇", "乡");

  /** An area as this rule sees it. */
  public record Place(String code, String name, boolean leaf) {}

  private AreaFromAddress() {}

  /**
   * @param address the address typed so far (null or blank: nothing)
   * @param places the candidate areas (communities and streets)
   * @param howMany how many at most
   * @return the codes of the areas named, best first
   */
  public static List<String> find(String address, List<Place> places, int howMany) {
    if (address == null || address.isBlank()) {
      return List.of();
    }
    record Hit(String code, boolean full, boolean leaf, int length) {}
    List<Hit> hits = new ArrayList<>();
    for (Place p : places) {
      if (address.contains(p.name())) {
        hits.add(new Hit(p.code(), true, p.leaf(), p.name().length()));
        continue;
      }
      String stem = stem(p.name());
      if (stem.length() >= 2 && !stem.equals(p.name()) && address.contains(stem)) {
        hits.add(new Hit(p.code(), false, p.leaf(), stem.length()));
      }
    }
    return hits.stream()
        .sorted(
            Comparator.comparing((Hit h) -> !h.leaf())
                .thenComparing(h -> !h.full())
                .thenComparing(Comparator.comparingInt(Hit::length).reversed())
                .thenComparing(Hit::code))
        .limit(howMany)
        .map(Hit::code)
        .toList();
  }

  static String stem(String name) {
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
