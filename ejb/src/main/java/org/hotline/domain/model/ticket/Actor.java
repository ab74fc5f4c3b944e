package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who did something: user, the role they acted in, and their unit at that moment. */
@Embeddable
public class Actor {

  @Column(name = "actor_username", nullable = false, length = 60, updatable = false)
  private String username;

  @Column(name = "actor_role", nullable = false, length = 20, updatable = false)
  private String role;

  @Column(name = "actor_unit_code", nullable = false, length = 40, updatable = false)
  private String unitCode;

  /** The system itself, for what timers do (催办, 超期, 升级, 时限重算). */
  public static final String SYSTEM = "system";

  protected Actor() {}

  public static Actor system() {
    return new Actor(SYSTEM, SYSTEM, SYSTEM);
  }

  public Actor(String username, String role, String unitCode) {
    this.username = username;
    this.role = role;
    this.unitCode = unitCode;
  }

  public String username() {
    return username;
  }

  public String role() {
    return role;
  }

  public String unitCode() {
    return unitCode;
  }
}
