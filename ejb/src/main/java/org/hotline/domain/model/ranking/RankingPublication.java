package org.hotline.domain.model.ranking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 排名发布: an immutable snapshot of one month's ranking as leadership published it. {@code content} is
 * the canonical JSON of the ranking (keys in lexicographic order, no insignificant whitespace,
 * UTF-8) and {@code sha256} its SHA-256 in hex, printed on the PDF so that a paper copy can be
 * checked. Version 1 is the publication; every later version of the month is a correction and
 * carries its reason.
 */
@Entity
@Table(name = "ranking_publication")
@NamedQuery(
    name = "RankingPublication.ofMonth",
    query = "SELECT p FROM RankingPublication p WHERE p.month = :month ORDER BY p.version")
@NamedQuery(
    name = "RankingPublication.latestOfMonths",
    query =
        "SELECT p FROM RankingPublication p WHERE p.month IN :months AND p.version = "
            + "(SELECT MAX(q.version) FROM RankingPublication q WHERE q.month = p.month) ORDER BY p.month")
@NamedQuery(
    name = "RankingPublication.latestIdsOfMonths",
    query =
        "SELECT p.id, p.month FROM RankingPublication p WHERE p.month IN :months AND p.version = "
            + "(SELECT MAX(q.version) FROM RankingPublication q WHERE q.month = p.month) ORDER BY p.month")
@NamedQuery(
    name = "RankingPublication.months",
    query =
        "SELECT p.month, MAX(p.version), MAX(p.publishedAt) FROM RankingPublication p GROUP BY p.month ORDER BY p.month DESC")
public class RankingPublication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** yyyy-MM, Asia/Shanghai. */
  @Column(name = "ranking_month", nullable = false, length = 7, updatable = false)
  private String month;

  @Column(name = "version", nullable = false, updatable = false)
  private int version;

  @Column(name = "rule_version", nullable = false, updatable = false)
  private int ruleVersion;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false, length = 60, updatable = false)
  private String publishedBy;

  @Column(name = "note", length = 1000, updatable = false)
  private String note;

  @Column(name = "correction_reason", length = 1000, updatable = false)
  private String correctionReason;

  @Lob
  @Column(name = "content", nullable = false, updatable = false)
  private String content;

  @Column(name = "sha256", nullable = false, length = 64, updatable = false)
  private String sha256;

  protected RankingPublication() {}

  public RankingPublication(
      String month,
      int version,
      int ruleVersion,
      Instant publishedAt,
      String publishedBy,
      String note,
      String correctionReason,
      String content,
      String sha256) {
    this.month = month;
    this.version = version;
    this.ruleVersion = ruleVersion;
    this.publishedAt = publishedAt;
    this.publishedBy = publishedBy;
    this.note = note;
    this.correctionReason = correctionReason;
    this.content = content;
    this.sha256 = sha256;
  }

  public Long id() {
    return id;
  }

  public String month() {
    return month;
  }

  public int version() {
    return version;
  }

  public int ruleVersion() {
    return ruleVersion;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public String note() {
    return note;
  }

  public String correctionReason() {
    return correctionReason;
  }

  public String content() {
    return content;
  }

  public String sha256() {
    return sha256;
  }
}
