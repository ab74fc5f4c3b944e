package org.hotline.domain.model.ticket;

import java.util.List;
import java.util.Optional;

public interface TicketRepository {

  Optional<Ticket> find(Long id);

  /**
   * The ticket with its row locked until the transaction ends (SELECT ... FOR UPDATE), as it is
   * now: every action that changes a ticket loads it this way, so two actions on one ticket run one
   * after the other and the second sees what the first did.
   */
  Optional<Ticket> findForUpdate(Long id);

  Optional<Ticket> findByNumber(String number);

  /**
   * The ticket of that number (工单编号) with its row locked until the transaction ends, like {@link
   * #findForUpdate}. Work that runs outside a request (the deadline timers' jobs) loads a ticket it
   * changes this way, before the workflow engine writes its own rows, so that every writer takes
   * the ticket's lock first and none deadlocks with a request on the same ticket.
   */
  Optional<Ticket> findByNumberForUpdate(String number);

  /**
   * Tickets whose deadlines are still running (waiting, with a unit, in review or in
   * rectification), each row locked until the transaction ends, in id order.
   */
  List<Ticket> withRunningDeadlines();

  /** The tickets a unit owns and still works on (handling, review, rectification, re-visit). */
  List<Ticket> openOfUnit(String unitCode);

  /** Persists a new ticket; afterwards its id is known. */
  void add(Ticket ticket);

  void append(TicketEvent event);

  List<TicketEvent> history(Long ticketId);

  /**
   * When each of {@code ticketIds} last had a history event of {@code action} (one query for a
   * whole list, e.g. the officers' replies waiting on the chief's desk).
   *
   * @return ticket id → the latest event's time; tickets without such an event are absent
   */
  java.util.Map<Long, java.time.Instant> lastEventAt(
      java.util.Collection<Long> ticketIds, TicketAction action);

  TicketPage search(TicketSearch search);

  /**
   * Likely repeat calls (重复件) of a matter: tickets from the same phone ({@code phone} in E.164, as
   * {@link CallerPhones#e164} gives it), and tickets of the same area whose content matches most
   * words of {@code content}, created since {@code since}; newest first, at most {@code limit} of
   * each kind, {@code excludeId} left out.
   */
  List<Ticket> samePhoneSince(String phone, java.time.Instant since, Long excludeId, int limit);

  List<Ticket> similarContentSince(
      String areaCode, String content, java.time.Instant since, Long excludeId, int limit);

  void addTransfer(TransferRecord record);

  List<TransferRecord> transfers(Long ticketId);

  /** The calls merged into a main ticket. */
  List<Ticket> mergedInto(Long mainId);

  /** The calls merged into a main ticket, their rows locked until the transaction ends. */
  List<Ticket> mergedIntoForUpdate(Long mainId);

  /** Allocates the next number of the given day (yyyyMMdd), in its own short transaction. */
  int nextDailySequence(String day);
}
