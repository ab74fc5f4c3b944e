package org.hotline.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hotline.application.idempotency.IdempotentRequests;

/**
 * {@code Idempotency-Key} on every POST (幂等键): a POST that carries the header claims the key for
 * its user, method and path before the resource method runs; a success answer is stored and
 * replayed to a retry with the same key ({@code Idempotent-Replayed: true}, same status, {@code
 * Location} and body), so a retried create never creates twice. The rule itself is {@link
 * IdempotentRequests}. A resource method that reads the header itself ({@code POST /api/tickets},
 * which keeps its documented behaviour and own table) is left alone.
 */
@Provider
@Priority(Priorities.USER + 100)
public class IdempotencyFilter
    implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

  /** The request header. */
  public static final String HEADER = "Idempotency-Key";

  /** The answer header: true on a replayed answer, false on the first. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

  private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
  private static final String CAPTURE = IdempotencyFilter.class.getName() + ".capture";

  @Context private ResourceInfo resource;

  /** Who claimed which key (kept as a request property between the filter's phases). */
  private record Claim(String username, String method, String path, String key) {}

  /** What the response phase leaves for the body writer to store. */
  private record Capture(int status, String contentType, String location) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (!"POST".equals(request.getMethod())
        || key == null
        || key.isBlank()
        || request.getSecurityContext() == null
        || request.getSecurityContext().getUserPrincipal() == null
        || handledByResource()) {
      return;
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    Claim claim =
        new Claim(
            request.getSecurityContext().getUserPrincipal().getName(),
            request.getMethod(),
            request.getUriInfo().getPath(),
            key);
    Optional<IdempotentRequests.Answer> answer =
        requests()
            .claim(
                claim.username(),
                claim.method(),
                claim.path(),
                key,
                org.hotline.application.idempotency.BodyFingerprint.of(query, contentType, body));
    if (answer.isPresent()) {
      request.abortWith(replay(answer.get()));
      return;
    }
    request.setProperty(CLAIM, claim);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
      return;
    }
    request.removeProperty(CLAIM);
    int status = response.getStatus();
    if (status < 200 || status >= 300) {
      release(claim);
      return;
    }
    response.getHeaders().putSingle(REPLAYED, "false");
    MediaType type = response.getMediaType();
    String location = response.getLocation() == null ? null : response.getLocation().toString();
    String contentType = type == null ? null : type.toString();
    if (!response.hasEntity()) {
      requests()
          .complete(
              claim.username(),
              claim.method(),
              claim.path(),
              claim.key(),
              status,
              contentType,
              location,
              new byte[0]);
      return;
    }
    request.setProperty(CAPTURE, new Object[] {claim, new Capture(status, contentType, location)});
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(CAPTURE) instanceof Object[] captured)) {
      context.proceed();
      return;
    }
    context.removeProperty(CAPTURE);
    Claim claim = (Claim) captured[0];
    Capture capture = (Capture) captured[1];
    OutputStream original = context.getOutputStream();
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    context.setOutputStream(new TeeStream(original, copy));
    try {
      context.proceed();
    } catch (IOException | RuntimeException e) {
      release(claim);
      throw e;
    }
    String contentType =
        capture.contentType() != null
            ? capture.contentType()
            : context.getMediaType() == null ? null : context.getMediaType().toString();
    requests()
        .complete(
            claim.username(),
            claim.method(),
            claim.path(),
            claim.key(),
            capture.status(),
            contentType,
            capture.location(),
            copy.toByteArray());
  }

  private void release(Claim claim) {
    try {
      requests().release(claim.username(), claim.method(), claim.path(), claim.key());
    } catch (RuntimeException e) {
      // the claim expires (hotline.idempotency.pending-seconds) and a retry takes it over
      LOG.log(Level.WARNING, "could not release Idempotency-Key " + claim.key(), e);
    }
  }

  private static Response replay(IdempotentRequests.Answer answer) {
    Response.ResponseBuilder b = Response.status(answer.status()).header(REPLAYED, "true");
    if (answer.location() != null) {
      b.header(HttpHeaders.LOCATION, answer.location());
    }
    if (answer.body().length > 0) {
      b.entity(answer.body());
      if (answer.contentType() != null) {
        b.type(answer.contentType());
      }
    }
    return b.build();
  }

  /** Whether the matched method reads {@code Idempotency-Key} itself (POST /api/tickets). */
  private boolean handledByResource() {
    Method m = resource == null ? null : resource.getResourceMethod();
    if (m == null) {
      return false;
    }
    for (Annotation[] parameter : m.getParameterAnnotations()) {
      for (Annotation a : parameter) {
        if (a instanceof HeaderParam h && HEADER.equalsIgnoreCase(h.value())) {
          return true;
        }
      }
    }
    return false;
  }

  private static IdempotentRequests requests() {
    return CDI.current().select(IdempotentRequests.class).get();
  }

  /** Writes to the client and to a copy. */
  private static final class TeeStream extends OutputStream {
    private final OutputStream out;
    private final OutputStream copy;

    TeeStream(OutputStream out, OutputStream copy) {
      this.out = out;
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      copy.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      copy.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
