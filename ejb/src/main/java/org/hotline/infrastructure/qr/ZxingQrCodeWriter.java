package org.hotline.infrastructure.qr;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import org.hotline.application.rating.QrCodeWriter;

/** The {@link QrCodeWriter} of the application, drawn by {@link QrCodeImages} (ZXing). */
@ApplicationScoped
public class ZxingQrCodeWriter implements QrCodeWriter {

  @Override
  public BufferedImage image(String content, int size) {
    return QrCodeImages.image(content, size);
  }

  @Override
  public byte[] png(String content, int size) {
    return QrCodeImages.png(content, size);
  }
}
