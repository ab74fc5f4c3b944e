/**
 * 回访中心: callback tasks for closed tickets, direct answers and surveyed service records, their
 * outcomes, problem tags, praise and the sub-centres that work them. Depends on the domain model
 * and on the ticket application services; nothing in the ticket services depends on it (it follows
 * the ticket's life through {@link org.hotline.domain.model.ticket.TicketEventAppended}).
 */
package org.hotline.application.callback;
