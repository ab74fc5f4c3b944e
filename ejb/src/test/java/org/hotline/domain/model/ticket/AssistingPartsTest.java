package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.junit.jupiter.api.Test;

/** 协办: each unit assists once, never the owner; the owner waits for pending parts. */
class AssistingPartsTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
  private final Unit bureau = new Unit("GA", "县公安局", UnitKind.BUREAU, null, 0);
  private final Unit owner = new Unit("PS-CHENGGUAN", "城关派出所", UnitKind.STATION, bureau, 0);
  private final Unit east = new Unit("PS-DONGGUAN", "东关派出所", UnitKind.STATION, bureau, 0);
  private final Unit west = new Unit("PS-XIGUAN", "西关派出所", UnitKind.STATION, bureau, 0);

  @Test
  void addsEachUnitOnceAndNeverTheOwner() {
    List<AssistingPart> list = new ArrayList<>();
    AssistingParts parts = new AssistingParts(list);
    assertThat(parts.add(null, owner, List.of(owner, east, east), T0)).containsExactly(east.code());
    assertThat(parts.add(null, owner, List.of(east, west), T0)).containsExactly(west.code());
    assertThat(list).hasSize(2);
    assertThat(parts.assistedBy(east.code())).isTrue();
    assertThat(parts.assistedBy(owner.code())).isFalse();
  }

  @Test
  void theOwnerWaitsForPendingPartsAndANewOwnerCancelsThoseStillPending() {
    AssistingParts parts = new AssistingParts(new ArrayList<>());
    parts.add(null, owner, List.of(east, west), T0);
    assertThat(parts.anyPending()).isTrue();
    parts.pendingOf(east.code()).orElseThrow().reply("已协查", "east", T0);
    assertThat(parts.pendingOf(east.code())).isEmpty();
    assertThat(parts.anyPending()).isTrue();
    assertThat(parts.active()).hasSize(2);
    parts.cancelAll();
    // the part already replied stays (its reply is part of the record); the pending one ends
    assertThat(parts.anyPending()).isFalse();
    assertThat(parts.active()).extracting(p -> p.unit().code()).containsExactly(east.code());
    assertThat(parts.assistedBy(west.code())).isFalse();
    // a cancelled unit may be asked again
    assertThat(parts.add(null, owner, List.of(west), T0)).containsExactly(west.code());
  }
}
