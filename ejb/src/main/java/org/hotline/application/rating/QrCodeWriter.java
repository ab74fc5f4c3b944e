package org.hotline.application.rating;

import java.awt.image.BufferedImage;

/**
 * Draws QR codes (二维码) of rating addresses: the application's port, implemented in {@code
 * infrastructure.qr} with ZXing. Black modules on white, square.
 */
public interface QrCodeWriter {

  /**
   * The QR code of {@code content} as an image of {@code size} × {@code size} pixels.
   *
   * @throws IllegalArgumentException if the content does not fit a QR code
   */
  BufferedImage image(String content, int size);

  /** The QR code of {@code content} as PNG bytes, as {@link #image} draws it. */
  byte[] png(String content, int size);
}
