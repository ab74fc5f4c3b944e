package org.hotline.application.ticket;

/** GET /api/tickets parameters, unchecked; {@code from}/{@code to} are dates (yyyy-MM-dd, Shanghai). */
public record TicketListQuery(
    String status, String unit, String q, String phone, Boolean callbackDue, String order,
    Integer page, Integer size, String category, String area, String channel, String from, String to,
    Boolean assisting, Boolean overdue, Boolean slipProposed) {}
