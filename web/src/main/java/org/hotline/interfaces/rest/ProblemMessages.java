package org.hotline.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  public static String field(Locale locale, FieldViolation f) {
    Matcher element = f.field() == null ? null : ELEMENT_FIELD.matcher(f.field());
    if (element != null && element.matches()) {
      String name = element.group(3) != null ? element.group(3) : element.group(1);
      long number = Long.parseLong(element.group(2)) + 1;
      return text(locale, "field.element", number) + message(locale, f, label(locale, name));
    }
    return message(locale, f, label(locale, f.field()));
  }

  private static String message(Locale locale, FieldViolation f, String label) {
    if (f.character() != null) {
      return refusedCharacter(locale, label, f.character());
    }
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
   * The words people know for a field a problem names (字段名称): {@code label.<name>} of the problem
   * bundle, where the name is the last segment of the field's path without indexes ({@code
   * records[3].occurredAt} → {@code occurredAt}, 「发生时间」); else the page bundle's {@code
   * field_<name>}; else the name itself (ProblemFieldLabelsTest fails the build when a reported
   * field has no {@code label.<name>}). An empty or null name is the record itself.
   *
   * @param locale Chinese or English
   * @param field the field's path as the code reports it
   * @return the label
   */
  public static String label(Locale locale, String field) {
    String name = field == null || field.isEmpty() ? "record" : labelKey(field);
    String label = text(locale, "label." + name);
    if (!label.equals("label." + name)) {
      return label;
    }
    String key = "field_" + name;
    return org.hotline.application.text.Messages.has(key)
        ? org.hotline.application.text.Messages.text(key, locale)
        : (field == null ? "" : field);
  }

  /** The bundle key's name part of a field path: its last segment, indexes removed. */
  public static String labelKey(String field) {
    String plain = field.replaceAll("\\[\\d*\\]", "");
    int dot = plain.lastIndexOf('.');
    return dot < 0 ? plain : plain.substring(dot + 1);
  }

  /**
   * The message of a refused character (拒收字符): where it is and which it is — {@code
   * field.INVALID_CHARACTER.at} (“摘要”第 7 个字符是看不见的字符 U+200B（零宽空格）…) or, for white space at either
   * end, {@code field.INVALID_CHARACTER.edge} (首尾有空白). The character's name comes from {@code
   * char.U+XXXX} in the bundle, else (English) from Unicode's name, else none.
   */
  public static String refusedCharacter(
      Locale locale, String field, org.hotline.domain.model.shared.RefusedCharacter c) {
    String label = c.label();
    String name = text(locale, "char." + label);
    if (name.equals("char." + label)) {
      String unicode = Locale.ENGLISH.equals(locale) ? Character.getName(c.codePoint()) : null;
      name = unicode == null ? null : unicode.toLowerCase(Locale.ROOT);
    }
    String which =
        name == null ? label : text(locale, "field.INVALID_CHARACTER.named", label, name);
    String key = c.blankAtEnd() ? "field.INVALID_CHARACTER.edge" : "field.INVALID_CHARACTER.at";
    return text(locale, key, field, c.position(), which);
  }
}
