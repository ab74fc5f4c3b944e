package org.hotline.application.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.ValidationException;
import org.hotline.application.error.Violations;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.officer.OfficerRepository;
import org.hotline.domain.model.servicerecord.ServiceRecord;
import org.hotline.domain.model.servicerecord.ServiceRecordKind;
import org.hotline.domain.model.servicerecord.ServiceRecordRepository;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.shared.VisibleText;
import org.hotline.domain.model.ticket.CallerPhones;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.Role;

/**
 * Receives service records (服务记录: 110 incidents, window services) from other systems, as a JSON
 * array or an uploaded CSV/XLSX file, so that their citizens can be surveyed and called back.
 *
 * <p>Rules: each record is judged on its own — a bad record is refused with every bad field named,
 * the good ones are kept. A record is identified by {@code sourceSystem} + {@code externalId}: sent
 * again with the same content it is {@code UNCHANGED} (nothing written, no event); sent again with
 * other content it is refused ({@code externalId} DUPLICATE), the stored record stays. A new record
 * fires {@link ServiceRecordAccepted} in the same transaction. The whole batch is one transaction,
 * so a batch cut short by a failure (e.g. 409 CONCURRENT_UPDATE when two batches race on one
 * record) has stored nothing and can be sent again as it is.
 */
@Stateless
public class ServiceRecordService {

  /** The most records one request or file may hold. */
  public static final int MAX_BATCH = 5000;

