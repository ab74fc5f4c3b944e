package org.hotline.domain.model.ticket;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotline.domain.model.unit.Unit;

/**
 * 整改: after a dissatisfied callback the head of the handling unit verifies, rectifies and reports
 * back within 3 working days; the callback centre then re-visits the citizen (复访).
 */
@Entity
@Table(name = "rectification")
public class Rectification {

  /** Working days the unit's head has to report back. */
  public static final int REPORT_WORKING_DAYS = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false, updatable = false)
  private Unit unit;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  /**
   * What the citizen was dissatisfied with: the reasons of the callback, in order, one row each in
   * {@code rectification_reason}.
   */
  @ElementCollection
  @CollectionTable(
      name = "rectification_reason",
      joinColumns = @JoinColumn(name = "rectification_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "reason", nullable = false, length = CallbackResult.MAX_REASON_LENGTH)
  private List<String> dissatisfaction = new ArrayList<>();

  @Column(name = "report", length = 4000)
  private String report;

  @Column(name = "reported_by", length = 60)
  private String reportedBy;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "overdue", nullable = false)
  private boolean overdue;

  @Enumerated(EnumType.STRING)
  @Column(name = "revisit_result", length = 30)
  private CallbackResult revisitResult;

  @Column(name = "revisit_note", length = 1000)
  private String revisitNote;

  @Column(name = "revisited_by", length = 60)
  private String revisitedBy;

  @Column(name = "revisited_at")
  private Instant revisitedAt;

  protected Rectification() {}

  Rectification(
      Ticket ticket, Unit unit, Instant dueAt, List<String> dissatisfaction, Instant now) {
    this.ticket = ticket;
    this.unit = unit;
    this.dueAt = dueAt;
    this.dissatisfaction.addAll(dissatisfaction);
    this.openedAt = now;
  }

  void report(String text, String by, Instant now) {
    this.report = text;
    this.reportedBy = by;
    this.reportedAt = now;
  }

  void revisit(CallbackResult result, String note, String by, Instant now) {
    this.revisitResult = result;
    this.revisitNote = note;
    this.revisitedBy = by;
    this.revisitedAt = now;
  }

  /** Marks the report late, once; false when it was already marked or has been made. */
  boolean markOverdue() {
    if (overdue || reportedAt != null) {
      return false;
    }
    overdue = true;
    return true;
  }

  public void reschedule(Instant newDue) {
    this.dueAt = newDue;
  }

  public Long id() {
    return id;
  }

  public Unit unit() {
    return unit;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  /** The callback reasons the rectification answers, in order. */
  public List<String> dissatisfaction() {
    return List.copyOf(dissatisfaction);
  }

  public String report() {
    return report;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public boolean overdue() {
    return overdue;
  }

  public CallbackResult revisitResult() {
    return revisitResult;
  }

  public String revisitNote() {
    return revisitNote;
  }

  public String revisitedBy() {
    return revisitedBy;
  }

  public Instant revisitedAt() {
    return revisitedAt;
  }
}
