package org.hotline.application.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.officer.OfficerRepository;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.Role;

/**
 * Lists the officers (民警) with their badge numbers, for praise, service records and statistics.
 * Names and badge numbers are personal data: only logged-in staff (every role of the system) may
 * read them; an anonymous caller gets 401 (issue 15).
 */
@Stateless
@RolesAllowed({
  Role.OPERATOR_ROLE,
  Role.DISPATCHER_ROLE,
  Role.OFFICER_ROLE,
  Role.CHIEF_ROLE,
  Role.AGENCY_ROLE,
  Role.CALLBACK_ROLE,
  Role.DIRECTOR_ROLE,
  Role.LEADER_ROLE,
  Role.ADMIN_ROLE
})
public class OfficerService {

  @Inject private OfficerRepository officers;

  @Inject private UnitRepository units;

  /**
   * Every officer, or those of one unit.
   *
   * @param unitCode a unit's code, or null/blank for all
   * @return the officers by unit order and badge number
   * @throws org.hotline.application.error.ValidationException {@code unit} UNKNOWN_CODE
   */
  public List<OfficerView> list(String unitCode) {
    if (VisibleText.isBlank(unitCode)) {
      return officers.all().stream().map(OfficerView::of).toList();
    }
    Violations v = new Violations();
    v.reference("unit", unitCode, units::findByCode);
    v.throwIfAny();
    return officers.ofUnit(unitCode).stream().map(OfficerView::of).toList();
  }
}
