package org.hotline.application.duplicate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.application.text.Messages;
import org.hotline.application.ticket.TicketLoader;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.CallerPhones;
import org.hotline.domain.model.ticket.DuplicateWindow;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * 重复件: likely repeat calls about the same matter, shown at intake (before the ticket exists) and in
 * the dispatcher's queue: the same phone, or the same area with similar content, within a window of
 * {@code hotline.duplicates.window.days} days (default 30).
 */
@Stateless
@RolesAllowed({Role.OPERATOR_ROLE, Role.DISPATCHER_ROLE})
public class DuplicateFinder {

  static final int LIMIT = 5;

  /**
   * A likely duplicate and why: {@code reasonCodes} as codes ({@code SAME_PHONE}, {@code
   * SIMILAR_CONTENT}) that the pages word through the bundle ({@code dup_<CODE>}); {@code reasons}
   * the same in both languages at once ({@code 同一来电号码 same phone}), as API clients have always read
   * it, taken from the same bundle.
   */
  public record Candidate(
      Long id,
      String number,
      String status,
      String content,
      String areaName,
      java.time.OffsetDateTime createdAt,
      List<String> reasons,
      List<String> reasonCodes) {}

  @Inject private CurrentUser currentUser;

  @Inject private TicketLoader loader;

  @Inject private TicketRepository tickets;

  /** For a call being logged. */
  public List<Candidate> forCall(String phone, String areaCode, String content) {
    Violations v = new Violations();
    String typedPhone = v.text("phone", phone, false, 30);
    if (typedPhone != null && !CallerPhones.looksLikePhone(typedPhone)) {
      v.add("phone", FieldViolation.INVALID);
    }
    // the same caller is the same complete number however written; a number still being typed
    // matches none
    String cleanPhone = typedPhone == null ? null : CallerPhones.e164(typedPhone).orElse(null);
    String cleanArea = v.identifier("area", areaCode, false, 40);
    String cleanContent = v.text("content", content, false, 4000);
    v.throwIfAny();
    return find(cleanPhone, cleanArea, cleanContent, null);
  }

  /** For a logged ticket. */
  public List<Candidate> forTicket(Long id) {
    AppUser user = currentUser.get();
    Ticket t = loader.visible(id, user);
    return find(t.caller().phoneE164(), t.area().code(), t.content(), t.id());
  }

  /** {@code phone} in E.164 (or null). */
  private List<Candidate> find(String phone, String areaCode, String content, Long excludeId) {
    Instant since = DuplicateWindow.start();
    Map<Long, Candidate> found = new LinkedHashMap<>();
    if (phone != null) {
      for (Ticket t : tickets.samePhoneSince(phone, since, excludeId, LIMIT)) {
        add(found, t, "SAME_PHONE");
      }
    }
    if (areaCode != null && content != null) {
      for (Ticket t : tickets.similarContentSince(areaCode, content, since, excludeId, LIMIT)) {
        add(found, t, "SIMILAR_CONTENT");
      }
    }
    return found.values().stream().limit(LIMIT).toList();
  }

  private static void add(Map<Long, Candidate> found, Ticket t, String code) {
    Candidate prior = found.get(t.id());
    List<String> reasons = new ArrayList<>(prior == null ? List.of() : prior.reasons());
    reasons.add(bilingual("dup_" + code));
    List<String> codes = new ArrayList<>(prior == null ? List.of() : prior.reasonCodes());
    codes.add(code);
    found.put(
        t.id(),
        new Candidate(
            t.id(),
            t.number(),
            t.status().name(),
            t.content(),
            t.area().path(),
            BusinessTime.display(t.createdAt()),
            reasons,
            codes));
  }

  /** The bundle's Chinese and English text of {@code key}, side by side. */
  private static String bilingual(String key) {
    return Messages.zh(key) + " " + Messages.text(key, Locale.ENGLISH);
  }
}
