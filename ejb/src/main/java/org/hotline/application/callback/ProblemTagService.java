package org.hotline.application.callback;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.HotlineException;
import org.hotline.application.error.Violations;
import org.hotline.application.reference.PickerSearch;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.ProblemTag;
import org.hotline.domain.model.callback.ProblemTagRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.user.Role;

/**
 * Problem tags (问题标签): the list for pickers, the admin's edits (add a tag or group, rename,
 * reorder, retire — codes never change), the check of tags chosen on an outcome, and the monthly
 * counts per tag and unit for the rankings.
 */
@Stateless
public class ProblemTagService {

  @Inject private ProblemTagRepository tags;

  @Inject private CallbackTaskRepository tasks;

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  @Inject private org.hotline.application.user.CurrentUser currentUser;

  /** Every tag and group, in picker order. */
  @PermitAll
  public List<ProblemTagView> list() {
    return tags.all().stream().map(ProblemTagView::of).toList();
  }

  /** Most tags a search returns. */
  public static final int MAX_SEARCH_LIMIT = 50;

  /**
   * 问题标签检索: the tags that can be chosen and match what was typed, best first — any part of the
   * Chinese name, its pinyin or pinyin initials ({@code tdc} → 态度差), the group and the name
   * together ({@code 态度 冷漠}), the English name, or the code (see {@link PickerSearch}).
   *
   * @param q what was typed (null or blank: every choosable tag in picker order)
   * @param limit at most this many (1-{@value #MAX_SEARCH_LIMIT}; null: {@value #MAX_SEARCH_LIMIT}
   *     matches, or every tag without q)
   * @throws org.hotline.application.error.ValidationException q TOO_LONG, limit INVALID
   */
  @PermitAll
  public List<ProblemTagView> search(String q, Integer limit) {
    Violations v = new Violations();
    String query = v.text("q", q, false, PickerSearch.MAX_QUERY_LENGTH);
    if (limit != null && (limit < 1 || limit > MAX_SEARCH_LIMIT)) {
      v.add("limit", FieldViolation.INVALID);
    }
    v.throwIfAny();
    List<ProblemTag> all = tags.all();
    Map<String, ProblemTag> groups =
        all.stream()
            .filter(t -> t.parentCode() == null)
            .collect(Collectors.toMap(ProblemTag::code, t -> t, (a, b) -> a));
    List<ProblemTag> choosable = all.stream().filter(ProblemTag::choosable).toList();
    Function<ProblemTag, String> path =
        t -> {
          ProblemTag g = groups.get(t.parentCode());
          return (g == null ? "" : g.nameZh() + " › ")
              + t.nameZh()
              + " "
              + (g == null ? "" : g.nameEn() + " ")
              + t.nameEn();
        };
    List<ProblemTag> found =
        query == null
            ? (limit == null ? choosable : choosable.stream().limit(limit).toList())
            : PickerSearch.rank(
                choosable,
                query,
                ProblemTag::code,
                ProblemTag::nameZh,
                path,
                limit == null ? MAX_SEARCH_LIMIT : limit);
    return found.stream().map(ProblemTagView::of).toList();
  }

  /**
   * Adds a tag (with {@code parentCode}: under that group) or a group (without).
   *
   * @throws org.hotline.application.error.ValidationException code REQUIRED/INVALID/DUPLICATE,
   *     parentCode UNKNOWN_CODE/NOT_LEAF (a parent must be a group), names REQUIRED/TOO_LONG
   */
  @RolesAllowed(Role.ADMIN_ROLE)
  public ProblemTagView create(
      String code, String parentCode, String nameZh, String nameEn, Integer sortOrder) {
    Violations v = new Violations();
    String c = v.identifier("code", code, true, ProblemTag.MAX_CODE_LENGTH);
    if (c != null && !c.matches("[A-Z][A-Z0-9_]*")) {
      v.add("code", FieldViolation.INVALID);
    } else if (c != null && tags.find(c).isPresent()) {
      v.add("code", FieldViolation.DUPLICATE);
    }
    String parent = null;
    if (!VisibleText.isBlank(parentCode)) {
      ProblemTag p = v.reference("parentCode", parentCode, tags::find);
      if (p != null && p.parentCode() != null) {
        v.add("parentCode", FieldViolation.INVALID);
      }
      parent = p == null ? null : p.code();
    }
    String zh = v.name("nameZh", nameZh, true, 60);
    String en = v.name("nameEn", nameEn, true, 100);
    v.throwIfAny();
    ProblemTag tag = new ProblemTag(c, parent, zh, en, sortOrder == null ? 9999 : sortOrder);
    tags.save(tag);
    return ProblemTagView.of(tag);
  }

  /**
   * Renames, reorders, retires ({@code active=false}) or reactivates a tag.
   *
   * @throws HotlineException 404 NOT_FOUND
   */
  @RolesAllowed(Role.ADMIN_ROLE)
  public ProblemTagView update(
      String code, String nameZh, String nameEn, Integer sortOrder, Boolean active) {
    ProblemTag tag =
        tags.find(code).orElseThrow(() -> new HotlineException(ErrorCode.NOT_FOUND, code));
    Violations v = new Violations();
    String zh = v.name("nameZh", nameZh, true, 60);
    String en = v.name("nameEn", nameEn, true, 100);
    v.throwIfAny();
    tag.change(zh, en, sortOrder == null ? tag.sortOrder() : sortOrder, active == null || active);
    return ProblemTagView.of(tag);
  }

  /**
   * Monthly counts per tag and serving unit of the callbacks finished in {@code month}.
   *
   * @param month {@code yyyy-MM}, Asia/Shanghai
   * @throws org.hotline.application.error.ValidationException month REQUIRED/INVALID
   */
  @RolesAllowed({
    Role.CALLBACK_ROLE,
    Role.DISPATCHER_ROLE,
    Role.DIRECTOR_ROLE,
    Role.LEADER_ROLE,
    Role.ADMIN_ROLE
  })
  public List<ProblemTagCount> counts(String month) {
    return counts(month, null);
  }

  /**
   * As {@link #counts(String)}, of one unit when {@code unit} is given.
   *
   * @throws org.hotline.application.error.ValidationException also unit UNKNOWN_CODE/OTHER_UNIT
   */
  @RolesAllowed({
    Role.CALLBACK_ROLE,
    Role.DISPATCHER_ROLE,
    Role.DIRECTOR_ROLE,
    Role.LEADER_ROLE,
    Role.ADMIN_ROLE
  })
  public List<ProblemTagCount> counts(String month, String unit) {
    Violations v = new Violations();
    // a sub-centre agent (分中心) counts its own units' tasks only: TicketAudience's rule
    List<String> scope = audience.unitFilter(currentUser.get(), unit, v);
    YearMonth m = null;
    if (VisibleText.isBlank(month)) {
      v.add("month", FieldViolation.REQUIRED);
    } else {
      m = org.hotline.domain.model.shared.CalendarText.month(month).orElse(null);
      if (m == null) {
        v.add("month", FieldViolation.INVALID);
      } else {
        v.withinLife("month", m);
      }
    }
    v.throwIfAny();
    var from = m.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    var to = m.plusMonths(1).atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    String label = m.toString();
    return tasks.tagCounts(from, to).stream()
        .filter(r -> scope == null || scope.contains((String) r[1]))
        .map(
            r ->
                new ProblemTagCount(
                    label, (String) r[0], (String) r[1], ((Number) r[2]).longValue()))
        .toList();
  }
}
