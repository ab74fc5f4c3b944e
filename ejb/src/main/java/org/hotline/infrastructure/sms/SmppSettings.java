package org.hotline.infrastructure.sms;

import java.util.Locale;

/**
 * Where the SMSC is and how to talk to it (docs/sms.md). Each setting is a system property, or the
 * environment variable of the same name in upper case with dots and dashes as underscores (e.g.
 * {@code hotline.sms.host} or {@code HOTLINE_SMS_HOST}); the system property wins.
 *
 * <ul>
 *   <li>{@code hotline.sms.host}: the SMSC; none = no SMS is sent (surveys wait in the outbox),
 *       unless the simulator runs ({@code hotline.sms.simulator=true}), then {@code localhost}
 *   <li>{@code hotline.sms.port}: default 2775, or with the simulator 2775 + the server's port
 *       offset ({@code jboss.socket.binding.port-offset}) so that servers started side by side do
 *       not collide
 *   <li>{@code hotline.sms.system-id}, {@code hotline.sms.password}, {@code
 *       hotline.sms.system-type}: the bind credentials (default {@code hotline} / {@code hotline} /
 *       empty)
 *   <li>{@code hotline.sms.source-address}: the sender number or short code (default {@code 12345})
 *   <li>{@code hotline.sms.rate}: at most this many submits per second (default 50; 0 = no limit)
 *   <li>{@code hotline.sms.window}: at most this many submits awaiting their response (default 10)
 *   <li>{@code hotline.sms.timeout.millis}: wait for a response (default 10000) and for a bind
 *       (default the same)
 * </ul>
 */
public record SmppSettings(
    boolean simulator,
    String host,
    int port,
    String systemId,
    String password,
    String systemType,
    String sourceAddress,
    int ratePerSecond,
    int window,
    long timeoutMillis) {

  public static final int DEFAULT_PORT = 2775;

  public static SmppSettings current() {
    boolean simulator = Boolean.parseBoolean(value("hotline.sms.simulator", "false"));
    int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    String host = value("hotline.sms.host", simulator ? "localhost" : null);
    int port =
        Integer.parseInt(
            value("hotline.sms.port", String.valueOf(DEFAULT_PORT + (simulator ? offset : 0))));
    return new SmppSettings(
        simulator,
        host,
        port,
        value("hotline.sms.system-id", "hotline"),
        value("hotline.sms.password", "hotline"),
        value("hotline.sms.system-type", ""),
        value("hotline.sms.source-address", "12345"),
        Integer.parseInt(value("hotline.sms.rate", "50")),
        Math.max(1, Integer.parseInt(value("hotline.sms.window", "10"))),
        Long.parseLong(value("hotline.sms.timeout.millis", "10000")));
  }

  /** Whether a client should connect at all. */
  public boolean configured() {
    return host != null && !host.isBlank();
  }

  static String value(String property, String fallback) {
    String v = System.getProperty(property);
    if (v == null) {
      v = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    return v == null || v.isBlank() ? fallback : v.trim();
  }
}
