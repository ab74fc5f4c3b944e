package org.hotline.application.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.ticket.CallbackCommand;
import org.hotline.application.ticket.TicketEventView;
import org.hotline.application.ticket.TicketHandlingService;
import org.hotline.application.ticket.TicketQueryService;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.callback.CallbackFigures;
import org.hotline.domain.model.callback.CallbackTally;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.CallbackTaskQuery;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.CallbackTaskStatus;
import org.hotline.domain.model.callback.RetrySchedule;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.officer.OfficerRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.user.Role;

/**
 * The callback queue (回访任务队列) and the outcome of a task. Agents (回访员) take a task (and only they
 * see the citizen's number), record the outcome, and go on to the next; the centre's other roles
 * read the queue. An outcome of a ticket task goes through the ticket's own callback (so
 * rectification, rankings and the ticket's history follow as for {@code POST
 * /api/tickets/{id}/callback}); the task adds the problem tags and the praised officer.
 */
@Stateless
public class CallbackTaskService {

  static final int MAX_PAGE_SIZE = 100;

  static final int MAX_QUERY_LENGTH = 100;

  /** The deepest first row of a page (page × size), as search engines limit deep paging. */
  static final int MAX_OFFSET = 10_000;

  @Inject private CallbackTaskRepository tasks;

  @Inject private OfficerRepository officers;

  @Inject private CurrentUser currentUser;

  @Inject private TicketHandlingService handling;

  @Inject private org.hotline.domain.model.ticket.TicketRepository ticketRows;

  @Inject private TicketQueryService ticketQueries;

  @Inject private CallbackTaskPlanner planner;

  @Inject private CallbackFigures figures;

  @Inject private org.hotline.domain.model.callback.ProblemTagRepository problemTags;

  @Inject private org.hotline.domain.model.callback.SubCentres subCentres;

  /** Spot check verdicts (抽查结论). */
  static final java.util.Set<String> VERDICTS = java.util.Set.of("CONFIRMED", "DISCREPANCY");

  /** The sub-centre the current agent works for, null for the city centre (sees all). */
  private String agentSubCentre() {
    return subCentres.ofAgent(currentUser.get().username()).orElse(null);
  }

  /** The unit codes the current user may see tasks of, null for all. */
  private List<String> scope() {
    String sub = agentSubCentre();
    return sub == null ? null : subCentres.unitCodes(sub);
  }

  private CallbackTaskView view(CallbackTask t, List<TicketEventView> history) {
    return CallbackTaskView.of(t, currentUser.get().username(), history, subCentres.byUnit());
  }

  /** The queue, earliest due first, without search. */
  @RolesAllowed({
    Role.CALLBACK_ROLE,
    Role.DISPATCHER_ROLE,
    Role.DIRECTOR_ROLE,
    Role.LEADER_ROLE,
    Role.ADMIN_ROLE
  })
  public CallbackTaskPage list(String status, String due, String subCentre, int page, int size) {
    return list(status, due, subCentre, null, null, null, page, size);
  }

  /**
   * A page of the queue (回访队列): paged and searched in the database.
   *
   * @param status OPEN (default), DONE or ALL
   * @param due {@code now} (due by now), a date {@code yyyy-MM-dd} (due by the end of that day,
   *     Asia/Shanghai) or blank for any
   * @param q words to search (ticket number, matter, unit name, external id; 4+ digits also the
   *     citizen's number), at most 100 characters
   * @param reason a reason code the task was opened for (e.g. {@code SMS_DISSATISFIED})
   * @param sort {@code due} (default: earliest due first) or {@code -due} (latest first)
   * @throws org.hotline.application.error.ValidationException {@code status}/{@code due}/{@code
   *     page}/{@code size}/{@code sort} INVALID, {@code q} TOO_LONG, {@code reason} TOO_LONG
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
    String reasonCode = v.text("reason", reason, false, 40);
    String order = VisibleText.isBlank(sort) ? "due" : sort.strip();
    if (!order.equals("due") && !order.equals("-due")) {
      v.add("sort", FieldViolation.INVALID);
    }
    CallbackTaskStatus st = null;
    if (VisibleText.isBlank(status)) {
      st = CallbackTaskStatus.OPEN;
    } else if (!"ALL".equalsIgnoreCase(status.strip())) {
      st = v.choice("status", status, CallbackTaskStatus.class, null);
    }
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
    List<String> units = scope();
    if (!VisibleText.isBlank(subCentre)) {
      String wanted = VisibleText.clean(subCentre);
      String own = agentSubCentre();
      if (!subCentres.all().containsKey(wanted)) {
        v.add("subCentre", FieldViolation.UNKNOWN_CODE);
      } else if (own != null && !own.equals(wanted)) {
        // a sub-centre sees its own tasks only
        v.add("subCentre", FieldViolation.OTHER_UNIT);
      } else {
        units = subCentres.unitCodes(wanted);
      }
    }
    v.throwIfAny();
    Map<String, String> byUnit = subCentres.byUnit();
    String me = currentUser.get().username();
    CallbackTaskQuery query =
        new CallbackTaskQuery(st, dueBy, units, text, reasonCode, order.equals("-due"));
    List<CallbackTaskView> items =
        tasks.page(query, page * size, size).stream()
            .map(t -> CallbackTaskView.of(t, me, List.of(), byUnit))
            .toList();
    return new CallbackTaskPage(items, tasks.count(query), page, size);
  }

  private static Instant dueBy(Violations v, String due) {
    if (VisibleText.isBlank(due)) {
      return null;
    }
    if ("now".equalsIgnoreCase(due.strip())) {
      return BusinessTime.now();
    }
    LocalDate day = v.date("due", due, false);
    return day == null ? null : BusinessTime.endOf(day);
  }

  /** One task with the ticket's history; the number in full only for its agent. */
  @RolesAllowed({
    Role.CALLBACK_ROLE,
    Role.DISPATCHER_ROLE,
    Role.DIRECTOR_ROLE,
    Role.LEADER_ROLE,
    Role.ADMIN_ROLE
  })
  public CallbackTaskView get(Long id) {
    return detail(load(id, false));
  }

