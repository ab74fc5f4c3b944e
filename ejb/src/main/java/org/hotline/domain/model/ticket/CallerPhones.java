package org.hotline.domain.model.ticket;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import org.hotline.domain.model.shared.VisibleText;

/**
 * Callers' phone numbers (来电号码) in one normalised form, so that a number written another way is the
 * same caller. A complete number is parsed by libphonenumber for the region {@value #REGION}
 * (mobile {@code 139-1234-5678}, landline with its area code {@code 0531-8888 1234}, with or
 * without {@code +86}/{@code 0086}, full-width digits, spaces, dashes, dots and brackets) and kept
 * in E.164 ({@code +8613912345678}, {@code +8653188881234}). A partial number that the operator is
 * still typing is turned into the E.164 prefix it must start with, from {@value
 * #MIN_PARTIAL_DIGITS} digits on. What the caller said is stored beside it for display. The rule is
 * described in {@code docs/phone-numbers.md}.
 */
public final class CallerPhones {

  /** The region whose national numbers are assumed when a number has no country code. */
  public static final String REGION = "CN";

  /** Fewest digits of a partial number that a lookup matches on (about a mobile's first seven). */
  public static final int MIN_PARTIAL_DIGITS = 7;

  private static final String CHINA = "86";
  private static final java.util.regex.Pattern PHONE_CHARS =
      java.util.regex.Pattern.compile("\\(?\\+?[\\p{Nd} ().\\-]*\\p{Nd}[\\p{Nd} ().\\-]*");
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private CallerPhones() {}

  /**
   * The E.164 form of a complete, valid number, or empty when {@code raw} is blank or not a valid
   * number (too short, too long, an unknown range, letters).
   */
  public static Optional<String> e164(String raw) {
    String text = phoneText(raw);
    if (text == null) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(text, REGION);
      if (number.hasExtension() || !UTIL.isValidNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /**
   * What a lookup by {@code typed} matches: the normalised numbers that start with the returned
   * prefix (a complete number gives its whole E.164 form). Empty when {@code typed} is blank, holds
   * anything but digits, {@code +} and separators, or has fewer than {@value #MIN_PARTIAL_DIGITS}
   * digits of its own (country code not counted).
   */
  public static Optional<String> lookupPrefix(String typed) {
    Optional<String> complete = e164(typed);
    if (complete.isPresent()) {
      return complete;
    }
    String text = phoneText(typed);
    if (text == null) {
      return Optional.empty();
    }
    String digits = digitsOf(text);
    String international =
        text.indexOf('+') >= 0 ? digits : digits.startsWith("00") ? digits.substring(2) : null;
    String national;
    if (international != null) {
      if (!international.startsWith(CHINA)) {
        return international.length() >= MIN_PARTIAL_DIGITS
            ? Optional.of("+" + international)
            : Optional.empty();
      }
      national = international.substring(CHINA.length());
    } else if (digits.startsWith(CHINA + "1") && digits.length() > 11) {
      national = digits.substring(CHINA.length()); // 86 139…: a mobile with its country code, no +
    } else {
      national = digits;
    }
    if (national.length() < MIN_PARTIAL_DIGITS) {
      return Optional.empty();
    }
    return Optional.of("+" + CHINA + (national.startsWith("0") ? national.substring(1) : national));
  }

  /** Whether {@code typed} could be (part of) a phone number at all: digits, + and separators. */
  public static boolean looksLikePhone(String typed) {
    return phoneText(typed) != null;
  }

  /**
   * {@code raw} without invisible padding, its inner blanks as spaces and full-width {@code ＋－（）}
   * as ASCII; null when blank or when it holds anything but digits, {@code +} and separators.
   */
  private static String phoneText(String raw) {
    String text = VisibleText.clean(raw);
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp ->
                out.appendCodePoint(
                    switch (cp) {
                      case '＋' -> '+';
                      case '－', '—', '–' -> '-';
                      case '（' -> '(';
                      case '）' -> ')';
                      default -> VisibleText.isInvisible(cp) ? ' ' : cp;
                    }));
    String result = out.toString();
    return PHONE_CHARS.matcher(result).matches() ? result : null;
  }

  /** The ASCII digits of {@code text} (full-width and other decimal digits converted), in order. */
  private static String digitsOf(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Character::isDigit).forEach(cp -> out.append(Character.digit(cp, 10)));
    return out.toString();
  }
}
