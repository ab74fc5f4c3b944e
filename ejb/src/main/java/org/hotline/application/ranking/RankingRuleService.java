package org.hotline.application.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.application.user.UserNames;
import org.hotline.domain.model.ranking.Attribution;
import org.hotline.domain.model.ranking.RankingRepository;
import org.hotline.domain.model.ranking.RankingRules;
import org.hotline.domain.model.ranking.RateBasis;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.user.Role;

/** 考核规则: the rules in force (anyone who may see a ranking) and their versioned change (admin). */
@Stateless
public class RankingRuleService {

  @Inject private RankingRepository rankings;

  @Inject private CurrentUser currentUser;

  @Inject private UserNames names;

  /** What an admin sends: any value left null keeps the current one; {@code reason} is required. */
  public record RulesChange(
      RulesView.Weights weights,
      Integer minSample,
      String basis,
      String attribution,
      Integer bottomCount,
      Integer bottomMonths,
      Integer excellentPerQuarter,
      Integer rewardTimes,
      String reason) {}

  @RolesAllowed({
    Role.LEADER_ROLE,
    Role.DIRECTOR_ROLE,
    Role.ADMIN_ROLE,
    Role.CHIEF_ROLE,
    Role.OFFICER_ROLE,
    Role.AGENCY_ROLE
  })
  public RulesView current() {
    RankingRules latest = rankings.latestRules();
    return RulesView.of(latest, names.displayName(latest.createdBy()));
  }

  /**
   * Writes the next version of the rules. Published months keep the version they were published
   * with; the live ranking uses the new one at once.
   *
   * @throws org.hotline.application.error.ValidationException weights outside 0–100 or all 0,
   *     counts outside their ranges, unknown basis/attribution, reason missing
   */
  @RolesAllowed(Role.ADMIN_ROLE)
  public RulesView change(RulesChange c) {
    if (c == null) {
      throw new HotlineException(ErrorCode.MALFORMED_REQUEST);
    }
    RankingRules current = rankings.latestRules();
    RankingRules.Values now = current.values();
    Violations v = new Violations();
    RulesView.Weights w = c.weights();
    int wr = range(v, "weights.reply", w == null ? null : w.reply(), now.weightReply(), 0, 100);
    int wc =
        range(v, "weights.closure", w == null ? null : w.closure(), now.weightClosure(), 0, 100);
    int ws =
        range(
            v,
            "weights.satisfaction",
            w == null ? null : w.satisfaction(),
            now.weightSatisfaction(),
            0,
            100);
    if (wr + wc + ws == 0) {
      v.add("weights", FieldViolation.INVALID);
    }
    RankingRules.Values next =
        new RankingRules.Values(
            wr,
            wc,
            ws,
            range(v, "minSample", c.minSample(), now.minSample(), 1, 10_000),
            v.choice("basis", c.basis(), RateBasis.class, now.basis()),
            v.choice("attribution", c.attribution(), Attribution.class, now.attribution()),
            range(v, "bottomCount", c.bottomCount(), now.bottomCount(), 1, 50),
            range(v, "bottomMonths", c.bottomMonths(), now.bottomMonths(), 1, 12),
            range(
                v,
                "excellentPerQuarter",
                c.excellentPerQuarter(),
                now.excellentPerQuarter(),
                1,
                50),
            range(v, "rewardTimes", c.rewardTimes(), now.rewardTimes(), 1, 4));
    String reason = v.text("reason", c.reason(), true, 500);
    v.throwIfAny();
    RankingRules rules =
        current.next(next, currentUser.get().username(), reason, BusinessTime.now());
    try {
      rankings.add(rules);
    } catch (jakarta.persistence.PersistenceException changedMeanwhile) {
      throw new HotlineException(ErrorCode.CONCURRENT_UPDATE);
    }
    return RulesView.of(rules, names.displayName(rules.createdBy()));
  }

  private static int range(
      Violations v, String field, Integer value, int current, int min, int max) {
    if (value == null) {
      return current;
    }
    if (value < min || value > max) {
      // the message says the range allowed (「“最小样本量”须在 1 到 100 之间」)
      v.add(
          field,
          FieldViolation.INVALID,
          FieldViolation.subjects(String.valueOf(min), String.valueOf(max)));
      return current;
    }
    return value;
  }
}
