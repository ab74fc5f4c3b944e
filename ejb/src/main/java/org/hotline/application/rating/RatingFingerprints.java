package org.hotline.application.rating;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashed fingerprints of a rater's device and network (设备/网络指纹), kept instead of the raw values:
 * the device is the random id the rating page keeps in the phone's storage with the browser's
 * User-Agent; the network is the client address's /24 (IPv4) or /48 (IPv6) prefix. Both are SHA-256
 * of a secret pepper ({@code -Dhotline.rating.pepper}; set it in production) and the value.
 *
 * @param device the device hash (64 hex characters)
 * @param network the network hash (64 hex characters)
 */
public record RatingFingerprints(String device, String network) {

  private static final String PEPPER =
      System.getProperty("hotline.rating.pepper", "hotline-rating-demo-pepper");

  /**
   * @param deviceId the page's device id (may be null or junk: it is only hashed, at most 100
   *     characters used)
   * @param userAgent the User-Agent header, may be null
   * @param remoteAddress the client's IP address
   */
  public static RatingFingerprints of(String deviceId, String userAgent, String remoteAddress) {
    String d = cut(deviceId, 100) + "|" + cut(userAgent, 300);
    return new RatingFingerprints(
        sha256("device|" + d), sha256("network|" + network(remoteAddress)));
  }

  /** The network part of an address: the /24 of IPv4, the /48 of IPv6, or the text itself. */
  static String network(String address) {
    if (address == null) {
      return "";
    }
    try {
      byte[] b = InetAddress.getByName(address).getAddress();
      int keep = b.length == 4 ? 3 : 6;
      byte[] prefix = new byte[b.length];
      System.arraycopy(b, 0, prefix, 0, keep);
      return HexFormat.of().formatHex(prefix) + "/" + keep * 8;
    } catch (UnknownHostException e) {
      return address;
    }
  }

  private static String cut(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(PEPPER.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
