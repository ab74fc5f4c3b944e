package org.hotline.infrastructure.search;

import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.ticket.AssistingPart;
import org.hotline.domain.model.ticket.CallbackState;
import org.hotline.domain.model.ticket.Caller;
import org.hotline.domain.model.ticket.HandlingDeadlines;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.unit.Unit;

/**
 * What of a ticket the full-text index holds, mapped here rather than on the entity so that the
 * domain stays free of search concerns: content, address and caller name segmented as Chinese;
 * every filter and sort of the ticket listing ({@link
 * org.hotline.domain.model.ticket.TicketSearch}) as fields, so that a search with a text means the
 * same as one without: status, channel, caller phone (normalised, E.164, as a keyword),
 * confidentiality, owner unit, category, area, creation time, reply deadline, overdue time, slip
 * proposal, callback result and the assisting parts (协办, nested: unit and status of each part).
 *
 * <p>The index name carries a version: a new field means a new name, so a server started on an old
 * index finds it incomplete and rebuilds it from the database ({@link SearchIndexBootstrap}).
 */
public class TicketSearchMapping implements HibernateOrmSearchMappingConfigurer {

  /**
   * The index of tickets; versioned with its fields (v2: every filter of the listing; v3: E.164
   * caller numbers; v4: urgency and its rank for the dispatcher's most-urgent-first order; v5: the
   * caller's and the callback's fields under {@code caller.} and {@code callback.}).
   */
  static final String INDEX_NAME = "ticket-v5";

  /** The urgency as a sortable rank: 0 特急, 1 紧急, 2 一般 (the listing's {@code order=URGENCY}). */
  static final String URGENCY_RANK = "urgencyRank";

  /**
   * The ticket id as a sortable field (ties of the listing's orders are broken by id, as in SQL).
   */
  static final String ID_SORT = "idSort";

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    var mapping = context.programmaticMapping();
    TypeMappingStep ticket = mapping.type(Ticket.class);
    ticket.indexed().index(INDEX_NAME);
    ticket.property("id").genericField(ID_SORT).sortable(Sortable.YES);
    ticket.property("content").fullTextField().analyzer(ChineseAnalysisConfigurer.CHINESE);
    ticket.property("address").fullTextField().analyzer(ChineseAnalysisConfigurer.CHINESE);
    ticket.property("number").keywordField();
    ticket.property("status").keywordField();
    ticket.property("channel").keywordField();
    ticket.property("urgency").keywordField();
    ticket
        .property("urgency")
        .keywordField(URGENCY_RANK)
        .sortable(Sortable.YES)
        .valueBridge(new UrgencyRankBridge());
    // the caller (来电人) and the callback (回访) are embedded in the ticket's row: their fields are
    // caller.name, caller.phone, caller.phoneE164, caller.confidential and callback.result
    ticket.property("caller").indexedEmbedded();
    TypeMappingStep caller = mapping.type(Caller.class);
    caller.property("name").fullTextField().analyzer(ChineseAnalysisConfigurer.CHINESE);
    caller.property("phone").keywordField();
    caller.property("phoneE164").keywordField();
    caller.property("confidential").genericField();
    ticket.property("callback").indexedEmbedded().includePaths("result");
    mapping.type(CallbackState.class).property("result").keywordField();
    ticket.property("createdAt").genericField().sortable(Sortable.YES);
    // the deadlines (办理时限) are embedded too: deadlines.replyDeadline, deadlines.overdueAt
    ticket.property("deadlines").indexedEmbedded().includePaths("replyDeadline", "overdueAt");
    TypeMappingStep deadlines = mapping.type(HandlingDeadlines.class);
    deadlines.property("replyDeadline").genericField().sortable(Sortable.YES);
    deadlines.property("overdueAt").genericField();
    ticket.property("slipProposed").genericField();
    ticket
        .property("assistingParts")
        .indexedEmbedded()
        .structure(ObjectStructure.NESTED)
        .includePaths("unit.code", "status");
    TypeMappingStep part = mapping.type(AssistingPart.class);
    part.property("status").keywordField();
    part.property("unit")
        .indexedEmbedded()
        .includePaths("code")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    ticket
        .property("ownerUnit")
        .indexedEmbedded()
        .includePaths("code")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    ticket
        .property("category")
        .indexedEmbedded()
        .includePaths("code")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    ticket
        .property("area")
        .indexedEmbedded()
        .includePaths("code")
        .indexingDependency()
        .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    for (Class<?> coded : new Class<?>[] {Unit.class, Category.class, Area.class}) {
      mapping.type(coded).property("code").keywordField();
    }
    // the callback queue's own index (one configurer per persistence unit)
    CallbackTaskSearchMapping.configure(context);
  }
}
