package org.hotline.application.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.application.user.UserNames;
import org.hotline.domain.model.ranking.Measure;
import org.hotline.domain.model.ranking.RankingCalculator;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.ranking.RankingRepository;
import org.hotline.domain.model.ranking.RankingRow;
import org.hotline.domain.model.ranking.RankingRules;
import org.hotline.domain.model.ranking.UnitClass;
import org.hotline.domain.model.ranking.UnitTally;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * 三率排名: the live ranking of a month (the month so far), what-if weights, and the tickets behind
 * every figure. Leader, director and admin see every unit; a unit's chief, officers and agency
 * handlers see their own unit's row and rank only. Rules: docs/rankings.md.
 */
@Stateless
@RolesAllowed({
  Role.LEADER_ROLE,
  Role.DIRECTOR_ROLE,
  Role.ADMIN_ROLE,
  Role.CHIEF_ROLE,
  Role.OFFICER_ROLE,
  Role.AGENCY_ROLE
})
public class RankingService {

  /** The most tickets a drill-down lists. */
  public static final int DRILL_DOWN_LIMIT = 2000;

  @Inject private RankingRepository rankings;

  @Inject private UnitRepository units;

  @Inject private CurrentUser currentUser;

  @Inject private UserNames names;

  @Inject private PublishedRankings publications;

  /**
   * The live ranking of {@code month} (yyyy-MM) under the rules in force, for one class or all
   * ({@code unitClass} blank).
   *
   * @throws org.hotline.application.error.ValidationException month or unitClass malformed
   */
  public RankingView live(String month, String unitClass) {
    Violations v = new Violations();
    RankingPeriod period = period(v, month);
    UnitClass only = v.optionalChoice("unitClass", unitClass, UnitClass.class);
    v.throwIfAny();
    RankingRules rules = rankings.latestRules();
    List<RankingRow> rows =
        RankingCalculator.rank(
            previewEntries(period, rules.values()),
            rules.values(),
            bottomBefore(period, rules.values()));
    RankingView view =
        new RankingView(
            period.label(),
            true,
            null,
            BusinessTime.display(BusinessTime.now()).toString(),
            null,
            null,
            null,
            RulesView.of(rules, names.displayName(rules.createdBy())),
            rows);
    return scoped(view, only);
  }

  /** A what-if line: the rank and score now and under the proposed weights and basis. */
  public record WhatIfRow(
      String unitCode,
      String unitName,
      UnitClass unitClass,
      Integer rank,
      Double score,
      Integer whatIfRank,
      Double whatIfScore,
      Integer change) {}

  /** The ranks under proposed weights/basis beside the ranks of the rules in force. */
  public record WhatIfView(
      String month,
      RulesView rules,
      RulesView.Weights weights,
      org.hotline.domain.model.ranking.RateBasis basis,
      List<WhatIfRow> rows) {}

  /**
   * 模拟: how the ranks of {@code month} would move with other weights or basis (nothing is saved).
   *
   * @throws org.hotline.application.error.ValidationException bad month, weights (0–100, not all 0)
   *     or basis
   */
  @RolesAllowed({Role.LEADER_ROLE, Role.DIRECTOR_ROLE, Role.ADMIN_ROLE})
  public WhatIfView whatIf(
      String month, Integer reply, Integer closure, Integer satisfaction, String basis) {
    Violations v = new Violations();
    RankingPeriod period = period(v, month);
    RankingRules rules = rankings.latestRules();
    RankingRules.Values now = rules.values();
    int wr = weight(v, "weights.reply", reply, now.weightReply());
    int wc = weight(v, "weights.closure", closure, now.weightClosure());
    int ws = weight(v, "weights.satisfaction", satisfaction, now.weightSatisfaction());
    if (wr + wc + ws == 0) {
      v.add("weights", FieldViolation.INVALID);
    }
    var b = v.choice("basis", basis, org.hotline.domain.model.ranking.RateBasis.class, now.basis());
    v.throwIfAny();
    RankingRules.Values proposed =
        new RankingRules.Values(
            wr,
            wc,
            ws,
            now.minSample(),
            b,
            now.attribution(),
            now.bottomCount(),
            now.bottomMonths(),
            now.excellentPerQuarter(),
            now.rewardTimes());
    List<RankingCalculator.Entry> entries = previewEntries(period, now);
    Map<String, RankingRow> proposedRows =
        RankingCalculator.rank(entries, proposed, List.of()).stream()
            .collect(Collectors.toMap(RankingRow::unitCode, r -> r));
    List<WhatIfRow> rows = new ArrayList<>();
    for (RankingRow r : RankingCalculator.rank(entries, now, List.of())) {
      RankingRow p = proposedRows.get(r.unitCode());
      Integer change = r.rank() == null || p.rank() == null ? null : r.rank() - p.rank();
      rows.add(
          new WhatIfRow(
              r.unitCode(),
              r.unitName(),
              r.unitClass(),
              r.rank(),
              r.score(),
              p.rank(),
              p.score(),
              change));
    }
    return new WhatIfView(
        period.label(),
        RulesView.of(rules, names.displayName(rules.createdBy())),
        new RulesView.Weights(wr, wc, ws),
        b,
        rows);
  }

