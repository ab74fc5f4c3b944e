package org.hotline.interfaces.rest;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises, in the cause chain of a failed request, what two requests on the same data at the
 * same moment produce (并发冲突), so that the loser gets 409 {@code CONCURRENT_UPDATE} and may retry,
 * never a 500: JPA/Hibernate optimistic locking (the row's version changed), the workflow engine's
 * optimistic locking, a deadlock the database broke, and an integrity constraint the other
 * request's insert or update made fail (the same row inserted twice, a check on the state). Matched
 * by class name, so that this layer needs neither Hibernate nor Camunda on its classpath. Transient
 * failures of the database itself (down, lock wait timeout) are not conflicts.
 */
final class ConcurrencyConflicts {

  /** Exceptions that mean "someone else changed it first", by simple class name. */
  private static final Set<String> CONFLICT_TYPES =
      Set.of(
          "OptimisticLockException", // jakarta.persistence, org.hibernate.dialect.lock
          "StaleObjectStateException", // org.hibernate
          "StaleStateException", // org.hibernate
          "OptimisticLockingException", // org.camunda.bpm.engine
          "ConstraintViolationException", // org.hibernate.exception (not the Bean Validation one)
          "SQLIntegrityConstraintViolationException",
          "SQLTransactionRollbackException", // deadlock victim (SQLState 40001)
          "LockAcquisitionException"); // org.hibernate.exception: deadlock

  private ConcurrencyConflicts() {}

  /** Whether {@code failure} or one of its causes is a conflict between concurrent requests. */
  static boolean isConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.validation.ConstraintViolationException || lockTimeout(t)) {
        return false;
      }
      for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
        if (CONFLICT_TYPES.contains(c.getSimpleName())) {
          return true;
        }
      }
      if (t instanceof SQLException sql && conflictState(sql)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A lock wait that timed out: the database is slow or stuck (a transient failure), not a
   * conflict.
   */
  private static boolean lockTimeout(Throwable t) {
    if (t.getClass().getSimpleName().equals("LockTimeoutException")) {
      return true;
    }
    // MySQL/MariaDB ER_LOCK_WAIT_TIMEOUT (Connector/J reports it with SQLState 40001), H2
    // LOCK_TIMEOUT_1
    return t instanceof SQLException sql
        && (sql.getErrorCode() == 1205 || sql.getErrorCode() == 50200);
  }

  /**
   * SQLState 23xxx (integrity constraint) and 40001 / 40P01 (serialization failure, deadlock);
   * MySQL's deadlock is vendor code 1213.
   */
  private static boolean conflictState(SQLException e) {
    String state = e.getSQLState();
    return state != null
            && (state.startsWith("23") || state.equals("40001") || state.equals("40P01"))
        || e.getErrorCode() == 1213;
  }
}
