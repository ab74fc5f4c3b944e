package org.hotline.application.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hotline.application.reference.AreaFromAddress.Place;
import org.junit.jupiter.api.Test;

class AreaFromAddressTest {

  static final List<Place> PLACES =
      List.of(
          new Place("CG-CG", "城关街道", false),
          new Place("CG-CG-02", "人民路社区", true),
          new Place("CG-DG", "东关街道", false),
          new Place("CG-DG-01", "幸福社区", true),
          new Place("XZ-QT-01", "桥头村", true),
          new Place("XZ-QT", "桥头镇", false));

  @Test
  void aStreetNameInTheAddressFindsItsCommunity() {
    assertThat(AreaFromAddress.find("人民路88号3单元", PLACES, 3)).containsExactly("CG-CG-02");
  }

  @Test
  void theCommunityComesBeforeTheStreetItLiesIn() {
    assertThat(AreaFromAddress.find("东关街道幸福小区5号楼", PLACES, 3)).containsExactly("CG-DG-01", "CG-DG");
    assertThat(AreaFromAddress.find("桥头镇桥头村二组", PLACES, 3)).first().isEqualTo("XZ-QT-01");
  }

  @Test
  void anAddressNamingNoKnownPlaceFindsNothing() {
    assertThat(AreaFromAddress.find("解放大道100号", PLACES, 3)).isEmpty();
    assertThat(AreaFromAddress.find(null, PLACES, 3)).isEmpty();
  }
}
