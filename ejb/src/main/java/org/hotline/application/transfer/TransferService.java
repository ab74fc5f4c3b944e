package org.hotline.application.transfer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.ticket.TicketLoader;
import org.hotline.application.user.CurrentUser;
import org.hotline.application.user.UserNames;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TransferRecord;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.Role;

/** 转办记录: reads a ticket's transfers and records what the other hotline fed back. */
@Stateless
public class TransferService {

  @Inject private CurrentUser currentUser;

  @Inject private TicketLoader loader;

  @Inject private TicketRepository tickets;

  @Inject private UnitRepository units;

  @Inject private UserNames names;

  @PermitAll
  public List<TransferView> ofTicket(Long ticketId) {
    Ticket t = loader.visible(ticketId, currentUser.get());
    return tickets.transfers(t.id()).stream().map(this::view).toList();
  }

  /**
   * The other side's reference number and status (dispatcher); recorded in the ticket's history.
   */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public TransferView feedback(
      Long ticketId, Long transferId, String reference, String status, String note) {
    Ticket t = loader.visibleForChange(ticketId, currentUser.get());
    TransferRecord record =
        tickets.transfers(t.id()).stream()
            .filter(r -> r.id().equals(transferId))
            .findFirst()
            .orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, transferId));
    Violations v = new Violations();
    String cleanReference = v.text("externalReference", reference, false, 60);
    TransferRecord.ExternalStatus cleanStatus =
        v.choice("externalStatus", status, TransferRecord.ExternalStatus.class, null);
    String cleanNote = v.text("note", note, false, 1000);
    v.throwIfAny();
    var now = BusinessTime.now();
    record.feedback(cleanReference, cleanStatus, cleanNote, now);
    tickets.append(record.noteOn(t, currentUser.actor(), now));
    return view(record);
  }

  private TransferView view(TransferRecord r) {
    String unitName =
        r.unitCode() == null ? null : units.findByCode(r.unitCode()).map(Unit::name).orElse(null);
    return TransferView.of(r, unitName, names);
  }
}
