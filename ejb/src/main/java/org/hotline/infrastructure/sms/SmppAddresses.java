package org.hotline.infrastructure.sms;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hotline.domain.model.ticket.CallerPhones;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.TypeOfNumber;

/** Numbers and texts as SMPP carries them (E.164 ↔ TON/NPI address, UCS-2 text). */
final class SmppAddresses {

  /** Chinese text goes as UCS-2 (UTF-16BE), data_coding 8. */
  static final DataCoding UCS2 = new GeneralDataCoding(Alphabet.ALPHA_UCS2);

  private SmppAddresses() {}

  /** {@code +8613812345678} → {@code 8613812345678} (sent with TON international, NPI ISDN). */
  static String toAddress(String e164) {
    return e164.startsWith("+") ? e164.substring(1) : e164;
  }

  /**
   * The E.164 form of an inbound source address: international TON gets its {@code +}; a national
   * or unknown one is read as a Chinese number however written. Empty when not a number.
   */
  static Optional<String> toE164(String address, byte ton) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    if (ton == TypeOfNumber.INTERNATIONAL.value() && address.matches("\\d{8,15}")) {
      return Optional.of("+" + address);
    }
    return CallerPhones.e164(address);
  }

  /**
   * The text of a short message by its data_coding (UCS-2, Latin-1, or else the default alphabet as
   * ASCII).
   */
  static String text(byte[] message, byte dataCoding) {
    if (message == null) {
      return "";
    }
    int alphabet = dataCoding & 0x0F;
    if (dataCoding == 8 || (dataCoding & 0xF0) == 0 && alphabet == 8) {
      return new String(message, StandardCharsets.UTF_16BE);
    }
    if (dataCoding == 3) {
      return new String(message, StandardCharsets.ISO_8859_1);
    }
    return new String(message, StandardCharsets.US_ASCII);
  }

  static byte[] ucs2(String text) {
    return text.getBytes(StandardCharsets.UTF_16BE);
  }
}