  /**
   * The tickets behind one figure of a unit in {@code month}: {@code measure} reply, closure,
   * satisfaction or revisit; {@code part} numerator or denominator. Scoped like the ranking.
   *
   * @throws org.hotline.application.error.ValidationException malformed month, measure or part
   * @throws HotlineException NOT_FOUND for a unit the caller may not see or that does not exist
   */
  public List<OutcomeView> tickets(String month, String unitCode, String measure, String part) {
    Violations v = new Violations();
    RankingPeriod period = period(v, month);
    Measure m = v.choice("measure", measure, Measure.class, null);
    String p = part == null ? "denominator" : part.strip().toLowerCase(java.util.Locale.ROOT);
    if (!p.equals("numerator") && !p.equals("denominator")) {
      v.add("part", FieldViolation.INVALID);
    }
    v.throwIfAny();
    Unit unit =
        units
            .findByCode(unitCode)
            .orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, unitCode));
    if (!seesEveryUnit(currentUser.get()) && !unit.code().equals(currentUser.get().unit().code())) {
      throw new HotlineException(ErrorCode.NOT_FOUND, unitCode);
    }
    RankingRules.Values rules = rankings.latestRules().values();
    var outcomes =
        rankings.outcomes(
            unit.code(),
            period.from(),
            period.to(),
            rules.attribution(),
            m,
            p.equals("numerator"),
            DRILL_DOWN_LIMIT);
    return outcomes.stream().map(o -> OutcomeView.of(o.outcome(), o.number())).toList();
  }

  /**
   * The ranking rows of a period under {@code rules}, with the bottom flags of earlier published
   * months; every unit, unscoped (for publication). Leader only through this bean's interface.
   */
  @RolesAllowed(Role.LEADER_ROLE)
  public List<RankingRow> compute(RankingPeriod period, RankingRules.Values rules) {
    return RankingCalculator.rank(entries(period, rules), rules, bottomBefore(period, rules));
  }

  private List<RankingCalculator.Entry> entries(RankingPeriod period, RankingRules.Values rules) {
    return entries(
        period, rules, rankings.tallies(period.from(), period.to(), rules.attribution()));
  }

  /**
   * The entries of a live preview of a month: its rows of the monthly summary (one per unit, kept
   * in step with the tickets), not a count of its tickets.
   */
  private List<RankingCalculator.Entry> previewEntries(
      RankingPeriod period, RankingRules.Values rules) {
    return entries(
        period, rules, rankings.monthTallies(period.months().get(0), rules.attribution()));
  }

  private List<RankingCalculator.Entry> entries(
      RankingPeriod period, RankingRules.Values rules, List<UnitTally> counted) {
    Map<String, UnitTally> tallies = new HashMap<>();
    for (UnitTally t : counted) {
      tallies.put(t.unitCode(), t);
    }
    List<RankingCalculator.Entry> entries = new ArrayList<>();
    for (Unit u : units.all()) {
      UnitClass c = UnitClass.of(u.kind());
      if (c == null || !u.active() && !tallies.containsKey(u.code())) {
        continue;
      }
      if (c == UnitClass.CENTRE && !tallies.containsKey(u.code())) {
        continue;
      }
      entries.add(
          new RankingCalculator.Entry(
              u.code(), u.name(), c, tallies.getOrDefault(u.code(), UnitTally.empty(u.code()))));
    }
    return entries;
  }

  /**
   * Per earlier month (most recent first, as many as the rules look back), the units flagged bottom
   * then.
   */
  private List<Set<String>> bottomBefore(RankingPeriod period, RankingRules.Values rules) {
    if (period.months().size() != 1 || rules.bottomMonths() <= 1) {
      return List.of();
    }
    YearMonth month = period.months().get(0);
    List<String> earlier = new ArrayList<>();
    for (int i = 1; i < rules.bottomMonths(); i++) {
      earlier.add(month.minusMonths(i).toString());
    }
    Map<String, RankingView> published = publications.latest(earlier);
    List<Set<String>> result = new ArrayList<>();
    for (String m : earlier) {
      RankingView p = published.get(m);
      if (p == null) {
        break;
      }
      result.add(
          p.rows().stream()
              .filter(r -> r.flags().contains(RankingRow.Flag.BOTTOM))
              .map(RankingRow::unitCode)
              .collect(Collectors.toSet()));
    }
    return result;
  }

  /**
   * {@code view} with only {@code only}'s class (null: all), and only the caller's own unit for
   * unit roles.
   */
  public RankingView scoped(RankingView view, UnitClass only) {
    AppUser user = currentUser.get();
    boolean all = seesEveryUnit(user);
    String own = user.unit().code();
    return view.withRows(
        view.rows().stream()
            .filter(r -> only == null || r.unitClass() == only)
            .filter(r -> all || r.unitCode().equals(own))
            .toList());
  }

  static boolean seesEveryUnit(AppUser user) {
    return user.has(Role.LEADER) || user.has(Role.DIRECTOR) || user.has(Role.ADMIN);
  }

  static RankingPeriod period(Violations v, String month) {
    if (month == null || month.isBlank()) {
      return RankingPeriod.of(RankingPeriod.monthOf(BusinessTime.now()));
    }
    RankingPeriod p =
        RankingPeriod.month(month)
            .orElseGet(
                () -> {
                  v.add("month", FieldViolation.INVALID);
                  return RankingPeriod.of(RankingPeriod.monthOf(BusinessTime.now()));
                });
    // a month outside the system's life has no figures: zeros would read as a real result
    v.withinLife("month", p.months().get(0));
    return p;
  }

  private static int weight(Violations v, String field, Integer value, int current) {
    if (value == null) {
      return current;
    }
    if (value < 0 || value > 100) {
      v.add(field, FieldViolation.INVALID, FieldViolation.subjects("0", "100"));
      return current;
    }
    return value;
  }
}
