package org.hotline.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/** Who is told: a unit's handlers, its head, the centre's dispatchers, the directors. */
@ApplicationScoped
public class Recipients {

  @Inject private UserRepository users;

  /** Everyone who handles the unit's tickets (officers, chief, agency handlers). */
  public List<AppUser> handlersOf(Unit unit) {
    return users.inUnit(unit.code(), EnumSet.of(Role.OFFICER, Role.CHIEF, Role.AGENCY));
  }

  /** The unit's chiefs (所长); none for most agencies. */
  public List<AppUser> chiefsOf(Unit unit) {
    return users.inUnit(unit.code(), EnumSet.of(Role.CHIEF));
  }

  /** The unit's head: its chief (所长); for a unit without one (an agency), its handlers. */
  public List<AppUser> headsOf(Unit unit) {
    List<AppUser> chiefs = chiefsOf(unit);
    return chiefs.isEmpty() ? handlersOf(unit) : chiefs;
  }

  /** The leaders of a unit an overdue ticket is escalated to (chief, director, leader). */
  public List<AppUser> leadersOf(Unit unit) {
    return users.inUnit(unit.code(), EnumSet.of(Role.CHIEF, Role.DIRECTOR, Role.LEADER));
  }

  public List<AppUser> centre() {
    return users.withRole(Role.DISPATCHER);
  }

  public List<AppUser> callbackCentre() {
    return users.withRole(Role.CALLBACK);
  }

  public List<AppUser> directors() {
    return users.withRole(Role.DIRECTOR);
  }
}
