package org.hotline.application.rating;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.hotline.application.demo.DemoData;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaRepository;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.officer.OfficerRepository;
import org.hotline.domain.model.rating.RatingTarget;
import org.hotline.domain.model.rating.RatingTargetKind;
import org.hotline.domain.model.rating.RatingTargetRepository;
import org.hotline.domain.model.rating.RatingToken;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.hotline.domain.model.unit.UnitRepository;

/**
 * Demo rating targets (扫码评警), loaded once with the demo data after the demo officers exist: every
 * police station and brigade as a UNIT target, every station's household-registration window (户籍窗口)
 * and one patrol car, every officer of a police unit, and every community (社区) with the station of
 * its jurisdiction. Each gets a fresh random code. Run by {@link
 * org.hotline.infrastructure.startup.StartupSequence} after the demo callback centre.
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
public class DemoRatingTargets {

  private static final Logger LOG = Logger.getLogger(DemoRatingTargets.class.getName());

  @Inject private UnitRepository units;

  @Inject private OfficerRepository officers;

  @Inject private AreaRepository areas;

  @Inject private RatingTargetRepository targets;

  /**
   * Makes sure the demo targets are loaded: the work is done once in the {@code @PostConstruct}
   * method; calling this runs it at its place in the start-up sequence.
   */
  public void ensureReady() {
    // the work is done in the @PostConstruct method, once
  }

  @PostConstruct
  void load() {
    if (!Boolean.getBoolean(DemoData.SWITCH) || !targets.isEmpty()) {
      return;
    }
    int n = 0;
    int car = 1;
    for (Unit u : units.all()) {
      if (u.kind() != UnitKind.STATION && u.kind() != UnitKind.BRIGADE) {
        continue;
      }
      add(RatingTargetKind.UNIT, u.name(), u, null);
      n++;
      if (u.kind() == UnitKind.STATION) {
        add(RatingTargetKind.WINDOW, u.name() + " 户籍窗口", u, null);
        add(RatingTargetKind.VEHICLE, String.format("巡逻车 示A·%04d警", car++), u, null);
        n += 2;
      }
    }
    for (Officer o : officers.all()) {
      if (o.unit().police() && o.unit().handlesTickets()) {
        add(RatingTargetKind.OFFICER, RatingTargetService.defaultName(o), o.unit(), o);
        n++;
      }
    }
    for (Area a : areas.all()) {
      if (a.leaf() && a.station() != null) {
        add(RatingTargetKind.COMMUNITY, a.name() + " 警务室", a.station(), null);
        n++;
      }
    }
    LOG.info("demo rating targets loaded: " + n);
  }

  private void add(RatingTargetKind kind, String name, Unit unit, Officer officer) {
    String card =
        name.length() <= RatingTarget.MAX_NAME_LENGTH
            ? name
            : name.substring(0, RatingTarget.MAX_NAME_LENGTH);
    if (kind != RatingTargetKind.OFFICER && targets.activeNamed(kind, unit, card).isPresent()) {
      return; // one active target per kind, unit and name (uk_rating_target_active_name)
    }
    RatingTarget t = new RatingTarget(kind, card, unit, officer, BusinessTime.now());
    targets.save(t);
    targets.save(t.issue(RatingToken.next(), BusinessTime.now(), "system", null));
  }
}
