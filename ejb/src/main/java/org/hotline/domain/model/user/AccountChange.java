package org.hotline.domain.model.user;

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
 * 账号变更记录: one change of an account by an administrator (created, or its name, unit, roles or active
 * flag changed) with who, when, the state before and after ({@link AccountState#text()}) and why.
 * Written once, never changed (append-only audit).
 */
@Entity
@Table(name = "account_change")
public class AccountChange {

  /** What happened to the account. */
  public enum Kind {
    CREATED,
    UPDATED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 60, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20, updatable = false)
  private Kind kind;

  @Column(name = "changed_by", nullable = false, length = 60, updatable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "from_state", length = 1000, updatable = false)
  private String fromState;

  @Column(name = "to_state", nullable = false, length = 1000, updatable = false)
  private String toState;

  @Column(name = "reason", length = 500, updatable = false)
  private String reason;

  protected AccountChange() {}

  /**
   * @param username the account
   * @param kind created or updated
   * @param changedBy the administrator's username
   * @param changedAt when
   * @param from the state before (null for a new account)
   * @param to the state after
   * @param reason why (may be null)
   */
  public AccountChange(
      String username,
      Kind kind,
      String changedBy,
      Instant changedAt,
      AccountState from,
      AccountState to,
      String reason) {
    this.username = username;
    this.kind = kind;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.fromState = from == null ? null : from.text();
    this.toState = to.text();
    this.reason = reason;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public Kind kind() {
    return kind;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }

  /** The state before, as {@link AccountState#parse} reads it, or null for a new account. */
  public AccountState from() {
    return fromState == null ? null : AccountState.parse(fromState);
  }

  public AccountState to() {
    return AccountState.parse(toState);
  }

  public String reason() {
    return reason;
  }
}
