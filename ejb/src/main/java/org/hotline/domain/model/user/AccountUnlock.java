package org.hotline.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * 解除登录限制记录: an administrator cleared the failed logins counted against an account, so its owner may
 * log in again at once. Written once, never changed (the audit of unlocks).
 */
@Entity
@Table(name = "account_unlock")
public class AccountUnlock {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "username", nullable = false, length = 60, updatable = false)
  private String username;

  @Column(name = "unlocked_by", nullable = false, length = 60, updatable = false)
  private String unlockedBy;

  @Column(name = "unlocked_at", nullable = false, updatable = false)
  private Instant unlockedAt;

  @Column(name = "failures_cleared", nullable = false, updatable = false)
  private int failuresCleared;

  protected AccountUnlock() {}

  /**
   * @param username the account unlocked
   * @param unlockedBy the administrator's username
   * @param unlockedAt when
   * @param failuresCleared the failed attempts that were counted against the account
   */
  public AccountUnlock(
      String username, String unlockedBy, Instant unlockedAt, int failuresCleared) {
    this.username = username;
    this.unlockedBy = unlockedBy;
    this.unlockedAt = unlockedAt;
    this.failuresCleared = failuresCleared;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String unlockedBy() {
    return unlockedBy;
  }

  public Instant unlockedAt() {
    return unlockedAt;
  }

  public int failuresCleared() {
    return failuresCleared;
  }
}
