package org.hotline.application.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline.application.satisfaction.ChannelStatisticsRow;
import org.hotline.domain.model.rating.RatingRepository;
import org.hotline.domain.model.rating.RatingTarget;
import org.hotline.domain.model.rating.RatingTargetRepository;
import org.hotline.domain.model.satisfaction.SatisfactionAnswer;
import org.hotline.domain.model.satisfaction.SatisfactionAnswerRepository;

/**
 * 评价统计 (rating figures) of a month for supervisors and the rankings: per target (so per officer,
 * window, vehicle, community, unit code) and per unit (all its targets together) — ratings,
 * satisfied %, verified %, flagged, dissatisfied handled — and per channel of every satisfaction
 * answer (QR, SMS, callback) the raw beside the verified satisfied rate. Each figure is one grouped
 * query over indexed columns.
 */
@ApplicationScoped
public class RatingFigures {

  /** Counts per target: see {@link RatingStatisticsRow#of}. */
  static final int COUNTS = 11;

  @Inject private RatingRepository ratings;

  @Inject private RatingTargetRepository targets;

  @Inject private SatisfactionAnswerRepository answers;

  /** The month's rows per target that received ratings. */
  List<RatingStatisticsRow> perTarget(RatingScope.Range range) {
    Map<Long, RatingTarget> byId = new HashMap<>();
    (range.units() == null
            ? targets.all()
            : range.units().stream().flatMap(u -> targets.ofUnit(u).stream()).toList())
        .forEach(t -> byId.put(t.id(), t));
    return counts(range).values().stream()
        .map(
            c -> {
              RatingTarget t = byId.get(c[0]);
              return RatingStatisticsRow.of(
                  c,
                  c[0],
                  t.kind().name(),
                  t.name(),
                  t.unit().code(),
                  t.officer() == null ? null : t.officer().badgeNumber());
            })
        .toList();
  }

  /** The month's rows per unit whose targets received ratings (targetId and kind null). */
  List<RatingStatisticsRow> perUnit(RatingScope.Range range) {
    Map<Long, RatingTarget> byId = new HashMap<>();
    (range.units() == null
            ? targets.all()
            : range.units().stream().flatMap(u -> targets.ofUnit(u).stream()).toList())
        .forEach(t -> byId.put(t.id(), t));
    Map<String, long[]> sums = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (long[] c : counts(range).values()) {
      RatingTarget t = byId.get(c[0]);
      long[] s = sums.computeIfAbsent(t.unit().code(), k -> new long[COUNTS]);
      names.put(t.unit().code(), t.unit().name());
      for (int i = 1; i < COUNTS; i++) {
        s[i] += c[i];
      }
    }
    List<RatingStatisticsRow> out = new ArrayList<>();
    sums.forEach(
        (unit, s) -> out.add(RatingStatisticsRow.of(s, null, null, names.get(unit), unit, null)));
    return out;
  }

  /** The month's answers per channel, always the three channels in order QR, SMS, CALLBACK. */
  List<ChannelStatisticsRow> perChannel(RatingScope.Range range) {
    Map<String, long[]> by = new LinkedHashMap<>();
    for (String ch :
        List.of(SatisfactionAnswer.QR, SatisfactionAnswer.SMS, SatisfactionAnswer.CALLBACK)) {
      by.put(ch, new long[4]);
    }
    for (Object[] row : answers.countsPerChannel(range.units(), range.from(), range.to())) {
      long[] c = by.computeIfAbsent((String) row[0], k -> new long[4]);
      for (int i = 0; i < 4; i++) {
        c[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
      }
    }
    List<ChannelStatisticsRow> out = new ArrayList<>();
    by.forEach(
        (ch, c) ->
            out.add(
                new ChannelStatisticsRow(
                    ch,
                    c[0],
                    c[1],
                    RatingStatisticsRow.percent(c[1], c[0]),
                    c[2],
                    RatingStatisticsRow.percent(c[2], c[0]),
                    RatingStatisticsRow.percent(c[3], c[2]))));
    return out;
  }

  private Map<Long, long[]> counts(RatingScope.Range range) {
    Map<Long, long[]> out = new LinkedHashMap<>();
    for (long[] c : ratings.countsPerTarget(range.units(), range.from(), range.to())) {
      out.put(c[0], c);
    }
    return out;
  }
}
