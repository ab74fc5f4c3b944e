package org.hotline.application.slip;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.slip.SlipRepository;
import org.hotline.domain.model.slip.SupervisionSlip;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.UserRepository;
import org.hotline.reports.ReportRenderer;

/** The printable A4 局长督办单 (PDF, Chinese fonts embedded), for anyone who may see the slip. */
@Stateless
@PermitAll
public class SlipSheetService {

  private static final ReportRenderer RENDERER = new ReportRenderer();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern(Messages.zh("pdf.datePattern"), Locale.CHINESE);

  /** The PDF and the slip it belongs to. */
  public record Sheet(String number, Long id, byte[] pdf) {}

  @Inject private SupervisionSlipService slips;

  @Inject private SlipRepository repository;

  @Inject private UserRepository users;

  public Sheet pdf(Long id) {
    SupervisionSlip s = slips.visibleSlip(id);
    Map<String, Object> p = new HashMap<>();
    p.put("ORG_NAME", Messages.zh("pdf.orgName"));
    p.put("NUMBER", s.number());
    p.put("TITLE", s.title());
    p.put(
        "STATUS",
        Messages.zh("pdf.slipStatus." + s.status().name())
            + (s.overdueAt() == null ? "" : Messages.zh("pdf.overdueSuffix")));
    p.put(
        "TICKETS",
        s.tickets().stream()
            .map(t -> t.number())
            .collect(Collectors.joining(Messages.zh("listSeparator"))));
    p.put("REQUIREMENTS", s.requirements());
    p.put("DEADLINE", BusinessTime.display(s.deadline()).format(DAY));
    p.put("ISSUED_AT", BusinessTime.minutes(s.issuedAt()));
    p.put("LEAD", person(s.leadUsername()));
    p.put("SUPERVISOR", person(s.supervisorUsername()));
    p.put("UNIT", s.unit().name());
    p.put("HEAD", person(s.headUsername()));
    p.put("REPORT", s.report());
    p.put("PRINTED_AT", BusinessTime.minutes(BusinessTime.now()));
    List<Map<String, ?>> rows =
        repository.history(s.id()).stream()
            .<Map<String, ?>>map(
                e -> {
                  Map<String, Object> row = new HashMap<>();
                  row.put("at", BusinessTime.minutes(e.occurredAt()));
                  row.put("actor", person(e.actor().username()));
                  row.put("action", Messages.zh("pdf.slipAction." + e.action().name()));
                  row.put("note", e.note());
                  return row;
                })
            .toList();
    return new Sheet(s.number(), s.id(), RENDERER.pdf(ReportRenderer.SUPERVISION_SLIP, p, rows));
  }

  private String person(String username) {
    return users.findByUsername(username).map(AppUser::displayName).orElse(username);
  }
}
