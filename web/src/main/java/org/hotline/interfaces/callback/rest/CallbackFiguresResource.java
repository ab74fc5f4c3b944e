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
import org.hotline.application.callback.CallbackFiguresService.FigureView;

/**
 * 回访统计 for the rankings: {@code GET
 * /api/callback-figures?month=yyyy-MM&by=unit|subCentre|officer&unit=} (one unit; 400 OTHER_UNIT
 * for a unit the user may not see).
 */
@Path("/callback-figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallbackFiguresResource {

  @Inject private CallbackFiguresService service;

  @GET
  public List<FigureView> figures(
      @QueryParam("month") String month,
      @QueryParam("by") String by,
      @QueryParam("unit") String unit) {
    return service.figures(month, by, unit);
  }
}
