package org.hotline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  private final ReportRenderer renderer = new ReportRenderer();

  /**
   * A unit's month with thousands of tickets is filled from rows produced one by one (as the export
   * pages them from the database) and streamed to a file: more pages than the virtualizer keeps in
   * memory, every row printed, first and last.
   */
  @Test
  void longReportIsStreamedFromRowsReadOneByOne(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    int total = 3000;
    int[] read = {0};
    Iterable<Map<String, ?>> rows =
        () ->
            new java.util.Iterator<>() {
              @Override
              public boolean hasNext() {
                return read[0] < total;
              }

              @Override
              public Map<String, ?> next() {
                int i = read[0]++;
                return Map.of(
                    "number",
                    String.format("20300601-%06d", i),
                    "due",
                    "2030-06-10 23:59",
                    "replied",
                    "2030-06-09 10:00",
                    "closed",
                    "2030-06-09 12:00",
                    "callback",
                    "满意",
                    "counts",
                    "按时回复 月内办结");
              }
            };
    java.nio.file.Path file = dir.resolve("unit-month.pdf");
    try (var out = java.nio.file.Files.newOutputStream(file)) {
      renderer.pdf(
          ReportRenderer.UNIT_MONTH,
          Map.of(
              "TITLE",
              "城关派出所 2030年6月工单办理明细",
              "FIGURES",
              "回复率 100.0%",
              "PRINTED_AT",
              "2030-07-01 09:00"),
          rows,
          out);
    }
    assertThat(read[0]).isEqualTo(total);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(ReportRenderer.PAGES_IN_MEMORY);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("工单办理明细", "20300601-000000", String.format("20300601-%06d", total - 1));
    }
  }

  @Test
  void ticketSheetCarriesChineseTextAndEveryHistoryRow() throws Exception {
    Map<String, Object> params =
        Map.of(
            "ORG_NAME", "示范县公安局",
            "NUMBER", "20261123-000042",
            "STATUS", "已签收",
            "CONTENT", "小区楼下烧烤摊噪音扰民，凌晨两点仍未停止",
            "PRINTED_AT", "2026-11-23 21:00");
    List<Map<String, ?>> rows =
        List.of(
            Map.of("at", "2026-11-23 20:01", "actor", "operator", "action", "受理", "note", "来电"),
            Map.of(
                "at", "2026-11-23 20:05", "actor", "dispatcher", "action", "派单", "note", "城关派出所"));

    byte[] pdf = renderer.pdf(ReportRenderer.TICKET_SHEET, params, rows);

    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("20261123-000042", "烧烤摊噪音扰民", "城关派出所", "派单", "流转记录");
    }
  }

  @Test
  void supervisionSlipCarriesItsNumberAndChineseText() throws Exception {
    Map<String, Object> params =
        Map.of(
            "ORG_NAME", "示范县公安局",
            "NUMBER", "督〔2026〕79号",
            "TITLE", "烧烤摊噪音扰民反复投诉",
            "REQUIREMENTS", "所长亲自核实整改，亲自回访群众",
            "DEADLINE", "2026-11-30",
            "UNIT", "城关派出所",
            "HEAD", "所长 陈建国",
            "PRINTED_AT", "2026-11-23 21:00");
    List<Map<String, ?>> rows =
        List.of(
            Map.of("at", "2026-11-23 20:01", "actor", "director", "action", "下发", "note", "限期办结"));

    byte[] pdf = renderer.pdf(ReportRenderer.SUPERVISION_SLIP, params, rows);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("局长督办单", "督〔2026〕79号", "烧烤摊噪音扰民反复投诉", "亲自回访群众", "城关派出所", "办理记录");
    }
  }
}
