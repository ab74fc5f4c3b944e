package org.hotline.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.hotline.domain.model.user.PasswordHasher;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt through WildFly Elytron, the same implementation the server's login realm uses to verify
 * it; stored in modular crypt form ({@code $2a$10$…}).
 */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {

  static final int COST = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String hash(char[] password) {
    try {
      PasswordFactory factory =
          PasswordFactory.getInstance(
              BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
      byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
      RANDOM.nextBytes(salt);
      Password hashed =
          factory.generatePassword(
              new EncryptablePasswordSpec(
                  password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
      return ModularCrypt.encodeAsString(hashed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
  }
}
