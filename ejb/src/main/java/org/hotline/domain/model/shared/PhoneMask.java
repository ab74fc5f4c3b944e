package org.hotline.domain.model.shared;

/**
 * Masks a citizen's number for everyone but the agent working the task: the first three and the
 * last four digits stay ({@code 139****5678}); a number of fewer than 8 digits shows only its last
 * two.
 */
public final class PhoneMask {

  private PhoneMask() {}

  /** The masked number, or null for null. */
  public static String mask(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("\\D", "");
    if (digits.startsWith("86") && digits.length() > 11) {
      digits = digits.substring(2);
    }
    if (digits.length() < 8) {
      return "*".repeat(Math.max(digits.length() - 2, 0))
          + digits.substring(Math.max(digits.length() - 2, 0));
    }
    return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
  }
}
