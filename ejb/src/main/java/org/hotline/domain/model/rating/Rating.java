package org.hotline.domain.model.rating;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * 评价 (rating): one citizen's answer through a scanned code, on the four dimensions attitude (态度),
 * efficiency (效率), conduct (作风) and result (结果), with reasons (problem tag codes), an optional
 * comment and phone number for a reply, and its provenance: the channel ({@code QR}), the code
 * scanned, hashed device and network fingerprints (never the raw values) and the time. It is
 * dissatisfied when any dimension is.
 */
@Entity
@Table(name = "rating")
public class Rating {

  /** Verification: tied to a service record by an invitation (邀码) used within its validity. */
  public static final String INVITATION = "INVITATION";

  /** Verification: a scan of a public code, nothing ties it to a service. */
  public static final String NO_INVITATION = "NO_INVITATION";

  /**
   * Verification: a scan of an officer's code with a service record of that officer shortly before
   * (within the configured window): verified and tied to that record.
   */
  public static final String OFFICER_RECORD_NEARBY = "OFFICER_RECORD_NEARBY";

  /**
   * Not verified: a scan of a window's, vehicle's, unit's or community's code with a service record
   * of the unit shortly before; tied to that record only so that its citizen can be called for a
   * spot check (the record does not prove who scanned).
   */
  public static final String UNIT_RECORD_NEARBY = "UNIT_RECORD_NEARBY";

  /** Characters of a comment. */
  public static final int MAX_COMMENT_LENGTH = 500;

