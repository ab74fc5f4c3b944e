package org.hotline.domain.model.servicerecord;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.unit.Unit;

/**
 * 服务记录: a service the police gave a citizen outside the hotline (a 110 incident, business at a
 * window), sent by another system so that the citizen can be surveyed and called back. Identified
 * by the sending system and its own id ({@code sourceSystem} + {@code externalId}, unique): a
 * record sent again is recognised and changes nothing. Immutable once stored.
 */
@Entity
@Table(
    name = "service_record",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_service_record_source",
            columnNames = {"source_system", "external_id"}))
@NamedQuery(
    name = "ServiceRecord.bySource",
    query =
        "SELECT r FROM ServiceRecord r JOIN FETCH r.unit LEFT JOIN FETCH r.officer"
            + " WHERE r.sourceSystem = :source AND r.externalId = :external")
public class ServiceRecord {

  public static final int MAX_SOURCE_LENGTH = 40;
  public static final int MAX_EXTERNAL_ID_LENGTH = 64;
  public static final int MAX_PHONE_LENGTH = 40;
  public static final int MAX_SUMMARY_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "source_system", nullable = false, length = MAX_SOURCE_LENGTH)
  private String sourceSystem;

  @Column(name = "external_id", nullable = false, length = MAX_EXTERNAL_ID_LENGTH)
  private String externalId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ServiceRecordKind kind;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "citizen_phone", nullable = false, length = MAX_PHONE_LENGTH)
  private String citizenPhone;

  @Column(name = "citizen_phone_e164", nullable = false, length = 20)
  private String citizenPhoneE164;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "summary", length = MAX_SUMMARY_LENGTH)
  private String summary;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "received_by", nullable = false, length = 60)
  private String receivedBy;

  protected ServiceRecord() {}

  /** A new record; the caller has validated every value. */
  public ServiceRecord(
      String sourceSystem,
      String externalId,
      ServiceRecordKind kind,
      Instant occurredAt,
      String citizenPhone,
      String citizenPhoneE164,
      Officer officer,
      Unit unit,
      String summary,
      Instant receivedAt,
      String receivedBy) {
    this.sourceSystem = sourceSystem;
    this.externalId = externalId;
    this.kind = kind;
    this.occurredAt = occurredAt;
    this.citizenPhone = citizenPhone;
    this.citizenPhoneE164 = citizenPhoneE164;
    this.officer = officer;
    this.unit = unit;
    this.summary = summary;
    this.receivedAt = receivedAt;
    this.receivedBy = receivedBy;
  }

  /**
   * Whether a record sent again says the same as this one (the same kind, time, number, officer,
   * unit and summary): then it is unchanged; otherwise it conflicts with what was stored.
   */
  public boolean sameAs(
      ServiceRecordKind kind,
      Instant occurredAt,
      String citizenPhoneE164,
      Officer officer,
      Unit unit,
      String summary) {
    return this.kind == kind
        && this.occurredAt.equals(occurredAt)
        && this.citizenPhoneE164.equals(citizenPhoneE164)
        && Objects.equals(
            this.officer == null ? null : this.officer.id(), officer == null ? null : officer.id())
        && this.unit.id().equals(unit.id())
        && Objects.equals(this.summary, summary);
  }

  public Long id() {
    return id;
  }

  public String sourceSystem() {
    return sourceSystem;
  }

  public String externalId() {
    return externalId;
  }

  public ServiceRecordKind kind() {
    return kind;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String citizenPhone() {
    return citizenPhone;
  }

  public String citizenPhoneE164() {
    return citizenPhoneE164;
  }

  public Officer officer() {
    return officer;
  }

  public Unit unit() {
    return unit;
  }

  public String summary() {
    return summary;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
