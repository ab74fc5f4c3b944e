package org.hotline.application.ticket;

/**
 * The ticket of an intake, and whether it is a replay of an earlier request (same Idempotency-Key).
 */
public record IntakeResult(TicketView ticket, boolean replayed) {}
