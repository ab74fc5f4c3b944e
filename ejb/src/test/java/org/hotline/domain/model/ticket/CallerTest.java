package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 来电人: the number is kept as given and normalised to E.164 once, at intake. */
class CallerTest {

  @Test
  void keepsTheNumberAsGivenAndItsE164Form() {
    Caller caller = new Caller("张三", "139-1234-5678", true);
    assertThat(caller.name()).isEqualTo("张三");
    assertThat(caller.phone()).isEqualTo("139-1234-5678");
    assertThat(caller.phoneE164()).isEqualTo("+8613912345678");
    assertThat(caller.confidential()).isTrue();
  }

  @Test
  void anAnonymousCallerOrAnInvalidNumberHasNoE164Form() {
    assertThat(new Caller(null, null, false).phoneE164()).isNull();
    Caller invalid = new Caller(null, "12", false);
    assertThat(invalid.phone()).isEqualTo("12");
    assertThat(invalid.phoneE164()).isNull();
    assertThat(invalid.confidential()).isFalse();
  }
}
