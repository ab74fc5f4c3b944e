package org.hotline.application.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hotline.domain.model.ticket.CallbackReason;

/**
 * Reasons of a dissatisfied callback (不满意原因) between the API and the database: codes in, codes
 * stored, labels out.
 *
 * <p>Accepted: a {@link CallbackReason} code in any case ({@code PASSING_THE_BUCK}), and — for
 * clients written before the codes — the exact Chinese or English label the pages offered for the
 * five first reasons ({@code 推诿扯皮}, {@code Passing the buck}); the Flyway migration V15 maps the
 * same labels in rows stored before. Anything else is not a reason.
 */
public final class CallbackReasons {

  /** The labels the pages sent as reasons before codes (zh and en), fixed: never edited. */
  private static final Map<String, CallbackReason> LEGACY_LABELS =
      Map.ofEntries(
          Map.entry("态度差", CallbackReason.ATTITUDE),
          Map.entry("Rude", CallbackReason.ATTITUDE),
          Map.entry("推诿扯皮", CallbackReason.PASSING_THE_BUCK),
          Map.entry("Passing the buck", CallbackReason.PASSING_THE_BUCK),
          Map.entry("效率低", CallbackReason.SLOW),
          Map.entry("Slow", CallbackReason.SLOW),
          Map.entry("结果不满意", CallbackReason.RESULT),
          Map.entry("Unhappy with result", CallbackReason.RESULT),
          Map.entry("执法不规范", CallbackReason.IMPROPER_ENFORCEMENT),
          Map.entry("Improper enforcement", CallbackReason.IMPROPER_ENFORCEMENT));

  private CallbackReasons() {}

  /** The code {@code given} stands for: a code (any case) or a legacy label; empty otherwise. */
  public static Optional<CallbackReason> parse(String given) {
    if (given == null) {
      return Optional.empty();
    }
    String text = given.strip();
    for (CallbackReason r : CallbackReason.values()) {
      if (r.name().equalsIgnoreCase(text)) {
        return Optional.of(r);
      }
    }
    return Optional.ofNullable(LEGACY_LABELS.get(text));
  }

  /**
   * The legacy labels and the code each maps to (the compatibility rule, for the docs and tests).
   */
  public static Map<String, CallbackReason> legacyLabels() {
    return LEGACY_LABELS;
  }

  /** The label of one stored reason; a stored text that is no code (kept from before) as it is. */
  public static String label(String stored, Locale locale) {
    String key = "reason_" + stored;
    return Messages.has(key) ? Messages.text(key, locale) : stored;
  }

  /** The labels of stored reasons joined with the language's separator ("推诿扯皮、效率低"). */
  public static String labels(List<String> stored, Locale locale) {
    return String.join(
        Messages.text("listSeparator", locale),
        stored.stream().map(r -> label(r, locale)).toList());
  }
}
