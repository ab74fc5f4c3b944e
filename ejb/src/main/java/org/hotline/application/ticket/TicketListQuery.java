package org.hotline.application.ticket;

/** GET /api/tickets parameters, unchecked. */
public record TicketListQuery(
    String status, String unit, String q, String phone, Boolean callbackDue, String order,
    Integer page, Integer size) {}
