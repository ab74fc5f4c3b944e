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
    byte[] utf16 = "来源系统,外部编号\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    for (byte[] file : List.of(oldExcel, utf16)) {
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

  @Test
  void aNulByteInOneLineIsThatRowsBusinessTheOtherRowsAreKept() {
    String csv =
        HEADER
            + "JJ110,ID-1,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n"
            + "JJ110,ID-\u00002,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n"
            + "JJ110,ID-3,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n";
    List<ServiceRecordFile.Row> rows = ServiceRecordFile.read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows).extracting(ServiceRecordFile.Row::line).containsExactly(2, 3, 4);
    assertThat(rows.get(1).input().externalId()).isEqualTo("ID-\u00002");
  }

  @Test
  void anUnterminatedQuoteCostsItsLineOnlyAndIsReportedWithIt() {
    String csv =
        HEADER
            + "JJ110,ID-1,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n"
            + "JJ110,\"ID-2,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n"
            + "JJ110,ID-3,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\n";
    List<ServiceRecordFile.Row> rows = ServiceRecordFile.read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows).extracting(ServiceRecordFile.Row::line).containsExactly(2, 3, 4);
    assertThat(rows.get(0).input().externalId()).isEqualTo("ID-1");
    assertThat(rows.get(1).input()).isNull();
    assertThat(rows.get(1).broken())
        .extracting(v -> v.reason())
        .containsExactly(ServiceRecordFile.BROKEN_LINE);
    assertThat(rows.get(2).input().externalId()).isEqualTo("ID-3");
  }

  @Test
  void textAfterAClosingQuoteIsABrokenLineToo() {
    String csv =
        HEADER
            + "JJ110,\"ID-1\"x,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\r\n"
            + "JJ110,ID-2,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,PS-CHENGGUAN\r\n";
    List<ServiceRecordFile.Row> rows = ServiceRecordFile.read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows).extracting(ServiceRecordFile.Row::line).containsExactly(2, 3);
    assertThat(rows.get(0).broken()).isNotEmpty();
    assertThat(rows.get(1).input().externalId()).isEqualTo("ID-2");
  }
}
