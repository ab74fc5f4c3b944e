package org.hotline.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.hotline.application.text.Messages;
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

  /** As {@link #label(String, Locale)} in Chinese. */
  public String label(String username) {
    return label(username, Locale.CHINESE);
  }

  /**
   * "display name (username)" for reports, punctuated as the reader's language writes it (bundle
   * key {@code pdf.userLabel}), or the username alone when the user has no name.
   */
  public String label(String username, Locale locale) {
    String name = displayName(username);
    return name == null || name.isBlank()
        ? username
        : Messages.text("pdf.userLabel", locale, name, username);
  }
}
