package org.hotline.domain.model.ticket;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A repeat call's link to the main ticket it was merged into (重复件合并), in the call's own row ({@code
 * main_ticket_id}). It owns the rules of merging: never into itself nor into a ticket that is
 * itself merged (no chains, no cycles), and only a call merged via a ticket follows that ticket on.
 * JPQL reaches the main ticket as {@code t.mergeLink.mainTicket}.
 */
@Embeddable
public class MergeLink {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "main_ticket_id")
  private Ticket mainTicket;

  protected MergeLink() {}

  /** No link: a ticket of its own. */
  static MergeLink none() {
    return new MergeLink();
  }

  /**
   * Refuses a merge of {@code call} into {@code main}.
   *
   * @throws TicketRuleException NOT_MERGEABLE into itself or into a merged ticket
   */
  static void requireMergeable(Ticket call, Ticket main) {
    if (main.id().equals(call.id()) || main.status() == TicketStatus.MERGED) {
      throw new TicketRuleException(TicketRuleException.NOT_MERGEABLE);
    }
  }

  /** Whether this call hangs off {@code via} (and so follows it when {@code via} is merged). */
  boolean hangsOff(Ticket via) {
    return mainTicket != null && mainTicket.id().equals(via.id());
  }

  /** Points the call at {@code main}. */
  void join(Ticket main) {
    this.mainTicket = main;
  }

  /** 取消合并: drops the link; returns the main ticket the call left. */
  Ticket leave() {
    Ticket main = mainTicket;
    this.mainTicket = null;
    return main;
  }

  /** The main ticket, or null when the ticket is not merged. */
  public Ticket mainTicket() {
    return mainTicket;
  }
}
