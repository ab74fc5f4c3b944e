package org.hotline.interfaces.text.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.hotline.application.error.ErrorCode;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;
import org.hotline.application.text.Messages;
import org.hotline.interfaces.rest.ProblemMessages;
import org.hotline.interfaces.rest.PublicApi;

/**
 * {@code GET /api/messages?lang=zh|en}: the pages' texts (页面文案) of the message bundle as one JSON
 * object {@code {"key": "text", …}} — the keys {@code App.t(key)} uses. No login needed (the login
 * page reads it). Without {@code lang} the language follows {@code Accept-Language} (Chinese by
 * default); any other value of {@code lang} is 400 {@code VALIDATION_FAILED} on field {@code lang}.
 *
 * <p>Cacheable: the answer carries a strong {@code ETag} (a fingerprint of the texts) and {@code
 * Cache-Control: no-cache}; a request with a matching {@code If-None-Match} gets {@code 304} and no
 * body.
 */
@Path("/messages")
@PublicApi
@RequestScoped
public class MessagesResource {

  @Context private Request request;

  @Context private HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response messages(@QueryParam("lang") String lang) {
    String language = language(lang);
    EntityTag tag = new EntityTag(language + "-" + Messages.version(language));
    CacheControl cache = new CacheControl();
    cache.setNoCache(true);
    cache.setPrivate(false);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      Response answer = notModified.tag(tag).cacheControl(cache).build();
      if (answer.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
        // If-Match of another version: a problem like every other refusal, not an empty 412
        throw new org.hotline.application.error.HotlineException(ErrorCode.PRECONDITION_FAILED);
      }
      return answer;
    }
    return Response.ok(Messages.pageTexts(language))
        .tag(tag)
        .cacheControl(cache)
        .header(HttpHeaders.CONTENT_LANGUAGE, language)
        .build();
  }

  private String language(String lang) {
    if (lang == null || lang.isBlank()) {
      return Messages.language(ProblemMessages.locale(headers));
    }
    String wanted = lang.strip().toLowerCase(Locale.ROOT);
    if (!Messages.LANGUAGES.contains(wanted)) {
      throw new ValidationException(List.of(new FieldViolation("lang", FieldViolation.INVALID)));
    }
    return wanted;
  }
}
