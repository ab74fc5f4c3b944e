package org.hotline.application.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hotline.domain.model.ticket.EventDetail;

/**
 * History details as people read them (流转详情): the structured facts of an event ({@link
 * EventDetail}, codes) rendered as one sentence in the reader's language, e.g. {@code
 * {"result":"DISSATISFIED","attempt":1}} → 结果：不满意；第 1 次回访 / Result: Dissatisfied; attempt 1.
 *
 * <p>Rule: each fact is a fragment from the bundle — {@code detail.<ACTION>.<name>} when the action
 * words it its own way, else {@code detail.<name>} — with the fact's value as {@code {0}}; the
 * fragments are joined with {@code detail.separator}. Values: a time ({@code
 * 2026-11-30T17:00+08:00}) prints as {@code 2026-11-30 17:00}, a change {@code a->b} as {@code a →
 * b}, a unit code as the unit's name, a code with a label (result, transfer direction and status,
 * reasons, cause) as its label, a list as its elements joined. A fact the bundle has no fragment
 * for shows as {@code name=value}, so nothing is ever hidden. Rows written before as {@code
 * key=value} text render the same way ({@link EventDetail#parse} reads them).
 */
public final class HistoryDetails {

  private static final Pattern TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

  /** Facts whose value is a unit's code. */
  private static final List<String> UNIT_FACTS = List.of("unit", "from", "to", "units");

  /** Facts whose value is a code with a label in the bundle: the key prefix of its label. */
  private static final Map<String, String> LABELLED_FACTS =
      Map.of(
          "channel",
          "",
          "result",
          "",
          "transfer",
          "",
          "status",
          "ext_",
          "reasons",
          "reason_",
          "cause",
          "detail.cause.");

  private HistoryDetails() {}

  /**
   * The sentence for the facts of an event of {@code action}; null when there are none.
   *
   * @param unitName the name of a unit by its code (empty when no unit has that code)
   */
  public static String text(
      Enum<?> action,
      EventDetail detail,
      Locale locale,
      Function<String, Optional<String>> unitName) {
    if (detail == null || detail.isEmpty()) {
      return null;
    }
    List<String> fragments = new ArrayList<>();
    detail
        .values()
        .forEach(
            (name, value) -> {
              String fragment = fragment(action, name, value, locale, unitName);
              if (fragment != null) {
                fragments.add(fragment);
              }
            });
    return fragments.isEmpty()
        ? null
        : String.join(Messages.text("detail.separator", locale), fragments);
  }

  private static String fragment(
      Enum<?> action,
      String name,
      Object value,
      Locale locale,
      Function<String, Optional<String>> unitName) {
    String own = "detail." + action.name() + "." + name;
    String key = Messages.has(own) ? own : "detail." + name;
    if (value instanceof Boolean || "true".equals(value) || "false".equals(value)) {
      // a flag: its fragment says it when true; false says nothing unless the bundle words it
      boolean on = Boolean.TRUE.equals(value) || "true".equals(value);
      String flagKey = on ? key : key + ".false";
      return Messages.has(flagKey) ? Messages.text(flagKey, locale) : on ? name : null;
    }
    String shown =
        value instanceof List<?> list
            ? String.join(
                Messages.text("listSeparator", locale),
                list.stream().map(v -> value(name, String.valueOf(v), locale, unitName)).toList())
            : value(name, String.valueOf(value), locale, unitName);
    return Messages.has(key) ? Messages.text(key, locale, shown) : name + "=" + shown;
  }

  private static String value(
      String name, String value, Locale locale, Function<String, Optional<String>> unitName) {
    int arrow = value.indexOf("->");
    if (arrow >= 0) {
      return value(name, value.substring(0, arrow), locale, unitName)
          + " → "
          + value(name, value.substring(arrow + 2), locale, unitName);
    }
    if (TIME.matcher(value).matches()) {
      return value.substring(0, 16).replace('T', ' ');
    }
    if (UNIT_FACTS.contains(name)) {
      Optional<String> unit = unitName.apply(value);
      if (unit.isPresent()) {
        return unit.get();
      }
    }
    String prefix = LABELLED_FACTS.get(name);
    if (prefix != null && Messages.has(prefix + value)) {
      return Messages.text(prefix + value, locale);
    }
    return value;
  }
}
