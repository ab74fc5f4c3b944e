package org.hotline.interfaces.callback.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.callback.CallbackFiguresService;
import org.hotline.application.callback.CallbackFiguresService.PraiseView;

/**
 * 表扬: {@code GET /api/praise?month=yyyy-MM&unit=}, the praise citizens gave officers at callback in
 * a month.
 */
@Path("/praise")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PraiseResource {

  @Inject private CallbackFiguresService service;

  @GET
  public List<PraiseView> praise(
      @QueryParam("month") String month, @QueryParam("unit") String unit) {
    return service.praise(month, unit);
  }
}
