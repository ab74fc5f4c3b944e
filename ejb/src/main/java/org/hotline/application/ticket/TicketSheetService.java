package org.hotline.application.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.reports.ReportRenderer;

/** 工单详情单: the printable sheet of one ticket (PDF), for anyone who may see the ticket. */
@Stateless
@PermitAll
public class TicketSheetService {

  private static final ReportRenderer RENDERER = new ReportRenderer();

  /** The PDF and the ticket number it belongs to. */
  public record Sheet(String number, byte[] pdf) {}

  @Inject
  private CurrentUser currentUser;

  @Inject
  private TicketLoader loader;

  @Inject
  private TicketRepository tickets;

  public Sheet pdf(Long id) {
    AppUser user = currentUser.get();
    Ticket t = loader.visible(id, user);
    TicketView view = TicketView.of(t, user);
    Map<String, Object> p = new HashMap<>();
    p.put("ORG_NAME", "示范县公安局");
    p.put("NUMBER", t.number());
    p.put("STATUS", TicketLabels.zh(t.status()));
    p.put("CHANNEL", TicketLabels.zh(t.channel()));
    p.put("CALLER", view.callerHidden() ? "（保密）" : orDash(t.callerName(), "匿名"));
    p.put("PHONE", view.callerHidden() ? "（保密）" : t.callerPhone());
    p.put("ADDRESS", t.address());
    p.put("AREA", t.area().path());
    p.put("CATEGORY", t.category().path());
    p.put("URGENCY", TicketLabels.zh(t.urgency()));
    p.put("OWNER_UNIT", t.ownerUnit() == null ? "（待派单）" : t.ownerUnit().name());
    p.put("CREATED_AT", BusinessTime.minutes(t.createdAt()));
    p.put("DEADLINE", BusinessTime.minutes(t.replyDeadline()));
    p.put("CONTENT", t.content());
    p.put("REPLY", t.directAnswer() != null ? "直接答复：" + t.directAnswer() : t.replyText());
    p.put("CALLBACK", t.callbackResult() == null ? null
        : TicketLabels.zh(t.callbackResult()) + (t.callbackReasons().isEmpty() ? "" : "（" + String.join("、", t.callbackReasons()) + "）"));
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    List<Map<String, ?>> rows = tickets.history(t.id()).stream()
        .<Map<String, ?>>map(e -> {
          Map<String, Object> row = new HashMap<>();
          row.put("at", BusinessTime.minutes(e.occurredAt()));
          row.put("actor", e.actor().username() + " / " + e.actor().unitCode());
          row.put("action", TicketLabels.action(e.action()));
          row.put("note", e.note());
          return row;
        })
        .toList();
    return new Sheet(t.number(), RENDERER.pdf(ReportRenderer.TICKET_SHEET, p, rows));
  }

  private static String orDash(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
