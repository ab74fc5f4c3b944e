package org.hotline.domain.model.ticket;

import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.category.Category;

/** What the operator records about a call, already checked and resolved to reference data. */
public record TicketDetails(
    Channel channel,
    String callerName,
    String callerPhone,
    boolean confidential,
    String address,
    Area area,
    Category category,
    Urgency urgency,
    String content) {}
