package org.hotline.application.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/**
 * 人员选择: the people a form may name (e.g. the head and the supervising deputy of a supervision
 * slip), so that pages offer names to pick instead of asking for usernames. Centre-wide roles only
 * (director, leader, admin, dispatcher …), who see every unit.
 */
@Stateless
@RolesAllowed({
  Role.DIRECTOR_ROLE,
  Role.LEADER_ROLE,
  Role.ADMIN_ROLE,
  Role.DISPATCHER_ROLE,
  Role.OPERATOR_ROLE,
  Role.CALLBACK_ROLE
})
public class UserDirectoryService {

  /**
   * A person as a picker shows them: the username is what the API takes, the name what people read.
   */
  public record Person(
      String username, String displayName, String unitCode, String unitName, List<String> roles) {}

  @Inject private UserRepository users;

  @Inject private org.hotline.domain.model.unit.UnitRepository units;

  /**
   * The people with a role, optionally in one unit, by name.
   *
   * @param role a role name (chief, leader, director …), required
   * @param unitCode a unit code, or null for every unit
   * @return the people, sorted by display name
   * @throws org.hotline.application.error.ValidationException {@code role} REQUIRED or INVALID
   */
  public List<Person> withRole(String role, String unitCode) {
    Violations v = new Violations();
    String name = v.identifier("role", role, true, 20);
    Role r = name == null ? null : Role.fromRoleName(name).orElse(null);
    if (name != null && r == null) {
      v.add("role", FieldViolation.INVALID);
    }
    String unit = v.filterCode("unit", unitCode, 40, c -> units.findByCode(c).isPresent());
    v.throwIfAny();
    List<AppUser> found = unit == null ? users.withRole(r) : users.inUnit(unit, Set.of(r));
    return found.stream()
        .sorted(Comparator.comparing(AppUser::displayName))
        .map(
            u ->
                new Person(
                    u.username(),
                    u.displayName(),
                    u.unit().code(),
                    u.unit().name(),
                    u.roles().stream().map(Role::roleName).sorted().toList()))
        .toList();
  }
}
