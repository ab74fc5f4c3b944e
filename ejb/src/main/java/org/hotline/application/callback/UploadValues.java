package org.hotline.application.callback;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.servicerecord.ServiceRecordKind;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * Values of an uploaded service-record file (服务记录导入) as people export them, turned into the JSON
 * API's form before the one rule of {@link ServiceRecordService} judges them; the JSON API itself
 * keeps its contract (ISO-8601 with offset, kind codes).
 *
 * <ul>
 *   <li>a local time {@code yyyy-MM-dd HH:mm[:ss]}, {@code yyyy/MM/dd HH:mm[:ss]} (also with a
 *       {@code T}, one-digit month/day/hour) is read as Asia/Shanghai and given with its offset;
 *   <li>the kind by its Chinese or English name of the bundle ({@code srKind<CODE>}: 110接处警, 窗口办事),
 *       blanks and case ignored, is given as its code.
 * </ul>
 *
 * Anything else is passed on as it is (and refused there with its line when it is wrong).
 */
final class UploadValues {

  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu[-][/]M[-][/]d[ ]['T']H:mm[:ss]")
          .toFormatter(Locale.ROOT);

  private UploadValues() {}

  /**
   * The time as ISO-8601 with offset when it is a local time of the forms above; else unchanged.
   *
   * @param value the cell as read (null: null)
   * @return e.g. {@code 2026-11-29T10:15+08:00} for {@code 2026-11-29 10:15}
   */
  static String occurredAt(String value) {
    if (value == null || value.isBlank()) {
      return value;
    }
    try {
      LocalDateTime local = LocalDateTime.parse(value.strip(), LOCAL);
      return local.atZone(BusinessTime.ZONE).toOffsetDateTime().toString();
    } catch (DateTimeParseException notLocal) {
      return value;
    }
  }

  /**
   * The kind's code for its name in either language (110接处警, 110 接处警, 窗口办事, window service); a code
   * or an unknown text unchanged.
   *
   * @param value the cell as read (null: null)
   */
  static String kind(String value) {
    if (value == null) {
      return null;
    }
    String wanted = plain(value);
    return java.util.Arrays.stream(ServiceRecordKind.values())
        .filter(
            k ->
                Messages.LANGUAGES.stream()
                    .map(l -> Optional.ofNullable(name(k, l)).map(UploadValues::plain).orElse(""))
                    .anyMatch(wanted::equals))
        .map(Enum::name)
        .findFirst()
        .orElse(value);
  }

  private static String name(ServiceRecordKind kind, String language) {
    String key = "srKind" + kind.name();
    return Messages.has(key) ? Messages.text(key, Messages.locale(language)) : null;
  }

  private static String plain(String text) {
    return text.replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
  }
}
