package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 派单、退单、裁定: the return window, the arbitration limit and a binding arbitration. */
class RoutingStateTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

  @Test
  void aUnitMayReturnUntilTheReturnDeadlineOnly() {
    RoutingState r = RoutingState.none();
    Instant deadline = T0.plusSeconds(3600);
    r.routed(T0, deadline, null);
    assertThat(r.assignedAt()).isEqualTo(T0);
    assertThat(r.returnable(deadline)).isTrue();
    assertThat(r.returnable(deadline.plusSeconds(1))).isFalse();
    assertThatThrownBy(() -> r.requireReturnable(deadline.plusSeconds(1)))
        .hasMessageContaining(TicketRuleException.RETURN_WINDOW_CLOSED);
  }

  @Test
  void afterTheLimitOfReturnsOnlyAnArbitrationRoutes() {
    RoutingState r = RoutingState.none();
    for (int i = 0; i < RoutingState.RETURNS_BEFORE_ARBITRATION; i++) {
      assertThat(r.belowArbitrationLimit()).isTrue();
      r.requireAssignable();
      r.routed(T0, T0.plusSeconds(3600), null);
      r.returned("不属本单位职责");
    }
    assertThat(r.returnCount()).isEqualTo(RoutingState.RETURNS_BEFORE_ARBITRATION);
    assertThat(r.lastReturnReason()).isEqualTo("不属本单位职责");
    assertThat(r.returnDeadline()).isNull();
    assertThat(r.belowArbitrationLimit()).isFalse();
    assertThatThrownBy(r::requireAssignable)
        .hasMessageContaining(TicketRuleException.ARBITRATION_REQUIRED);
  }

  @Test
  void anArbitratedOwnerCanNeverReturn() {
    RoutingState r = RoutingState.none();
    r.routed(T0, null, null);
    assertThat(r.returnable(T0.plusSeconds(10_000_000))).isTrue();
    r.arbitrated();
    assertThat(r.isArbitrated()).isTrue();
    assertThat(r.returnable(T0)).isFalse();
    assertThatThrownBy(() -> r.requireReturnable(T0))
        .hasMessageContaining(TicketRuleException.ARBITRATED_NOT_RETURNABLE);
  }
}
