package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaLevel;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.junit.jupiter.api.Test;

/** The rules of 退单 and 裁定 on the ticket itself, with a controlled clock. */
class TicketReturnRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
  private static final Actor DISPATCHER = new Actor("dispatcher", "dispatcher", "RXZX");
  private static final Actor AGENCY = new Actor("agency", "agency", "AG-URBAN");
  private final Unit urban = new Unit("AG-URBAN", "城管", UnitKind.AGENCY, null, 0);
  private final Unit property = new Unit("AG-PROPERTY", "物业中心", UnitKind.AGENCY, null, 0);

  private Ticket ticket() throws Exception {
    Category category = new Category("WY-PROPERTY", "物业", null, false, 7, true);
    Area area = new Area("CG-CG-01", "中心社区", null, AreaLevel.COMMUNITY, null);
    Ticket t =
        new Ticket(
            "20261123-000001",
            new TicketDetails(
                Channel.PHONE_12345,
                null,
                null,
                false,
                null,
                area,
                category,
                Urgency.NORMAL,
                "物业乱收费"),
            T0.plus(7, ChronoUnit.DAYS),
            "operator",
            T0);
    Field id = TicketIntake.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(t, 1L);
    return t;
  }

  @Test
  void aReturnWithinTheWindowPutsTheTicketInTheReturnedQueueWithoutOwner() throws Exception {
    Ticket t = ticket();
    Instant windowEnd = T0.plus(2, ChronoUnit.DAYS);
    t.routingSteps().assignTo(urban, null, null, windowEnd, DISPATCHER, T0);
    assertThat(t.routingSteps().returnable(windowEnd)).isTrue();
    TicketEvent e = t.routingSteps().returnToCentre("不属于本单位职责", null, AGENCY, windowEnd);
    assertThat(t.status()).isEqualTo(TicketStatus.RETURNED);
    assertThat(t.ownerUnit()).isNull();
    assertThat(e.fromStatus()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(e.detail()).isEqualTo("unit=AG-URBAN");
  }

  @Test
  void aReturnAfterTheWindowIsRefusedAndChangesNothing() throws Exception {
    Ticket t = ticket();
    Instant windowEnd = T0.plus(2, ChronoUnit.DAYS);
    t.routingSteps().assignTo(urban, null, null, windowEnd, DISPATCHER, T0);
    Instant late = windowEnd.plusSeconds(1);
    assertThat(t.routingSteps().returnable(late)).isFalse();
    assertThatThrownBy(() -> t.routingSteps().returnToCentre("太晚了", null, AGENCY, late))
        .isInstanceOf(TicketRuleException.class)
        .extracting(x -> ((TicketRuleException) x).rule())
        .isEqualTo(TicketRuleException.RETURN_WINDOW_CLOSED);
    assertThat(t.status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(t.ownerUnit()).isSameAs(urban);
  }

  @Test
  void twoReturnsRequireArbitrationWhichIsBinding() throws Exception {
    Ticket t = ticket();
    Instant end = T0.plus(2, ChronoUnit.DAYS);
    t.routingSteps().assignTo(urban, null, null, end, DISPATCHER, T0);
    t.routingSteps().returnToCentre("一", null, AGENCY, T0);
    t.routingSteps().assignTo(urban, null, null, end, DISPATCHER, T0);
    t.routingSteps().returnToCentre("二", null, AGENCY, T0);
    assertThatThrownBy(() -> t.routingSteps().assignTo(property, null, null, end, DISPATCHER, T0))
        .isInstanceOf(TicketRuleException.class);
    t.routingSteps().arbitrate(urban, "裁定由城管承办", null, DISPATCHER, T0);
    assertThat(t.routing().isArbitrated()).isTrue();
    assertThat(t.routingSteps().returnable(T0)).isFalse();
    assertThatThrownBy(() -> t.routingSteps().returnToCentre("三", null, AGENCY, T0))
        .isInstanceOf(TicketRuleException.class)
        .extracting(x -> ((TicketRuleException) x).rule())
        .isEqualTo(TicketRuleException.ARBITRATED_NOT_RETURNABLE);
  }

  @Test
  void nothingButAnOpenUnitTicketCanBeReturned() throws Exception {
    Ticket t = ticket();
    assertThatThrownBy(() -> t.routingSteps().returnToCentre("未派单", null, AGENCY, T0))
        .isInstanceOf(IllegalTicketTransitionException.class);
  }
}
