package org.hotline.infrastructure.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsmpp.SMPPConstant;
import org.jsmpp.extra.ProcessRequestException;
import org.junit.jupiter.api.Test;

/** The simulator's test behaviours: refuse, hang, normal; every submit counted. */
class SmscTestBehaviourTest {

  private static final String TO = "+8613912345678";

  @Test
  void refusedSubmitsCarryTheStatusAskedForAndNormalAcceptsAgain() throws Exception {
    SmscTestBehaviour b = new SmscTestBehaviour();
    b.received(TO, () -> true);
    b.behave(TO, "REFUSE", 0x58);
    assertThatThrownBy(() -> b.received(TO, () -> true))
        .isInstanceOfSatisfying(
            ProcessRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(0x58));
    b.behave(TO, "NORMAL", 0);
    b.received(TO, () -> true);
    assertThat(b.seen(TO)).isEqualTo(3);
    assertThat(b.seen("+8613900000000")).isZero();
  }

  @Test
  void aHungSubmitEndsRefusedOnceTheSimulatorIsDown() {
    SmscTestBehaviour b = new SmscTestBehaviour();
    b.behave(TO, "HANG", 0);
    long started = System.nanoTime();
    assertThatThrownBy(() -> b.received(TO, () -> false))
        .isInstanceOfSatisfying(
            ProcessRequestException.class,
            e -> assertThat(e.getErrorCode()).isEqualTo(SMPPConstant.STAT_ESME_RSYSERR));
    assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
    assertThatThrownBy(() -> b.behave(TO, "SLOW", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
