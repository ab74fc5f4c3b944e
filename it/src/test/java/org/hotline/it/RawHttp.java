package org.hotline.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request written byte for byte on a socket, for what HTTP clients will not send (a forged
 * {@code Host} header); returns the status line and headers.
 */
final class RawHttp {

  private RawHttp() {}

  record Answer(int status, List<String> headers) {
    /** The first value of a header, or null. */
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).strip()).findFirst().orElse(null);
    }
  }

  static Answer send(String method, String path, String... headerLines) throws IOException {
    ItServer.ensureStarted();
    try (Socket socket = new Socket("localhost", ItServer.HTTP_PORT)) {
      socket.setSoTimeout(20_000);
      StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      for (String h : headerLines) {
        request.append(h).append("\r\n");
      }
      request.append("Connection: close\r\nContent-Length: 0\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int b;
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      while (matched < 4 && (b = in.read()) >= 0) {
        head.write(b);
        matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      String[] lines = head.toString(StandardCharsets.UTF_8).split("\r\n");
      List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
      return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers);
    }
  }
}
