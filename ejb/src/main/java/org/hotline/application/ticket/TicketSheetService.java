package org.hotline.application.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline.application.text.CallbackReasons;
import org.hotline.application.text.HistoryDetails;
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

  private static final ReportRenderer RENDERER = new ReportRenderer(Messages::bundle);

  /** The PDF and the ticket number it belongs to. */
  public record Sheet(String number, byte[] pdf) {}

  @Inject private CurrentUser currentUser;

  @Inject private TicketAudience audience;

  @Inject private TicketLoader loader;

  @Inject private TicketRepository tickets;

  @Inject private HistoryNames historyNames;

  /** The sheet in Chinese (the default language of printed documents). */
  public Sheet pdf(Long id) {
    return pdf(id, Locale.CHINESE);
  }

  /**
   * The ticket detail sheet (工单详情单) of a ticket the user may see, captions and labels in the
   * language of {@code locale} (Chinese unless English).
   *
   * @throws org.hotline.application.error.HotlineException NOT_FOUND when the ticket does not exist
   *     or is not visible to the user
   */
  public Sheet pdf(Long id, Locale locale) {
    AppUser user = currentUser.get();
    Ticket t = loader.visible(id, user);
    TicketView view = audience.view(t, user);
    Map<String, Object> p = new HashMap<>();
    p.put("ORG_NAME", Messages.text("pdf.orgName", locale));
    p.put("NUMBER", t.number());
    p.put("STATUS", Messages.label(t.status(), locale));
    p.put("CHANNEL", Messages.label(t.channel(), locale));
    p.put(
        "CALLER",
        view.callerHidden()
            ? Messages.text("pdf.confidential", locale)
            : t.caller().name() == null
                ? Messages.text("pdf.anonymous", locale)
                : orDash(view.callerName(), "—"));
    // the number as the reader may see it (masked for a callback agent not working the ticket)
    p.put(
        "PHONE",
        view.callerHidden() ? Messages.text("pdf.confidential", locale) : view.callerPhone());
    p.put("ADDRESS", t.address());
    p.put("AREA", t.area().path());
    p.put("CATEGORY", t.category().path());
    p.put("URGENCY", Messages.label(t.urgency(), locale));
    p.put(
        "OWNER_UNIT",
        t.ownerUnit() == null ? Messages.text("pdf.unassigned", locale) : t.ownerUnit().name());
    p.put("CREATED_AT", BusinessTime.minutes(t.createdAt()));
    p.put("DEADLINE", BusinessTime.minutes(t.deadlines().replyDeadline()));
    p.put("CONTENT", t.content());
    p.put(
        "REPLY",
        t.handling().directAnswer() != null
            ? Messages.text(
                t.channel() == org.hotline.domain.model.ticket.Channel.QR_RATING
                    ? "pdf.qrRatingAnswer"
                    : "pdf.directAnswer",
                locale,
                t.handling().directAnswer())
            : t.handling().replyText());
    p.put("CALLBACK", t.callback().result() == null ? null : callbackText(t, locale));
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    // people and units by name, the event's facts as a sentence (never usernames or codes)
    HistoryNames.Lookup names = historyNames.lookup();
    List<Map<String, ?>> rows =
        tickets.history(t.id()).stream()
            .<Map<String, ?>>map(
                e -> {
                  Map<String, Object> row = new HashMap<>();
                  row.put("at", BusinessTime.minutes(e.occurredAt()));
                  row.put(
                      "actor",
                      names.person(e.actor().username())
                          + " / "
                          + names.unit(e.actor().unitCode()).orElse(e.actor().unitCode()));
                  row.put("action", Messages.actionLabel(e.action(), locale));
                  String facts = HistoryDetails.text(e.action(), e.details(), locale, names);
                  row.put(
                      "note",
                      facts == null
                          ? e.note()
                          : e.note() == null || e.note().isBlank()
                              ? facts
                              : e.note() + Messages.text("detail.separator", locale) + facts);
                  return row;
                })
            .toList();
    return new Sheet(t.number(), RENDERER.pdf(ReportRenderer.TICKET_SHEET, locale, p, rows));
  }

  /** 回访结果 with its reasons' labels: "不满意（推诿扯皮、效率低）". */
  private static String callbackText(Ticket t, Locale locale) {
    String result = Messages.label(t.callback().result(), locale);
    return t.callback().reasons().isEmpty()
        ? result
        : Messages.text(
            "pdf.withReasons",
            locale,
            result,
            CallbackReasons.labels(t.callback().reasons(), locale));
  }

  private static String orDash(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
