package org.hotline.domain.model.ranking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 考核规则: one immutable version of the choices behind the monthly ranking. Weights are whole numbers
 * (defaults 30 / 35 / 35, as one county publishes); a unit with fewer than {@code minSample}
 * tickets due is listed as 样本不足 but not ranked; the bottom {@code bottomCount} of a class for
 * {@code bottomMonths} consecutive published months owe a self-examination; the top {@code
 * excellentPerQuarter} of a class by average score are the quarter's excellent units, and a unit
 * excellent {@code rewardTimes} times in a year is a reward candidate. Changing a rule writes a new
 * version ({@link #next}); rows are never updated.
 */
@Entity
@Table(name = "ranking_rule")
@NamedQuery(
    name = "RankingRules.latest",
    query = "SELECT r FROM RankingRules r ORDER BY r.version DESC")
public class RankingRules {

  @Id
  @Column(name = "version")
  private int version;

  @Column(name = "weight_reply", nullable = false, updatable = false)
  private int weightReply;

  @Column(name = "weight_closure", nullable = false, updatable = false)
  private int weightClosure;

  @Column(name = "weight_satisfaction", nullable = false, updatable = false)
  private int weightSatisfaction;

  @Column(name = "min_sample", nullable = false, updatable = false)
  private int minSample;

  @Enumerated(EnumType.STRING)
  @Column(name = "basis", nullable = false, length = 20, updatable = false)
  private RateBasis basis;

  @Enumerated(EnumType.STRING)
  @Column(name = "attribution", nullable = false, length = 20, updatable = false)
  private Attribution attribution;

  @Column(name = "bottom_count", nullable = false, updatable = false)
  private int bottomCount;

  @Column(name = "bottom_months", nullable = false, updatable = false)
  private int bottomMonths;

  @Column(name = "excellent_per_quarter", nullable = false, updatable = false)
  private int excellentPerQuarter;

  @Column(name = "reward_times", nullable = false, updatable = false)
  private int rewardTimes;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 60, updatable = false)
  private String createdBy;

  @Column(name = "reason", nullable = false, length = 500, updatable = false)
  private String reason;

  protected RankingRules() {}

  /** The values of a rule version, as an admin sets them; validated by the application service. */
  public record Values(
      int weightReply,
      int weightClosure,
      int weightSatisfaction,
      int minSample,
      RateBasis basis,
      Attribution attribution,
      int bottomCount,
      int bottomMonths,
      int excellentPerQuarter,
      int rewardTimes) {}

  /**
   * The version after this one, with {@code values}, made by {@code username} for {@code reason}.
   */
  public RankingRules next(Values values, String username, String reason, Instant now) {
    RankingRules r = new RankingRules();
    r.version = version + 1;
    r.weightReply = values.weightReply();
    r.weightClosure = values.weightClosure();
    r.weightSatisfaction = values.weightSatisfaction();
    r.minSample = values.minSample();
    r.basis = values.basis();
    r.attribution = values.attribution();
    r.bottomCount = values.bottomCount();
    r.bottomMonths = values.bottomMonths();
    r.excellentPerQuarter = values.excellentPerQuarter();
    r.rewardTimes = values.rewardTimes();
    r.createdAt = now;
    r.createdBy = username;
    r.reason = reason;
    return r;
  }

  public Values values() {
    return new Values(
        weightReply,
        weightClosure,
        weightSatisfaction,
        minSample,
        basis,
        attribution,
        bottomCount,
        bottomMonths,
        excellentPerQuarter,
        rewardTimes);
  }

  public int version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public String reason() {
    return reason;
  }
}
