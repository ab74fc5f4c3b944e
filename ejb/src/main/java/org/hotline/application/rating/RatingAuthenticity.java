package org.hotline.application.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingFlag;
import org.hotline.domain.model.rating.RatingFlagKind;
import org.hotline.domain.model.rating.RatingRepository;
import org.hotline.domain.model.rating.RatingTarget;

/**
 * 真实性检查 (authenticity checks) of a rating on arrival, inside its transaction, with the rules of
 * {@link AuthenticityRules}. Each check reads a few indexed rows (the target's, the device's or the
 * phone's recent ratings), so it stays cheap:
 *
 * <ul>
 *   <li>a burst for one target from one device, network or phone flags every rating of the burst
 *       ({@code BURST_DEVICE} / {@code BURST_NETWORK} / {@code BURST_PHONE}, evidence: count,
 *       minutes);
 *   <li>many ratings of one target at odd hours within 24 hours flag them all ({@code ODD_HOURS},
 *       evidence: count, the hours);
 *   <li>a plain scan (no invitation) is tied to the latest service record of the rated officer
 *       (else of the unit) within the nearby window; with none it is flagged ({@code
 *       NO_SERVICE_NEARBY}, evidence: hours, whose record was looked for);
 *   <li>a device or phone whose recent ratings all go to one target flags them ({@code
 *       SINGLE_TARGET_RATER}, evidence: count, days, rater).
 * </ul>
 *
 * A rating carries each kind of flag at most once; a flag never changes the rating's answers, only
 * what supervisors and callback agents see. Excluding a rating stays the supervisor's decision.
 */
@ApplicationScoped
public class RatingAuthenticity {

  /** Ratings of one rater looked at, at most. */
  static final int MAX_RATER_RATINGS = 1000;

  @Inject private RatingRepository ratings;

  /** Runs every check for a rating just stored (it has its id). */
  public void check(Rating rating) {
    check(rating, AuthenticityRules.configured());
  }

  void check(Rating rating, AuthenticityRules rules) {
    check(rating, rules, true);
  }

  /**
   * Runs the flag rules again for a rating stored before (a re-check after the thresholds changed):
   * only adds flags (a flag is the evidence as it was; none is taken away), and never ties the
   * rating to a service record again (its verification was decided on arrival).
   */
  public void recheck(Rating rating) {
    check(rating, AuthenticityRules.configured(), false);
  }

  private void check(Rating rating, AuthenticityRules rules, boolean arrival) {
    Instant at = rating.ratedAt();
    // a second past the rating: MySQL/MariaDB store whole seconds (sendFractionalSeconds=false), so
    // an end of at + 1 ms would be cut to the rating's own second and leave that second out
    Instant end = at.plusSeconds(1);
    Map<Long, Set<RatingFlagKind>> known = new HashMap<>();
    RatingTarget target = rating.target();
    BurstRule device = BurstRule.device(rules);
    List<Rating> recent = ratings.ofTarget(target.id(), device.from(at), device.to(at));
    burst(rating, recent, Rating::deviceHash, device, RatingFlagKind.BURST_DEVICE, known);
    burst(
        rating,
        recent,
        Rating::networkHash,
        BurstRule.network(rules),
        RatingFlagKind.BURST_NETWORK,
        known);
    burst(
        rating,
        recent,
        Rating::phoneE164,
        BurstRule.phone(rules),
        RatingFlagKind.BURST_PHONE,
        known);
    if (rules.oddHour(at)) {
      List<Rating> odd =
          ratings.ofTarget(target.id(), at.minus(AuthenticityRules.ODD_WINDOW), end).stream()
              .filter(r -> rules.oddHour(r.ratedAt()))
              .toList();
      if (odd.size() >= rules.oddCount()) {
        Map<String, Object> e = evidence("count", odd.size(), "hours", rules.oddHoursText());
        odd.forEach(r -> raise(r, RatingFlagKind.ODD_HOURS, e, known));
      }
    }
    if (!rating.invited() && (arrival || rating.serviceRecordId() == null)) {
      Long officerId = target.officer() == null ? null : target.officer().id();
      ratings
          .serviceRecordNear(officerId, target.unit().id(), at.minus(rules.nearby()), at)
          .ifPresentOrElse(
              id -> {
                if (arrival) {
                  rating.nearServiceRecord(id, officerId != null);
                }
              },
              () ->
                  raise(
                      rating,
                      RatingFlagKind.NO_SERVICE_NEARBY,
                      evidence(
                          "hours",
                          rules.nearby().toHours(),
                          "scope",
                          officerId != null ? "OFFICER" : "UNIT"),
                      known));
    }
    Instant since = at.minus(Duration.ofDays(rules.singleTargetDays()));
    singleTarget(
        ratings.fromDevice(rating.deviceHash(), since, end, MAX_RATER_RATINGS),
        "DEVICE",
        rules,
        known);
    if (rating.phoneE164() != null) {
      singleTarget(
          ratings.fromPhone(rating.phoneE164(), since, end, MAX_RATER_RATINGS),
          "PHONE",
          rules,
          known);
    }
  }

  private void burst(
      Rating rating,
      List<Rating> recent,
      Function<Rating, String> key,
      BurstRule rule,
      RatingFlagKind kind,
      Map<Long, Set<RatingFlagKind>> known) {
    List<Rating> same = rule.burstOf(rating, recent, key, Rating::ratedAt);
    if (!same.isEmpty()) {
      Map<String, Object> e = evidence("count", same.size(), "minutes", rule.window().toMinutes());
      same.forEach(r -> raise(r, kind, e, known));
    }
  }

  private void singleTarget(
      List<Rating> ofRater,
      String rater,
      AuthenticityRules rules,
      Map<Long, Set<RatingFlagKind>> known) {
    if (ofRater.size() >= rules.singleTargetCount()
        && ofRater.stream().map(r -> r.target().id()).distinct().count() == 1) {
      Map<String, Object> e =
          evidence("count", ofRater.size(), "days", rules.singleTargetDays(), "rater", rater);
      ofRater.forEach(r -> raise(r, RatingFlagKind.SINGLE_TARGET_RATER, e, known));
    }
  }

  private void raise(
      Rating r, RatingFlagKind kind, Map<String, Object> e, Map<Long, Set<RatingFlagKind>> known) {
    Set<RatingFlagKind> has =
        known.computeIfAbsent(
            r.id(),
            id -> {
              Set<RatingFlagKind> s = EnumSet.noneOf(RatingFlagKind.class);
              ratings.flagsOf(id).forEach(f -> s.add(f.kind()));
              return s;
            });
    if (has.add(kind)) {
      ratings.save(new RatingFlag(r, kind, e, now()));
      r.markFlagged();
      ratings.keepTally(r); // a flagged rating counts as such in the monthly summary
    }
  }

  private static Instant now() {
    return org.hotline.domain.model.shared.BusinessTime.now();
  }

  private static Map<String, Object> evidence(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
