package org.hotline.interfaces.web;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of the negotiation headers (请求头语法, RFC 9110 §8.3, §12.5): media types with their
 * parameters and a {@code q} weight from 0 to 1, and language ranges. Pure functions, no state.
 */
public final class HeaderSyntax {

  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final String QUOTED = "\"(?:[^\"\\\\\\p{Cntrl}]|\\\\[^\\p{Cntrl}])*\"";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("\\s*(" + TOKEN + ")(?:/(" + TOKEN + "))?\\s*");
  private static final Pattern PARAMETER =
      Pattern.compile("\\s*(" + TOKEN + ")\\s*=\\s*(" + TOKEN + "|" + QUOTED + ")\\s*");
  private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?\"[^\"\\p{Cntrl}]*\"\\s*");
  private static final Pattern WEIGHT = Pattern.compile("\\d*(\\.\\d*)?");

  private HeaderSyntax() {}

  /**
   * Whether some {@code Accept} header is not a comma-separated list of media ranges ({@code
   * type/subtype} or {@code *}, parameters {@code name=value}, {@code q} a number from 0 to 1).
   *
   * @param values every {@code Accept} header of the request (none: false)
   * @return true if one of them cannot be read
   */
  public static boolean acceptMalformed(Enumeration<String> values) {
    while (values != null && values.hasMoreElements()) {
      for (String range : split(values.nextElement(), ',')) {
        if (!range.isBlank() && !mediaRange(range, true)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code value} is one media type {@code type/subtype} with well-formed parameters (a
   * {@code q}, if any, a number from 0 to 1), as a {@code Content-Type} must be.
   */
  public static boolean mediaType(String value) {
    return value != null && !value.contains(",") && mediaRange(value, false);
  }

  /** Whether the (well-formed) media type {@code value} has a wildcard type or subtype. */
  public static boolean wildcard(String value) {
    String essence = split(value, ';').get(0).strip();
    return essence.startsWith("*") || essence.endsWith("/*");
  }

  /**
   * Whether {@code value} is what {@code If-Match} / {@code If-None-Match} may hold: {@code *} or a
   * comma-separated list of entity tags ({@code "abc"}, {@code W/"abc"}).
   */
  public static boolean entityTags(String value) {
    if (value == null || value.strip().equals("*")) {
      return true;
    }
    for (String tag : split(value, ',')) {
      if (!tag.isBlank() && !ENTITY_TAG.matcher(tag).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The languages of an {@code Accept-Language} header in the client's order of preference.
   *
   * @param header the header, or null
   * @return the languages (empty for no header), or empty Optional when the header cannot be read
   *     (a weight outside 0–1 or not a number, an empty weight, stray separators)
   */
  public static Optional<List<Locale>> languages(String header) {
    if (header == null || header.isBlank()) {
      return Optional.of(List.of());
    }
    for (String range : split(header, ',')) {
      List<String> parts = split(range, ';');
      for (String parameter : parts.subList(1, parts.size())) {
        Matcher m = PARAMETER.matcher(parameter);
        if (!m.matches() || !m.group(1).equalsIgnoreCase("q") || !weight(m.group(2))) {
          return Optional.empty();
        }
      }
    }
    try {
      return Optional.of(
          Locale.LanguageRange.parse(header).stream()
              .filter(r -> r.getWeight() > 0)
              .map(r -> Locale.forLanguageTag(r.getRange()))
              .toList());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean mediaRange(String value, boolean range) {
    List<String> parts = split(value, ';');
    Matcher type = MEDIA_TYPE.matcher(parts.get(0));
    if (!type.matches()) {
      return false;
    }
    if (type.group(2) == null && !(range && type.group(1).equals("*"))) {
      return false; // only an Accept may say "*" alone (old clients send it for */*)
    }
    for (String parameter : parts.subList(1, parts.size())) {
      Matcher m = PARAMETER.matcher(parameter);
      if (!m.matches()) {
        return false;
      }
      if (m.group(1).equalsIgnoreCase("q") && !weight(m.group(2))) {
        return false;
      }
    }
    return true;
  }

  /** A weight: digits with at most one point, at least one digit, from 0 to 1. */
  private static boolean weight(String value) {
    if (!WEIGHT.matcher(value).matches() || value.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    double w = Double.parseDouble(value);
    return w >= 0 && w <= 1;
  }

  /** Splits on {@code separator} outside quoted strings. */
  static List<String> split(String value, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' && (i == 0 || value.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      }
      if (c == separator && !quoted) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }
}
