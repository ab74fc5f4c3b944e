package org.hotline.application.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hotline.application.error.ValidationException;
import org.junit.jupiter.api.Test;

class ServiceRecordFileCharactersTest {

  private static final String HEADER =
      "sourceSystem,externalId,kind,occurredAt,citizenPhone,unitCode\n";

  @Test
  void onlyPlainBlanksAroundACellAreRemovedEverythingElseReachesTheRule() {
    String csv =
        HEADER
            + " JJ110 ,\u202EID-1,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n"
            + "JJ110,ID-2\u200B,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n";
    List<ServiceRecordFile.Row> rows = ServiceRecordFile.read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows.get(0).input().sourceSystem()).isEqualTo("JJ110");
    assertThat(rows.get(0).input().externalId()).isEqualTo("\u202EID-1");
    assertThat(rows.get(1).input().externalId()).isEqualTo("ID-2\u200B");
  }

  @Test
  void aBinaryFileIsOneErrorForTheFile() {
    byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 'a', ',', 'b', '\n'};
    byte[] withNul = "a,b\n\u0000\u0001,c\n".getBytes(StandardCharsets.UTF_8);
    for (byte[] file : List.of(oldExcel, withNul)) {
      assertThatThrownBy(() -> ServiceRecordFile.read(file))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("file"));
    }
  }

  @Test
  void aControlCharacterInACellIsTheCellsBusinessNotTheFiles() {
    String csv =
        HEADER
            + "JJ110,ID-1,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-\u0007CHENGGUAN\n";
    assertThat(ServiceRecordFile.read(csv.getBytes(StandardCharsets.UTF_8))).hasSize(1);
  }
}
