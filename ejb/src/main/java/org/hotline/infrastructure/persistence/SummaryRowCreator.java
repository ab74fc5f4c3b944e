package org.hotline.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * Creates the empty row of a monthly summary (月度汇总) in a transaction of its own, so that the
 * caller's transaction only ever increments an existing row with a plain {@code UPDATE … SET n = n
 * + ?} (portable between H2 and MySQL, and two first writers of one month cannot both insert it:
 * the loser's insert fails in its own transaction, which is dropped, and the row is there).
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SummaryRowCreator {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  /**
   * Inserts a row of {@code table} with the key {@code columns} = {@code values} (other columns at
   * their default 0) unless it exists.
   */
  public void ensure(String table, List<String> columns, List<Object> values) {
    StringBuilder where = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      where.append(i == 0 ? "" : " AND ").append(columns.get(i)).append(" = ?").append(i + 1);
      marks.append(i == 0 ? "" : ", ").append('?').append(i + 1);
    }
    var exists = em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where);
    exists.unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace(table);
    for (int i = 0; i < values.size(); i++) {
      exists.setParameter(i + 1, values.get(i));
    }
    if (((Number) exists.getSingleResult()).longValue() > 0) {
      return;
    }
    var insert =
        em.createNativeQuery(
            "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + marks
                + ")");
    insert.unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace(table);
    for (int i = 0; i < values.size(); i++) {
      insert.setParameter(i + 1, values.get(i));
    }
    try {
      insert.executeUpdate();
    } catch (PersistenceException raced) {
      // another transaction inserted the same row first: it exists, which is all we wanted (this
      // transaction is rolled back; the caller's is not touched)
    }
  }
}
