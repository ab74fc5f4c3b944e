package org.hotline.application.ticket;

/**
 * A call as the operator (or a telephony system) submits it: raw values, checked by
 * {@link TicketDetailsResolver}. {@code directAnswer}, when given, closes the ticket at once
 * (直接答复).
 */
public record IntakeCommand(
    String channel,
    String callerName,
    String callerPhone,
    Boolean confidential,
    String address,
    String areaCode,
    String categoryCode,
    String urgency,
    String content,
    String directAnswer) {}
