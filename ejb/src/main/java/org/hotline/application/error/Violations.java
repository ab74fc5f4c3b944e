package org.hotline.application.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hotline.domain.model.shared.TextCharacters;
import org.hotline.domain.model.shared.VisibleText;

/** Collects the bad fields of one request, then throws them all at once. */
public final class Violations {

  private final List<FieldViolation> found = new ArrayList<>();

  /** Adds a violation whose message names {@code subject} (e.g. the unit refused). */
  public void add(String field, String reason, String subject) {
    found.add(new FieldViolation(field, reason, subject));
  }

  public void add(String field, String reason) {
    found.add(new FieldViolation(field, reason));
  }

  /**
   * Whether the text's characters are acceptable in the field; records INVALID_CHARACTER if not.
   */
  private boolean characters(String field, String text) {
    if (TextCharacters.acceptableIn(field, text)) {
      return true;
    }
    add(field, FieldViolation.INVALID_CHARACTER);
    return false;
  }

  /**
   * An identifier or a code exactly as sent ({@link TextCharacters#identifier}): nothing trimmed;
   * null when absent or empty (REQUIRED when required, also for one of invisible characters only);
   * INVALID_CHARACTER (and null) for a control, bidi, zero-width or other invisible character, or
   * white space at either end; TOO_LONG beyond {@code maxLength}.
   */
  public String identifier(String field, String value, boolean required, int maxLength) {
    if (value == null || value.isEmpty() || VisibleText.isBlank(value)) {
      if (required) {
        add(field, FieldViolation.REQUIRED);
      }
      return null;
    }
    if (!TextCharacters.identifier(value)) {
      add(field, FieldViolation.INVALID_CHARACTER);
      return null;
    }
    if (value.length() > maxLength) {
      add(field, FieldViolation.TOO_LONG);
      return null;
    }
    return value;
  }

  /**
   * A name shown to people (名称: a rating target's window name, a sub-centre's or problem tag's
   * name) exactly as sent: the rule of {@link #identifier} (nothing trimmed; INVALID_CHARACTER for
   * a zero-width, format, bidi or other invisible character anywhere, e.g. {@code "窗口\u200b1"}, or
   * a blank at either end; an ordinary space inside is kept), so that two names that look alike are
   * alike. Null when absent or blank (REQUIRED when required); TOO_LONG beyond {@code maxLength}.
   */
  public String name(String field, String value, boolean required, int maxLength) {
    return identifier(field, value, required, maxLength);
  }

  /**
   * The text without invisible padding, or null when blank by the one rule of {@link VisibleText}
   * (only no-break, ideographic or zero-width spaces, a byte-order mark … is blank); records
   * REQUIRED when a required text is blank, TOO_LONG beyond {@code maxLength} UTF-16 units,
   * INVALID_CHARACTER (and null) when it holds a character {@link TextCharacters} refuses for this
   * field (control characters, bidirectional overrides; line breaks outside multi-line fields).
   * This is the check of every entry point (JSON, uploaded files, query parameters), not only of
   * the JSON body's.
   */
  public String text(String field, String value, boolean required, int maxLength) {
    String trimmed = VisibleText.clean(value);
    if (trimmed == null) {
      if (required) {
        add(field, FieldViolation.REQUIRED);
      }
      return null;
    }
    if (!characters(field, trimmed)) {
      return null;
    }
    if (trimmed.length() > maxLength) {
      add(field, FieldViolation.TOO_LONG);
    }
    return trimmed;
  }

  /**
   * The enum constant named by {@code value} (a code, taken exactly as sent but for its letter
   * case: {@link TextCharacters#identifier}), the default when absent or blank; records REQUIRED
   * when blank without a default, INVALID_CHARACTER for an invisible character or a blank at either
   * end ({@code SLOW\u200b}, {@code "OPEN "}), INVALID for a name that is no constant.
   */
  public <E extends Enum<E>> E choice(String field, String value, Class<E> type, E defaultValue) {
    if (value == null || value.isEmpty() || VisibleText.isBlank(value)) {
      if (defaultValue == null) {
        add(field, FieldViolation.REQUIRED);
      }
      return defaultValue;
    }
    if (!codeCharacters(field, value)) {
      return defaultValue;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      add(field, FieldViolation.INVALID);
      return defaultValue;
    }
  }

