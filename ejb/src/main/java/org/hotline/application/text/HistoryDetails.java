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
 * reasons, cause) as its label, a unit, catalogue item (依据职责) or other referenced code as the name
 * the {@link FactNames} lookup gives, a list as its elements joined. A fact the bundle has no
 * fragment for shows as {@code name=value}, so nothing is ever hidden. Rows written before as
 * {@code key=value} text render the same way ({@link EventDetail#parse} reads them).
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

  /** Facts whose value is a unit's code. */
  public static boolean unitFact(String fact) {
    return UNIT_FACTS.contains(fact);
  }

  private HistoryDetails() {}

  /**
   * The name of a code a history fact refers to (引用名称): {@code nameOf("unit", "PS-CHENGGUAN")} →
   * 城关派出所, {@code nameOf("catalogue", "CAT-PS-01")} → 城关派出所：辖区治安; empty when the fact holds no
   * reference or the code is unknown.
   */
  @FunctionalInterface
  public interface FactNames {
    /**
     * @param fact the fact's name (unit, from, to, units, catalogue …)
     * @param code the code it holds
     * @return the name people read, or empty
     */
    Optional<String> nameOf(String fact, String code);
  }

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
    return text(
        action,
        detail,
        locale,
        (fact, code) -> UNIT_FACTS.contains(fact) ? unitName.apply(code) : Optional.empty());
  }

  /**
   * The sentence for the facts of an event of {@code action}; null when there are none.
   *
   * @param names the name of a referenced code by the fact that holds it (a unit's name for {@code
   *     unit}, a catalogue item's title for {@code catalogue} …); empty when unknown (the code
   *     shows)
   */
  public static String text(Enum<?> action, EventDetail detail, Locale locale, FactNames names) {
    if (detail == null || detail.isEmpty()) {
      return null;
    }
    List<String> fragments = new ArrayList<>();
    detail
        .values()
        .forEach(
            (name, value) -> {
              String fragment = fragment(action, name, value, locale, names);
              if (fragment != null) {
                fragments.add(fragment);
              }
            });
    return fragments.isEmpty()
        ? null
        : String.join(Messages.text("detail.separator", locale), fragments);
  }

  private static String fragment(
      Enum<?> action, String name, Object value, Locale locale, FactNames names) {
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
                list.stream().map(v -> value(name, String.valueOf(v), locale, names)).toList())
            : value(name, String.valueOf(value), locale, names);
    return Messages.has(key) ? Messages.text(key, locale, shown) : name + "=" + shown;
  }

  private static String value(String name, String value, Locale locale, FactNames names) {
    int arrow = value.indexOf("->");
    if (arrow >= 0) {
      return value(name, value.substring(0, arrow), locale, names)
          + " → "
          + value(name, value.substring(arrow + 2), locale, names);
    }
    if (TIME.matcher(value).matches()) {
      return value.substring(0, 16).replace('T', ' ');
    }
    Optional<String> named = names.nameOf(name, value);
    if (named.isPresent()) {
      return named.get();
    }
    String prefix = LABELLED_FACTS.get(name);
    if (prefix != null && Messages.has(prefix + value)) {
      return Messages.text(prefix + value, locale);
    }
    return value;
  }
}