  /**
   * 领取: the agent takes the task and from now on sees the citizen's number.
   *
   * @throws HotlineException 409 CALLBACK_TASK_DONE, CALLBACK_TASK_TAKEN
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public CallbackTaskView claim(Long id) {
    CallbackTask task = load(id, true);
    take(task);
    return detail(task);
  }

  /**
   * 下一个: the earliest-due open task nobody else works, taken by this agent; a task waiting for its
   * next unreachable try only once that try is due. Null when there is none.
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public CallbackTaskView next() {
    String me = currentUser.get().username();
    return tasks
        .nextFor(me, BusinessTime.now(), scope())
        .map(
            t -> {
              CallbackTask locked = load(t.id(), true);
              if (!locked.open() || locked.takenByOther(me)) {
                return null;
              }
              locked.assignTo(me);
              return detail(locked);
            })
        .orElse(null);
  }

  /**
   * Records the outcome of a task (taking it when nobody has). A ticket task records the ticket's
   * callback; the tags and the praised officer stay with the task.
   *
   * @throws org.hotline.application.error.ValidationException bad result, reasons, tags, note or
   *     officer
   * @throws HotlineException 404 NOT_FOUND, 409 CALLBACK_TASK_DONE, CALLBACK_TASK_TAKEN
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public CallbackTaskView outcome(Long id, CallbackOutcome outcome) {
    // the ticket's row first, then the task's: the order of every action on the ticket, whose
    // closure and callback change this task (two orders would deadlock)
    CallbackTask seen = load(id, false);
    if (seen.ticket() != null) {
      ticketRows.findForUpdate(seen.ticket().id());
    }
    CallbackTask task = load(id, true);
    take(task);
    CallbackOutcome o =
        outcome == null ? new CallbackOutcome(null, null, null, null, null) : outcome;
    Violations v = new Violations();
    CallbackResult result = v.choice("result", o.result(), CallbackResult.class, null);
    List<String> reasons =
        o.reasons() == null
            ? new java.util.ArrayList<>()
            : o.reasons().stream()
                .map(r -> v.text("reasons", r, true, CallbackResult.MAX_REASON_LENGTH))
                .toList();
    if (reasons.size() > CallbackResult.MAX_REASONS) {
      v.add("reasons", FieldViolation.INVALID);
    }
    List<String> tags = tags(v, o.tags());
    if (result == CallbackResult.DISSATISFIED && reasons.isEmpty()) {
      // 不满意原因 (codes of the ticket's callback) follow from the problem tags' groups when not given
      reasons = reasonsOf(tags);
      if (reasons.isEmpty()) {
        v.add("reasons", FieldViolation.REQUIRED);
      }
    }
    String note = v.text("note", o.note(), false, 1000);
    Officer praised = praised(v, o.praiseOfficer(), result);
    v.throwIfAny();
    Instant now = BusinessTime.now();
    String me = currentUser.get().username();
    if (task.ticket() != null && task.ticket().callbackDue()) {
      handling.callback(task.ticket().id(), new CallbackCommand(o.result(), reasons, o.note()));
      if (!task.open()) {
        CallbackTally counted = CallbackTally.of(task);
        task.annotate(tags, praised);
        figures.record(counted, CallbackTally.of(task));
      }
    } else if (result == CallbackResult.UNREACHABLE
        && task.attempts() + 1 < RetrySchedule.configured().tries()) {
      task.unreachable(
          RetrySchedule.configured().nextTry(now, task.attempts() + 1, planner.hours()));
    } else {
      task.finish(result, reasons, tags, note, praised, me, now);
      figures.record(null, CallbackTally.of(task));
    }
    return detail(task);
  }

  /**
   * The ticket's reason codes behind problem tags: by the tag's group (服务态度 → ATTITUDE …), else
   * OTHER.
   */
  private List<String> reasonsOf(List<String> tags) {
    Map<String, String> byGroup =
        Map.of(
            "ATTITUDE",
            "ATTITUDE",
            "SHIRKING",
            "PASSING_THE_BUCK",
            "EFFICIENCY",
            "SLOW",
            "RESULT",
            "RESULT",
            "ENFORCEMENT",
            "IMPROPER_ENFORCEMENT");
    return tags.stream()
        .map(problemTags::find)
        .filter(java.util.Optional::isPresent)
        .map(t -> t.get().parentCode())
        .map(g -> byGroup.getOrDefault(g, "OTHER"))
        .distinct()
        .toList();
  }

