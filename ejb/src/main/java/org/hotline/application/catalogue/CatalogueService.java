package org.hotline.application.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.catalogue.CatalogueItem;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.catalogue.CatalogueRepository;
import org.hotline.domain.model.category.CategoryRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.Role;

/** 职责清单: reads the responsibility catalogue; admin creates, revises and retires its items. */
@Stateless
public class CatalogueService {

  @Inject private CatalogueRepository catalogue;

  @Inject private org.hotline.application.user.UserNames names;

  @Inject private UnitRepository units;

  @Inject private CategoryRepository categories;

  @Inject private CurrentUser currentUser;

  /**
   * The items in force (retired ones only when asked), optionally of one unit.
   *
   * @throws org.hotline.application.error.ValidationException {@code unit} UNKNOWN_CODE/TOO_LONG
   */
  @PermitAll
  public List<CatalogueItemView> list(String unitCode, boolean withRetired) {
    org.hotline.application.error.Violations v = new org.hotline.application.error.Violations();
    String unit = v.filterCode("unit", unitCode, 40, c -> units.findByCode(c).isPresent());
    v.throwIfAny();
    return catalogue.all().stream()
        .filter(i -> unit == null || i.unit().code().equals(unit))
        .filter(i -> withRetired || !i.retired())
        .map(i -> CatalogueItemView.of(i.current(), names))
        .toList();
  }

  @PermitAll
  public List<CatalogueItemView> versions(String code) {
    var versions = catalogue.versions(code);
    if (versions.isEmpty()) {
      throw new HotlineException(ErrorCode.NOT_FOUND, code);
    }
    return versions.stream().map(v -> CatalogueItemView.of(v, names)).toList();
  }

  @RolesAllowed(Role.ADMIN_ROLE)
  public CatalogueItemView create(CatalogueCommand c) {
    Violations v = new Violations();
    String code = v.identifier("code", c.code(), true, 40);
    if (code != null && catalogue.findByCode(code).isPresent()) {
      v.add("code", FieldViolation.INVALID);
    }
    Unit unit = v.reference("unitCode", c.unitCode(), units::findByCode);
    CatalogueItem item = code == null || unit == null ? null : new CatalogueItem(code, unit);
    return revise(item, c, false, v, true);
  }

  @RolesAllowed(Role.ADMIN_ROLE)
  public CatalogueItemView update(String code, CatalogueCommand c) {
    return revise(existing(code), c, false, new Violations(), false);
  }

  @RolesAllowed(Role.ADMIN_ROLE)
  public CatalogueItemView retire(String code, String reason) {
    CatalogueItem item = existing(code);
    var current = item.current();
    CatalogueCommand unchanged =
        new CatalogueCommand(
            code,
            null,
            current.title(),
            current.duties(),
            current.categoryCodes(),
            current.keywords(),
            reason);
    return revise(item, unchanged, true, new Violations(), false);
  }

  private CatalogueItem existing(String code) {
    return catalogue
        .findByCode(code)
        .orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, code));
  }

  private CatalogueItemView revise(
      CatalogueItem item, CatalogueCommand c, boolean retire, Violations v, boolean isNew) {
    String title = v.text("title", c.title(), true, 100);
    String duties = v.text("duties", c.duties(), true, 2000);
    String reason = v.text("reason", c.reason(), true, 500);
    List<String> categoryCodes = new ArrayList<>();
    for (String code : c.categoryCodes() == null ? List.<String>of() : c.categoryCodes()) {
      if (categories.findByCode(code).isEmpty()) {
        v.add("categoryCodes", FieldViolation.UNKNOWN_CODE);
      } else {
        categoryCodes.add(code);
      }
    }
    List<String> keywords =
        c.keywords() == null
            ? List.of()
            : c.keywords().stream()
                .map(k -> v.name("keywords", k, true, CatalogueItemVersion.MAX_KEYWORD_LENGTH))
                .filter(k -> k != null)
                .distinct()
                .toList();
    v.throwIfAny();
    if (isNew) {
      catalogue.add(item);
    }
    var version =
        item.revise(
            title,
            duties,
            categoryCodes,
            keywords,
            retire,
            currentUser.get().username(),
            BusinessTime.now(),
            reason);
    catalogue.addVersion(version);
    return CatalogueItemView.of(version, names);
  }
}
