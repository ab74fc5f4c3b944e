package org.hotline.domain.model.ticket;

/**
 * 工单事件已记录: fired (synchronously, inside the transaction that recorded it) after an event was
 * appended to a ticket's history, so that other parts (callback tasks, SMS surveys, rankings) can
 * follow a ticket's life without the ticket services knowing them.
 *
 * <p>Observers run in the caller's transaction: an observer that throws rolls the whole action
 * back, so observers only record their own follow-up work (a task, an outbox row) and never fail on
 * missing optional data.
 *
 * @param ticket the ticket as it is after the event (managed entity; never null)
 * @param event the event just appended (its {@code toStatus()} is the status reached)
 */
public record TicketEventAppended(Ticket ticket, TicketEvent event) {}
