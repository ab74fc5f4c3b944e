package org.hotline.application.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hotline.application.error.ValidationException;
import org.junit.jupiter.api.Test;

class ServiceRecordFileTest {

  @Test
  void csvRowsKeepTheirFileRowNumbersQuotedCommasAndChineseHeadings() {
    String csv =
        "\uFEFF来源系统,外部编号,类型,发生时间,群众电话,警号,单位编码,摘要\r\n"
            + "JJ110,1,INCIDENT_110,2026-11-20T09:30:00+08:00,13912345678,003001,PS-CHENGGUAN,\"调解, 已和解\"\r\n"
            + ",,,,,,,\r\n"
            + "JJ110,2,WINDOW_SERVICE,2026-11-20T10:30:00+08:00,13912345679,,BR-HUZHENG,\r\n";
    List<ServiceRecordFile.Row> rows =
        ServiceRecordFile.read(csv.getBytes(Charset.forName("GB18030")));
    assertThat(rows).extracting(ServiceRecordFile.Row::line).containsExactly(2, 4);
    assertThat(rows.get(0).input().summary()).isEqualTo("调解, 已和解");
    assertThat(rows.get(1).input().unitCode()).isEqualTo("BR-HUZHENG");
    assertThat(rows.get(1).input().officerBadge()).isEmpty();
  }

  @Test
  void aFileWithoutItsColumnsOrUnreadableIsRefusedAsAWhole() {
    assertThatThrownBy(() -> ServiceRecordFile.read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .contains("header.sourceSystem", "header.unitCode"));
    assertThatThrownBy(() -> ServiceRecordFile.read(new byte[0]))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ServiceRecordFile.read(new byte[] {'P', 'K', 3, 4, 0, 0}))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations().get(0).reason()).isEqualTo("INVALID"));
  }

  @Test
  void localTimesAndChineseKindNamesAsPeopleExportThemAreReadAsShanghaiAndCodes() {
    String csv =
        "来源系统,外部编号,类型,发生时间,群众电话,警号,单位编码,摘要\n"
            + "JJ110,1,110接处警,2026-11-29 10:15,13912345678,003001,PS-CHENGGUAN,\n"
            + "JJ110,2,窗口办事,2026/11/29 10:15,13912345679,,PS-CHENGGUAN,\n"
            + "JJ110,3,110 接处警,2026-11-29 08:05:30,13912345679,,PS-CHENGGUAN,\n"
            + "JJ110,4,window service,2026-11-29T10:15:00+08:00,13912345679,,PS-CHENGGUAN,\n"
            + "JJ110,5,火警,29.11.2026,13912345679,,PS-CHENGGUAN,\n";
    List<ServiceRecordFile.Row> rows = ServiceRecordFile.read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows)
        .extracting(r -> r.input().kind())
        .containsExactly("INCIDENT_110", "WINDOW_SERVICE", "INCIDENT_110", "WINDOW_SERVICE", "火警");
    assertThat(rows)
        .extracting(r -> r.input().occurredAt())
        .containsExactly(
            "2026-11-29T10:15+08:00",
            "2026-11-29T10:15+08:00",
            "2026-11-29T08:05:30+08:00",
            "2026-11-29T10:15:00+08:00",
            "29.11.2026");
  }
}
