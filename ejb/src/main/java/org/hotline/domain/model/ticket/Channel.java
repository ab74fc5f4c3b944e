package org.hotline.domain.model.ticket;

/** How a matter reached the hotline (受理渠道). */
public enum Channel {
  /** 12345 热线电话 */
  PHONE_12345,
  /** 网站/APP */
  WEB,
  /** 110 非警情转办 */
  TRANSFER_110,
  /** 来信来访 */
  LETTER_VISIT,
  /** 扫码评警 */
  QR_RATING,
  /** 短信回复 */
  SMS_REPLY
}
