package org.hotline.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.hotline.application.error.ErrorCode;

/**
 * Login required by default (默认需要登录): a request without an authenticated user that was matched to a
 * resource method is answered 401 {@code UNAUTHENTICATED} problem+json (with the Basic challenge)
 * before the method runs, unless the class or method is {@link PublicApi}. The role and unit checks
 * of the application services still apply to logged-in callers; this filter only closes what a
 * {@code @PermitAll} service or a resource without a service would otherwise answer to anyone
 * (issue 15). Unknown paths are not matched and stay 404.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class LoginRequiredFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(LoginRequiredFilter.class.getName());

  @Context private ResourceInfo resource;

  @Context private HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext() != null
        && request.getSecurityContext().getUserPrincipal() != null) {
      return;
    }
    if (isPublic()) {
      return;
    }
    LOG.fine(
        () ->
            "refused (401 UNAUTHENTICATED): anonymous may not "
                + request.getMethod()
                + " /"
                + request.getUriInfo().getPath().replaceFirst("^/", ""));
    request.abortWith(ProblemResponses.of(headers, ErrorCode.UNAUTHENTICATED));
  }

  private boolean isPublic() {
    if (resource == null) {
      return false;
    }
    var method = resource.getResourceMethod();
    var type = resource.getResourceClass();
    return (method != null && method.isAnnotationPresent(PublicApi.class))
        || (type != null && type.isAnnotationPresent(PublicApi.class));
  }
}
