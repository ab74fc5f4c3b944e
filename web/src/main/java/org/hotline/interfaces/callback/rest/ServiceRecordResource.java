package org.hotline.interfaces.callback.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.hotline.application.callback.ServiceRecordBatch;
import org.hotline.application.callback.ServiceRecordInput;
import org.hotline.application.callback.ServiceRecordOutcome;
import org.hotline.application.callback.ServiceRecordService;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;
import org.hotline.interfaces.rest.Problem;
import org.hotline.interfaces.rest.ProblemMessages;

/**
 * Service records (服务记录) from the 110 and window systems: {@code POST /api/service-records} with a
 * JSON array, {@code POST /api/service-records/upload} with a CSV or XLSX file as the body (sent as
 * {@code text/csv}, the XLSX media type or {@code application/octet-stream}; never as a form, which
 * the API refuses). Both answer 200 with counts and one outcome per record, each refused record
 * with its localised reasons.
 */
@Path("/service-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRecordResource {

  /** The largest file accepted (4 MiB: 5,000 rows fit easily). */
  static final int MAX_FILE_BYTES = 4 << 20;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The answer: counts and outcomes, with localised messages. */
  public record BatchView(int created, int unchanged, int refused, List<OutcomeView> results) {}

  /** One record's outcome. */
  public record OutcomeView(
      int line,
      String sourceSystem,
      String externalId,
      String status,
      Long id,
      List<Problem.FieldError> errors) {}

  @Inject private ServiceRecordService service;

  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public BatchView submit(List<ServiceRecordInput> records) {
    return view(service.submit(records), true);
  }

  @POST
  @Path("upload")
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public BatchView upload(InputStream body) throws IOException {
    byte[] content = body.readNBytes(MAX_FILE_BYTES + 1);
    if (content.length > MAX_FILE_BYTES) {
      throw new ValidationException(List.of(new FieldViolation("file", FieldViolation.TOO_LONG)));
    }
    return view(service.upload(content), false);
  }

  /**
   * The answer; in a JSON batch each reason names its record ("第 4 条的“外部编号”…", line 3 = the fourth
   * element) and the field by its label, as a problem of the batch would; a file's rows are named
   * by the line the page shows next to them.
   */
  private BatchView view(ServiceRecordBatch batch, boolean elements) {
    Locale locale = ProblemMessages.locale(headers);
    return new BatchView(
        batch.created(),
        batch.unchanged(),
        batch.refused(),
        batch.results().stream().map(r -> view(r, locale, elements)).toList());
  }

  private static OutcomeView view(ServiceRecordOutcome r, Locale locale, boolean elements) {
    return new OutcomeView(
        r.line(),
        r.sourceSystem(),
        r.externalId(),
        r.status(),
        r.id(),
        r.errors().stream()
            .map(
                f -> {
                  // a JSON batch's message names the record and the field's label; field, reason,
                  // position, code point and label stay as the violation has them
                  Problem.FieldError plain = Problem.FieldError.of(locale, f);
                  if (!elements) {
                    return plain;
                  }
                  String message =
                      ProblemMessages.field(
                          locale,
                          new FieldViolation(
                              "[" + r.line() + "]." + f.field(),
                              f.reason(),
                              f.subject(),
                              f.character()));
                  return new Problem.FieldError(
                      plain.field(),
                      plain.reason(),
                      message,
                      plain.position(),
                      plain.codePoint(),
                      plain.label());
                })
            .toList());
  }
}
