package org.hotline.application.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.application.text.CallbackReasons;
import org.hotline.application.text.ClientLanguage;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.analysis.AnalysisRepository;
import org.hotline.domain.model.analysis.Dimension;
import org.hotline.domain.model.analysis.GroupCount;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * 研判 (seeds 003, 004): trends of tickets by category, area or unit month by month with the same
 * months a year before (the summer rise of noise and dog complaints shows as such), and hotspots
 * (area × category). Months in Asia/Shanghai. For the roles of the analysis page's menu only —
 * leader, director, admin and dispatcher see every ticket, a chief (所长) the tickets of the own
 * unit; the callback, officer and agency roles are refused (403), as for the PDF of {@link
 * AnalysisReportService}, which allows the same roles.
 */
@Stateless
@RolesAllowed({
  Role.LEADER_ROLE,
  Role.DIRECTOR_ROLE,
  Role.ADMIN_ROLE,
  Role.DISPATCHER_ROLE,
  Role.CHIEF_ROLE
})
public class AnalysisService {

  /** The longest period one request may span. */
  public static final int MAX_MONTHS = 36;

  /** The most area × category cells {@link #hotspots} returns, largest first. */
  public static final int HOTSPOTS = 50;

  /** The most series (groups) a trend returns, largest first. */
  public static final int MAX_SERIES = 30;

  @Inject private AnalysisRepository analysis;

  @Inject private CurrentUser currentUser;

  @Inject private EndedMonthCounts endedMonths;

  /** One group's counts per month, the same months a year before, and the change in per cent. */
  public record Series(
      String code,
      String name,
      List<Long> counts,
      List<Long> lastYear,
      long total,
      long totalLastYear,
      Double changePercent) {}

  public record TrendView(
      String from, String to, Dimension by, List<String> months, List<Series> series) {}

  public record HotspotView(String from, String to, List<GroupCount> cells) {}

  /**
   * Trends between two months (yyyy-MM, inclusive, at most {@link #MAX_MONTHS}).
   *
   * @throws org.hotline.application.error.ValidationException malformed or reversed months, unknown
   *     {@code by}
   */
  public TrendView trends(String from, String to, String by) {
    Violations v = new Violations();
    List<YearMonth> months = months(v, from, to);
    Dimension dimension = v.choice("by", by, Dimension.class, Dimension.CATEGORY);
    v.throwIfAny();
    String owner = ownerScope();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, long[]> now = new HashMap<>();
    Map<String, long[]> before = new HashMap<>();
    for (int i = 0; i < months.size(); i++) {
      RankingPeriod m = RankingPeriod.of(months.get(i));
      RankingPeriod y = RankingPeriod.of(months.get(i).minusYears(1));
      for (GroupCount g : countBy(dimension, m, owner)) {
        names.putIfAbsent(g.code(), g.name());
        now.computeIfAbsent(g.code(), c -> new long[months.size()])[i] = g.count();
      }
      for (GroupCount g : countBy(dimension, y, owner)) {
        names.putIfAbsent(g.code(), g.name());
        before.computeIfAbsent(g.code(), c -> new long[months.size()])[i] = g.count();
      }
    }
    List<Series> series = new ArrayList<>();
    names.forEach(
        (code, name) -> {
          long[] a = now.getOrDefault(code, new long[months.size()]);
          long[] b = before.getOrDefault(code, new long[months.size()]);
          long total = java.util.Arrays.stream(a).sum();
          long totalBefore = java.util.Arrays.stream(b).sum();
          Double change =
              totalBefore == 0
                  ? null
                  : Math.round((total - totalBefore) * 1000.0 / totalBefore) / 10.0;
          series.add(
              new Series(
                  code,
                  name,
                  java.util.Arrays.stream(a).boxed().toList(),
                  java.util.Arrays.stream(b).boxed().toList(),
                  total,
                  totalBefore,
                  change));
        });
    series.sort((x, y) -> Long.compare(y.total(), x.total()));
    return new TrendView(
        months.get(0).toString(),
        months.get(months.size() - 1).toString(),
        dimension,
        months.stream().map(YearMonth::toString).toList(),
        series.subList(0, Math.min(MAX_SERIES, series.size())));
  }

