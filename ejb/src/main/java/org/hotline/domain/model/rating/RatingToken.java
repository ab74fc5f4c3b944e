package org.hotline.domain.model.rating;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The token of a rating code (评价码令牌): 128 random bits from {@link SecureRandom}, written as 22
 * characters of base64url without padding. It says nothing about its target (no id, no unit, no
 * sequence), so a code cannot be guessed from another one; the target is found only by looking the
 * token up.
 */
public final class RatingToken {

  /** Random bytes per token (128 bits). */
  public static final int BYTES = 16;

  /** Characters of a token (base64url of {@link #BYTES} bytes, no padding). */
  public static final int LENGTH = 22;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

  private RatingToken() {}

  /** A new random token. */
  public static String next() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code s} has the shape of a token (anything else is unknown without a lookup). */
  public static boolean wellFormed(String s) {
    return s != null && SHAPE.matcher(s).matches();
  }
}
