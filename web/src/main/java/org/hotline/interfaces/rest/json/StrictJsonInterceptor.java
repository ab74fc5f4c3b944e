package org.hotline.interfaces.rest.json;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;

/**
 * Strict JSON (严格的 JSON 解析) for every request body the API binds: before JSON-B maps the body onto
 * its record, the body is parsed by {@link StrictJson} (duplicate keys, trailing data, characters)
 * and checked against the record's shape by {@link JsonShape} (types, ranges, an object where an
 * object belongs). A refused body raises {@link ValidationException}: 400 {@code VALIDATION_FAILED}
 * naming each field and its reason ({@code MALFORMED_REQUEST} with the field {@code body} when it
 * is not JSON at all). Bodies read as text or bytes, and empty bodies, pass unchanged.
 */
@Provider
public class StrictJsonInterceptor implements ReaderInterceptor {

  /** The largest body accepted (1 MiB): far above any form of the hotline. */
  static final int MAX_BODY_BYTES = 1 << 20;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!bound(context)) {
      return context.proceed();
    }
    byte[] body = readAtMost(context.getInputStream());
    if (body == null) {
      throw new ValidationException(
          List.of(new FieldViolation(JsonShape.ROOT, FieldViolation.TOO_LONG)));
    }
    if (!blank(body)) {
      List<FieldViolation> violations = StrictJson.violations(body, context.getGenericType());
      if (!violations.isEmpty()) {
        boolean malformed =
            violations.stream().anyMatch(v -> JsonShape.MALFORMED.equals(v.reason()));
        throw new ValidationException(
            malformed ? ErrorCode.MALFORMED_REQUEST : ErrorCode.VALIDATION_FAILED, violations);
      }
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static boolean bound(ReaderInterceptorContext context) {
    MediaType type = context.getMediaType();
    Class<?> target = context.getType();
    boolean json =
        type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    return json
        && target != String.class
        && target != byte[].class
        && !InputStream.class.isAssignableFrom(target)
        && !java.io.Reader.class.isAssignableFrom(target);
  }

  /** The whole body, or null when it is longer than {@link #MAX_BODY_BYTES}. */
  private static byte[] readAtMost(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    return bytes.length > MAX_BODY_BYTES ? null : bytes;
  }

  private static boolean blank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
