package org.hotline.application.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.ranking.RankingPeriod;
import org.hotline.domain.model.ranking.RankingRepository;
import org.hotline.domain.model.ranking.RankingRow;
import org.hotline.domain.model.ranking.RankingRules;
import org.hotline.domain.model.ranking.UnitClass;
import org.hotline.domain.model.user.Role;

/**
 * 季度优秀 and 年度奖励 (seed 003): each quarter the top units of every class by average score over the
 * quarter's published months are excellent (ties: more months ranked first, then unit code); a unit
 * excellent {@code rewardTimes} times in a year is a reward candidate. Only published months count
 * (the latest version of each).
 */
@Stateless
@RolesAllowed({Role.LEADER_ROLE, Role.DIRECTOR_ROLE, Role.ADMIN_ROLE})
public class RankingAwardsService {

  @Inject private RankingRepository rankings;

  @Inject private PublishedRankings publications;

  /** A unit's average over the published months of a quarter in which it was ranked. */
  public record QuarterLine(
      int rank,
      String unitCode,
      String unitName,
      UnitClass unitClass,
      double averageScore,
      int monthsRanked,
      boolean excellent) {}

  /** A quarter: the months it used and each class's lines, best first. */
  public record QuarterView(
      String quarter,
      List<String> publishedMonths,
      int excellentPerQuarter,
      Map<UnitClass, List<QuarterLine>> classes) {}

  /** A unit's excellent quarters in a year. */
  public record YearLine(
      String unitCode,
      String unitName,
      UnitClass unitClass,
      List<String> excellentQuarters,
      boolean rewardCandidate) {}

  public record YearView(
      String year, int rewardTimes, List<QuarterView> quarters, List<YearLine> units) {}

  /**
   * The quarter {@code yyyy-Qn}.
   *
   * @throws org.hotline.application.error.ValidationException malformed quarter
   */
  public QuarterView quarter(String quarter) {
    Violations v = new Violations();
    RankingPeriod period = RankingPeriod.quarter(quarter).orElse(null);
    if (period == null) {
      v.add("quarter", FieldViolation.INVALID);
    } else {
      v.withinLife("quarter", period.months().get(0), period.months().get(2));
    }
    v.throwIfAny();
    return quarterOf(period, rankings.latestRules().values());
  }

  /**
   * The year {@code yyyy}: its four quarters and every unit excellent at least once.
   *
   * @throws org.hotline.application.error.ValidationException malformed year
   */
  public YearView year(String year) {
    Violations v = new Violations();
    RankingPeriod period = RankingPeriod.year(year).orElse(null);
    if (period == null) {
      v.add("year", FieldViolation.INVALID);
    } else {
      v.withinLife("year", period.months().get(0), period.months().get(11));
    }
    v.throwIfAny();
    RankingRules.Values rules = rankings.latestRules().values();
    List<QuarterView> quarters = new ArrayList<>();
    Map<String, YearLine> units = new TreeMap<>();
    for (int q = 1; q <= 4; q++) {
      QuarterView view =
          quarterOf(RankingPeriod.quarter(period.label() + "-Q" + q).orElseThrow(), rules);
      quarters.add(view);
      for (List<QuarterLine> lines : view.classes().values()) {
        for (QuarterLine l : lines) {
          if (l.excellent()) {
            YearLine y =
                units.computeIfAbsent(
                    l.unitCode(),
                    c ->
                        new YearLine(
                            l.unitCode(), l.unitName(), l.unitClass(), new ArrayList<>(), false));
            y.excellentQuarters().add(view.quarter());
          }
        }
      }
    }
    List<YearLine> lines =
        units.values().stream()
            .map(
                y ->
                    new YearLine(
                        y.unitCode(),
                        y.unitName(),
                        y.unitClass(),
                        List.copyOf(y.excellentQuarters()),
                        y.excellentQuarters().size() >= rules.rewardTimes()))
            .sorted(
                Comparator.comparing((YearLine y) -> y.excellentQuarters().size())
                    .reversed()
                    .thenComparing(YearLine::unitCode))
            .toList();
    return new YearView(period.label(), rules.rewardTimes(), quarters, lines);
  }

  private QuarterView quarterOf(RankingPeriod period, RankingRules.Values rules) {
    List<String> months = period.months().stream().map(Object::toString).toList();
    Map<String, RankingView> byMonth = publications.latest(months);
    java.util.Collection<RankingView> published = byMonth.values();
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, RankingRow> rowOf = new LinkedHashMap<>();
    for (RankingView p : published) {
      for (RankingRow r : p.rows()) {
        if (r.rank() == null || r.score() == null || r.unitClass() == UnitClass.CENTRE) {
          continue;
        }
        double[] s = sums.computeIfAbsent(r.unitCode(), c -> new double[2]);
        s[0] += r.score();
        s[1]++;
        rowOf.put(r.unitCode(), r);
      }
    }
    Map<UnitClass, List<QuarterLine>> classes = new EnumMap<>(UnitClass.class);
    Map<UnitClass, List<String>> codes = new EnumMap<>(UnitClass.class);
    rowOf
        .values()
        .forEach(
            r -> codes.computeIfAbsent(r.unitClass(), c -> new ArrayList<>()).add(r.unitCode()));
    codes.forEach(
        (unitClass, list) -> {
          List<String> sorted =
              list.stream()
                  .sorted(
                      Comparator.comparing((String c) -> sums.get(c)[0] / sums.get(c)[1])
                          .reversed()
                          .thenComparing((String c) -> sums.get(c)[1], Comparator.reverseOrder())
                          .thenComparing(Comparator.naturalOrder()))
                  .toList();
          List<QuarterLine> lines = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i++) {
            String c = sorted.get(i);
            RankingRow r = rowOf.get(c);
            double avg = Math.round(sums.get(c)[0] / sums.get(c)[1] * 100) / 100d;
            lines.add(
                new QuarterLine(
                    i + 1,
                    c,
                    r.unitName(),
                    unitClass,
                    avg,
                    (int) sums.get(c)[1],
                    i < rules.excellentPerQuarter()));
          }
          classes.put(unitClass, lines);
        });
    return new QuarterView(
        period.label(), List.copyOf(byMonth.keySet()), rules.excellentPerQuarter(), classes);
  }
}
