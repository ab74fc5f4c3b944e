package org.hotline.application.error;

/**
 * One bad field of a request: its JSON name and a stable reason
 * (REQUIRED, INVALID, TOO_LONG, UNKNOWN_CODE, NOT_LEAF, NOT_HANDLING_UNIT …).
 */
public record FieldViolation(String field, String reason) {

  public static final String REQUIRED = "REQUIRED";
  public static final String INVALID = "INVALID";
  public static final String TOO_LONG = "TOO_LONG";
  public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
  public static final String NOT_LEAF = "NOT_LEAF";
  public static final String NOT_HANDLING_UNIT = "NOT_HANDLING_UNIT";
  public static final String RETIRED = "RETIRED";
}