  private List<String> tags(Violations v, List<String> given) {
    if (given == null) {
      return List.of();
    }
    if (given.size() > CallbackTask.MAX_TAGS) {
      v.add("tags", FieldViolation.TOO_LONG);
    }
    List<String> codes =
        given.stream()
            .map(t -> v.text("tags", t, true, CallbackTask.MAX_TAG_LENGTH))
            .filter(java.util.Objects::nonNull)
            .map(c -> c.toUpperCase(Locale.ROOT))
            .distinct()
            .toList();
    for (String code : codes) {
      // 问题标签: an active tag under a group of the admin's list
      var tag = problemTags.find(code).orElse(null);
      if (tag == null) {
        v.add("tags", FieldViolation.UNKNOWN_CODE);
      } else if (tag.parentCode() == null) {
        v.add("tags", FieldViolation.NOT_LEAF);
      } else if (!tag.active()) {
        v.add("tags", FieldViolation.RETIRED);
      }
    }
    return codes;
  }

  private Officer praised(Violations v, String badge, CallbackResult result) {
    if (VisibleText.isBlank(badge)) {
      return null;
    }
    Officer officer = officers.findByBadge(VisibleText.clean(badge)).orElse(null);
    if (officer == null) {
      v.add("praiseOfficer", FieldViolation.UNKNOWN_CODE);
    } else if (result == CallbackResult.DISSATISFIED || result == CallbackResult.UNREACHABLE) {
      // praise comes from a citizen who was reached and satisfied
      v.add("praiseOfficer", FieldViolation.INVALID);
    }
    return officer;
  }

  private void take(CallbackTask task) {
    String me = currentUser.get().username();
    if (!task.open()) {
      throw new HotlineException(ErrorCode.CALLBACK_TASK_DONE, task.id());
    }
    if (task.takenByOther(me)) {
      throw new HotlineException(ErrorCode.CALLBACK_TASK_TAKEN, task.id());
    }
    task.assignTo(me);
  }

  /**
   * The task if the user's sub-centre may see it (another sub-centre's task is 404, as if it did
   * not exist).
   */
  private CallbackTask load(Long id, boolean forUpdate) {
    CallbackTask task =
        (forUpdate ? tasks.findForUpdate(id) : tasks.find(id))
            .orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, id));
    List<String> units = scope();
    if (units != null && (task.unit() == null || !units.contains(task.unit().code()))) {
      throw new HotlineException(ErrorCode.NOT_FOUND, id);
    }
    return task;
  }

  private CallbackTaskView detail(CallbackTask task) {
    List<TicketEventView> history =
        task.ticket() == null ? List.of() : ticketQueries.history(task.ticket().id());
    return view(task, history);
  }

  /**
   * 抽查: an agent of the city centre checks a finished task (typically a sub-centre's) and records
   * the verdict.
   *
   * @param verdict {@code CONFIRMED} or {@code DISCREPANCY} (a note is required then)
   * @throws HotlineException 403 FORBIDDEN for a sub-centre's agent, 404 NOT_FOUND, 409
   *     CALLBACK_TASK_OPEN when the task is not finished
   */
  @RolesAllowed(Role.CALLBACK_ROLE)
  public CallbackTaskView spotCheck(Long id, String verdict, String note) {
    if (agentSubCentre() != null) {
      throw new HotlineException(ErrorCode.FORBIDDEN);
    }
    CallbackTask task = load(id, true);
    Violations v = new Violations();
    String clean =
        VisibleText.isBlank(verdict) ? null : VisibleText.clean(verdict).toUpperCase(Locale.ROOT);
    if (clean == null) {
      v.add("verdict", FieldViolation.REQUIRED);
    } else if (!VERDICTS.contains(clean)) {
      v.add("verdict", FieldViolation.INVALID);
    }
    String cleanNote = v.text("note", note, "DISCREPANCY".equals(clean), 1000);
    v.throwIfAny();
    if (task.open()) {
      throw new HotlineException(ErrorCode.CALLBACK_TASK_OPEN, id);
    }
    task.spotCheck(clean, cleanNote, currentUser.get().username(), BusinessTime.now());
    return detail(task);
  }
}
