package org.hotline.domain.model.callback;

import java.time.Instant;
import java.util.List;

/**
 * What a page of the callback queue (回访队列) asks for: every condition is optional (null = any).
 *
 * @param status OPEN, DONE or null for both
 * @param dueBy only tasks due at or before this instant
 * @param unitCodes only tasks of these serving units (a sub-centre's scope); null for all, empty
 *     for none
 * @param text words to search (检索): contained in the ticket number, the matter (ticket content or
 *     service record summary), the serving unit's name or the service record's external id; digits
 *     only (at least 4) also match the citizen's number as {@code viewer} sees it
 * @param reasonCode only tasks opened for this reason ({@code TICKET_CLOSED}, {@code
 *     SMS_DISSATISFIED} …)
 * @param latestDueFirst false: earliest due first (the default); true: latest due first
 * @param viewer the user searching: the citizen's number matches in full only on an open task this
 *     user works (the one viewer who sees it unmasked); on every other task only the digits its
 *     mask ({@code 139****5678}) shows; null: only the mask's digits
 */
public record CallbackTaskQuery(
    CallbackTaskStatus status,
    Instant dueBy,
    List<String> unitCodes,
    String text,
    String reasonCode,
    boolean latestDueFirst,
    String viewer) {

  /** The open queue of {@code unitCodes}, earliest due first. */
  public static CallbackTaskQuery open(List<String> unitCodes) {
    return new CallbackTaskQuery(CallbackTaskStatus.OPEN, null, unitCodes, null, null, false, null);
  }
}
