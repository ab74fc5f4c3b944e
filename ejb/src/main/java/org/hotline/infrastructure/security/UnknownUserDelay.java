package org.hotline.infrastructure.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * Spends on a login attempt for an unknown user the time a known user's attempt takes (未知用户等时 校验):
 * the password is verified against a dummy bcrypt hash of the same cost as the real ones ({@link
 * BcryptPasswordHasher#COST}), so the answer's timing does not tell which usernames exist.
 */
public final class UnknownUserDelay {

  private static volatile Password dummy;

  private UnknownUserDelay() {}

  /**
   * Verifies {@code guess} against the dummy hash (always false) and returns.
   *
   * @param guess the password the client sent
   */
  public static void spend(char[] guess) {
    try {
      PasswordFactory factory = factory();
      factory.verify(dummy(factory), guess);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
  }

  private static Password dummy(PasswordFactory factory) throws GeneralSecurityException {
    Password d = dummy;
    if (d == null) {
      byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
      SecureRandom random = new SecureRandom();
      random.nextBytes(salt);
      char[] secret = Long.toHexString(random.nextLong()).toCharArray();
      d =
          factory.generatePassword(
              new EncryptablePasswordSpec(
                  secret,
                  new IteratedSaltedPasswordAlgorithmSpec(BcryptPasswordHasher.COST, salt)));
      dummy = d;
    }
    return d;
  }

  private static PasswordFactory factory() throws GeneralSecurityException {
    return PasswordFactory.getInstance(
        BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
  }
}
