package org.hotline.application.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hotline.application.text.ClientLanguage;
import org.hotline.application.text.HistoryDetails;
import org.hotline.domain.model.catalogue.CatalogueItem;
import org.hotline.domain.model.catalogue.CatalogueRepository;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.UserRepository;

/**
 * The names a history shows instead of codes (流转记录中的名称): units by name, the catalogue item an
 * assignment relied on (依据职责) as "unit：title", and people by their display name instead of their
 * username. {@link #lookup()} gives one lookup per rendered history, each code looked up once.
 */
@ApplicationScoped
public class HistoryNames {

  @Inject private UnitRepository units;

  @Inject private CatalogueRepository catalogue;

  @Inject private UserRepository users;

  /** A lookup for one history (or one page of histories); caches what it found. */
  public Lookup lookup() {
    return new Lookup();
  }

  /** Names by code for one history; not thread-safe, use within one request. */
  public final class Lookup implements HistoryDetails.FactNames {

    private final Map<String, Optional<String>> found = new HashMap<>();

    private Lookup() {}

    /**
     * @return the unit's name for a unit fact, the catalogue item's "unit：title" for {@code
     *     catalogue}; empty for other facts and unknown codes
     */
    @Override
    public Optional<String> nameOf(String fact, String code) {
      if (HistoryDetails.unitFact(fact)) {
        return unit(code);
      }
      if ("catalogue".equals(fact)) {
        return found.computeIfAbsent(
            "catalogue:" + code, c -> catalogue.findByCode(code).map(HistoryNames::catalogueTitle));
      }
      return Optional.empty();
    }

    /**
     * A unit's name by its code; empty when there is none. The system's steps (timers, a QR
     * rating's ticket) have the system as their "unit": named as what it is, never {@code system}.
     */
    public Optional<String> unit(String code) {
      if (org.hotline.domain.model.ticket.Actor.SYSTEM.equals(code)) {
        return Optional.of(
            org.hotline.application.text.Messages.text(
                "actorSystemUnit", ClientLanguage.current()));
      }
      return code == null
          ? Optional.empty()
          : found.computeIfAbsent("unit:" + code, c -> units.findByCode(code).map(Unit::name));
    }

    /**
     * A person's display name (姓名) by username; the username when unknown; the system's steps as
     * "系统自动" (never {@code system}).
     */
    public String person(String username) {
      if (username == null) {
        return null;
      }
      if (org.hotline.domain.model.ticket.Actor.SYSTEM.equals(username)) {
        return org.hotline.application.text.Messages.text("actorSystem", ClientLanguage.current());
      }
      return found
          .computeIfAbsent(
              "user:" + username, c -> users.findByUsername(username).map(AppUser::displayName))
          .orElse(username);
    }
  }

  private static String catalogueTitle(CatalogueItem item) {
    // the colon of the reader's language (全角 in Chinese, "unit: title" in English)
    boolean english = "en".equals(ClientLanguage.current().getLanguage());
    return item.unit().name() + (english ? ": " : "：") + item.current().title();
  }
}
