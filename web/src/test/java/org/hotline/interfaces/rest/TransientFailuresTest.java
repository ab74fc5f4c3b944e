package org.hotline.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Which failures are transient (503 + Retry-After), provoked on a real H2 database. */
class TransientFailuresTest {

  @Test
  void aLockWaitTimeoutIsTransientEvenWrappedByTheContainer() throws Exception {
    String url = "jdbc:h2:mem:locks;DB_CLOSE_DELAY=-1";
    try (Connection holder = DriverManager.getConnection(url);
        Connection waiter = DriverManager.getConnection(url)) {
      try (Statement s = holder.createStatement()) {
        s.execute("CREATE TABLE ticket(id INT PRIMARY KEY, status VARCHAR(20))");
        s.execute("INSERT INTO ticket VALUES (1, 'ASSIGNED')");
      }
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.executeUpdate("UPDATE ticket SET status = 'SIGNED' WHERE id = 1");
      }
      waiter.setAutoCommit(false);
      SQLException timeout;
      try (Statement s = waiter.createStatement()) {
        s.execute("SET LOCK_TIMEOUT 100");
        timeout =
            catchThrowableOfType(
                SQLException.class,
                () -> s.executeUpdate("UPDATE ticket SET status = 'REPLIED' WHERE id = 1"));
      }
      assertThat((Throwable) timeout).isNotNull();
      assertThat(TransientFailures.isTransient(timeout)).isTrue();
      assertThat(TransientFailures.isTransient(new EJBException(new PersistenceException(timeout))))
          .isTrue();
      holder.rollback();
    }
  }

  @Test
  void anUnreachableDatabaseIsTransient() {
    SQLException refused =
        catchThrowableOfType(
            SQLException.class,
            () -> DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:1/nowhere", "sa", "sa"));
    assertThat((Throwable) refused).isNotNull();
    assertThat(TransientFailures.isTransient(new EJBException(new RuntimeException(refused))))
        .isTrue();
  }

  @Test
  void bugsAndConflictsAreNotTransient() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:bugs")) {
      SQLException syntax =
          catchThrowableOfType(SQLException.class, () -> c.createStatement().execute("SELEKT 1"));
      assertThat(TransientFailures.isTransient(syntax)).isFalse();
    }
    assertThat(TransientFailures.isTransient(new EJBException(new OptimisticLockException())))
        .isFalse();
    assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    assertThat(TransientFailures.isTransient(null)).isFalse();
  }

  @Test
  void aStatementClosedAfterAConnectionErrorIsTransient() {
    SQLException closed =
        new SQLException("No operations allowed after statement closed.", "S1009");
    assertThat(TransientFailures.isTransient(new EJBException(new PersistenceException(closed))))
        .isTrue();
    RuntimeException later = new IllegalStateException("later");
    later.addSuppressed(new SQLException("Communications link failure", "08S01"));
    assertThat(TransientFailures.isTransient(later)).isTrue();
  }

  @Test
  void aCauseCycleEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(TransientFailures.isTransient(a)).isFalse();
  }
}
