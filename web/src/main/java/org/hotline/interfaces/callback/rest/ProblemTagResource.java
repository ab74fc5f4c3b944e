package org.hotline.interfaces.callback.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hotline.application.callback.ProblemTagCount;
import org.hotline.application.callback.ProblemTagService;
import org.hotline.application.callback.ProblemTagView;

/**
 * Problem tags (问题标签): {@code GET /api/problem-tags} (with {@code ?q=&limit=}: a picker's search),
 * {@code POST /api/problem-tags} and {@code PUT /api/problem-tags/{code}} (admin), {@code GET
 * /api/problem-tags/counts?month=yyyy-MM&unit=} (monthly counts per tag and unit).
 */
@Path("/problem-tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProblemTagResource {

  /** POST body. */
  public record NewTag(
      String code, String parentCode, String nameZh, String nameEn, Integer sortOrder) {}

  /** PUT body. */
  public record TagChange(String nameZh, String nameEn, Integer sortOrder, Boolean active) {}

  @Inject private ProblemTagService service;

  /**
   * Every tag and group in picker order; with {@code q} and/or {@code limit}: the choosable tags
   * matching what was typed (name, pinyin, pinyin initials, group, English name, code), best first.
   */
  @GET
  public List<ProblemTagView> list(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
    return q == null && limit == null ? service.list() : service.search(q, limit);
  }

  @GET
  @Path("counts")
  public List<ProblemTagCount> counts(
      @QueryParam("month") String month, @QueryParam("unit") String unit) {
    return service.counts(month, unit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewTag body) {
    NewTag b = body == null ? new NewTag(null, null, null, null, null) : body;
    ProblemTagView created =
        service.create(b.code(), b.parentCode(), b.nameZh(), b.nameEn(), b.sortOrder());
    return Response.created(URI.create("problem-tags/" + created.code())).entity(created).build();
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProblemTagView update(@PathParam("code") String code, TagChange body) {
    TagChange b = body == null ? new TagChange(null, null, null, null) : body;
    return service.update(code, b.nameZh(), b.nameEn(), b.sortOrder(), b.active());
  }
}
