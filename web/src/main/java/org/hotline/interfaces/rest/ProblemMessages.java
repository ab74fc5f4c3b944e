package org.hotline.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
  public static String field(Locale locale, org.hotline.application.error.FieldViolation f) {
    if (f.subject() != null) {
      String named = text(locale, "field." + f.reason() + ".named", f.field(), f.subject());
      if (!named.equals("field." + f.reason() + ".named")) {
        return named;
      }
    }
    return text(locale, "field." + f.reason(), f.field());
  }
}
