package org.hotline.domain.model.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 真实性标记 (authenticity flag) of a rating with its evidence: the facts that raised it as {@code
 * name=value} pairs of numbers and codes (e.g. {@code count=4;minutes=60}), turned into words by
 * the message bundle ({@code ratingFlagText.<KIND>}). One flag of a kind per rating; never changed.
 */
@Entity
@Table(name = "rating_flag")
public class RatingFlag {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rating_id", nullable = false)
  private Rating rating;

  @Enumerated(EnumType.STRING)
  @Column(name = "flag_code", nullable = false, length = 30)
  private RatingFlagKind kind;

  @Column(name = "evidence", nullable = false, length = 300)
  private String evidence;

  @Column(name = "flagged_at", nullable = false)
  private Instant flaggedAt;

  protected RatingFlag() {}

  /**
   * @param evidence the facts, in order (names and values without {@code ;} or {@code =})
   */
  public RatingFlag(Rating rating, RatingFlagKind kind, Map<String, ?> evidence, Instant at) {
    this.rating = rating;
    this.kind = kind;
    StringBuilder b = new StringBuilder();
    evidence.forEach((k, v) -> b.append(b.isEmpty() ? "" : ";").append(k).append('=').append(v));
    this.evidence = b.toString();
    this.flaggedAt = at;
  }

  public Long id() {
    return id;
  }

  public Rating rating() {
    return rating;
  }

  public RatingFlagKind kind() {
    return kind;
  }

  /** The evidence as name → value, in the order recorded. */
  public Map<String, String> evidence() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : evidence.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return out;
  }

  public Instant flaggedAt() {
    return flaggedAt;
  }
}
