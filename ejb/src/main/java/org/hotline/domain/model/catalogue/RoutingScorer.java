package org.hotline.domain.model.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes the units most likely responsible for a matter (分类研判建议), each with the reason: the
 * police station of the address's jurisdiction for police matters, and the catalogue items whose
 * categories and keywords match the ticket, and whose written duties share words with it (Chinese
 * word segmentation). Pure function of its inputs; see docs/routing.md for the weights and the
 * measured accuracy.
 */
public final class RoutingScorer {

  static final int CATEGORY_MATCH = 5;
  static final int KEYWORD_MATCH = 2;
  static final int MAX_KEYWORD_MATCHES = 4;
  static final int JURISDICTION = 6;
  static final int SHARED_WORD = 1;
  static final int MAX_SHARED_WORDS = 3;

  /** One catalogue item as the scorer sees it. */
  public record Duty(
      String itemCode,
      String unitCode,
      String unitName,
      boolean police,
      List<String> categoryCodes,
      List<String> keywords,
      java.util.Set<String> dutyWords) {

    public Duty(
        String itemCode,
        String unitCode,
        String unitName,
        boolean police,
        List<String> categoryCodes,
        List<String> keywords) {
      this(itemCode, unitCode, unitName, police, categoryCodes, keywords, java.util.Set.of());
    }
  }

  /** The matter to route. */
  public record Matter(
      String content,
      String address,
      String categoryCode,
      boolean policeCategory,
      String stationCode,
      String stationName,
      List<String> contentWords) {

    public Matter(
        String content,
        String address,
        String categoryCode,
        boolean policeCategory,
        String stationCode,
        String stationName) {
      this(content, address, categoryCode, policeCategory, stationCode, stationName, List.of());
    }
  }

  /**
   * Why a unit is proposed, for the pages to word in the user's language: {@code kind} is {@code
   * JURISDICTION} (the station of the address's jurisdiction, 辖区), {@code CATEGORY} (the duty
   * covers the ticket's category; {@code words} holds its code), {@code KEYWORDS} (the duty's
   * keywords found in the content) or {@code DUTY_WORDS} (words shared with the duty's text).
   */
  public record Reason(String kind, List<String> words) {}

  /**
   * A proposed unit, its score, the catalogue item it relies on (may be null) and why: {@code
   * reasons} as bilingual text (kept for API clients), {@code why} as codes and words.
   */
  public record Proposal(
      String unitCode,
      String unitName,
      int score,
      String catalogueItemCode,
      List<String> reasons,
      List<Reason> why) {

    /** A proposal without the structured reasons. */
    public Proposal(
        String unitCode,
        String unitName,
        int score,
        String catalogueItemCode,
        List<String> reasons) {
      this(unitCode, unitName, score, catalogueItemCode, reasons, List.of());
    }
  }

  private RoutingScorer() {}

  public static List<Proposal> propose(Matter matter, List<Duty> duties, int howMany) {
    String text =
        (matter.content() == null ? "" : matter.content())
            + " "
            + (matter.address() == null ? "" : matter.address());
    Map<String, Proposal> best = new LinkedHashMap<>();
    if (matter.policeCategory() && matter.stationCode() != null) {
      best.put(
          matter.stationCode(),
          new Proposal(
              matter.stationCode(),
              matter.stationName(),
              JURISDICTION,
              null,
              List.of("辖区 jurisdiction"),
              List.of(new Reason("JURISDICTION", List.of()))));
    }
    for (Duty duty : duties) {
      List<String> reasons = new ArrayList<>();
      List<Reason> why = new ArrayList<>();
      int score = 0;
      if (matter.categoryCode() != null && duty.categoryCodes().contains(matter.categoryCode())) {
        score += CATEGORY_MATCH;
        reasons.add("分类 category " + matter.categoryCode());
        why.add(new Reason("CATEGORY", List.of(matter.categoryCode())));
      }
      List<String> hits =
          duty.keywords().stream().filter(k -> !k.isBlank() && text.contains(k)).toList();
      if (!hits.isEmpty()) {
        score += KEYWORD_MATCH * Math.min(hits.size(), MAX_KEYWORD_MATCHES);
        reasons.add("关键词 keywords " + String.join("、", hits));
        why.add(new Reason("KEYWORDS", hits));
      }
      List<String> shared =
          matter.contentWords().stream()
              .filter(w -> w.length() >= 2 && duty.dutyWords().contains(w))
              .distinct()
              .toList();
      if (!shared.isEmpty()) {
        score += SHARED_WORD * Math.min(shared.size(), MAX_SHARED_WORDS);
        reasons.add("职责用词 duty words " + String.join("、", shared));
        why.add(new Reason("DUTY_WORDS", shared));
      }
      if (score == 0) {
        continue;
      }
      Proposal current = best.get(duty.unitCode());
      if (current == null) {
        best.put(
            duty.unitCode(),
            new Proposal(duty.unitCode(), duty.unitName(), score, duty.itemCode(), reasons, why));
      } else if (current.catalogueItemCode() == null) {
        // the station of the jurisdiction whose own duty also matches: both reasons count
        List<String> all = new ArrayList<>(current.reasons());
        all.addAll(reasons);
        List<Reason> allWhy = new ArrayList<>(current.why());
        allWhy.addAll(why);
        best.put(
            duty.unitCode(),
            new Proposal(
                duty.unitCode(),
                duty.unitName(),
                current.score() + score,
                duty.itemCode(),
                all,
                allWhy));
      } else if (score > current.score()) {
        best.put(
            duty.unitCode(),
            new Proposal(duty.unitCode(), duty.unitName(), score, duty.itemCode(), reasons, why));
      }
    }
    return best.values().stream()
        .sorted(Comparator.comparingInt(Proposal::score).reversed())
        .limit(howMany)
        .toList();
  }
}
