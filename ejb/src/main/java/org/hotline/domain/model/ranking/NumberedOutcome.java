package org.hotline.domain.model.ranking;

/**
 * A ticket's outcome (工单结果) with the ticket's number, as the drill-down and a unit's month list
 * them: read together in one query rather than the outcomes and then their numbers.
 *
 * @param outcome the outcome row
 * @param number the ticket's number (工单编号)
 */
public record NumberedOutcome(TicketOutcome outcome, String number) {}
