package org.hotline.domain.model.user;

/** Turns a clear password into the stored form the login realm verifies. */
public interface PasswordHasher {

  String hash(char[] password);
}
