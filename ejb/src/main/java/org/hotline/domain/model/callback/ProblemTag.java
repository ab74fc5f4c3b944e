package org.hotline.domain.model.callback;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * 问题标签 (problem tag): a common problem a citizen names at callback (态度差, 推诿扯皮, 效率低 …), in a
 * two-level hierarchy managed by the admin: groups (no parent) and the tags under them. Callbacks,
 * ratings and tickets store the tag's stable code; only active tags under a group may be chosen.
 * Retiring a tag keeps it on what already carries it.
 */
@Entity
@Cacheable
@Table(name = "problem_tag")
@NamedQuery(
    name = "ProblemTag.all",
    query = "SELECT t FROM ProblemTag t ORDER BY t.sortOrder, t.code")
public class ProblemTag {

  public static final int MAX_CODE_LENGTH = 40;

  /**
   * Tags that are the agent's or the unit's judgement of the matter or of the citizen (群众误解, 诉求不合理,
   * 超出职能范围, 重复投诉, 历史遗留问题, 政策限制): usable on callbacks and tickets, never offered to a citizen rating
   * on the public page.
   */
  public static final java.util.Set<String> STAFF_ONLY =
      java.util.Set.of(
          "OTHER_MISUNDERSTANDING",
          "OTHER_UNREASONABLE",
          "OTHER_OUT_OF_SCOPE",
          "OTHER_REPEATED",
          "OTHER_LEGACY",
          "OTHER_POLICY_LIMIT");

  @Id
  @Column(name = "code", length = MAX_CODE_LENGTH)
  private String code;

  @Column(name = "parent_code", length = MAX_CODE_LENGTH)
  private String parentCode;

  @Column(name = "name_zh", nullable = false, length = 60)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected ProblemTag() {}

  public ProblemTag(String code, String parentCode, String nameZh, String nameEn, int sortOrder) {
    this.code = code;
    this.parentCode = parentCode;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.sortOrder = sortOrder;
  }

  /** Renames, reorders, retires or reactivates the tag (its code and place never change). */
  public void change(String nameZh, String nameEn, int sortOrder, boolean active) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.sortOrder = sortOrder;
    this.active = active;
  }

  /** Whether the tag can go on a callback: an active tag under a group. */
  public boolean choosable() {
    return active && parentCode != null;
  }

  /** Whether a citizen may choose the tag as a reason on the public rating page. */
  public boolean choosableByCitizens() {
    return choosable() && !STAFF_ONLY.contains(code);
  }

  public String code() {
    return code;
  }

  public String parentCode() {
    return parentCode;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public boolean active() {
    return active;
  }
}