  /**
   * The largest area × category cells between two months (inclusive).
   *
   * @throws org.hotline.application.error.ValidationException malformed or reversed months
   */
  public HotspotView hotspots(String from, String to) {
    Violations v = new Violations();
    List<YearMonth> months = months(v, from, to);
    v.throwIfAny();
    String owner = ownerScope();
    // month by month, every cell: the ended months' cells are kept, only the month in progress is
    // counted afresh; then the cells of the period are summed and the largest kept
    Map<String, GroupCount> cells = new LinkedHashMap<>();
    for (YearMonth month : months) {
      for (GroupCount g : endedMonths.hotspotCells(RankingPeriod.of(month), owner)) {
        cells.merge(
            g.code() + '\u0000' + g.secondCode(),
            g,
            (a, b) ->
                new GroupCount(
                    a.code(), a.name(), a.secondCode(), a.secondName(), a.count() + b.count()));
      }
    }
    List<GroupCount> largest =
        cells.values().stream()
            .sorted(
                java.util.Comparator.comparingLong(GroupCount::count)
                    .reversed()
                    .thenComparing(GroupCount::code)
                    .thenComparing(GroupCount::secondCode))
            .limit(HOTSPOTS)
            .toList();
    return new HotspotView(
        months.get(0).toString(), months.get(months.size() - 1).toString(), largest);
  }

  /**
   * One reason's dissatisfied callbacks per month: {@code code} as stored (不满意原因 code, or a text
   * stored before codes), {@code reason} its label in the reader's language.
   */
  public record ReasonSeries(String code, String reason, List<Long> counts, long total) {}

  /** Dissatisfaction month by month: all dissatisfied first callbacks, and by reason (seed 004). */
  public record DissatisfactionView(
      String from,
      String to,
      List<String> months,
      List<Long> dissatisfied,
      List<ReasonSeries> reasons) {}

  /**
   * 不满意原因分析: dissatisfied first callbacks between two months (inclusive) per month, and per reason
   * per month, largest reason first (seed 004: 态度 1,253 → 389 in six months).
   *
   * @throws org.hotline.application.error.ValidationException malformed or reversed months
   */
  public DissatisfactionView dissatisfaction(String from, String to) {
    Violations v = new Violations();
    List<YearMonth> months = months(v, from, to);
    v.throwIfAny();
    String owner = ownerScope();
    List<Long> totals = new ArrayList<>();
    Map<String, long[]> byReason = new LinkedHashMap<>();
    for (int i = 0; i < months.size(); i++) {
      RankingPeriod m = RankingPeriod.of(months.get(i));
      String scope = owner == null ? "*" : owner;
      totals.add(
          endedMonths
              .counts(
                  m,
                  "dissatisfied/" + scope,
                  () ->
                      List.of(
                          new GroupCount(
                              "", "", null, null, analysis.dissatisfied(m.from(), m.to(), owner))))
              .get(0)
              .count());
      for (GroupCount g :
          endedMonths.counts(
              m,
              "dissatisfactionByReason/" + scope,
              () -> analysis.dissatisfactionByReason(m.from(), m.to(), owner))) {
        byReason.computeIfAbsent(g.code(), c -> new long[months.size()])[i] = g.count();
      }
    }
    List<ReasonSeries> reasons = new ArrayList<>();
    byReason.forEach(
        (reason, counts) ->
            reasons.add(
                new ReasonSeries(
                    reason,
                    CallbackReasons.label(reason, ClientLanguage.current()),
                    java.util.Arrays.stream(counts).boxed().toList(),
                    java.util.Arrays.stream(counts).sum())));
    reasons.sort((x, y) -> Long.compare(y.total(), x.total()));
    return new DissatisfactionView(
        months.get(0).toString(),
        months.get(months.size() - 1).toString(),
        months.stream().map(YearMonth::toString).toList(),
        totals,
        reasons);
  }

  /** One officer's praise per month: badge number (警号), name, unit, counts and total. */
  public record OfficerPraise(
      String badgeNumber,
      String name,
      String unitCode,
      String unitName,
      List<Long> counts,
      long total) {}

  /** One unit's praise per month (the sum over its officers). */
  public record UnitPraise(String unitCode, String unitName, List<Long> counts, long total) {}

  /** Praise by officer and by unit, month by month. */
  public record PraiseView(
      String from,
      String to,
      List<String> months,
      List<OfficerPraise> officers,
      List<UnitPraise> units) {}