  /** How far in the future a record's time may lie (clocks of other systems drift). */
  static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);

  /**
   * The earliest time a service record may have occurred (服务时间下限: 2000-01-01 in Shanghai): a record
   * older than that is a mistyped date ({@code 0001-01-01}), not a service to survey.
   */
  public static final Instant FLOOR =
      java.time.LocalDate.of(2000, 1, 1).atStartOfDay(BusinessTime.ZONE).toInstant();

  /** A time before {@link #FLOOR}. */
  public static final String TOO_EARLY = "TOO_EARLY";

  /** A time later than now (beyond the clock tolerance). */
  public static final String IN_FUTURE = "IN_FUTURE";

  @Inject private ServiceRecordRepository records;

  @Inject private OfficerRepository officers;

  @Inject private UnitRepository units;

  @Inject private CurrentUser currentUser;

  @Inject private org.hotline.application.ticket.TicketAudience audience;

  @Inject private Event<ServiceRecordAccepted> accepted;

  @Inject private Event<ServiceRecordBatchStarting> batchStarting;

  /**
   * Stores a JSON array of records.
   *
   * @param inputs the records (null elements are refused)
   * @return one outcome per record, {@code line} = its index in the array
   * @throws ValidationException {@code records} REQUIRED (no body) or TOO_LONG (more than {@link
   *     #MAX_BATCH})
   */
  @RolesAllowed({Role.ADMIN_ROLE, Role.CALLBACK_ROLE})
  public ServiceRecordBatch submit(List<ServiceRecordInput> inputs) {
    if (inputs == null) {
      throw new ValidationException(
          List.of(new FieldViolation("records", FieldViolation.REQUIRED)));
    }
    if (inputs.size() > MAX_BATCH) {
      throw new ValidationException(
          List.of(new FieldViolation("records", FieldViolation.TOO_LONG)));
    }
    lockNumbersOf(inputs);
    List<ServiceRecordOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      outcomes.add(store(i, inputs.get(i)));
    }
    return ServiceRecordBatch.of(outcomes);
  }

  /**
   * Stores the rows of an uploaded CSV or XLSX file (see {@link ServiceRecordFile} for its
   * columns).
   *
   * @param content the file's bytes
   * @return one outcome per non-empty row, {@code line} = its row in the file (the header is row 1)
   * @throws ValidationException the file is empty, unreadable, has more than {@link #MAX_BATCH}
   *     rows or lacks a required column
   */
  @RolesAllowed({Role.ADMIN_ROLE, Role.CALLBACK_ROLE})
  public ServiceRecordBatch upload(byte[] content) {
    List<ServiceRecordFile.Row> rows = ServiceRecordFile.read(content);
    lockNumbersOf(rows.stream().map(ServiceRecordFile.Row::input).toList());
    List<ServiceRecordOutcome> outcomes = new ArrayList<>();
    for (ServiceRecordFile.Row row : rows) {
      // a line that is not valid CSV is refused alone, with its line (BROKEN_LINE)
      outcomes.add(
          row.broken().isEmpty()
              ? store(row.line(), row.input())
              : refused(row.line(), null, null, row.broken()));
    }
    return ServiceRecordBatch.of(outcomes);
  }

  /**
   * The citizens' numbers of the batch locked in one order before any record is stored (同号码限发: two
   * batches sharing numbers wait for each other instead of deadlocking on them).
   */
  private void lockNumbersOf(List<ServiceRecordInput> inputs) {
    batchStarting.fire(
        new ServiceRecordBatchStarting(
            inputs.stream()
                .filter(java.util.Objects::nonNull)
                .map(ServiceRecordInput::citizenPhone)
                .filter(java.util.Objects::nonNull)
                .map(p -> CallerPhones.e164(p).orElse(null))
                .toList()));
  }

  private ServiceRecordOutcome store(int line, ServiceRecordInput in) {
    if (in == null) {
      return refused(
          line, null, null, List.of(new FieldViolation("record", FieldViolation.REQUIRED)));
    }
    Violations v = new Violations();
    String source =
        v.identifier("sourceSystem", in.sourceSystem(), true, ServiceRecord.MAX_SOURCE_LENGTH);
    String externalId =
        v.identifier("externalId", in.externalId(), true, ServiceRecord.MAX_EXTERNAL_ID_LENGTH);
    ServiceRecordKind kind = v.choice("kind", in.kind(), ServiceRecordKind.class, null);
    Instant occurredAt = occurredAt(v, in.occurredAt());
    String phone = v.text("citizenPhone", in.citizenPhone(), true, ServiceRecord.MAX_PHONE_LENGTH);
    String e164 = null;
    if (phone != null) {
      e164 = CallerPhones.e164(phone).orElse(null);
      if (e164 == null) {
        v.add("citizenPhone", FieldViolation.INVALID);
      }
    }
    Unit unit = v.reference("unitCode", in.unitCode(), units::findByCode);
    if (unit != null && !audience.canSeeUnit(currentUser.get(), unit.code())) {
      // a sub-centre agent (分中心) imports its own units' records only: TicketAudience's one rule
      v.add("unitCode", FieldViolation.OTHER_UNIT, unit.name());
    }
    Officer officer = officer(v, in.officerBadge(), unit);
    String summary = v.text("summary", in.summary(), false, ServiceRecord.MAX_SUMMARY_LENGTH);
    if (!v.isEmpty()) {
      return refused(line, in.sourceSystem(), in.externalId(), violations(v));
    }
    Optional<ServiceRecord> existing = records.findBySource(source, externalId);
    if (existing.isPresent()) {
      ServiceRecord stored = existing.get();
      if (stored.sameAs(kind, occurredAt, e164, officer, unit, summary)) {
        return new ServiceRecordOutcome(
            line, source, externalId, ServiceRecordOutcome.UNCHANGED, stored.id(), List.of());
      }
      return refused(
          line,
          source,
          externalId,
          List.of(new FieldViolation("externalId", FieldViolation.DUPLICATE)));
    }
    ServiceRecord record =
        new ServiceRecord(
            source,
            externalId,
            kind,
            occurredAt,
            phone,
            e164,
            officer,
            unit,
            summary,
            BusinessTime.now(),
            currentUser.get().username());
    records.save(record);
    accepted.fire(
        new ServiceRecordAccepted(
            record.id(),
            kind.name(),
            e164,
            unit.code(),
            officer == null ? null : officer.badgeNumber(),
            occurredAt));
    return new ServiceRecordOutcome(
        line, source, externalId, ServiceRecordOutcome.CREATED, record.id(), List.of());
  }

  private static Instant occurredAt(Violations v, String value) {
    if (VisibleText.isBlank(value)) {
      v.add("occurredAt", FieldViolation.REQUIRED);
      return null;
    }
    try {
      // read as sent (no trimming): a signed year or padding is refused
      String text = value;
      if (!org.hotline.domain.model.shared.CalendarText.plainDateTime(text)) {
        // a signed or five-digit year (+2026-…) is no time a system sends
        throw new DateTimeParseException("not yyyy-MM-ddT…", text, 0);
      }
      Instant at = OffsetDateTime.parse(text).toInstant();
      if (at.isAfter(BusinessTime.now().plus(CLOCK_TOLERANCE))) {
        v.add("occurredAt", IN_FUTURE);
      } else if (at.isBefore(FLOOR)) {
        v.add("occurredAt", TOO_EARLY);
      }
      return at;
    } catch (DateTimeParseException e) {
      // a time without its offset is ambiguous: refused, never guessed
      v.add("occurredAt", FieldViolation.INVALID);
      return null;
    }
  }

  private Officer officer(Violations v, String badge, Unit unit) {
    String clean = v.identifier("officerBadge", badge, false, 40);
    if (clean == null) {
      return null;
    }
    Officer officer = officers.findByBadge(clean).orElse(null);
    if (officer == null) {
      v.add("officerBadge", FieldViolation.UNKNOWN_CODE);
    } else if (unit != null && !officer.unit().id().equals(unit.id())) {
      v.add("officerBadge", FieldViolation.OTHER_UNIT);
    }
    return officer;
  }

  private static List<FieldViolation> violations(Violations v) {
    try {
      v.throwIfAny();
      return List.of();
    } catch (ValidationException e) {
      return e.violations();
    }
  }

  private static ServiceRecordOutcome refused(
      int line, String source, String externalId, List<FieldViolation> why) {
    return new ServiceRecordOutcome(
        line, source, externalId, ServiceRecordOutcome.REFUSED, null, why);
  }
}
