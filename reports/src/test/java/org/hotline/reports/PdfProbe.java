package org.hotline.reports;

import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF really shows, read back with PDFBox: its text (through the fonts' ToUnicode maps), its
 * lines, and for every character drawn whether the embedded font has a non-empty outline for the
 * code the page uses, and how much ink the rendered page has where the character stands.
 */
final class PdfProbe {

  /** One character drawn on a page. */
  record Drawn(
      int page,
      String unicode,
      String font,
      boolean embedded,
      boolean hasOutline,
      float x,
      float baseline,
      float width,
      float height) {}

  private static final Pattern PAGE_FOOTER = Pattern.compile("打印时间 .*第 \\d+ 页");

  private final byte[] pdf;
  private final int pages;
  private final String text;
  private final List<Drawn> drawn;

  private PdfProbe(byte[] pdf, int pages, String text, List<Drawn> drawn) {
    this.pdf = pdf;
    this.pages = pages;
    this.text = text;
    this.drawn = drawn;
  }

  static PdfProbe of(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Drawn> drawn = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
              super.processTextPosition(position);
              drawn.add(describe(getCurrentPageNo() - 1, position));
            }
          };
      String text = stripper.getText(doc);
      return new PdfProbe(pdf, doc.getNumberOfPages(), text, drawn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Drawn describe(int page, TextPosition position) {
    PDFont font = position.getFont();
    boolean outline = false;
    try {
      for (int code : position.getCharacterCodes()) {
        if (font instanceof PDVectorFont vector && vector.hasGlyph(code)) {
          GeneralPath path = vector.getPath(code);
          outline = path != null && !path.getBounds2D().isEmpty();
        }
      }
    } catch (IOException e) {
      outline = false;
    }
    return new Drawn(
        page,
        position.getUnicode(),
        font.getName(),
        font.isEmbedded(),
        outline,
        position.getXDirAdj(),
        position.getYDirAdj(),
        position.getWidthDirAdj(),
        position.getHeightDir());
  }

  /** The number of pages. */
  int pages() {
    return pages;
  }

  /** The text as PDFBox extracts it, one visual line per line. */
  String text() {
    return text;
  }

  /**
   * The extracted text without line breaks and without the page footers ("打印时间 … 第 N 页"), for
   * checking that a long value was printed whole, also across pages.
   */
  String joined() {
    return String.join(
        "", text.lines().filter(line -> !PAGE_FOOTER.matcher(line.strip()).matches()).toList());
  }

  /** The non-blank lines, trimmed. */
  List<String> lines() {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** Every character drawn. */
  List<Drawn> drawn() {
    return drawn;
  }

  /** The visible characters whose glyph is missing, not embedded or empty, without repeats. */
  TreeSet<String> undrawn() {
    TreeSet<String> missing = new TreeSet<>();
    for (Drawn d : drawn) {
      if (!d.unicode().isBlank() && !(d.embedded() && d.hasOutline())) {
        missing.add(d.unicode());
      }
    }
    return missing;
  }

  /**
   * The dark pixels of the page rendered at 144 dpi inside the box where each occurrence of {@code
   * ch} is drawn (one number per occurrence): a glyph that is really drawn leaves ink there.
   */
  List<Integer> inkOf(String ch) {
    List<Integer> ink = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      int renderedPage = -1;
      BufferedImage image = null;
      float scale = 2f;
      for (Drawn d : drawn) {
        if (!d.unicode().equals(ch)) {
          continue;
        }
        if (d.page() != renderedPage) {
          image = renderer.renderImage(d.page(), scale);
          renderedPage = d.page();
        }
        int dark = 0;
        int x0 = Math.max(0, (int) (d.x() * scale));
        int x1 = Math.min(image.getWidth(), (int) ((d.x() + d.width()) * scale) + 1);
        int y0 = Math.max(0, (int) ((d.baseline() - d.height()) * scale));
        int y1 = Math.min(image.getHeight(), (int) (d.baseline() * scale) + 1);
        for (int y = y0; y < y1; y++) {
          for (int x = x0; x < x1; x++) {
            int rgb = image.getRGB(x, y);
            int luminance = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
            if (luminance < 128) {
              dark++;
            }
          }
        }
        ink.add(dark);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ink;
  }
}
