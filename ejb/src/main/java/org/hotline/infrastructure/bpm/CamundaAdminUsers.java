package org.hotline.infrastructure.bpm;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/**
 * Camunda's webapps (/camunda) authenticate through the server (our users, role admin), but Camunda
 * still needs each of those users in its own identity tables and at least one member of {@code
 * camunda-admin}. At start-up every active admin is mirrored there (no usable password: Camunda
 * never checks it under container authentication).
 */
@PermitAll
@Singleton
public class CamundaAdminUsers {

  private static final Logger LOG = Logger.getLogger(CamundaAdminUsers.class.getName());

  /**
   * The user ids Camunda accepts (set on the engine): our usernames (letters, digits, dot, hyphen,
   * underscore) and Camunda's own {@code camunda-admin}.
   */
  static final String USER_ID_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._-]*|camunda-admin";

  @Inject private ProcessEngine engine;

  @Inject private UserRepository users;

  /**
   * Returns once the admins are mirrored into Camunda: the first call on this singleton runs its
   * {@code @PostConstruct}. Called in order by {@link
   * org.hotline.infrastructure.startup.StartupSequence}.
   */
  public void ensureReady() {
    // the work is done in the @PostConstruct method, once
  }

  /**
   * An account made admin (created, granted the role or reactivated) is mirrored at once, in the
   * change's transaction, so that Cockpit opens for it without a restart.
   */
  public void onAccountChanged(@Observes org.hotline.domain.model.user.AccountChanged change) {
    if (change.after().active() && change.after().roles().contains(Role.ADMIN)) {
      mirrorAdmins();
    }
  }

  @PostConstruct
  void mirrorAdmins() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      var group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Hotline administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    for (AppUser admin : users.withRole(Role.ADMIN)) {
      if (!admin.username().matches(USER_ID_PATTERN)) {
        // an admin created outside the application with another name: no Cockpit, but a start
        LOG.warning(() -> "not mirrored into Camunda (user id refused): " + admin.username());
        continue;
      }
      if (identity.createUserQuery().userId(admin.username()).count() == 0) {
        User user = identity.newUser(admin.username());
        user.setFirstName(admin.displayName());
        user.setLastName(admin.unit().name());
        user.setPassword(UUID.randomUUID().toString());
        identity.saveUser(user);
      }
      if (identity
              .createUserQuery()
              .userId(admin.username())
              .memberOfGroup(Groups.CAMUNDA_ADMIN)
              .count()
          == 0) {
        identity.createMembership(admin.username(), Groups.CAMUNDA_ADMIN);
      }
      LOG.fine(() -> "Camunda admin mirrored: " + admin.username());
    }
  }
}
