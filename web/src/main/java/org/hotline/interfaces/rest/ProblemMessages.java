package org.hotline.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hotline.application.error.FieldViolation;

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
   * The message of one bad field: {@code field.<reason>.named} with the field and the subject when
   * the violation names one (and the bundle has that text), else {@code field.<reason>} with the
   * field.
   */
  public static String field(Locale locale, FieldViolation f) {
    String label = label(locale, f.field());
    if (f.subject() != null) {
      Object[] args =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(label),
                  java.util.Arrays.stream(f.subject().split(FieldViolation.SUBJECT_SEPARATOR, -1)))
              .toArray();
      String named = text(locale, "field." + f.reason() + ".named", args);
      if (!named.equals("field." + f.reason() + ".named")) {
        return named;
      }
    }
    return text(locale, "field." + f.reason(), label);
  }

  /**
   * The words people know for a field a problem names (字段名称): {@code label.<name>} of the bundle,
   * where the name is the last segment of the field's path without indexes ({@code
   * records[3].occurredAt} → {@code occurredAt}, 「发生时间」). A name without a label is returned as it
   * is (ProblemFieldLabelsTest fails the build when one exists).
   *
   * @param locale Chinese or English
   * @param field the field's path as the code reports it; null gives null
   * @return the label, or the field itself when the bundle has none
   */
  public static String label(Locale locale, String field) {
    if (field == null) {
      return null;
    }
    String name = labelKey(field);
    String label = text(locale, "label." + name);
    if (label.equals("label." + name)) {
      return field;
    }
    return label;
  }

  /** The bundle key's name part of a field path: its last segment, indexes removed. */
  public static String labelKey(String field) {
    String plain = field.replaceAll("\\[\\d*\\]", "");
    int dot = plain.lastIndexOf('.');
    return dot < 0 ? plain : plain.substring(dot + 1);
  }
}
