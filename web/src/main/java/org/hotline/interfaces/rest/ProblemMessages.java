package org.hotline.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Localised texts of problems: Chinese by default, English when the client prefers it
 * (Accept-Language). Bundles: {@code problems_zh.properties}, {@code problems_en.properties}.
 */
public final class ProblemMessages {

  private ProblemMessages() {}

  public static Locale locale(HttpHeaders headers) {
    if (headers == null) {
      return Locale.CHINESE;
    }
    try {
      return locale(headers.getAcceptableLanguages());
    } catch (RuntimeException unreadable) { // a malformed Accept-Language is ignored (issue 15)
      return Locale.CHINESE;
    }
  }

  /**
   * Chinese or English, the first of the two in the client's order of preference; Chinese by
   * default.
   */
  public static Locale locale(List<Locale> wanted) {
    for (Locale l : wanted) {
      if ("en".equals(l.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("zh".equals(l.getLanguage())) {
        return Locale.CHINESE;
      }
    }
    return Locale.CHINESE;
  }

  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "problems",
            locale,
            ProblemMessages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      // numbers are ids, counts and years here: printed as they are, never as "200,091"
      Object[] plain =
          java.util.Arrays.stream(args)
              .map(a -> a instanceof Number ? String.valueOf(a) : a)
              .toArray();
      return new MessageFormat(bundle.getString(key), locale).format(plain);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /**
   * A field of one element of a batch (批量请求中的一条): {@code [3].externalId}, {@code
   * records[3].externalId}, {@code ticketIds[1]} — the element's index and, when given, the field
   * inside it.
   */
  private static final Pattern ELEMENT_FIELD =
      Pattern.compile("^(?:(.*?))?\\[(\\d{1,9})\\](?:\\.([A-Za-z][A-Za-z0-9]*))?$");

  /**
   * The message of one bad field: {@code field.<reason>.named} with the field and the subject when
   * the violation names one (and the bundle has that text), else {@code field.<reason>} with the
   * field. A field of a batch's element ({@code [3].externalId}) is named as people count and by
   * its label: "第 4 条的“外部编号”…" / "Record 4, "External id" …" ({@code field.element} and the page
   * bundle's {@code field_<name>}).
   */
  public static String field(Locale locale, org.hotline.application.error.FieldViolation f) {
    Matcher element = f.field() == null ? null : ELEMENT_FIELD.matcher(f.field());
    if (element != null && element.matches()) {
      String name = element.group(3) != null ? element.group(3) : element.group(1);
      long number = Long.parseLong(element.group(2)) + 1;
      return text(locale, "field.element", number) + message(locale, f, label(locale, name));
    }
    return message(locale, f, f.field());
  }

  private static String message(
      Locale locale, org.hotline.application.error.FieldViolation f, String field) {
    if (f.subject() != null) {
      String named = text(locale, "field." + f.reason() + ".named", field, f.subject());
      if (!named.equals("field." + f.reason() + ".named")) {
        return named;
      }
    }
    return text(locale, "field." + f.reason(), field);
  }

  /**
   * The label people see for an API field ({@code field_<name>} of the page bundle), else the name.
   */
  static String label(Locale locale, String name) {
    String key = "field_" + (name == null || name.isEmpty() ? "record" : name);
    return org.hotline.application.text.Messages.has(key)
        ? org.hotline.application.text.Messages.text(key, locale)
        : (name == null ? "" : name);
  }
}
