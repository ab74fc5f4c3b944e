package org.hotline.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountStateTest {

  private static AccountState agent(Set<Role> roles, boolean active, String unit) {
    return new AccountState("王 回访", unit, roles, active);
  }

  @Test
  void theRecordedTextReadsBackTheSameState() {
    AccountState s = agent(EnumSet.of(Role.CALLBACK, Role.OPERATOR), false, "RXZX");
    assertThat(AccountState.parse(s.text())).isEqualTo(s);
    assertThat(s.text()).contains("operator,callback");
  }

  @Test
  void aClaimKeepsItsRightOnlyWhenRoleActiveAndUnitStay() {
    AccountState before = agent(EnumSet.of(Role.CALLBACK), true, "RXZX");
    assertThat(
            agent(EnumSet.of(Role.CALLBACK, Role.OPERATOR), true, "RXZX")
                .keepsCallbackRightOf(before))
        .isTrue();
    assertThat(agent(EnumSet.of(Role.OPERATOR), true, "RXZX").keepsCallbackRightOf(before))
        .isFalse();
    assertThat(agent(EnumSet.of(Role.CALLBACK), false, "RXZX").keepsCallbackRightOf(before))
        .isFalse();
    assertThat(agent(EnumSet.of(Role.CALLBACK), true, "GA").keepsCallbackRightOf(before)).isFalse();
  }

  @Test
  void onlyAFormerCallbackAgentWhoLostTheRightAsksForTheClaimsToBeChecked() {
    AccountState agent = agent(EnumSet.of(Role.CALLBACK), true, "RXZX");
    AccountState operator = agent(EnumSet.of(Role.OPERATOR), true, "RXZX");
    assertThat(new AccountChanged("a", agent, operator, "admin").callbackRightLost()).isTrue();
    assertThat(new AccountChanged("a", operator, agent, "admin").callbackRightLost()).isFalse();
    assertThat(new AccountChanged("a", null, agent, "admin").callbackRightLost()).isFalse();
    assertThat(new AccountChanged("a", agent, agent, "admin").identityChanged()).isFalse();
    assertThat(new AccountChanged("a", agent, operator, "admin").identityChanged()).isTrue();
  }
}