  /**
   * Whether a code's characters are acceptable ({@link TextCharacters#identifier}); records
   * INVALID_CHARACTER if not. The one check of every code read by this class.
   */
  private boolean codeCharacters(String field, String code) {
    if (TextCharacters.identifier(code)) {
      return true;
    }
    add(field, FieldViolation.INVALID_CHARACTER);
    return false;
  }

  /** The enum constant named by {@code value}, null when blank, or INVALID. */
  public <E extends Enum<E>> E optionalChoice(String field, String value, Class<E> type) {
    return VisibleText.isBlank(value) ? null : choice(field, value, type, null);
  }

  /**
   * An optional code of a filter (a query parameter such as {@code ?unit=}): null when absent or
   * blank, the code exactly as sent when {@code known} accepts it; records INVALID_CHARACTER for an
   * invisible character or a blank at either end (never trimmed: {@link #identifier}), TOO_LONG
   * beyond {@code maxLength} and UNKNOWN_CODE when it names nothing, so that a mistyped filter is a
   * 400 naming the field instead of a silently empty result.
   */
  public String filterCode(
      String field, String value, int maxLength, java.util.function.Predicate<String> known) {
    int before = found.size();
    String code = identifier(field, value, false, maxLength);
    if (code == null || found.size() > before) {
      return code;
    }
    if (!known.test(code)) {
      add(field, FieldViolation.UNKNOWN_CODE);
    }
    return code;
  }

  /**
   * Looks up a required code taken exactly as sent ({@link TextCharacters#identifier}); records
   * REQUIRED when blank, INVALID_CHARACTER for an invisible character or a blank at either end (a
   * zero-width space or a bidi mark in a code is refused, not trimmed away), UNKNOWN_CODE when the
   * lookup finds nothing.
   */
  public <T> T reference(
      String field, String code, java.util.function.Function<String, Optional<T>> lookup) {
    if (code == null || code.isEmpty() || VisibleText.isBlank(code)) {
      add(field, FieldViolation.REQUIRED);
      return null;
    }
    if (!codeCharacters(field, code)) {
      return null;
    }
    Optional<T> found = lookup.apply(code);
    if (found.isEmpty()) {
      add(field, FieldViolation.UNKNOWN_CODE);
      return null;
    }
    return found.get();
  }

  /**
   * A yes/no decision with its reason (review, approval): {@code decision} is required, and the
   * reason too when the answer is no. Returns the cleaned reason.
   */
  public String decision(
      String decisionField, Boolean decision, String reasonField, String reason, int maxLength) {
    if (decision == null) {
      add(decisionField, FieldViolation.REQUIRED);
    }
    return text(reasonField, reason, Boolean.FALSE.equals(decision), maxLength);
  }

  /** An ISO date (yyyy-MM-dd), null when blank; records REQUIRED / INVALID. */
  public java.time.LocalDate date(String field, String value, boolean required) {
    if (VisibleText.isBlank(value)) {
      if (required) {
        add(field, FieldViolation.REQUIRED);
      }
      return null;
    }
    java.time.LocalDate d = org.hotline.domain.model.shared.CalendarText.date(value).orElse(null);
    if (d == null) {
      add(field, FieldViolation.INVALID);
    }
    return d;
  }

  /** The latest year a query parameter may name ({@link CalendarText#LAST_YEAR}). */
  public static final int MAX_YEAR = org.hotline.domain.model.shared.CalendarText.LAST_YEAR;

  /**
   * A calendar year within {@link org.hotline.domain.model.shared.CalendarText#saneYear}; records
   * INVALID otherwise (e.g. {@code year=2147483647}, {@code year=26}).
   */
  public int year(String field, int value) {
    if (!org.hotline.domain.model.shared.CalendarText.saneYear(value)) {
      add(field, FieldViolation.INVALID);
    }
    return value;
  }

  public void addAll(Collection<FieldViolation> more) {
    found.addAll(more);
  }

  /** How many violations were found so far. */
  public int size() {
    return found.size();
  }

  /** Whether nothing was found wrong so far. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}
