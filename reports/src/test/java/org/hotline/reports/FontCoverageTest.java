package org.hotline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRFrame;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fonts.FontSetFamilyInfo;
import net.sf.jasperreports.engine.fonts.FontSetInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.JRLoader;
import org.junit.jupiter.api.Test;

/**
 * The font set of the reports ("Hotline CJK", fonts/fonts.xml) as JasperReports itself resolves it
 * covers GB 18030-2022 levels 1 and 2, and every text element of every template uses it.
 */
class FontCoverageTest {

  static FontSetInfo fontSet() {
    FontSetInfo set =
        FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
            .getFontSetInfo(ReportRenderer.FONT_SET, Locale.SIMPLIFIED_CHINESE, false);
    assertThat(set).as("font set " + ReportRenderer.FONT_SET).isNotNull();
    return set;
  }

  static String familyFor(FontSetInfo set, int cp) {
    Font font = fontFor(set, cp);
    return font == null ? null : familyNameOf(set, font);
  }

  /** The font of the set that draws {@code cp}: the first one that has it. */
  static Font fontFor(FontSetInfo set, int cp) {
    for (FontSetFamilyInfo family : set.getFamilies()) {
      Font font = family.getFontFamily().getNormalFace().getFont();
      if (font.canDisplay(cp)) {
        return font;
      }
    }
    return null;
  }

  private static String familyNameOf(FontSetInfo set, Font font) {
    for (FontSetFamilyInfo family : set.getFamilies()) {
      if (family.getFontFamily().getNormalFace().getFont() == font) {
        return family.getFontFamily().getName();
      }
    }
    return null;
  }

  @Test
  void everyCharacterOfGb18030Levels1And2HasAGlyphInTheFontSet() {
    FontSetInfo set = fontSet();
    int[] repertoire = Gb18030Repertoire.levels1And2();
    assertThat(repertoire.length).as("size of levels 1+2").isGreaterThan(28_000);
    List<String> missing = new ArrayList<>();
    for (int cp : repertoire) {
      if (familyFor(set, cp) == null) {
        missing.add(String.format("U+%04X %s", cp, Character.toString(cp)));
      }
    }
    assertThat(missing).as("characters no font of the set can draw").isEmpty();
  }

  @Test
  void everyCharacterOfTheTableOfGeneralStandardChineseCharactersIsInThePrimaryFont() {
    FontSetInfo set = fontSet();
    List<String> notPrimary =
        Gb18030Repertoire.generalStandardCharacters()
            .filter(cp -> !"Noto Sans SC".equals(familyFor(set, cp)))
            .mapToObj(Character::toString)
            .toList();
    assertThat(notPrimary).isEmpty();
  }

  @Test
  void rareAndSupplementaryCharactersResolveToAFontThatHasThem() {
    FontSetInfo set = fontSet();
    assertThat(set.getPrimaryFamily().getFontFamily().getName()).isEqualTo("Noto Sans SC");
    assertThat(familyFor(set, "焜".codePointAt(0))).isEqualTo("Noto Sans SC");
    assertThat(familyFor(set, "堃".codePointAt(0))).isEqualTo("Noto Sans SC");
    // 𠮷 (U+20BB7, Extension B) and 𪚥 (U+2A6A5) are not in Noto Sans SC: the fallback draws them
    assertThat(familyFor(set, 0x20BB7)).isEqualTo("Hotline Han Ext");
    assertThat(familyFor(set, 0x2A6A5)).isEqualTo("Hotline Han Ext");
    // ≒ (GB 18030 two-byte A8 4E) is in neither CJK font
    assertThat(familyFor(set, 0x2252)).isEqualTo("Hotline Symbols");
  }

  @Test
  void everyFontOfTheSetIsTrueTypeSoThatThePdfCanEmbedIt() throws IOException {
    for (String resource :
        List.of(
            "fonts/NotoSansSC-Regular.ttf",
            "fonts/NotoSansSC-Bold.ttf",
            "fonts/HotlineHanExt.ttf",
            "fonts/HotlineSymbols.ttf")) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        byte[] head = in.readNBytes(4);
        assertThat(head)
            .as(resource + " starts with the TrueType version 1.0 tag, not OTTO (CFF)")
            .containsExactly(0, 1, 0, 0);
      }
    }
  }

  @Test
  void everyTextElementOfEveryTemplateUsesTheFontSet() throws Exception {
    List<Path> compiled = compiledTemplates();
    assertThat(compiled).hasSizeGreaterThanOrEqualTo(2);
    for (Path jasper : compiled) {
      JasperReport report = (JasperReport) JRLoader.loadObject(jasper.toFile());
      List<JRTextElement> texts = new ArrayList<>();
      Stream.of(report.getAllBands()).forEach(band -> collectTexts(band.getElements(), texts));
      assertThat(texts).as(jasper.toString()).isNotEmpty();
      for (JRTextElement text : texts) {
        assertThat(text.getFontName())
            .as(jasper + " element at y=" + text.getY())
            .isEqualTo(ReportRenderer.FONT_SET);
      }
    }
  }

  private static void collectTexts(JRElement[] elements, List<JRTextElement> into) {
    if (elements == null) {
      return;
    }
    for (JRElement element : elements) {
      if (element instanceof JRTextElement text) {
        into.add(text);
      } else if (element instanceof JRFrame frame) {
        collectTexts(frame.getElements(), into);
      }
    }
  }

  static List<Path> compiledTemplates() throws IOException, URISyntaxException {
    Path dir = Path.of(FontCoverageTest.class.getClassLoader().getResource("reports").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".jasper")).sorted().toList();
    }
  }
}
