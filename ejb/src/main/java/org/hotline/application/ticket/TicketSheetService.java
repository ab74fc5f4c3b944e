package org.hotline.application.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline.application.text.CallbackReasons;
import org.hotline.application.text.Messages;
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

  @Inject private CurrentUser currentUser;

  @Inject private TicketLoader loader;

  @Inject private TicketRepository tickets;

  public Sheet pdf(Long id) {
    AppUser user = currentUser.get();
    Ticket t = loader.visible(id, user);
    TicketView view = TicketView.of(t, user);
    Map<String, Object> p = new HashMap<>();
    p.put("ORG_NAME", Messages.zh("pdf.orgName"));
    p.put("NUMBER", t.number());
    p.put("STATUS", Messages.label(t.status(), Locale.CHINESE));
    p.put("CHANNEL", Messages.label(t.channel(), Locale.CHINESE));
    p.put(
        "CALLER",
        view.callerHidden()
            ? Messages.zh("pdf.confidential")
            : orDash(t.callerName(), Messages.zh("pdf.anonymous")));
    p.put("PHONE", view.callerHidden() ? Messages.zh("pdf.confidential") : t.callerPhone());
    p.put("ADDRESS", t.address());
    p.put("AREA", t.area().path());
    p.put("CATEGORY", t.category().path());
    p.put("URGENCY", Messages.label(t.urgency(), Locale.CHINESE));
    p.put(
        "OWNER_UNIT", t.ownerUnit() == null ? Messages.zh("pdf.unassigned") : t.ownerUnit().name());
    p.put("CREATED_AT", BusinessTime.minutes(t.createdAt()));
    p.put("DEADLINE", BusinessTime.minutes(t.replyDeadline()));
    p.put("CONTENT", t.content());
    p.put(
        "REPLY",
        t.directAnswer() != null
            ? Messages.zh("pdf.directAnswer", t.directAnswer())
            : t.replyText());
    p.put("CALLBACK", t.callbackResult() == null ? null : callbackText(t));
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    List<Map<String, ?>> rows =
        tickets.history(t.id()).stream()
            .<Map<String, ?>>map(
                e -> {
                  Map<String, Object> row = new HashMap<>();
                  row.put("at", BusinessTime.minutes(e.occurredAt()));
                  row.put("actor", e.actor().username() + " / " + e.actor().unitCode());
                  row.put("action", Messages.actionLabel(e.action(), Locale.CHINESE));
                  row.put("note", e.note());
                  return row;
                })
            .toList();
    return new Sheet(t.number(), RENDERER.pdf(ReportRenderer.TICKET_SHEET, p, rows));
  }

  /** 回访结果 with its reasons' labels: "不满意（推诿扯皮、效率低）". */
  private static String callbackText(Ticket t) {
    String result = Messages.label(t.callbackResult(), Locale.CHINESE);
    return t.callbackReasons().isEmpty()
        ? result
        : Messages.zh(
            "pdf.withReasons", result, CallbackReasons.labels(t.callbackReasons(), Locale.CHINESE));
  }

  private static String orDash(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
