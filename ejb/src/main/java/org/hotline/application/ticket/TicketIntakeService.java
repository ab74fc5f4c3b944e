package org.hotline.application.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.IntakeRequest;
import org.hotline.domain.model.ticket.IntakeRequestRepository;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketDetails;
import org.hotline.domain.model.ticket.TicketProcess;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TransferRecord;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/** 受理: logs a call as a ticket, numbers it, sets its reply deadline and starts its workflow. */
@Stateless
public class TicketIntakeService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  @Inject private CurrentUser currentUser;

  @Inject private TicketAudience audience;

  @Inject private TicketDetailsResolver resolver;

  @Inject private TicketRepository tickets;

  @Inject private IntakeRequestRepository intakeRequests;

  @Inject private org.hotline.application.deadline.TicketDeadlines deadlines;

  @Inject private TicketProcess process;

  /**
   * Logs the call. With an idempotency key, a retry of the same request returns the first request's
   * ticket and changes nothing; the same key with a different body is refused.
   */
  @RolesAllowed(Role.OPERATOR_ROLE)
  public IntakeResult log(IntakeCommand command, String idempotencyKey) {
    AppUser user = currentUser.get();
    Violations v = new Violations();
    String key = v.text("Idempotency-Key", idempotencyKey, false, 100);
    String hash = RequestFingerprint.of(command);
    if (key != null) {
      Optional<IntakeResult> replay = replay(user, key, hash);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    TicketDetails details = resolver.resolve(command, v);
    String directAnswer = v.text("directAnswer", command.directAnswer(), false, 4000);
    String transferReference = v.text("transferReference", command.transferReference(), false, 60);
    v.throwIfAny();

    Instant now = BusinessTime.now();
    String day = BusinessTime.localDate(now).format(DAY);
    String number = "%s-%06d".formatted(day, tickets.nextDailySequence(day));
    Instant replyDeadline =
        deadlines.replyDeadline(details.category(), details.urgency(), details.channel(), now);
    Ticket ticket = new Ticket(number, details, replyDeadline, user.username(), now);
    ticket.attachProcess(process.start(number, directAnswer != null));
    tickets.add(ticket);
    if (key != null) {
      rememberRequest(new IntakeRequest(user.username(), key, hash, ticket.id(), now));
    }
    Actor actor = currentUser.actor();
    tickets.append(ticket.logged(actor));
    if (details.channel() == Channel.TRANSFER_110) {
      tickets.addTransfer(
          new TransferRecord(
              ticket.id(),
              TransferRecord.Direction.FROM_110,
              null,
              transferReference,
              user.username(),
              now));
    }
    if (directAnswer != null) {
      tickets.append(ticket.answerDirectly(directAnswer, actor, now));
    }
    return new IntakeResult(audience.view(ticket, user), false);
  }

  private Optional<IntakeResult> replay(AppUser user, String key, String hash) {
    return intakeRequests
        .find(user.username(), key)
        .map(
            prior -> {
              if (!prior.requestHash().equals(hash)) {
                throw new HotlineException(ErrorCode.IDEMPOTENCY_KEY_REUSED, key);
              }
              Ticket first = tickets.find(prior.ticketId()).orElseThrow();
              return new IntakeResult(audience.view(first, user), true);
            });
  }

  private void rememberRequest(IntakeRequest request) {
    try {
      intakeRequests.addNow(request);
    } catch (PersistenceException concurrentDuplicate) {
      // the same key is being (or was just) used by a request running at the same time
      throw new HotlineException(ErrorCode.IDEMPOTENCY_IN_PROGRESS);
    }
  }
}
