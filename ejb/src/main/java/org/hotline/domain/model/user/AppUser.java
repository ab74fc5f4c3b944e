package org.hotline.domain.model.user;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import org.hotline.domain.model.unit.Unit;

/** A person who logs in (用户). Belongs to exactly one unit; holds one or more roles. */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@Table(name = "app_user")
public class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NaturalId
  @Column(name = "username", nullable = false, unique = true, length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 60)
  private String displayName;

  /** bcrypt in modular crypt form ($2a$…), read by the server's login realm. */
  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_name", length = 20)
  @Convert(converter = RoleConverter.class)
  private Set<Role> roles = new HashSet<>();

  /** Optimistic lock: two administrators editing the account at once (If-Match). */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AppUser() {}

  public AppUser(
      String username, String displayName, String passwordHash, Unit unit, Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.unit = unit;
    this.roles = new HashSet<>(roles);
  }

  /**
   * An administrator's change (账号变更): name, unit, roles and active flag as given.
   *
   * @param state the new state (roles never empty: checked by the caller)
   * @param unit the unit named by {@code state.unitCode()}
   */
  public void revise(AccountState state, Unit unit) {
    if (state.roles().isEmpty() || !unit.code().equals(state.unitCode())) {
      throw new IllegalArgumentException("an account needs a role and its unit");
    }
    this.displayName = state.displayName();
    this.unit = unit;
    this.roles.clear();
    this.roles.addAll(state.roles());
    this.active = state.active();
  }

  /** The version an If-Match names ({@code "3"}). */
  public long version() {
    return version;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Unit unit() {
    return unit;
  }

  public boolean active() {
    return active;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(
        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** True when any of the user's roles lets them see every unit's tickets. */
  public boolean centreWide() {
    return roles.stream().anyMatch(Role::centreWide);
  }

  /** The role that best describes the user in a history event. */
  public Role primaryRole() {
    return roles.stream().min(Enum::compareTo).orElseThrow();
  }
}
