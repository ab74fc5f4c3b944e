package org.hotline.interfaces.analysis.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hotline.application.analysis.AnalysisService;

/**
 * 研判: trends (by category, area or unit, with the year before), hotspots and dissatisfaction by
 * reason; months yyyy-MM.
 */
@Path("/analysis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

  @Inject private AnalysisService analysis;

  @Inject private org.hotline.application.analysis.AnalysisReportService reports;

  @GET
  @Path("trends")
  public AnalysisService.TrendView trends(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
    return analysis.trends(from, to, by);
  }

  @GET
  @Path("hotspots")
  public AnalysisService.HotspotView hotspots(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return analysis.hotspots(from, to);
  }

  @GET
  @Path("dissatisfaction")
  public AnalysisService.DissatisfactionView dissatisfaction(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return analysis.dissatisfaction(from, to);
  }

  @GET
  @Path("dissatisfaction.pdf")
  @Produces("application/pdf")
  public jakarta.ws.rs.core.Response dissatisfactionPdf(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return jakarta.ws.rs.core.Response.ok(reports.dissatisfactionPdf(from, to), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"dissatisfaction.pdf\"")
        .build();
  }
}
