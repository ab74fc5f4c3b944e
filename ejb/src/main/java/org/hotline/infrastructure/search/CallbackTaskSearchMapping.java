package org.hotline.infrastructure.search;

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hotline.domain.model.callback.CallbackTask;

/**
 * What of a callback task (回访任务) the full-text index holds: the searched texts ({@link
 * CallbackTaskSearchBridge}) and every filter and order of the queue ({@link
 * org.hotline.domain.model.callback.CallbackTaskQuery}) as fields, so that a search with {@code q}
 * means the same as the SQL listing without: status, due time, reason code, serving unit, and the
 * id to break ties. A change of the status or due time re-indexes the task in the same transaction.
 */
final class CallbackTaskSearchMapping {

  /**
   * The index of callback tasks; a new field or analysis means a new name (rebuilt at start-up; v2:
   * the matter character by character; v3: the digits the masked number shows, the assignee).
   */
  static final String INDEX_NAME = "callback-task-v3";

  /** The task id as a sortable field. */
  static final String ID_SORT = "idSort";

  private CallbackTaskSearchMapping() {}

  /** Adds the mapping of {@link CallbackTask} to the ORM mapping being configured. */
  static void configure(HibernateOrmMappingConfigurationContext context) {
    var task = context.programmaticMapping().type(CallbackTask.class);
    task.indexed().index(INDEX_NAME);
    task.binder(new CallbackTaskSearchBridge.Binder());
    task.property("id").genericField(ID_SORT).sortable(Sortable.YES);
    task.property("status").keywordField();
    task.property("reasonCode").keywordField();
    // who works the task: the one viewer whose search matches the whole number (re-indexed on
    // claim)
    task.property("assignee").keywordField();
    task.property("dueAt").genericField().sortable(Sortable.YES);
  }
}
