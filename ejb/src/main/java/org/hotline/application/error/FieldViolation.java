package org.hotline.application.error;

/**
 * One bad field of a request: its JSON name, a stable reason (REQUIRED, INVALID, TOO_LONG,
 * UNKNOWN_CODE, NOT_LEAF, NOT_HANDLING_UNIT …) and, where the message names what was refused, its
 * {@code subject} (e.g. a unit's name; null otherwise; the message is then {@code
 * field.<reason>.named} with the field and the subject).
 */
public record FieldViolation(String field, String reason, String subject) {

  /** A violation whose message names only the field. */
  public FieldViolation(String field, String reason) {
    this(field, reason, null);
  }

  public static final String REQUIRED = "REQUIRED";
  public static final String INVALID = "INVALID";

  /** A period that has not ended yet (a month published before its end). */
  public static final String NOT_ENDED = "NOT_ENDED";

  /** A range whose end ("to") lies before its start ("from"). */
  public static final String REVERSED_RANGE = "REVERSED_RANGE";

  /** A month before the first month the system ranks (before it went live). */
  public static final String BEFORE_START = "BEFORE_START";

  /** A range of months longer than allowed (analysis: at most 36 months). */
  public static final String RANGE_TOO_LONG = "RANGE_TOO_LONG";

  public static final String TOO_LONG = "TOO_LONG";
  public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
  public static final String NOT_LEAF = "NOT_LEAF";
  public static final String NOT_HANDLING_UNIT = "NOT_HANDLING_UNIT";
  public static final String RETIRED = "RETIRED";

  /** A new deadline that is not later than the current one. */
  public static final String NOT_LATER = "NOT_LATER";

  /** Beyond what the time-limit rule allows. */
  public static final String BEYOND_LIMIT = "BEYOND_LIMIT";

  /** The same as a record that exists. */
  public static final String DUPLICATE = "DUPLICATE";

  /** An id or code that exists but belongs to another unit than the request says. */
  public static final String OTHER_UNIT = "OTHER_UNIT";

  /** A JSON value of the wrong type ("confidential": 1 for a boolean, an array for an object). */
  public static final String WRONG_TYPE = "WRONG_TYPE";

  /** A JSON key given twice in one object. */
  public static final String DUPLICATE_KEY = "DUPLICATE_KEY";

  /** A number outside the range of its field (e.g. beyond a 64-bit id). */
  public static final String OUT_OF_RANGE = "OUT_OF_RANGE";

  /**
   * Text with a character that has no place in it: NUL and other control characters (line breaks
   * and tabs only in multi-line text), lone surrogates, bidirectional overrides.
   */
  public static final String INVALID_CHARACTER = "INVALID_CHARACTER";

  /** A value shorter than its field needs (e.g. a password under 8 characters). */
  public static final String TOO_SHORT = "TOO_SHORT";

  /** 账号管理: an administrator may not take the admin role from their own account. */
  public static final String OWN_ADMIN_ROLE = "OWN_ADMIN_ROLE";

  /** 账号管理: an administrator may not deactivate their own account. */
  public static final String OWN_ACCOUNT = "OWN_ACCOUNT";
}