  /** Reasons per rating. */
  public static final int MAX_REASONS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "target_id", nullable = false)
  private RatingTarget target;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "code_id", nullable = false)
  private RatingCode code;

  @Column(name = "channel", nullable = false, length = 20)
  private String channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "attitude", nullable = false, length = 20)
  private RatingLevel attitude;

  @Enumerated(EnumType.STRING)
  @Column(name = "efficiency", nullable = false, length = 20)
  private RatingLevel efficiency;

  @Enumerated(EnumType.STRING)
  @Column(name = "conduct", nullable = false, length = 20)
  private RatingLevel conduct;

  @Enumerated(EnumType.STRING)
  @Column(name = "result", nullable = false, length = 20)
  private RatingLevel result;

  @Column(name = "dissatisfied", nullable = false)
  private boolean dissatisfied;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "rating_reason", joinColumns = @JoinColumn(name = "rating_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "tag_code", nullable = false, length = 40)
  private List<String> reasons = new ArrayList<>();

  @Column(name = "comment_text", length = MAX_COMMENT_LENGTH)
  private String comment;

  @Column(name = "phone", length = 40)
  private String phone;

  @Column(name = "phone_e164", length = 20)
  private String phoneE164;

  @Column(name = "device_hash", nullable = false, length = 64)
  private String deviceHash;

  @Column(name = "network_hash", nullable = false, length = 64)
  private String networkHash;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  @Column(name = "excluded", nullable = false)
  private boolean excluded;

  /** The invitation (邀码) the rating was given through, or null for a scan of a public code. */
  @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
  @jakarta.persistence.JoinColumn(name = "invitation_id")
  private RatingInvitation invitation;

  /** The service record the rating is tied to (through its invitation), or null. */
  @Column(name = "service_record_id")
  private Long serviceRecordId;

  /** Whether the rating is verified (核实): tied to a service record by a valid invitation. */
  @Column(name = "verified", nullable = false)
  private boolean verified;

  /** Why it is verified or not: {@code INVITATION} or {@code NO_INVITATION}. */
  @Column(name = "verification", nullable = false, length = 40)
  private String verification = NO_INVITATION;

  /** Whether it was sampled into the callback queue for a spot check (抽查). */
  @Column(name = "spot_check", nullable = false)
  private boolean spotCheck;

  /** The rectification ticket a dissatisfied rating opened (整改工单), or null. */
  @Column(name = "ticket_id")
  private Long ticketId;

  /** Whether an authenticity flag was raised on it ({@link RatingFlag}). */
  @Column(name = "flagged", nullable = false)
  private boolean flagged;

  protected Rating() {}

  /**
   * A QR rating of the code's target.
   *
   * @param answers attitude, efficiency, conduct, result (in that order)
   * @param deviceHash the hashed device fingerprint
   * @param networkHash the hashed network fingerprint
   */
  public Rating(
      RatingCode code,
      RatingLevel[] answers,
      List<String> reasons,
      String comment,
      String phone,
      String phoneE164,
      String deviceHash,
      String networkHash,
      Instant ratedAt) {
    this.code = code;
    this.target = code.target();
    this.channel = "QR";
    this.attitude = answers[0];
    this.efficiency = answers[1];
    this.conduct = answers[2];
    this.result = answers[3];
    this.dissatisfied = Stream.of(answers).anyMatch(a -> a == RatingLevel.DISSATISFIED);
    this.reasons = new ArrayList<>(reasons);
    this.comment = comment;
    this.phone = phone;
    this.phoneE164 = phoneE164;
    this.deviceHash = deviceHash;
    this.networkHash = networkHash;
    this.ratedAt = ratedAt;
  }

  /**
   * Excludes the rating from the statistics (剔除), e.g. a rating found to be fake.
   *
   * @return the history event to persist
   * @throws IllegalStateException if it is excluded already
   */
  public RatingEvent exclude(String actor, String reason, Instant now) {
    return exclude(actor, null, reason, now);
  }

  /**
   * Excludes the rating with a reason code from the fixed list and a note (empty text when none).
   *
   * @return the history event to persist
   * @throws IllegalStateException if it is excluded already
   */
  public RatingEvent exclude(
      String actor, RatingExclusionReason reasonCode, String note, Instant now) {
    if (excluded) {
      throw new IllegalStateException("excluded already");
    }
    excluded = true;
    return new RatingEvent(this, "EXCLUDED", actor, reasonCode, note == null ? "" : note, now);
  }

  /**
   * Ties the rating to an invitation used within its validity: the rating is verified and records
   * the invitation's service record.
   */
  public void givenThrough(RatingInvitation invitation) {
    this.invitation = invitation;
    this.serviceRecordId = invitation.serviceRecord().id();
    this.verified = true;
    this.verification = INVITATION;
  }

  /**
   * Ties a plain scan to a service record found shortly before it (附近服务记录): verified when the
   * record is the rated officer's ({@link #OFFICER_RECORD_NEARBY}), else only tied ({@link
   * #UNIT_RECORD_NEARBY}). A rating given through an invitation keeps its invitation's record.
   */
  public void nearServiceRecord(Long recordId, boolean officersOwn) {
    if (invitation != null) {
      return;
    }
    this.serviceRecordId = recordId;
    this.verified = officersOwn;
    this.verification = officersOwn ? OFFICER_RECORD_NEARBY : UNIT_RECORD_NEARBY;
  }

  /** Whether it was given through an invitation (邀码). */
  public boolean invited() {
    return invitation != null;
  }

  /** Records that an authenticity flag was raised. */
  /**
   * The facts this rating last added to the monthly summary ({@link RatingTally}): dissatisfied,
   * excluded, verified, flagged; null for a new rating not counted yet. Not stored: taken when
   * loaded (the summary holds the stored state) and when counted.
   */
  @Transient private boolean[] tallied;

  @PostLoad
  void loaded() {
    tallied = facts();
  }

  private boolean[] facts() {
    return new boolean[] {dissatisfied, excluded, verified, flagged};
  }

  /** What the summary holds for this rating (null: nothing yet). */
  public RatingTally tallied() {
    return tallied == null
        ? null
        : RatingTally.of(ratedAt, target.id(), tallied[0], tallied[1], tallied[2], tallied[3]);
  }

  /** Records that the summary now holds this rating as it stands ({@link RatingTally#of}). */
  public void markTallied() {
    this.tallied = facts();
  }

  public void markFlagged() {
    this.flagged = true;
  }

  public boolean flagged() {
    return flagged;
  }

  public String deviceHash() {
    return deviceHash;
  }

  public String networkHash() {
    return networkHash;
  }

  /** Marks the rating as sampled for a spot check. */
  public void sampledForSpotCheck() {
    this.spotCheck = true;
  }

  public boolean verified() {
    return verified;
  }

  public String verification() {
    return verification;
  }

  public Long serviceRecordId() {
    return serviceRecordId;
  }

  public boolean spotCheck() {
    return spotCheck;
  }

  /** Records the rectification ticket this dissatisfied rating opened. */
  public void openedTicket(Long ticketId) {
    this.ticketId = ticketId;
  }

  /** The rectification ticket this rating opened, or null. */
  public Long ticketId() {
    return ticketId;
  }

  public boolean excluded() {
    return excluded;
  }

  public String channel() {
    return channel;
  }

  public String comment() {
    return comment;
  }

  /** The four answers: attitude, efficiency, conduct, result. */
  public List<RatingLevel> answers() {
    return List.of(attitude, efficiency, conduct, result);
  }

  public Long id() {
    return id;
  }

  public RatingTarget target() {
    return target;
  }

  public boolean dissatisfied() {
    return dissatisfied;
  }

  public List<String> reasons() {
    return List.copyOf(reasons);
  }

  public String phoneE164() {
    return phoneE164;
  }

  public Instant ratedAt() {
    return ratedAt;
  }
}
