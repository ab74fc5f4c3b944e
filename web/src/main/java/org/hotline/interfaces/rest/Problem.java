package org.hotline.interfaces.rest;

import java.util.List;

/** RFC 9457 problem details, with our stable {@code code} and the bad fields. */
public record Problem(
    String type, String title, int status, String code, String detail, List<FieldError> errors) {

  /** One bad field: JSON name, stable reason, localised message. */
  public record FieldError(String field, String reason, String message) {}
}
