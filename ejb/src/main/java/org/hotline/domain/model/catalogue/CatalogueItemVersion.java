package org.hotline.domain.model.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** One immutable version of a catalogue item: its content and who changed it, when and why. */
@Entity
@Table(name = "catalogue_item_version")
@NamedQuery(
    name = "CatalogueItemVersion.ofItem",
    query = "SELECT v FROM CatalogueItemVersion v WHERE v.item.code = :code ORDER BY v.number")
public class CatalogueItemVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private CatalogueItem item;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int number;

  @Column(name = "title", nullable = false, length = 100, updatable = false)
  private String title;

  @Column(name = "duties", nullable = false, length = 2000, updatable = false)
  private String duties;

  /**
   * The category codes the duty covers, in order; one row each in {@code
   * catalogue_version_category}.
   */
  @ElementCollection
  @CollectionTable(
      name = "catalogue_version_category",
      joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "category_code", nullable = false, length = 40)
  @BatchSize(size = 100)
  private List<String> categoryCodes = new ArrayList<>();

  /**
   * The keywords that point to this duty, in order; one row each in {@code
   * catalogue_version_keyword}.
   */
  @ElementCollection
  @CollectionTable(
      name = "catalogue_version_keyword",
      joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "keyword", nullable = false, length = MAX_KEYWORD_LENGTH)
  @BatchSize(size = 100)
  private List<String> keywords = new ArrayList<>();

  /** Characters per keyword (the column holds this many). */
  public static final int MAX_KEYWORD_LENGTH = 30;

  @Column(name = "retired", nullable = false, updatable = false)
  private boolean retired;

  @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "reason", nullable = false, length = 500, updatable = false)
  private String reason;

  protected CatalogueItemVersion() {}

  CatalogueItemVersion(
      CatalogueItem item,
      int number,
      String title,
      String duties,
      List<String> categoryCodes,
      List<String> keywords,
      boolean retired,
      String changedBy,
      Instant changedAt,
      String reason) {
    this.item = item;
    this.number = number;
    this.title = title;
    this.duties = duties;
    this.categoryCodes.addAll(categoryCodes);
    this.keywords.addAll(keywords);
    this.retired = retired;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = reason;
  }

  public Long id() {
    return id;
  }

  public CatalogueItem item() {
    return item;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String duties() {
    return duties;
  }

  public List<String> categoryCodes() {
    return List.copyOf(categoryCodes);
  }

  public List<String> keywords() {
    return List.copyOf(keywords);
  }

  public boolean retired() {
    return retired;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String reason() {
    return reason;
  }
}
