package org.hotline.application.user;

import java.util.List;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/** GET /api/me */
public record UserView(
    String username,
    String displayName,
    List<String> roles,
    String unitCode,
    String unitName,
    boolean centreWide) {

  public static UserView of(AppUser user) {
    return new UserView(
        user.username(),
        user.displayName(),
        user.roles().stream().sorted().map(Role::roleName).toList(),
        user.unit().code(),
        user.unit().name(),
        user.centreWide());
  }
}
