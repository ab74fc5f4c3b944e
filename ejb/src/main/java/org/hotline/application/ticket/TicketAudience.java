package org.hotline.application.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.SubCentres;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.ticket.CallerNumberShown;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.Role;

/**
 * Who may see which ticket and its caller, in ONE place that every ticket path (loading a ticket,
 * the listing and its full-text search, exports) and the callback queue ({@code
 * CallbackTaskAccess}) read:
 *
 * <ul>
 *   <li>the role and unit rule of {@link TicketPermissions#canSee} (centre roles see every ticket,
 *       unit roles their own unit's and those they assist on);
 *   <li>an agent of a callback sub-centre (回访分中心) sees only the tickets owned by the units that
 *       sub-centre serves ({@link #subCentreUnits}), whatever their roles;
 *   <li>a user who sees tickets only as a callback agent (回访员: no other centre role) sees the
 *       caller's number masked ({@code 139****5678}) and no name, as the callback queue shows them,
 *       except on a ticket whose open callback task they work (the agent who calls) and on a ticket
 *       awaiting its revisit (复访, worked on the ticket itself, no queue task).
 * </ul>
 */
@ApplicationScoped
public class TicketAudience {

  @Inject private SubCentres subCentres;

  @Inject private CallbackTaskRepository callbackTasks;

  @Inject private UnitRepository units;

  /**
   * The unit codes a sub-centre agent is limited to (its sub-centre's serving units, possibly
   * none), or null when the user is not limited by a sub-centre (the city centre and every other
   * user).
   */
  public List<String> subCentreUnits(AppUser user) {
    return subCentres.ofAgent(user.username()).map(subCentres::unitCodes).orElse(null);
  }

  /**
   * The units a month-wide list or figure covers for the user (its {@code ?unit=} filter), the one
   * rule of every such list (ratings, flags, statistics, callback figures, praise, tag counts, SMS
   * statistics): a unit asked for must exist and be the user's to see — a unit role's own unit, any
   * unit for the centre's roles, a sub-centre agent's units (分中心) only — else {@code unit}
   * UNKNOWN_CODE or OTHER_UNIT (for a sub-centre agent its message names the unit) is added to
   * {@code v}; without one, a unit role's own unit, a sub-centre agent's units, or null (every
   * unit).
   *
   * @param user the user asking
   * @param unitCode the unit asked for, or blank
   * @param v the violations to add to (thrown by the caller)
   * @return the unit codes to filter by, null for every unit (a sub-centre without units: a list
   *     matching none)
   */
  public List<String> unitFilter(AppUser user, String unitCode, Violations v) {
    String unit = VisibleText.isBlank(unitCode) ? null : unitCode;
    List<String> subCentre = subCentreUnits(user);
    if (unit != null) {
      Unit found = v.reference("unit", unit, units::findByCode);
      if (found != null && subCentre != null && !subCentre.contains(unit)) {
        // "单位“城关派出所”不属于本分中心": the message names the unit
        v.add("unit", FieldViolation.OTHER_UNIT, found.name());
      } else if (found != null && !user.centreWide() && !unit.equals(user.unit().code())) {
        v.add("unit", FieldViolation.OTHER_UNIT);
      }
      return List.of(unit);
    }
    if (!user.centreWide()) {
      return List.of(user.unit().code());
    }
    if (subCentre != null) {
      // a sub-centre without units sees nothing: no unit has the empty code
      return subCentre.isEmpty() ? List.of("") : subCentre;
    }
    return null;
  }

  /**
   * Whether the user may see one item (a rating, a flag, a service record, an SMS survey, a rating
   * target …) of {@code unitCode}: a unit role its own unit's, a sub-centre agent (分中心) its units'
   * only, the other centre roles every unit's. An item out of scope answers {@code 404}, as a
   * ticket does.
   */
  public boolean canSeeUnit(AppUser user, String unitCode) {
    if (unitCode == null) {
      return user.centreWide() && subCentreUnits(user) == null;
    }
    if (!user.centreWide() && !unitCode.equals(user.unit().code())) {
      return false;
    }
    List<String> units = subCentreUnits(user);
    return units == null || units.contains(unitCode);
  }

  /**
   * Whether the user may see the ticket: the role and unit rule, narrowed for a sub-centre agent to
   * the tickets served by the sub-centre's units (a merged call: the unit of the ticket it was
   * merged into, as for its callback task).
   */
  public boolean canSee(Ticket t, AppUser user) {
    if (!TicketPermissions.canSee(t, user)) {
      return false;
    }
    List<String> units = subCentreUnits(user);
    if (units == null) {
      return true;
    }
    // a merged call (并案) is served by the ticket it was merged into, as its callback task is
    Ticket served = t.mergedInto() != null ? t.mergedInto() : t;
    return served.ownerUnit() != null && units.contains(served.ownerUnit().code());
  }

  /**
   * Where the user sees callers' numbers whole (the rule above, in one place): a user who sees
   * tickets only as a callback agent sees them on the tickets awaiting a revisit (复访) and on those
   * of the open callback tasks they work; every other user everywhere. Feeds both {@link
   * #callerMasked} (one ticket) and the number search of the listing (which matches only there).
   */
  public CallerNumberShown callerNumberShown(AppUser user) {
    return callbackAgentOnly(user)
        ? CallerNumberShown.onlyOn(
            EnumSet.of(TicketStatus.REVISITING), callbackTasks.openTicketIdsOf(user.username()))
        : CallerNumberShown.EVERYWHERE;
  }

  /** Whether the user sees the caller's number masked and no name on this ticket (see above). */
  public boolean callerMasked(Ticket t, AppUser user) {
    return !callerNumberShown(user).shownOn(t);
  }

  /**
   * Refuses a call recorded on the ticket itself (回访 or 复访 on the ticket page) while another agent
   * works the ticket's open callback task: that agent calls, and the result is theirs to record.
   *
   * @throws org.hotline.application.error.HotlineException 409 CALLBACK_TASK_TAKEN
   */
  public void requireCallNotTaken(Ticket t, AppUser user) {
    callbackTasks
        .openForTicket(t.id())
        .filter(task -> task.takenByOther(user.username()))
        .ifPresent(
            task -> {
              throw new org.hotline.application.error.HotlineException(
                  org.hotline.application.error.ErrorCode.CALLBACK_TASK_TAKEN, task.id());
            });
  }

  /** The ticket as this user may see it. */
  public TicketView view(Ticket t, AppUser user) {
    return TicketView.of(t, user, callerMasked(t, user));
  }

  /** Whether the user sees tickets only through the callback role (no other centre role). */
  static boolean callbackAgentOnly(AppUser user) {
    return user.has(Role.CALLBACK)
        && user.roles().stream().filter(Role::centreWide).allMatch(r -> r == Role.CALLBACK);
  }
}
