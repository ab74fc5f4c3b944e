package org.hotline.application.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.CallbackTaskQuery;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.CallbackTaskStatus;
import org.hotline.domain.model.callback.SubCentres;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.user.Role;

/**
 * The callback queue (回访队列): a page of it (filtered, searched, sorted and paged by the database and
 * the task index) for the centre's roles, and the next task for an agent (下一个).
 */
@Stateless
public class CallbackQueueService {

  static final int MAX_PAGE_SIZE = 100;

  static final int MAX_QUERY_LENGTH = 100;

  /** The deepest first row of a page (page × size), as search engines limit deep paging. */
  static final int MAX_OFFSET = 10_000;

  @Inject private CallbackTaskRepository tasks;

  @Inject private CallbackTaskAccess access;

  @Inject private SubCentres subCentres;

  /**
   * A page of the queue.
   *
   * @param status OPEN (default), DONE or ALL
   * @param due {@code now} (due by now), a date {@code yyyy-MM-dd} (due by the end of that day,
   *     Asia/Shanghai) or blank for any
   * @param subCentre a sub-centre's code (the city centre's filter; an agent's own only)
   * @param q words to search (ticket number, matter, unit name, external id; 4+ digits also the
   *     citizen's number as the user sees it: in full on an open task the user works, otherwise
   *     only the digits of its mask {@code 139****5678}, never the hidden ones), at most 100
   *     characters
   * @param reason a reason code the task was opened for (e.g. {@code SMS_DISSATISFIED})
   * @param sort {@code due} (default: earliest due first) or {@code -due} (latest first)
   * @param page from 0; {@code page × size} at most 10,000
   * @param size 1–100
   * @return the page with the total of matching tasks
   * @throws org.hotline.application.error.ValidationException {@code status}/{@code due}/{@code
   *     page}/{@code size}/{@code sort} INVALID, {@code page} OUT_OF_RANGE, {@code q}/{@code
   *     reason} TOO_LONG, {@code reason} UNKNOWN_CODE (not a {@link
   *     org.hotline.domain.model.callback.CallbackReason}), {@code subCentre}
   *     UNKNOWN_CODE/OTHER_UNIT
   */
  @RolesAllowed({
    Role.CALLBACK_ROLE,
    Role.DISPATCHER_ROLE,
    Role.DIRECTOR_ROLE,
    Role.LEADER_ROLE,
    Role.ADMIN_ROLE
  })
  public CallbackTaskPage list(
      String status,
      String due,
      String subCentre,
      String q,
      String reason,
      String sort,
      int page,
      int size) {
    Violations v = new Violations();
    String text = v.text("q", q, false, MAX_QUERY_LENGTH);
    String reasonCode =
        v.filterCode("reason", reason, 40, org.hotline.domain.model.callback.CallbackReason::known);
    String order = VisibleText.isBlank(sort) ? "due" : sort;
    if (!order.equals("due") && !order.equals("-due")) {
      v.add("sort", FieldViolation.INVALID);
    }
    CallbackTaskStatus st = status(v, status);
    Instant dueBy = dueBy(v, due);
    if (page < 0) {
      v.add("page", FieldViolation.INVALID);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      v.add("size", FieldViolation.INVALID);
    } else if ((long) page * size > MAX_OFFSET) {
      // no one reads 10,000 tasks by paging; a deeper page is narrowed by a filter or the order
      v.add("page", FieldViolation.OUT_OF_RANGE);
    }
    List<String> units = units(v, subCentre);
    v.throwIfAny();
    Map<String, String> byUnit = subCentres.byUnit();
    String me = access.me();
    CallbackTaskQuery query =
        new CallbackTaskQuery(st, dueBy, units, text, reasonCode, order.equals("-due"), me);
    List<CallbackTaskView> items =
        tasks.page(query, page * size, size).stream()
            .map(t -> CallbackTaskView.of(t, me, List.of(), byUnit))
            .toList();
    return new CallbackTaskPage(items, tasks.count(query), page, size);
  }

  private static CallbackTaskStatus status(Violations v, String status) {
    if (VisibleText.isBlank(status)) {
      return CallbackTaskStatus.OPEN;
    }
    return "ALL".equalsIgnoreCase(status)
        ? null
        : v.choice("status", status, CallbackTaskStatus.class, null);
  }

  /** The units of the user's scope, narrowed to the sub-centre asked for (null = all). */
  private List<String> units(Violations v, String subCentre) {
    List<String> units = access.scope();
    if (VisibleText.isBlank(subCentre)) {
      return units;
    }
    String wanted = v.identifier("subCentre", subCentre, false, Integer.MAX_VALUE);
    String own = access.agentSubCentre();
    if (wanted == null) {
      return units;
    } else if (!subCentres.all().containsKey(wanted)) {
      v.add("subCentre", FieldViolation.UNKNOWN_CODE);
    } else if (own != null && !own.equals(wanted)) {
      // a sub-centre sees its own tasks only
      v.add("subCentre", FieldViolation.OTHER_UNIT);
    } else {
      return subCentres.unitCodes(wanted);
    }
    return units;
  }

  private static Instant dueBy(Violations v, String due) {
    if (VisibleText.isBlank(due)) {
      return null;
    }
    if ("now".equalsIgnoreCase(due)) {
      return BusinessTime.now();
    }
    LocalDate day = v.date("due", due, false);
    return day == null ? null : BusinessTime.endOf(day);
  }

  /**
   * 下一个: the earliest-due open task nobody else works, taken by this agent; a task waiting for its
   * next unreachable try only once that try is due. Null when there is none.
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public CallbackTaskView next() {
    String me = access.me();
    return tasks
        .nextFor(me, BusinessTime.now(), access.scope())
        .map(
            t -> {
              CallbackTask locked = access.load(t.id(), true);
              if (!locked.open() || locked.takenByOther(me)) {
                return null;
              }
              locked.assignTo(me);
              return access.detail(locked);
            })
        .orElse(null);
  }
}
