package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 回访状态: unreachable citizens are tried three times; any other answer is final at once. */
class CallbackStateTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

  @Test
  void anUnreachableCitizenIsTriedUntilTheThirdAttemptWhichIsFinal() {
    CallbackState state = CallbackState.none();
    CallbackState.Attempt first = state.record(CallbackResult.UNREACHABLE, null, T0);
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.last()).isFalse();
    assertThat(state.result()).isNull();
    assertThat(state.calledBackAt()).isNull();
    assertThat(state.record(CallbackResult.UNREACHABLE, List.of(), T0.plusSeconds(60)).last())
        .isFalse();
    CallbackState.Attempt third =
        state.record(CallbackResult.UNREACHABLE, List.of(), T0.plusSeconds(120));
    assertThat(third.number()).isEqualTo(CallbackResult.MAX_UNREACHABLE_ATTEMPTS);
    assertThat(third.last()).isTrue();
    assertThat(state.result()).isEqualTo(CallbackResult.UNREACHABLE);
    assertThat(state.calledBackAt()).isEqualTo(T0.plusSeconds(120));
    assertThat(state.attempts()).isEqualTo(3);
  }

  @Test
  void anAnswerIsFinalAtOnceWithItsReasonsInTheOrderGiven() {
    CallbackState state = CallbackState.none();
    state.record(CallbackResult.UNREACHABLE, null, T0);
    CallbackState.Attempt answer =
        state.record(CallbackResult.DISSATISFIED, List.of("SLOW", "ATTITUDE"), T0.plusSeconds(9));
    assertThat(answer.number()).isEqualTo(2);
    assertThat(answer.last()).isTrue();
    assertThat(answer.reasons()).containsExactly("SLOW", "ATTITUDE");
    assertThat(state.result()).isEqualTo(CallbackResult.DISSATISFIED);
    assertThat(state.reasons()).containsExactly("SLOW", "ATTITUDE");
    assertThat(state.calledBackAt()).isEqualTo(T0.plusSeconds(9));
  }

  @Test
  void noReasonsAreShownBeforeAFinalResult() {
    CallbackState state = CallbackState.none();
    state.record(CallbackResult.UNREACHABLE, List.of("SLOW"), T0);
    assertThat(state.reasons()).isEmpty();
  }
}
