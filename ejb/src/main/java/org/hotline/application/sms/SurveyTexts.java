package org.hotline.application.sms;

import org.hotline.application.text.Messages;

/**
 * The survey message (调查短信), one UCS-2 SMS (at most 70 characters). Overridable with {@code
 * -Dhotline.sms.text.ticket} / {@code -Dhotline.sms.text.service} (e.g. to put the bureau's name in
 * the signature); the reply options 1/2/3 are what {@link org.hotline.domain.model.sms.ReplyParser}
 * reads. The texts live in the message bundle; citizens get them in Chinese.
 */
public final class SurveyTexts {

  /** The ticket survey's text in the message bundle ({@code sms.survey.ticket}, Chinese). */
  static final String TICKET = Messages.zh("sms.survey.ticket");

  /** The service survey's text in the message bundle ({@code sms.survey.service}, Chinese). */
  static final String SERVICE = Messages.zh("sms.survey.service");

  private SurveyTexts() {}

  /** The text for a ticket (closed, answered directly, or a merged call). */
  public static String forTicket() {
    return System.getProperty("hotline.sms.text.ticket", TICKET);
  }

  /** The text for a service record (110 incident or window service). */
  public static String forServiceRecord() {
    return System.getProperty("hotline.sms.text.service", SERVICE);
  }
}
