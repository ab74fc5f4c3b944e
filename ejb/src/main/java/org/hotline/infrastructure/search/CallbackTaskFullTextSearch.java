package org.hotline.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.mapper.orm.Search;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.CallbackTaskQuery;
import org.hotline.domain.model.callback.CallbackTaskStatus;

/**
 * Answers the callback queue's searches with a text ({@code q}), and its listings of all tasks
 * ({@code status=ALL}, with or without a text), from the task index ({@link
 * CallbackTaskSearchMapping}) instead of a {@code LIKE '%…%'} over all tasks. A task matches when
 * the text is contained in its ticket number or external id (case ignored), its matter has the
 * text's characters in a row (a phrase of single Chinese characters: any piece; Latin words and
 * numbers whole; punctuation such as {@code %} and {@code _} is no wildcard and is ignored), its
 * serving unit's name contains the text (units looked up in the database: a renamed unit is found
 * at once), or 4–20 digits of it are in the citizen's number as the searcher sees it: anywhere in
 * the number on an open task the searcher works (the agent who calls sees it whole), elsewhere only
 * within the digits the mask shows ({@code 139****5678}: the last four), so that the hidden middle
 * digits can never be confirmed by searching (回访号码遮蔽). Every other condition of {@link
 * CallbackTaskQuery} (status, due by, units of a sub-centre, reason) filters with the same meaning
 * as the SQL listing, in the same order (due time, then id).
 */
@ApplicationScoped
public class CallbackTaskFullTextSearch {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  /** The tasks of one page ({@code offset}, {@code limit}) of the query's matches. */
  public List<CallbackTask> page(CallbackTaskQuery query, int offset, int limit) {
    return query(query).fetchHits(offset, limit);
  }

  /** How many tasks match the query. */
  public long count(CallbackTaskQuery query) {
    return query(query).fetchTotalHitCount();
  }

  private SearchQuery<CallbackTask> query(CallbackTaskQuery q) {
    List<String> unitsNamed = q.text() == null ? List.of() : unitsNamed(q.text());
    boolean desc = q.latestDueFirst();
    return Search.session(em)
        .search(CallbackTask.class)
        .where(
            f ->
                f.bool(
                    b -> {
                      // no text (a listing of all tasks): every task, then the filters
                      b.must(
                          q.text() == null
                              ? f.matchAll().toPredicate()
                              : text(f, q.text(), unitsNamed, q.viewer()));
                      if (q.status() != null) {
                        b.filter(f.match().field("status").matching(q.status()));
                      }
                      if (q.dueBy() != null) {
                        b.filter(f.range().field("dueAt").atMost(q.dueBy()));
                      }
                      if (q.unitCodes() != null) {
                        b.filter(
                            q.unitCodes().isEmpty()
                                ? f.not(f.matchAll())
                                : f.terms()
                                    .field(CallbackTaskSearchBridge.UNIT)
                                    .matchingAny(q.unitCodes()));
                      }
                      if (q.reasonCode() != null) {
                        b.filter(f.match().field("reasonCode").matching(q.reasonCode()));
                      }
                    }))
        .sort(
            f ->
                desc
                    ? f.field("dueAt").desc().then().field(CallbackTaskSearchMapping.ID_SORT).desc()
                    : f.field("dueAt").asc().then().field(CallbackTaskSearchMapping.ID_SORT).asc())
        .toQuery();
  }

  /** Any of the ways the text can match a task (see the class comment). */
  private static SearchPredicate text(
      SearchPredicateFactory f, String text, List<String> unitsNamed, String viewer) {
    String contained = "*" + escapeWildcards(CallbackTaskSearchBridge.lower(text)) + "*";
    var any =
        f.bool()
            .should(f.wildcard().field(CallbackTaskSearchBridge.NUMBER).matching(contained))
            .should(f.wildcard().field(CallbackTaskSearchBridge.EXTERNAL_ID).matching(contained));
    if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
      any.should(f.phrase().field(CallbackTaskSearchBridge.MATTER).matching(text));
    }
    if (!unitsNamed.isEmpty()) {
      any.should(f.terms().field(CallbackTaskSearchBridge.UNIT).matchingAny(unitsNamed));
    }
    String digits = phoneDigits(text);
    if (digits != null) {
      String contains = "*" + digits + "*";
      // what the mask shows matches for everyone; never the hidden digits
      any.should(f.wildcard().field(CallbackTaskSearchBridge.PHONE_SHOWN).matching(contains));
      if (viewer != null) {
        // the whole number only on an open task the viewer works (it is shown to them unmasked)
        any.should(
            f.bool()
                .must(f.wildcard().field(CallbackTaskSearchBridge.PHONE).matching(contains))
                .filter(f.match().field("assignee").matching(viewer))
                .filter(f.match().field("status").matching(CallbackTaskStatus.OPEN)));
      }
    }
    return any.toPredicate();
  }

  /** Codes of the units whose name contains the text (a few dozen units: a plain LIKE). */
  private List<String> unitsNamed(String text) {
    String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return new ArrayList<>(
        em.createQuery("SELECT u.code FROM Unit u WHERE u.name LIKE :text ESCAPE '!'", String.class)
            .setParameter("text", "%" + escaped + "%")
            .getResultList());
  }

  /** The text with Lucene's wildcard characters ({@code * ? \}) taken literally. */
  static String escapeWildcards(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
  }

  /**
   * The words as a piece of a phone number (4 to 20 digits, blanks and dashes ignored), or null.
   */
  static String phoneDigits(String text) {
    String digits = text.replaceAll("[\\s-]", "");
    return digits.matches("\\d{4,20}") ? digits : null;
  }
}