  /**
   * 表扬到人: the praise citizens gave on callbacks finished between two months (inclusive), per
   * officer and per unit, month by month, most praised first (ties: badge number, unit code). A
   * unit sees its own officers; the praises behind a month are listed by {@code GET
   * /api/callback-figures/praise?month=}.
   *
   * @throws org.hotline.application.error.ValidationException malformed or reversed months
   */
  public PraiseView praise(String from, String to) {
    Violations v = new Violations();
    List<YearMonth> months = months(v, from, to);
    v.throwIfAny();
    String owner = ownerScope();
    Map<String, GroupCount> officers = new java.util.TreeMap<>();
    Map<String, long[]> byOfficer = new HashMap<>();
    Map<String, String> unitNames = new java.util.TreeMap<>();
    Map<String, long[]> byUnit = new HashMap<>();
    for (int i = 0; i < months.size(); i++) {
      RankingPeriod m = RankingPeriod.of(months.get(i));
      for (GroupCount g : analysis.praiseByOfficer(m.from(), m.to(), owner)) {
        officers.putIfAbsent(g.code(), g);
        byOfficer.computeIfAbsent(g.code(), c -> new long[months.size()])[i] += g.count();
        unitNames.putIfAbsent(g.secondCode(), g.secondName());
        byUnit.computeIfAbsent(g.secondCode(), c -> new long[months.size()])[i] += g.count();
      }
    }
    List<OfficerPraise> officerRows = new ArrayList<>();
    officers.forEach(
        (badge, g) -> {
          long[] c = byOfficer.get(badge);
          officerRows.add(
              new OfficerPraise(
                  badge,
                  g.name(),
                  g.secondCode(),
                  g.secondName(),
                  java.util.Arrays.stream(c).boxed().toList(),
                  java.util.Arrays.stream(c).sum()));
        });
    officerRows.sort((x, y) -> Long.compare(y.total(), x.total()));
    List<UnitPraise> unitRows = new ArrayList<>();
    unitNames.forEach(
        (code, name) -> {
          long[] c = byUnit.get(code);
          unitRows.add(
              new UnitPraise(
                  code,
                  name,
                  java.util.Arrays.stream(c).boxed().toList(),
                  java.util.Arrays.stream(c).sum()));
        });
    unitRows.sort((x, y) -> Long.compare(y.total(), x.total()));
    return new PraiseView(
        months.get(0).toString(),
        months.get(months.size() - 1).toString(),
        months.stream().map(YearMonth::toString).toList(),
        officerRows,
        unitRows);
  }

  /** One month's tickets by {@code dimension}: an ended month's may come from the short cache. */
  private List<GroupCount> countBy(Dimension dimension, RankingPeriod month, String owner) {
    return endedMonths.byDimension(dimension, month, owner);
  }

  /** Null (every ticket) for leadership and the centre, the caller's unit for unit roles. */
  private String ownerScope() {
    AppUser user = currentUser.get();
    return user.centreWide() ? null : user.unit().code();
  }

  private static List<YearMonth> months(Violations v, String from, String to) {
    YearMonth now = RankingPeriod.monthOf(org.hotline.domain.model.shared.BusinessTime.now());
    YearMonth a = month(v, "from", from, now.minusMonths(11));
    YearMonth b = month(v, "to", to, now);
    List<YearMonth> months = new ArrayList<>();
    // the problem names the rule broken: a range that ends before it starts, or one longer than
    // MAX_MONTHS (36) months; the texts say so (field.REVERSED_RANGE, field.RANGE_TOO_LONG)
    if (a.isAfter(b)) {
      v.add("to", FieldViolation.REVERSED_RANGE);
      return List.of(now);
    }
    if (a.plusMonths(MAX_MONTHS - 1).isBefore(b)) {
      v.add("to", FieldViolation.RANGE_TOO_LONG);
      return List.of(now);
    }
    for (YearMonth m = a; !m.isAfter(b); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private static YearMonth month(Violations v, String field, String text, YearMonth fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    YearMonth m = RankingPeriod.month(text).map(p -> p.months().get(0)).orElse(null);
    if (m == null) {
      v.add(field, FieldViolation.INVALID);
      return fallback;
    }
    // a month outside the system's life has no figures: BEFORE_START / AFTER_NOW
    return v.withinLife(field, m) ? m : fallback;
  }
}
