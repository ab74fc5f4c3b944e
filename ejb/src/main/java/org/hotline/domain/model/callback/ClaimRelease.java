package org.hotline.domain.model.callback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 领取释放记录: a callback task's claim taken back from an agent who lost the right to work it (moved to
 * another sub-centre, their unit moved away, role removed, account deactivated), so that the task
 * went back to the queue. Kept as the task's audit trail ({@code GET /api/callbacks/{id}} → {@code
 * releases}).
 */
@Entity
@Table(name = "callback_task_release")
public class ClaimRelease {

  /** Why the agent lost the task. */
  public enum Reason {
    /** The task's unit is outside the agent's sub-centre now (agent or unit moved, retired). */
    OUT_OF_SCOPE,
    /** The agent no longer has the callback role. */
    ROLE_REMOVED,
    /** The agent's account is deactivated. */
    INACTIVE,
    /** The agent's account no longer exists. */
    UNKNOWN_USER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "task_id", nullable = false)
  private Long taskId;

  @Column(name = "released_from", nullable = false, length = 60)
  private String releasedFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 20)
  private Reason reason;

  @Column(name = "released_by", nullable = false, length = 60)
  private String releasedBy;

  @Column(name = "released_at", nullable = false)
  private Instant releasedAt;

  protected ClaimRelease() {}

  /** The claim of {@code from} on task {@code taskId} released for {@code reason} by {@code by}. */
  public ClaimRelease(Long taskId, String from, Reason reason, String by, Instant at) {
    this.taskId = taskId;
    this.releasedFrom = from;
    this.reason = reason;
    this.releasedBy = by;
    this.releasedAt = at;
  }

  public Long taskId() {
    return taskId;
  }

  public String releasedFrom() {
    return releasedFrom;
  }

  public Reason reason() {
    return reason;
  }

  public String releasedBy() {
    return releasedBy;
  }

  public Instant releasedAt() {
    return releasedAt;
  }
}
