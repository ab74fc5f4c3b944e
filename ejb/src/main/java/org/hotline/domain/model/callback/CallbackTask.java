package org.hotline.domain.model.callback;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.servicerecord.ServiceRecord;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.unit.Unit;

/**
 * 回访任务: one phone callback to a citizen about one matter — a closed ticket, a direct answer, a
 * merged call, or a service record (服务记录) — due at a time, worked by one agent at a time. At most
 * one open task per matter (a second request tightens the due time). Unreachable tries move the due
 * time by the {@link RetrySchedule}; a final result finishes the task. The serving unit decides the
 * sub-centre (分中心) that works it.
 */
@Entity
@Table(name = "callback_task")
public class CallbackTask {

  /** Characters of one problem tag code. */
  public static final int MAX_TAG_LENGTH = 40;

  /** Tags per outcome. */
  public static final int MAX_TAGS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "service_record_id")
  private ServiceRecord serviceRecord;

  /** The serving unit (承办/服务单位), or null for a direct answer of the centre. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(name = "reason_code", nullable = false, length = 40)
  private String reasonCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private CallbackTaskStatus status = CallbackTaskStatus.OPEN;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "assignee", length = 60)
  private String assignee;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "result", length = 30)
  private CallbackResult result;

  @ElementCollection
  @CollectionTable(name = "callback_task_reason", joinColumns = @JoinColumn(name = "task_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "reason", nullable = false, length = CallbackResult.MAX_REASON_LENGTH)
  private List<String> reasons = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "callback_task_tag", joinColumns = @JoinColumn(name = "task_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "tag_code", nullable = false, length = MAX_TAG_LENGTH)
  private List<String> tags = new ArrayList<>();

  @Column(name = "note", length = 1000)
  private String note;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "praised_officer_id")
  private Officer praisedOfficer;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "finished_by", length = 60)
  private String finishedBy;

  @Column(name = "spot_check_verdict", length = 20)
  private String spotCheckVerdict;

  @Column(name = "spot_check_note", length = 1000)
  private String spotCheckNote;

  @Column(name = "spot_checked_at")
  private Instant spotCheckedAt;

  @Column(name = "spot_checked_by", length = 60)
  private String spotCheckedBy;

  protected CallbackTask() {}

  /**
   * 抽查: the city centre's verdict on a finished task ({@code CONFIRMED} or {@code DISCREPANCY}); a
   * later check replaces it.
   */
  public void spotCheck(String verdict, String note, String username, Instant now) {
    this.spotCheckVerdict = verdict;
    this.spotCheckNote = note;
    this.spotCheckedBy = username;
    this.spotCheckedAt = now;
  }

  public String spotCheckVerdict() {
    return spotCheckVerdict;
  }

  public String spotCheckNote() {
    return spotCheckNote;
  }

  public Instant spotCheckedAt() {
    return spotCheckedAt;
  }

  public String spotCheckedBy() {
    return spotCheckedBy;
  }

  private CallbackTask(
      Ticket ticket,
      ServiceRecord record,
      Unit unit,
      String reasonCode,
      Instant dueAt,
      Instant now) {
    this.ticket = ticket;
    this.serviceRecord = record;
    this.unit = unit;
    this.reasonCode = reasonCode;
    this.dueAt = dueAt;
    this.createdAt = now;
  }

  /** A task about a ticket (closed, answered directly, or a merged call of a closed ticket). */
  public static CallbackTask forTicket(
      Ticket ticket, Unit servingUnit, String reasonCode, Instant dueAt, Instant now) {
    return new CallbackTask(ticket, null, servingUnit, reasonCode, dueAt, now);
  }

  /** A task about a service record; its unit is the unit that served. */
  public static CallbackTask forServiceRecord(
      ServiceRecord record, String reasonCode, Instant dueAt, Instant now) {
    return new CallbackTask(null, record, record.unit(), reasonCode, dueAt, now);
  }

  /** A second request for the same matter: the earlier due time wins. */
  public void tightenDue(Instant dueBy) {
    if (dueBy != null && dueBy.isBefore(dueAt)) {
      this.dueAt = dueBy;
    }
  }

  /** The agent takes the task (sees the citizen's number from now on). */
  public void assignTo(String username) {
    this.assignee = username;
  }

  /**
   * Takes the task back from its agent (who lost the right to work it): it returns to the queue.
   *
   * @return the agent it was taken from, null when nobody had it
   */
  public String release() {
    String from = assignee;
    this.assignee = null;
    return from;
  }

  /** Whether another agent works this task. */
  public boolean takenByOther(String username) {
    return assignee != null && !assignee.equals(username);
  }

  /**
   * An unreachable try that is not the last: counted, due again at {@code nextTry}; the task goes
   * back to the queue (any agent may take the next try).
   */
  public void unreachable(Instant nextTry) {
    this.attempts++;
    this.dueAt = nextTry;
    this.assignee = null;
  }

  /** The final result: the task is done. Tags, note and praise are those of the outcome. */
  public void finish(
      CallbackResult result,
      List<String> reasons,
      List<String> tags,
      String note,
      Officer praised,
      String username,
      Instant now) {
    this.attempts++;
    this.status = CallbackTaskStatus.DONE;
    this.result = result;
    this.reasons.clear();
    this.reasons.addAll(reasons);
    this.tags.clear();
    this.tags.addAll(tags);
    this.note = note;
    this.praisedOfficer = praised;
    this.finishedAt = now;
    this.finishedBy = username;
  }

  /**
   * Cancels an open task (已取消): nobody calls; the note says why. It counts in no figure (only
   * {@code DONE} tasks do).
   */
  public void cancel(String note, String username, Instant now) {
    this.status = CallbackTaskStatus.CANCELLED;
    this.assignee = null;
    this.note = note;
    this.finishedAt = now;
    this.finishedBy = username;
  }

  /**
   * Adds what only the task's outcome carries (tags, praise) after the ticket recorded the result.
   */
  public void annotate(List<String> tags, Officer praised) {
    this.tags.clear();
    this.tags.addAll(tags);
    this.praisedOfficer = praised;
  }

  public boolean open() {
    return status == CallbackTaskStatus.OPEN;
  }

  public Long id() {
    return id;
  }

  public Ticket ticket() {
    return ticket;
  }

  public ServiceRecord serviceRecord() {
    return serviceRecord;
  }

  public Unit unit() {
    return unit;
  }

  public String reasonCode() {
    return reasonCode;
  }

  public CallbackTaskStatus status() {
    return status;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public int attempts() {
    return attempts;
  }

  public String assignee() {
    return assignee;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public CallbackResult result() {
    return result;
  }

  public List<String> reasons() {
    return List.copyOf(reasons);
  }

  public List<String> tags() {
    return List.copyOf(tags);
  }

  public String note() {
    return note;
  }

  public Officer praisedOfficer() {
    return praisedOfficer;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String finishedBy() {
    return finishedBy;
  }
}
