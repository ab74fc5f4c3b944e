package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 办理记录: signature and reply; a reply held by the chief has not left the unit. */
class HandlingRecordTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

  @Test
  void aReplyWithTheChiefLeavesTheUnitOnlyWhenSentOn() {
    HandlingRecord h = HandlingRecord.none();
    h.signed(T0);
    h.replied("已处理", null);
    assertThat(h.replyText()).isEqualTo("已处理");
    assertThat(h.repliedAt()).isNull();
    h.sentOn(T0.plusSeconds(60));
    assertThat(h.repliedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(h.signedAt()).isEqualTo(T0);
  }

  @Test
  void aNewOwnerStartsUnsigned() {
    HandlingRecord h = HandlingRecord.none();
    h.signed(T0);
    h.unsigned();
    assertThat(h.signedAt()).isNull();
    h.replied("直接回复", T0);
    assertThat(h.repliedAt()).isEqualTo(T0);
    h.answered("咨询已答复");
    assertThat(h.directAnswer()).isEqualTo("咨询已答复");
  }
}
