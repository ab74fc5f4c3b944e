package org.hotline.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;
import org.hotline.application.error.Violations;
import org.junit.jupiter.api.Test;

class AccountInputTest {

  private final AccountInput input = new AccountInput();

  private static String reason(Violations v) {
    try {
      v.throwIfAny();
      return null;
    } catch (ValidationException e) {
      return e.violations().get(0).reason();
    }
  }

  private String username(String u) {
    Violations v = new Violations();
    input.username(v, u);
    return reason(v);
  }

  private String password(String p) {
    Violations v = new Violations();
    input.password(v, p);
    return reason(v);
  }

  @Test
  void usernamesAreLowerCaseCodes() {
    assertThat(username("callback-city")).isNull();
    assertThat(username("wang.li_2")).isNull();
    assertThat(username("Wang")).isEqualTo(FieldViolation.INVALID);
    assertThat(username("-x")).isEqualTo(FieldViolation.INVALID);
    assertThat(username("a")).isEqualTo(FieldViolation.INVALID);
    assertThat(username("王五")).isEqualTo(FieldViolation.INVALID);
    assertThat(username("ab\u200bc")).isEqualTo(FieldViolation.INVALID_CHARACTER);
    assertThat(username(" ")).isEqualTo(FieldViolation.REQUIRED);
  }

  @Test
  void passwordsAreEightCharactersToSeventyTwoBytes() {
    assertThat(password("Zhanghao-2026")).isNull();
    assertThat(password("密码密码密码密码")).as("8 characters, 24 bytes").isNull();
    assertThat(password("short")).isEqualTo(FieldViolation.TOO_SHORT);
    assertThat(password("密".repeat(25))).as("75 bytes").isEqualTo(FieldViolation.TOO_LONG);
    assertThat(password("abc\u0000defgh")).isEqualTo(FieldViolation.INVALID_CHARACTER);
    assertThat(password("")).isEqualTo(FieldViolation.REQUIRED);
  }
}
