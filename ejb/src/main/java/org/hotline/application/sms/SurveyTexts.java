package org.hotline.application.sms;

import org.hotline.application.text.Messages;

/**
 * The survey message (调查短信), one UCS-2 SMS (at most 70 characters), from the text bundle {@code
 * i18n/messages_{zh,en}.properties}: {@code sms.survey.ticket} / {@code sms.survey.service} built
 * from the signature {@code sms.signature} and the reply options {@code sms.survey.options} (what
 * {@link org.hotline.domain.model.sms.ReplyParser} reads: 1/2/3). The language is {@code
 * -Dhotline.sms.language} ({@code zh} by default, {@code en}); {@code -Dhotline.sms.text.ticket} /
 * {@code -Dhotline.sms.text.service} still replace a whole text (e.g. the bureau's own wording).
 */
public final class SurveyTexts {

  /** The most characters of one UCS-2 SMS. */
  public static final int MAX_LENGTH = 70;

  private SurveyTexts() {}

  /** The text for a ticket (closed, answered directly, or a merged call). */
  public static String forTicket() {
    return text("hotline.sms.text.ticket", "sms.survey.ticket");
  }

  /** The text for a service record (110 incident or window service). */
  public static String forServiceRecord() {
    return text("hotline.sms.text.service", "sms.survey.service");
  }

  /** The language the survey texts are sent in ({@code zh} unless {@code hotline.sms.language}). */
  public static String language() {
    return Messages.language(Messages.locale(System.getProperty("hotline.sms.language", "zh")));
  }

  static String text(String property, String key) {
    String override = System.getProperty(property);
    if (override != null && !override.isBlank()) {
      return override;
    }
    var locale = Messages.locale(language());
    return Messages.text(
        key,
        locale,
        Messages.text("sms.signature", locale),
        Messages.text("sms.survey.options", locale));
  }
}
