package org.hotline.infrastructure.sms;

import java.nio.charset.StandardCharsets;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPServerSession;

/**
 * The two deliver_sm PDUs the {@link SmscSimulator} sends to a bound client (下行到客户端): a citizen's
 * reply to the service number (UCS-2 text; a long one in message_payload) and a delivery receipt
 * (the receipt's text, ASCII).
 */
final class SmscDeliveries {

  private SmscDeliveries() {}

  /**
   * A citizen at {@code fromE164} sends {@code text} to {@code serviceNumber}.
   *
   * @throws Exception when the client does not accept it (as jsmpp reports it)
   */
  static void reply(SMPPServerSession s, String serviceNumber, String fromE164, String text)
      throws Exception {
    // longer than one SMS (70 UCS-2 characters, 140 octets): in message_payload, as an SMSC does
    byte[] bytes = SmppAddresses.ucs2(text);
    boolean oneSms = bytes.length <= 140;
    s.deliverShortMessage(
        "",
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        SmppAddresses.toAddress(fromE164),
        TypeOfNumber.UNKNOWN,
        NumberingPlanIndicator.UNKNOWN,
        serviceNumber,
        new ESMClass(),
        (byte) 0,
        (byte) 0,
        new RegisteredDelivery(0),
        SmppAddresses.UCS2,
        oneSms ? bytes : new byte[0],
        oneSms
            ? new OptionalParameter[0]
            : new OptionalParameter[] {
              new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), bytes)
            });
  }

  /**
   * The delivery receipt of a message sent to {@code toE164}.
   *
   * @throws Exception when the client does not accept it (as jsmpp reports it)
   */
  static void receipt(
      SMPPServerSession s, String serviceNumber, String toE164, DeliveryReceipt receipt)
      throws Exception {
    s.deliverShortMessage(
        "",
        TypeOfNumber.INTERNATIONAL,
        NumberingPlanIndicator.ISDN,
        SmppAddresses.toAddress(toE164),
        TypeOfNumber.UNKNOWN,
        NumberingPlanIndicator.UNKNOWN,
        serviceNumber,
        new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
        (byte) 0,
        (byte) 0,
        new RegisteredDelivery(0),
        DataCodings.ZERO,
        receipt.toString().getBytes(StandardCharsets.US_ASCII));
  }
}
