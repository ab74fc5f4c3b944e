package org.hotline.application.ranking;

import org.hotline.domain.model.ranking.Attribution;
import org.hotline.domain.model.ranking.RankingRules;
import org.hotline.domain.model.ranking.RateBasis;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * A version of the ranking rules as the API and the published snapshots show it; {@code createdAt}
 * is ISO-8601 in Asia/Shanghai.
 */
public record RulesView(
    int version,
    Weights weights,
    int minSample,
    RateBasis basis,
    Attribution attribution,
    int bottomCount,
    int bottomMonths,
    int excellentPerQuarter,
    int rewardTimes,
    String createdAt,
    String createdBy,
    String createdByName,
    String reason) {

  /**
   * The weights of reply, closure and satisfaction (whole numbers 0–100). In a request a missing
   * weight (null) keeps the weight in force, so {@code {"reply":40}} changes the reply weight only.
   */
  public record Weights(Integer reply, Integer closure, Integer satisfaction) {}

  /**
   * The view of {@code r}; {@code createdByName} the display name of its author (null if unknown).
   */
  public static RulesView of(RankingRules r, String createdByName) {
    RankingRules.Values v = r.values();
    return new RulesView(
        r.version(),
        new Weights(v.weightReply(), v.weightClosure(), v.weightSatisfaction()),
        v.minSample(),
        v.basis(),
        v.attribution(),
        v.bottomCount(),
        v.bottomMonths(),
        v.excellentPerQuarter(),
        v.rewardTimes(),
        BusinessTime.display(r.createdAt()).toString(),
        r.createdBy(),
        createdByName,
        r.reason());
  }

  /** The values these rules stand for. */
  public RankingRules.Values values() {
    return new RankingRules.Values(
        weights.reply(),
        weights.closure(),
        weights.satisfaction(),
        minSample,
        basis,
        attribution,
        bottomCount,
        bottomMonths,
        excellentPerQuarter,
        rewardTimes);
  }
}
