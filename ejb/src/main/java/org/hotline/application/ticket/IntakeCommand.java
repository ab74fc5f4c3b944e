package org.hotline.application.ticket;

/**
 * A call as the operator (or a telephony system) submits it: raw values, checked by {@link
 * TicketDetailsResolver}. {@code directAnswer}, when given, closes the ticket at once (直接答复).
 * {@code transferReference} is the 110 incident number of a 110 transfer (转办).
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
    String directAnswer,
    String transferReference) {}
