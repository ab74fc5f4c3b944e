package org.hotline.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** What counts as two requests colliding (409) and what does not (500, or 503 elsewhere). */
class ConcurrencyConflictsTest {

  /** Stands for org.camunda.bpm.engine.OptimisticLockingException, matched by name. */
  static class OptimisticLockingException extends RuntimeException {}

  private static Throwable wrapped(Throwable cause) {
    return new EJBTransactionRolledbackException("rolled back", new RuntimeException(cause));
  }

  @Test
  void optimisticLockingOfJpaAndOfTheEngineDeadlocksAndIntegrityViolationsAreConflicts() {
    assertThat(ConcurrencyConflicts.isConflict(wrapped(new OptimisticLockException()))).isTrue();
    assertThat(ConcurrencyConflicts.isConflict(wrapped(new OptimisticLockingException()))).isTrue();
    assertThat(
            ConcurrencyConflicts.isConflict(
                wrapped(new SQLException("Deadlock found", "40001", 1213))))
        .isTrue();
    assertThat(
            ConcurrencyConflicts.isConflict(
                wrapped(new SQLIntegrityConstraintViolationException("dup", "23000"))))
        .isTrue();
  }

  @Test
  void lockTimeoutsAndOtherFailuresAreNot() {
    assertThat(
            ConcurrencyConflicts.isConflict(
                wrapped(new SQLException("Lock wait timeout", "40001", 1205))))
        .isFalse();
    assertThat(
            ConcurrencyConflicts.isConflict(
                wrapped(new SQLException("Timeout trying to lock", "HYT00", 50200))))
        .isFalse();
    assertThat(
            ConcurrencyConflicts.isConflict(
                wrapped(new SQLException("Data too long", "22001", 1406))))
        .isFalse();
    assertThat(ConcurrencyConflicts.isConflict(wrapped(new IllegalStateException("bug"))))
        .isFalse();
  }
}
