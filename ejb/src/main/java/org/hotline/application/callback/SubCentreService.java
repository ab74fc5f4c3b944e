package org.hotline.application.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.callback.SubCentres;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/**
 * The administration of sub-centres (分中心管理): list them with their units and agents (centre roles),
 * create, update and retire them and assign units and agents (admin). A unit belongs to at most one
 * sub-centre, an agent (a user with the callback role) works for at most one; a retired sub-centre
 * keeps its code and past figures but loses its units and agents to the city centre.
 */
@Stateless
public class SubCentreService {

  static final int MAX_CODE_LENGTH = 40;
  static final int MAX_NAME_LENGTH = 100;
  static final int MAX_MEMBERS = 500;

  /** A sub-centre with its units and agents. */
  public record SubCentreView(
      String code,
      String name,
      int sortOrder,
      boolean active,
      List<String> units,
      List<String> agents) {}

  @Inject private SubCentres subCentres;

  @Inject private UnitRepository units;

  @Inject private UserRepository users;

  @Inject private CallbackClaims claims;

  @Inject private org.hotline.application.user.CurrentUser currentUser;

  /** Every sub-centre, retired ones too, in order. */
  @RolesAllowed({
    Role.CALLBACK_ROLE,
    Role.DISPATCHER_ROLE,
    Role.DIRECTOR_ROLE,
    Role.LEADER_ROLE,
    Role.ADMIN_ROLE
  })
  public List<SubCentreView> list() {
    return subCentres.entries().stream().map(SubCentreService::view).toList();
  }

  /**
   * Creates a sub-centre.
   *
   * @param units unit codes it calls back for (null: none)
   * @param agents usernames of its agents (null: none)
   * @throws org.hotline.application.error.ValidationException code REQUIRED/INVALID/TOO_LONG/
   *     DUPLICATE, name REQUIRED/TOO_LONG, units NOT_HANDLING_UNIT (a unit that handles no tickets:
   *     the hotline centre, the bureau), units/agents UNKNOWN_CODE, INVALID (an agent without the
   *     callback role, too many), OTHER_UNIT (already in another sub-centre)
   */
  @RolesAllowed(Role.ADMIN_ROLE)
  public SubCentreView create(
      String code, String name, Integer sortOrder, List<String> unitCodes, List<String> agents) {
    Violations v = new Violations();
    String c = v.identifier("code", code, true, MAX_CODE_LENGTH);
    if (c != null && !c.matches("[A-Z][A-Z0-9_-]*")) {
      v.add("code", FieldViolation.INVALID);
    } else if (c != null && find(c) != null) {
      v.add("code", FieldViolation.DUPLICATE);
    }
    String n = v.name("name", name, true, MAX_NAME_LENGTH);
    List<String> u = checkedUnits(v, c, unitCodes);
    List<String> a = checkedAgents(v, c, agents);
    v.throwIfAny();
    subCentres.create(c, n, sortOrder == null ? 9999 : sortOrder);
    subCentres.replaceUnits(c, u);
    subCentres.replaceAgents(c, a);
    claims.releaseLost(currentUser.get().username());
    return view(find(c));
  }

  /**
   * Changes a sub-centre: what is given (non-null) replaces what it had. {@code active=false}
   * retires it (its units and agents are released); a retired sub-centre takes no units or agents.
   *
   * @throws HotlineException 404 NOT_FOUND for an unknown code
   * @throws org.hotline.application.error.ValidationException as {@link #create}; units/agents
   *     RETIRED when given to a retired sub-centre
   */
  @RolesAllowed(Role.ADMIN_ROLE)
  public SubCentreView update(
      String code,
      String name,
      Integer sortOrder,
      Boolean active,
      List<String> unitCodes,
      List<String> agents) {
    SubCentres.Entry e = find(code);
    if (e == null) {
      throw new HotlineException(ErrorCode.NOT_FOUND, "subCentre");
    }
    Violations v = new Violations();
    String n = name == null ? e.name() : v.name("name", name, true, MAX_NAME_LENGTH);
    boolean on = active == null ? e.active() : active;
    List<String> u = unitCodes == null ? null : checkedUnits(v, e.code(), unitCodes);
    List<String> a = agents == null ? null : checkedAgents(v, e.code(), agents);
    if (!on && u != null && !u.isEmpty()) {
      v.add("units", FieldViolation.RETIRED);
    }
    if (!on && a != null && !a.isEmpty()) {
      v.add("agents", FieldViolation.RETIRED);
    }
    v.throwIfAny();
    subCentres.update(e.code(), n, sortOrder == null ? e.sortOrder() : sortOrder, on);
    if (!on) {
      subCentres.replaceUnits(e.code(), List.of());
      subCentres.replaceAgents(e.code(), List.of());
    } else {
      if (u != null) {
        subCentres.replaceUnits(e.code(), u);
      }
      if (a != null) {
        subCentres.replaceAgents(e.code(), a);
      }
    }
    // an agent moved away, a unit moved to another sub-centre, a sub-centre retired: the claims
    // its agents can no longer work go back to the queue
    claims.releaseLost(currentUser.get().username());
    return view(find(e.code()));
  }

  private List<String> checkedUnits(Violations v, String own, List<String> codes) {
    List<String> out = new ArrayList<>();
    for (String raw : distinct(v, "units", codes)) {
      var unit = units.findByCode(raw);
      if (unit.isEmpty()) {
        v.add("units", FieldViolation.UNKNOWN_CODE);
      } else if (!unit.get().handlesTickets()) {
        // the centre's own units (RXZX, the bureau GA) serve no citizen: the city centre's own
        v.add("units", FieldViolation.NOT_HANDLING_UNIT);
      } else if (subCentres.ofUnit(raw).filter(s -> !s.equals(own)).isPresent()) {
        v.add("units", FieldViolation.OTHER_UNIT);
      } else {
        out.add(raw);
      }
    }
    return out;
  }

  private List<String> checkedAgents(Violations v, String own, List<String> usernames) {
    List<String> out = new ArrayList<>();
    for (String raw : distinct(v, "agents", usernames)) {
      AppUser user = users.findByUsername(raw).orElse(null);
      if (user == null) {
        v.add("agents", FieldViolation.UNKNOWN_CODE);
      } else if (!user.has(Role.CALLBACK)) {
        v.add("agents", FieldViolation.INVALID);
      } else if (subCentres.ofAgent(raw).filter(s -> !s.equals(own)).isPresent()) {
        v.add("agents", FieldViolation.OTHER_UNIT);
      } else {
        out.add(raw);
      }
    }
    return out;
  }

  private static Set<String> distinct(Violations v, String field, List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    if (values == null) {
      return out;
    }
    if (values.size() > MAX_MEMBERS) {
      v.add(field, FieldViolation.INVALID);
      return out;
    }
    for (String value : values) {
      String code = v.identifier(field, value, true, Integer.MAX_VALUE);
      if (code != null) {
        out.add(code);
      }
    }
    return out;
  }

  private SubCentres.Entry find(String code) {
    return subCentres.entries().stream()
        .filter(e -> e.code().equals(code))
        .findFirst()
        .orElse(null);
  }

  private static SubCentreView view(SubCentres.Entry e) {
    return new SubCentreView(
        e.code(), e.name(), e.sortOrder(), e.active(), e.unitCodes(), e.agents());
  }
}
