package org.hotline.domain.model.ranking;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hotline.domain.model.ticket.CallbackResult;

/**
 * 月度汇总: what one ticket's outcome adds to the monthly tallies of the units, per (month, rule of
 * attribution, unit), so that a month's ranking reads one row per unit instead of counting the
 * month's tickets. The counting rules are those of docs/rankings.md and of the recount over {@code
 * ticket_outcome} ({@link RankingRepository#tallies}): a merged call adds nothing; a ticket due in
 * a month (Asia/Shanghai) adds one due, one replied on time when its reply left the unit by the
 * deadline, one closed when it was first closed before that month ended; a first callback adds its
 * result to the month it was made in; a re-visit adds to the month it was made in. Each ticket adds
 * the same to both attributions: to the unit answering for it now ({@link Attribution#FINAL_UNIT})
 * and to the unit it was first sent to ({@link Attribution#FIRST_UNIT}).
 */
public final class MonthlyTallies {

  /** One summary row: a month (yyyy-MM), a rule of attribution and a unit. */
  public record Key(String month, Attribution attribution, String unitCode) {}

  /** The facts of an outcome the tallies depend on (a copy: the outcome changes in place). */
  public record Facts(
      String unitCode,
      String firstUnitCode,
      boolean merged,
      Instant dueAt,
      Instant repliedAt,
      Instant closedAt,
      Instant callbackAt,
      CallbackResult callbackResult,
      Instant revisitAt,
      CallbackResult revisitResult) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::month).thenComparing(Key::attribution).thenComparing(Key::unitCode);

  private MonthlyTallies() {}

  /**
   * What {@code facts} add to the tallies, by key (empty for null or a merged call). The counts of
   * each value are 0 or 1; the value's unit code is the key's.
   */
  public static Map<Key, UnitTally> contribution(Facts facts) {
    Map<Key, UnitTally> added = new TreeMap<>(ORDER);
    if (facts == null || facts.merged()) {
      return added;
    }
    for (Attribution a : Attribution.values()) {
      String unit = a == Attribution.FIRST_UNIT ? facts.firstUnitCode() : facts.unitCode();
      if (facts.dueAt() != null) {
        YearMonth month = RankingPeriod.monthOf(facts.dueAt());
        Instant end = RankingPeriod.of(month).to();
        boolean onTime = facts.repliedAt() != null && !facts.repliedAt().isAfter(facts.dueAt());
        boolean closed = facts.closedAt() != null && facts.closedAt().isBefore(end);
        add(
            added,
            new Key(month.toString(), a, unit),
            new UnitTally(unit, 1, onTime ? 1 : 0, closed ? 1 : 0, 0, 0, 0, 0, 0, 0));
      }
      if (facts.callbackAt() != null && facts.callbackResult() != null) {
        CallbackResult r = facts.callbackResult();
        add(
            added,
            new Key(RankingPeriod.monthOf(facts.callbackAt()).toString(), a, unit),
            new UnitTally(
                unit,
                0,
                0,
                0,
                r == CallbackResult.SATISFIED ? 1 : 0,
                r == CallbackResult.BASICALLY_SATISFIED ? 1 : 0,
                r == CallbackResult.DISSATISFIED ? 1 : 0,
                r == CallbackResult.UNREACHABLE ? 1 : 0,
                0,
                0));
      }
      if (facts.revisitAt() != null) {
        CallbackResult r = facts.revisitResult();
        boolean satisfied =
            r == CallbackResult.SATISFIED || r == CallbackResult.BASICALLY_SATISFIED;
        add(
            added,
            new Key(RankingPeriod.monthOf(facts.revisitAt()).toString(), a, unit),
            new UnitTally(unit, 0, 0, 0, 0, 0, 0, 0, 1, satisfied ? 1 : 0));
      }
    }
    return added;
  }

  /**
   * What changes in the tallies when an outcome goes from {@code before} to {@code after} (either
   * may be null): after's contribution minus before's, rows that do not change left out, in key
   * order (so that concurrent transactions lock summary rows in the same order).
   */
  public static List<Map.Entry<Key, UnitTally>> change(Facts before, Facts after) {
    Map<Key, UnitTally> delta = contribution(after);
    contribution(before).forEach((k, v) -> delta.merge(k, negate(v), UnitTally::plus));
    return delta.entrySet().stream().filter(e -> !isZero(e.getValue())).toList();
  }

  /** Whether every count of {@code t} is 0. */
  public static boolean isZero(UnitTally t) {
    return t.due() == 0
        && t.repliedOnTime() == 0
        && t.closed() == 0
        && t.satisfied() == 0
        && t.basicallySatisfied() == 0
        && t.dissatisfied() == 0
        && t.unreachable() == 0
        && t.revisits() == 0
        && t.revisitsSatisfied() == 0;
  }

  private static UnitTally negate(UnitTally t) {
    return new UnitTally(
        t.unitCode(),
        -t.due(),
        -t.repliedOnTime(),
        -t.closed(),
        -t.satisfied(),
        -t.basicallySatisfied(),
        -t.dissatisfied(),
        -t.unreachable(),
        -t.revisits(),
        -t.revisitsSatisfied());
  }

  private static void add(Map<Key, UnitTally> to, Key key, UnitTally value) {
    to.merge(key, value, UnitTally::plus);
  }
}
