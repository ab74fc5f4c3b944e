package org.hotline.domain.model.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks units within their class from their monthly tallies (seed 003, Changqing: 回复率, 办结率, 满意率
 * every month). Pure: no clock, no database.
 *
 * <p>Score = Σ weight × value ÷ Σ weight × 100 over the measures that have data (a unit without any
 * callback reached in the month is scored on reply and closure alone), value = the rate or its
 * Wilson lower bound ({@link RankingRules.Values#basis()}). Units with fewer tickets due than
 * {@code minSample} are listed but not ranked. Order: score, then satisfaction, then volume
 * (tickets due), then unit code — so ranks are unique.
 */
public final class RankingCalculator {

  private RankingCalculator() {}

  /** A unit to rank: its code, name, class and tally. */
  public record Entry(String unitCode, String unitName, UnitClass unitClass, UnitTally tally) {}

  /**
   * Ranks {@code entries} (any classes) under {@code rules}; {@code bottomBefore} holds, per
   * earlier month needed (most recent first), the codes that were in the bottom of their class
   * then.
   *
   * @return the rows grouped by class (STATION, BRIGADE, AGENCY, CENTRE), ranked first, then the
   *     units with too small a sample by code
   */
  public static List<RankingRow> rank(
      List<Entry> entries, RankingRules.Values rules, List<Set<String>> bottomBefore) {
    Map<UnitClass, List<RankingRow>> byClass = new EnumMap<>(UnitClass.class);
    for (Entry e : entries) {
      byClass.computeIfAbsent(e.unitClass(), c -> new ArrayList<>()).add(row(e, rules));
    }
    List<RankingRow> result = new ArrayList<>();
    byClass.forEach((unitClass, rows) -> result.addAll(rankClass(rows, rules, bottomBefore)));
    return result;
  }

  private static RankingRow row(Entry e, RankingRules.Values rules) {
    UnitTally t = e.tally();
    // a unit with no ticket due is never ranked, whatever the rules say
    boolean tooSmall = t.due() < Math.max(1, rules.minSample());
    return new RankingRow(
        null,
        e.unitCode(),
        e.unitName(),
        e.unitClass(),
        t.reply(),
        t.closure(),
        t.satisfaction(),
        t.revisit(),
        t.unreachable(),
        score(t, rules),
        tooSmall,
        List.of());
  }

  /** The score of a tally under the rules, in [0, 100] with 2 decimals, or null without data. */
  public static Double score(UnitTally t, RankingRules.Values rules) {
    double sum = 0;
    int weights = 0;
    Double reply = t.reply().value(rules.basis());
    Double closure = t.closure().value(rules.basis());
    Double satisfaction = t.satisfaction().value(rules.basis());
    if (reply != null) {
      sum += rules.weightReply() * reply;
      weights += rules.weightReply();
    }
    if (closure != null) {
      sum += rules.weightClosure() * closure;
      weights += rules.weightClosure();
    }
    if (satisfaction != null) {
      sum += rules.weightSatisfaction() * satisfaction;
      weights += rules.weightSatisfaction();
    }
    return weights == 0 ? null : Math.round(sum / weights * 100 * 100) / 100d;
  }

  private static final Comparator<RankingRow> ORDER =
      Comparator.comparing(
              (RankingRow r) -> r.score() == null ? -1 : r.score(), Comparator.reverseOrder())
          .thenComparing(
              r -> r.satisfaction().rate() == null ? -1 : r.satisfaction().rate(),
              Comparator.reverseOrder())
          .thenComparing(r -> r.reply().denominator(), Comparator.reverseOrder())
          .thenComparing(RankingRow::unitCode);

  private static List<RankingRow> rankClass(
      List<RankingRow> rows, RankingRules.Values rules, List<Set<String>> bottomBefore) {
    List<RankingRow> ranked = rows.stream().filter(r -> !r.sampleTooSmall()).sorted(ORDER).toList();
    List<RankingRow> result = new ArrayList<>();
    int n = ranked.size();
    boolean centre = !rows.isEmpty() && rows.get(0).unitClass() == UnitClass.CENTRE;
    for (int i = 0; i < n; i++) {
      RankingRow r = ranked.get(i).withRank(i + 1);
      List<RankingRow.Flag> flags = new ArrayList<>();
      Rate s = r.satisfaction();
      if (s.denominator() > 0 && s.numerator() == s.denominator()) {
        flags.add(RankingRow.Flag.PRAISE);
      }
      if (!centre && n > 1 && i == n - 1) {
        flags.add(RankingRow.Flag.CRITICISM);
      }
      boolean bottom = !centre && n > rules.bottomCount() && i >= n - rules.bottomCount();
      if (bottom) {
        flags.add(RankingRow.Flag.BOTTOM);
        if (bottomInEarlierMonths(r.unitCode(), rules.bottomMonths() - 1, bottomBefore)) {
          flags.add(RankingRow.Flag.SELF_EXAMINATION_REQUIRED);
        }
      }
      result.add(r.withFlags(flags));
    }
    rows.stream()
        .filter(RankingRow::sampleTooSmall)
        .sorted(Comparator.comparing(RankingRow::unitCode))
        .forEach(result::add);
    return result;
  }

  private static boolean bottomInEarlierMonths(
      String unitCode, int months, List<Set<String>> bottomBefore) {
    if (months <= 0) {
      return true;
    }
    if (bottomBefore.size() < months) {
      return false;
    }
    for (int i = 0; i < months; i++) {
      if (!bottomBefore.get(i).contains(unitCode)) {
        return false;
      }
    }
    return true;
  }
}
