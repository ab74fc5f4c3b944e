package org.hotline.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final LoginThrottle throttle = new LoginThrottle();
  private final Instant t0 = Instant.parse("2026-11-29T10:00:00Z");

  @Test
  void delaysGrowAndAreCapped() {
    assertThat(LoginThrottle.delay(4, 5, Duration.ofSeconds(30))).isZero();
    assertThat(LoginThrottle.delay(5, 5, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(1));
    assertThat(LoginThrottle.delay(6, 5, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(2));
    assertThat(LoginThrottle.delay(9, 5, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(16));
    assertThat(LoginThrottle.delay(10, 5, Duration.ofSeconds(30)))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.delay(1000, 5, Duration.ofSeconds(30)))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void anAccountGuessedFromManyClientsIsSlowedButNeverLocked() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("10.0.0." + i, "admin", t0);
    }
    assertThat(throttle.wait("192.168.1.1", "admin", t0)).isEqualTo(Duration.ofSeconds(30));
    assertThat(throttle.wait("192.168.1.1", "admin", t0.plusSeconds(31))).isZero();
    assertThat(throttle.wait("10.0.0.1", "officer", t0)).isZero();
  }

  @Test
  void oneClientGuessingManyAccountsIsThrottled() {
    for (int i = 0; i < LoginThrottle.CLIENT_FREE_FAILURES; i++) {
      throttle.failed("10.1.1.1", "user" + i, t0);
    }
    assertThat(throttle.wait("10.1.1.1", "another", t0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.wait("10.1.1.2", "another", t0)).isZero();
  }

  @Test
  void successAndUnlockClearTheAccountAndOldFailuresAreForgotten() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("10.2.2.2", "chief", t0);
    }
    assertThat(throttle.accountFailures("chief", t0)).isEqualTo(5);
    assertThat(throttle.clearAccount("chief")).isEqualTo(5);
    assertThat(throttle.wait("10.2.2.2", "chief", t0)).isZero();
    for (int i = 0; i < 5; i++) {
      throttle.failed("10.2.2.2", "Chief", t0);
    }
    throttle.succeeded("chief");
    assertThat(throttle.accountFailures("CHIEF", t0)).isZero();
    for (int i = 0; i < 5; i++) {
      throttle.failed("10.2.2.2", "leader", t0);
    }
    assertThat(
            throttle.accountFailures("leader", t0.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1)))
        .isZero();
  }

  @Test
  void theAdministratorSeesTheAccountsWithFailuresMostFirstAndNotTheClients() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("10.2.2." + i, "Leader ", t0);
    }
    throttle.failed("10.2.2.9", "officer", t0);
    var accounts = throttle.accounts(t0);
    assertThat(accounts)
        .extracting(LoginThrottle.AccountStanding::username)
        .containsExactly("leader", "officer");
    assertThat(accounts.get(0).failures()).isEqualTo(6);
    assertThat(accounts.get(0).remaining()).isEqualTo(Duration.ofSeconds(2));
    assertThat(accounts.get(1).remaining()).isZero();
    throttle.clearAccount("leader");
    assertThat(throttle.accounts(t0))
        .extracting(LoginThrottle.AccountStanding::username)
        .containsExactly("officer");
    // forgotten after half an hour
    assertThat(throttle.accounts(t0.plus(Duration.ofMinutes(31)))).isEmpty();
  }
}
