package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds to a row of a monthly summary table in the caller's transaction: {@code UPDATE table SET c =
 * c + ? … WHERE key}; when the row does not exist yet it is created first ({@link
 * SummaryRowCreator}, own transaction) and the update repeated. The row stays locked until the
 * caller commits, so concurrent writers of one row queue up and no increment is lost.
 */
@ApplicationScoped
public class SummaryRows {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Inject private SummaryRowCreator creator;

  /**
   * @param keyColumns the key columns, with {@code keyValues}
   * @param countColumns the counter columns, with {@code deltas} (what to add, may be negative)
   * @throws IllegalStateException when the row cannot be found even after creating it
   */
  public void add(
      String table,
      List<String> keyColumns,
      List<Object> keyValues,
      List<String> countColumns,
      List<Long> deltas) {
    if (deltas.stream().allMatch(d -> d == 0)) {
      return;
    }
    if (update(table, keyColumns, keyValues, countColumns, deltas) == 0) {
      creator.ensure(table, keyColumns, keyValues);
      if (update(table, keyColumns, keyValues, countColumns, deltas) == 0) {
        throw new IllegalStateException("no " + table + " row for " + keyValues);
      }
    }
  }

  private int update(
      String table,
      List<String> keyColumns,
      List<Object> keyValues,
      List<String> countColumns,
      List<Long> deltas) {
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
    List<Object> parameters = new ArrayList<>();
    for (int i = 0; i < countColumns.size(); i++) {
      parameters.add(deltas.get(i));
      sql.append(i == 0 ? "" : ", ")
          .append(countColumns.get(i))
          .append(" = ")
          .append(countColumns.get(i))
          .append(" + ?")
          .append(parameters.size());
    }
    sql.append(" WHERE ");
    for (int i = 0; i < keyColumns.size(); i++) {
      parameters.add(keyValues.get(i));
      sql.append(i == 0 ? "" : " AND ").append(keyColumns.get(i)).append(" = ?");
      sql.append(parameters.size());
    }
    var query = em.createNativeQuery(sql.toString());
    // only this table changes: keeps Hibernate from flushing or evicting anything else
    query.unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace(table);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query.executeUpdate();
  }
}
