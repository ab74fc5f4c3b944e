package org.hotline.domain.model.ranking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 自查报告: what the chief of a unit in the bottom of its class for consecutive months presents at the
 * leadership meeting (seed 003). Append-only; a unit may submit more than one per month.
 */
@Entity
@Table(name = "ranking_self_examination")
@NamedQuery(
    name = "SelfExamination.ofMonth",
    query =
        "SELECT s FROM SelfExamination s WHERE s.month = :month ORDER BY s.unitCode, s.submittedAt")
public class SelfExamination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ranking_month", nullable = false, length = 7, updatable = false)
  private String month;

  @Column(name = "unit_code", nullable = false, length = 40, updatable = false)
  private String unitCode;

  @Column(name = "report_text", nullable = false, length = 4000, updatable = false)
  private String text;

  @Column(name = "submitted_by", nullable = false, length = 60, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  protected SelfExamination() {}

  public SelfExamination(
      String month, String unitCode, String text, String submittedBy, Instant submittedAt) {
    this.month = month;
    this.unitCode = unitCode;
    this.text = text;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public Long id() {
    return id;
  }

  public String month() {
    return month;
  }

  public String unitCode() {
    return unitCode;
  }

  public String text() {
    return text;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
