package org.hotline.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.UserRepository;

/**
 * The display name (姓名) shown beside a username wherever a person is named in a record (who
 * published a ranking, presented a self-examination, changed the rules): records keep the username,
 * pages and reports show both.
 */
@ApplicationScoped
public class UserNames {

  @Inject private UserRepository users;

  /** The display name of {@code username}; null for null or a user that no longer exists. */
  public String displayName(String username) {
    return username == null
        ? null
        : users.findByUsername(username).map(AppUser::displayName).orElse(null);
  }

  /** "display name (username)" for reports, or the username alone when the user has no name. */
  public String label(String username) {
    String name = displayName(username);
    return name == null || name.isBlank() ? username : name + "（" + username + "）";
  }
}
