package org.hotline.infrastructure.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR code images (二维码) drawn with ZXing: black modules on white, error correction level M (a
 * sticker may be scuffed), a quiet zone of 2 modules. Thread-safe.
 */
public final class QrCodeImages {

  private QrCodeImages() {}

  /**
   * The QR code of {@code content} as an image of {@code size} × {@code size} pixels.
   *
   * @throws IllegalArgumentException if the content does not fit a QR code
   */
  public static BufferedImage image(String content, int size) {
    try {
      BitMatrix m =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  size,
                  size,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
      BufferedImage img =
          new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          img.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
        }
      }
      return img;
    } catch (WriterException e) {
      throw new IllegalArgumentException("content does not fit a QR code", e);
    }
  }

  /** The QR code of {@code content} as PNG bytes ({@link #image}). */
  public static byte[] png(String content, int size) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image(content, size), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
