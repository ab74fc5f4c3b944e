package org.hotline.infrastructure.search;

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.unit.Unit;

/**
 * What of a ticket the full-text index holds, mapped here rather than on the entity so that the
 * domain stays free of search concerns: content, address and caller name segmented as Chinese;
 * the normalised caller number (E.164) as a keyword;
 * status, channel, owner unit, category, area and the creation time as filters and sorts.
 */
public class TicketSearchMapping implements HibernateOrmSearchMappingConfigurer {

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    var mapping = context.programmaticMapping();
    TypeMappingStep ticket = mapping.type(Ticket.class);
    ticket.indexed().index("ticket");
    ticket.property("content").fullTextField().analyzer(ChineseAnalysisConfigurer.CHINESE);
    ticket.property("address").fullTextField().analyzer(ChineseAnalysisConfigurer.CHINESE);
    ticket.property("callerName").fullTextField().analyzer(ChineseAnalysisConfigurer.CHINESE);
    ticket.property("number").keywordField();
    ticket.property("callerPhoneE164").keywordField();
    ticket.property("status").keywordField();
    ticket.property("channel").keywordField();
    ticket.property("confidential").genericField();
    ticket.property("callbackResult").keywordField();
    ticket.property("createdAt").genericField().sortable(Sortable.YES);
    ticket.property("ownerUnit").indexedEmbedded().includePaths("code")
        .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    ticket.property("category").indexedEmbedded().includePaths("code")
        .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    ticket.property("area").indexedEmbedded().includePaths("code")
        .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    for (Class<?> coded : new Class<?>[] {Unit.class, Category.class, Area.class}) {
      mapping.type(coded).property("code").keywordField();
    }
  }
}
