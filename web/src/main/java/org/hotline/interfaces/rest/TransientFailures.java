package org.hotline.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.hotline.application.error.ErrorCode;

/**
 * Transient failures (暂时性故障) of what the server depends on — the database down or unreachable, the
 * connection pool exhausted, a lock wait timeout, a deadlock — told apart from bugs, so that the
 * client gets {@code 503 SERVICE_UNAVAILABLE} with {@code Retry-After} and retries (with its {@code
 * Idempotency-Key}) instead of a 500. The transaction of the failed request was rolled back, so
 * nothing was changed.
 *
 * <p>The rule, applied to every exception in the cause chain (and to the chained {@link
 * SQLException}s): a {@link SQLTransientException} (lock timeout, rollback, transient connection
 * failure), a {@link SQLNonTransientConnectionException} or {@link SQLRecoverableException}
 * (connection refused or lost), a SQL state of class {@code 08} (connection) or {@code 40}
 * (transaction rollback: deadlock, serialization) or {@code HYT00} (timeout); the vendor codes of
 * MySQL/MariaDB and H2 for the same conditions; the JCA {@code ResourceException} (no connection
 * from the pool); Connector/J's "No operations allowed after … closed" (a statement or connection
 * the pool closed after a connection error); and the JPA/Hibernate lock-timeout and connection
 * exceptions, which keep no SQL exception in some paths. Suppressed exceptions count too.
 */
public final class TransientFailures {

  /** Seconds a client should wait before retrying (the {@code Retry-After} header). */
  public static final int RETRY_AFTER_SECONDS =
      Integer.getInteger("hotline.retry-after.seconds", 5);

  /**
   * MySQL/MariaDB: too many connections, lock wait timeout, deadlock, connection killed; client
   * codes 2002–2013.
   */
  private static final Set<Integer> MYSQL_CODES =
      Set.of(1040, 1205, 1213, 1927, 2002, 2003, 2006, 2013);

  /** H2: deadlock, lock timeout, connection broken, database closed or shutting down. */
  private static final Set<Integer> H2_CODES = Set.of(40001, 50200, 90067, 90098, 90121);

  /**
   * Exceptions that mean "try again" whatever their cause, by class name (no compile dependency).
   */
  private static final Set<String> TRANSIENT_TYPES =
      Set.of(
          "jakarta.resource.ResourceException",
          "jakarta.persistence.LockTimeoutException",
          "jakarta.persistence.PessimisticLockException",
          "jakarta.persistence.QueryTimeoutException",
          "org.hibernate.PessimisticLockException",
          "org.hibernate.exception.LockAcquisitionException",
          "org.hibernate.exception.LockTimeoutException",
          "org.hibernate.exception.JDBCConnectionException",
          "org.hibernate.QueryTimeoutException",
          "org.wildfly.security.auth.server.RealmUnavailableException");

  private TransientFailures() {}

  /**
   * Whether {@code failure} (or anything it was caused by) is a transient failure by the rule
   * above.
   */
  public static boolean isTransient(Throwable failure) {
    return isTransient(failure, new IdentityHashMap<>());
  }

  private static boolean isTransient(Throwable failure, Map<Throwable, Boolean> seen) {
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (transientType(t.getClass())) {
        return true;
      }
      for (Throwable suppressed :
          t.getSuppressed()) { // e.g. the connection error behind a later one
        if (!seen.containsKey(suppressed) && isTransient(suppressed, seen)) {
          return true;
        }
      }
      if (t instanceof SQLException sql) {
        for (SQLException s = sql;
            s != null && (s == sql || seen.put(s, Boolean.TRUE) == null);
            s = s.getNextException()) {
          if (transientSql(s)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean transientType(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (TRANSIENT_TYPES.contains(c.getName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean transientSql(SQLException s) {
    if (s instanceof SQLTransientException
        || s instanceof SQLNonTransientConnectionException
        || s instanceof SQLRecoverableException) {
      return true;
    }
    String state = s.getSQLState();
    if (state != null
        && (state.startsWith("08") || state.startsWith("40") || state.equals("HYT00"))) {
      return true;
    }
    // Connector/J, once the pool destroyed a connection broken by an outage: "No operations allowed
    // after connection closed" / "... after statement closed" (SQL state S1009 for the latter)
    String message = s.getMessage();
    if (message != null && message.startsWith("No operations allowed after")) {
      return true;
    }
    return MYSQL_CODES.contains(s.getErrorCode()) || H2_CODES.contains(s.getErrorCode());
  }

  /** 503 {@code SERVICE_UNAVAILABLE} problem+json with {@code Retry-After}. */
  public static Response response(HttpHeaders headers) {
    return Response.fromResponse(ProblemResponses.of(headers, ErrorCode.SERVICE_UNAVAILABLE))
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .build();
  }
}
