package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaLevel;
import org.hotline.domain.model.category.Category;
import org.junit.jupiter.api.Test;

/** 重复件合并 on the tickets themselves: calls follow their main ticket, never a chain or a cycle. */
class TicketMergeRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
  private static final Actor DISPATCHER = new Actor("dispatcher", "dispatcher", "RXZX");

  static Ticket ticket(long id) throws Exception {
    Category category = new Category("ZA-NOISE", "噪音", null, true, 7, true);
    Area area = new Area("CG-CG-01", "中心社区", null, AreaLevel.COMMUNITY, null);
    Ticket t =
        new Ticket(
            "20261123-00000" + id,
            new TicketDetails(
                Channel.PHONE_12345,
                null,
                null,
                false,
                null,
                area,
                category,
                Urgency.NORMAL,
                "楼下烧烤噪音"),
            T0.plusSeconds(86400),
            "operator",
            T0);
    Field f = TicketIntake.class.getDeclaredField("id");
    f.setAccessible(true);
    f.set(t, id);
    return t;
  }

  @Test
  void callsMergedIntoATicketFollowItWhenItIsMergedInTurn() throws Exception {
    Ticket a = ticket(1);
    Ticket b = ticket(2);
    Ticket c = ticket(3);
    c.mergeSteps().mergeInto(a, List.of(), null, DISPATCHER, T0);
    List<TicketEvent> events = a.mergeSteps().mergeInto(b, List.of(c), "同一件事", DISPATCHER, T0);

    assertThat(a.mergedInto()).isSameAs(b);
    assertThat(c.mergedInto()).isSameAs(b);
    assertThat(events).extracting(TicketEvent::ticketId).containsExactly(1L, 2L, 3L, 2L);
    assertThat(events.get(2).detail()).isEqualTo("main=20261123-000002;via=20261123-000001");
    assertThat(events.get(3).detail()).isEqualTo("call=20261123-000003;via=20261123-000001");
    assertThat(events.get(3).details().values())
        .containsEntry("call", "20261123-000003")
        .containsEntry("via", "20261123-000001");

    // every caller is due for callback once the one remaining main ticket closes
    b.answerDirectly("已答复", DISPATCHER, T0);
    assertThat(List.of(a.callbackDue(), b.callbackDue(), c.callbackDue())).containsOnly(true);
  }

  @Test
  void neitherIntoAMergedTicketNorBackIntoItsOwnCall() throws Exception {
    Ticket a = ticket(1);
    Ticket b = ticket(2);
    a.mergeSteps().mergeInto(b, List.of(), null, DISPATCHER, T0);
    assertThatThrownBy(() -> ticket(3).mergeSteps().mergeInto(a, List.of(), null, DISPATCHER, T0))
        .isInstanceOf(TicketRuleException.class);
    assertThatThrownBy(() -> b.mergeSteps().mergeInto(a, List.of(), null, DISPATCHER, T0))
        .isInstanceOf(TicketRuleException.class);
    assertThatThrownBy(() -> a.mergeSteps().mergeInto(b, List.of(), null, DISPATCHER, T0))
        .isInstanceOf(IllegalTicketTransitionException.class);
    assertThat(b.status()).isEqualTo(TicketStatus.PENDING_TRIAGE);
  }
}
