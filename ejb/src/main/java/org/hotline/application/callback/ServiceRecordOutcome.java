package org.hotline.application.callback;

import java.util.List;
import org.hotline.application.error.FieldViolation;

/**
 * What became of one submitted service record.
 *
 * @param line the position of the record: its index in a JSON array (from 0), or its row in an
 *     uploaded file (the header is row 1)
 * @param sourceSystem as sent
 * @param externalId as sent
 * @param status {@code CREATED}, {@code UNCHANGED} (sent before with the same content: nothing
 *     changed) or {@code REFUSED}
 * @param id the stored record's id (CREATED, UNCHANGED), null when refused
 * @param errors why it was refused (field and reason), empty otherwise
 */
public record ServiceRecordOutcome(
    int line,
    String sourceSystem,
    String externalId,
    String status,
    Long id,
    List<FieldViolation> errors) {

  public static final String CREATED = "CREATED";
  public static final String UNCHANGED = "UNCHANGED";
  public static final String REFUSED = "REFUSED";
}
