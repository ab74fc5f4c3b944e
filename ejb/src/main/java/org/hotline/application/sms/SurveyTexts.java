package org.hotline.application.sms;

/**
 * The survey message (调查短信), one UCS-2 SMS (at most 70 characters). Overridable with {@code
 * -Dhotline.sms.text.ticket} / {@code -Dhotline.sms.text.service} (e.g. to put the bureau's name in
 * the signature); the reply options 1/2/3 are what {@link org.hotline.domain.model.sms.ReplyParser}
 * reads.
 */
public final class SurveyTexts {

  static final String TICKET = "【警务热线】您反映的事项已办结，请评价：回复1满意，2基本满意，3不满意。";
  static final String SERVICE = "【警务热线】感谢您近期的报警求助或办事，请评价民警服务：回复1满意，2基本满意，3不满意。";

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
