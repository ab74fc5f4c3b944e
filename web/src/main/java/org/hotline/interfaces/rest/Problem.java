package org.hotline.interfaces.rest;

import java.util.List;
import java.util.Locale;
import org.hotline.application.error.FieldViolation;

/** RFC 9457 problem details, with our stable {@code code} and the bad fields. */
public record Problem(
    String type, String title, int status, String code, String detail, List<FieldError> errors) {

  /**
   * One bad field: JSON name, stable reason, localised message; for INVALID_CHARACTER also the
   * first refused character's {@code position} (1-based, in characters as people count them) and
   * {@code codePoint} ({@code "U+200B"}), absent otherwise; and the {@code label} the message names
   * the field by (字段名称, e.g. 报告 for {@code report}), so that a page can put its own form's label in
   * its place (整改情况反馈), null when the message names no field by a label.
   */
  public record FieldError(
      String field,
      String reason,
      String message,
      Integer position,
      String codePoint,
      String label) {

    /** A bad field without a refused character, whose message names no label. */
    public FieldError(String field, String reason, String message) {
      this(field, reason, message, null, null, null);
    }

    /** A bad field whose message names it by {@code label}. */
    public FieldError(String field, String reason, String message, String label) {
      this(field, reason, message, null, null, label);
    }

    /**
     * The entry of {@code f} in {@code locale}: the one mapping of a violation to {@code errors[]}
     * (JSON bodies, query parameters, uploaded rows alike).
     */
    public static FieldError of(Locale locale, FieldViolation f) {
      var c = f.character();
      return new FieldError(
          f.field(),
          f.reason(),
          ProblemMessages.field(locale, f),
          c == null ? null : c.position(),
          c == null ? null : c.label(),
          f.field() == null ? null : ProblemMessages.label(locale, f.field()));
    }
  }
}
