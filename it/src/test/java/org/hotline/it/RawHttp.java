package org.hotline.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request written byte for byte on a socket, for what HTTP clients will not send (a forged {@code
 * Host} header, an undecodable or raw non-ASCII query, TRACE); returns the status line, headers and
 * body ({@code Connection: close}, so the body is what follows the headers).
 */
final class RawHttp {

  private RawHttp() {}

  record Answer(int status, List<String> headers, String body) {
    /** The first value of a header, or null. */
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).strip())
          .findFirst()
          .orElse(null);
    }
  }

  /** Sends {@code method path} with the header lines given (ASCII/UTF-8 request target). */
  static Answer send(String method, String path, String... headerLines) throws IOException {
    return send(method, path.getBytes(StandardCharsets.UTF_8), headerLines);
  }

  /** Sends {@code method} with the request target exactly as the bytes given. */
  static Answer send(String method, byte[] target, String... headerLines) throws IOException {
    ItServer.ensureStarted();
    try (Socket socket = new Socket("localhost", ItServer.HTTP_PORT)) {
      socket.setSoTimeout(20_000);
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.write((method + " ").getBytes(StandardCharsets.US_ASCII));
      request.write(target);
      StringBuilder rest = new StringBuilder(" HTTP/1.1\r\n");
      for (String h : headerLines) {
        rest.append(h).append("\r\n");
      }
      boolean length = false;
      for (String h : headerLines) {
        length |= h.toLowerCase(Locale.ROOT).startsWith("content-length:");
      }
      rest.append(
          length ? "Connection: close\r\n\r\n" : "Connection: close\r\nContent-Length: 0\r\n\r\n");
      request.write(rest.toString().getBytes(StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      out.write(request.toByteArray());
      out.flush();
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String[] lines = (split < 0 ? all : all.substring(0, split)).split("\r\n");
      List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
      return new Answer(
          Integer.parseInt(lines[0].split(" ")[1]),
          headers,
          split < 0 ? "" : all.substring(split + 4));
    }
  }
}
