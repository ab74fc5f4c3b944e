package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 重复件合并: the link of a call to its main ticket and the rules of merging. */
class MergeLinkTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

  private static Ticket ticket(long id) throws Exception {
    return TicketMergeRulesTest.ticket(id);
  }

  @Test
  void aLinkJoinsHangsOffItsMainTicketAndLeavesIt() throws Exception {
    Ticket main = ticket(1);
    Ticket other = ticket(2);
    MergeLink link = MergeLink.none();
    assertThat(link.mainTicket()).isNull();
    assertThat(link.hangsOff(main)).isFalse();
    link.join(main);
    assertThat(link.mainTicket()).isSameAs(main);
    assertThat(link.hangsOff(main)).isTrue();
    assertThat(link.hangsOff(other)).isFalse();
    assertThat(link.leave()).isSameAs(main);
    assertThat(link.mainTicket()).isNull();
  }

  @Test
  void neverIntoItselfNorIntoAMergedTicket() throws Exception {
    Ticket a = ticket(1);
    Ticket b = ticket(2);
    Ticket c = ticket(3);
    assertThatThrownBy(() -> MergeLink.requireMergeable(a, a))
        .isInstanceOfSatisfying(
            TicketRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(TicketRuleException.NOT_MERGEABLE));
    MergeLink.requireMergeable(a, b);
    b.mergeSteps().mergeInto(c, List.of(), null, new Actor("dispatcher", "dispatcher", "RXZX"), T0);
    assertThatThrownBy(() -> MergeLink.requireMergeable(a, b))
        .isInstanceOf(TicketRuleException.class);
  }
}
