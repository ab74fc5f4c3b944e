package org.hotline.domain.model.ranking;

import java.util.List;

/**
 * One unit's line of a monthly ranking. {@code rank} is 1-based within {@code unitClass}, null when
 * the sample is too small (样本不足); {@code score} is in [0, 100] with 2 decimals, null without any
 * data. {@code flags}: {@link Flag}.
 */
public record RankingRow(
    Integer rank,
    String unitCode,
    String unitName,
    UnitClass unitClass,
    Rate reply,
    Rate closure,
    Rate satisfaction,
    Rate revisit,
    long unreachable,
    Double score,
    boolean sampleTooSmall,
    List<Flag> flags) {

  /** What a line of the ranking is marked with. */
  public enum Flag {
    /** 通报表扬: 100 % satisfaction (ranked units with at least one callback reached) */
    PRAISE,
    /** 通报批评: last of its class */
    CRITICISM,
    /** in the bottom {@code bottomCount} of its class this month */
    BOTTOM,
    /**
     * 连续垫底: bottom in this and the preceding published months ({@code bottomMonths} in a row):
     * self-examination
     */
    SELF_EXAMINATION_REQUIRED
  }

  public RankingRow withFlags(List<Flag> newFlags) {
    return new RankingRow(
        rank,
        unitCode,
        unitName,
        unitClass,
        reply,
        closure,
        satisfaction,
        revisit,
        unreachable,
        score,
        sampleTooSmall,
        List.copyOf(newFlags));
  }

  public RankingRow withRank(Integer newRank) {
    return new RankingRow(
        newRank,
        unitCode,
        unitName,
        unitClass,
        reply,
        closure,
        satisfaction,
        revisit,
        unreachable,
        score,
        sampleTooSmall,
        flags);
  }
}
