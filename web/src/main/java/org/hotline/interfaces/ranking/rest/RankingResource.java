package org.hotline.interfaces.ranking.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;
import org.hotline.application.ranking.OutcomeView;
import org.hotline.application.ranking.PublicationSummary;
import org.hotline.application.ranking.RankingAwardsService;
import org.hotline.application.ranking.RankingPublicationService;
import org.hotline.application.ranking.RankingReportService;
import org.hotline.application.ranking.RankingRuleService;
import org.hotline.application.ranking.RankingService;
import org.hotline.application.ranking.RankingView;
import org.hotline.application.ranking.RulesView;
import org.hotline.interfaces.rest.ProblemMessages;

/**
 * 三率排名 (docs/rankings.md): the live ranking of a month, what-if, drill-down to tickets, the rules,
 * publications (immutable, hashed, corrections as new versions) with their PDF/XLSX,
 * self-examinations, quarters and years.
 */
@Path("/rankings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {

  /** Body of a publication: a note, and the reason when the month was published before. */
  public record PublicationRequest(String note, String reason, Integer corrects) {}

  /** Body of what-if. */
  public record WhatIfRequest(String month, RulesView.Weights weights, String basis) {}

  /** Body of a self-examination. */
  public record SelfExaminationRequest(String unitCode, String text) {}

  /** A stored version with its rows (as the caller may see them) and its hash. */
  public record PublicationResponse(
      String month,
      int version,
      int ruleVersion,
      String publishedAt,
      String publishedBy,
      String publishedByName,
      String note,
      String correctionReason,
      String sha256,
      RankingView ranking) {}

  @Inject private RankingService ranking;

  @Inject private RankingPublicationService publications;

  @Inject private RankingAwardsService awards;

  @Inject private RankingRuleService rules;

  @Inject private RankingReportService reports;

  /** The reader's language for the printed files: Chinese unless {@code Accept-Language: en}. */
  @Context private HttpHeaders headers;

  @GET
  public RankingView live(
      @QueryParam("month") String month, @QueryParam("unitClass") String unitClass) {
    return ranking.live(month, unitClass);
  }

  @POST
  @Path("what-if")
  @Consumes(MediaType.APPLICATION_JSON)
  public RankingService.WhatIfView whatIf(WhatIfRequest body) {
    WhatIfRequest b = body == null ? new WhatIfRequest(null, null, null) : body;
    RulesView.Weights w = b.weights();
    return ranking.whatIf(
        b.month(),
        w == null ? null : w.reply(),
        w == null ? null : w.closure(),
        w == null ? null : w.satisfaction(),
        b.basis());
  }

  @GET
  @Path("rules")
  public RulesView rules() {
    return rules.current();
  }

  @PUT
  @Path("rules")
  @Consumes(MediaType.APPLICATION_JSON)
  public RulesView changeRules(RankingRuleService.RulesChange body) {
    return rules.change(body);
  }

  @GET
  @Path("publications")
  public List<PublicationSummary> published() {
    return publications.latestOfEveryMonth();
  }

  @POST
  @Path("{month}/publications")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(@PathParam("month") String month, PublicationRequest body) {
    PublicationRequest b = body == null ? new PublicationRequest(null, null, null) : body;
    PublicationSummary p = publications.publish(month, b.note(), b.reason(), b.corrects());
    return Response.status(Response.Status.CREATED).entity(p).build();
  }

  @GET
  @Path("{month}/publications")
  public List<PublicationSummary> versions(@PathParam("month") String month) {
    return publications.versions(month);
  }

  @GET
  @Path("{month}/publications/{version}")
  public PublicationResponse version(
      @PathParam("month") String month, @PathParam("version") String version) {
    var p = publications.version(month, version(version));
    var s = p.summary();
    return new PublicationResponse(
        s.month(),
        s.version(),
        s.ruleVersion(),
        s.publishedAt(),
        s.publishedBy(),
        s.publishedByName(),
        s.note(),
        s.correctionReason(),
        s.sha256(),
        p.ranking());
  }

  /** The exact canonical bytes the SHA-256 was taken of (leadership only: it holds every unit). */
  @GET
  @Path("{month}/publications/{version}/content.json")
  public Response content(@PathParam("month") String month, @PathParam("version") String version) {
    byte[] bytes =
        reports.canonicalContent(month, version(version)).getBytes(StandardCharsets.UTF_8);
    return Response.ok(bytes, MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
  }

  @GET
  @Path("{month}/publications/{version}/ranking.pdf")
  @Produces("application/pdf")
  public Response publishedPdf(
      @PathParam("month") String month, @PathParam("version") String version) {
    return file(
        reports.publishedRankingPdf(month, version(version), ProblemMessages.locale(headers)),
        "application/pdf");
  }

  @GET
  @Path("{month}/publications/{version}/ranking.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response publishedXlsx(
      @PathParam("month") String month, @PathParam("version") String version) {
    return file(
        reports.publishedRankingXlsx(month, version(version), ProblemMessages.locale(headers)),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @GET
  @Path("{month}/publications/{version}/notice.pdf")
  @Produces("application/pdf")
  public Response noticePdf(
      @PathParam("month") String month, @PathParam("version") String version) {
    return file(
        reports.noticePdf(month, version(version), ProblemMessages.locale(headers)),
        "application/pdf");
  }

  /** The live ranking as a PDF marked 预览 (not published). */
  @GET
  @Path("{month}/ranking.pdf")
  @Produces("application/pdf")
  public Response previewPdf(
      @PathParam("month") String month, @QueryParam("unitClass") String unitClass) {
    return file(
        reports.previewPdf(month, unitClass, ProblemMessages.locale(headers)), "application/pdf");
  }

  @GET
  @Path("{month}/units/{unitCode}/tickets")
  public List<OutcomeView> tickets(
      @PathParam("month") String month,
      @PathParam("unitCode") String unitCode,
      @QueryParam("measure") String measure,
      @QueryParam("part") String part) {
    return ranking.tickets(month, unitCode, measure, part);
  }

  @GET
  @Path("{month}/units/{unitCode}/detail.pdf")
  @Produces("application/pdf")
  public Response unitMonthPdf(
      @PathParam("month") String month, @PathParam("unitCode") String unitCode) {
    return file(
        reports.unitMonthPdf(month, unitCode, ProblemMessages.locale(headers)), "application/pdf");
  }

  @POST
  @Path("{month}/self-examinations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response selfExamine(@PathParam("month") String month, SelfExaminationRequest body) {
    SelfExaminationRequest b = body == null ? new SelfExaminationRequest(null, null) : body;
    return Response.status(Response.Status.CREATED)
        .entity(publications.selfExamine(month, b.unitCode(), b.text()))
        .build();
  }

  @GET
  @Path("{month}/self-examinations")
  public List<RankingPublicationService.SelfExaminationView> selfExaminations(
      @PathParam("month") String month) {
    return publications.selfExaminations(month);
  }

  @GET
  @Path("quarters/{quarter}")
  public RankingAwardsService.QuarterView quarter(@PathParam("quarter") String quarter) {
    return awards.quarter(quarter);
  }

  @GET
  @Path("years/{year}")
  public RankingAwardsService.YearView year(@PathParam("year") String year) {
    return awards.year(year);
  }

  /**
   * Streams the file: the report is filled and exported while it is sent (chunked, no
   * Content-Length), so the server never holds a whole export; the leader page shows the bytes
   * received as progress.
   */
  private static Response file(RankingReportService.File f, String type) {
    jakarta.ws.rs.core.StreamingOutput body = out -> f.content().writeTo(out);
    return Response.ok(body, type)
        .header("Content-Disposition", "inline; filename=\"" + f.name() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** "latest" or a positive number. */
  private static Integer version(String text) {
    if ("latest".equals(text)) {
      return null;
    }
    try {
      int v = Integer.parseInt(text);
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // falls through to the 400 below
    }
    throw new ValidationException(List.of(new FieldViolation("version", FieldViolation.INVALID)));
  }
}
