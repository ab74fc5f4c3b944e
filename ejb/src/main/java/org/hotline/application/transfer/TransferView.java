package org.hotline.application.transfer;

import java.time.OffsetDateTime;
import org.hotline.application.user.UserNames;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.TransferRecord;

/**
 * A transfer record as the API shows it; {@code unitName} and {@code createdByName} name the unit
 * and the person for the pages (null when there is no unit; null when the user is unknown).
 */
public record TransferView(
    Long id,
    String direction,
    String unitCode,
    OffsetDateTime createdAt,
    String createdBy,
    String externalReference,
    String externalStatus,
    String externalNote,
    OffsetDateTime updatedAt,
    String unitName,
    String createdByName) {

  /** The view of {@code r}; {@code unitName} the name of its unit (null without one). */
  public static TransferView of(TransferRecord r, String unitName, UserNames names) {
    return new TransferView(
        r.id(),
        r.direction().name(),
        r.unitCode(),
        BusinessTime.display(r.createdAt()),
        r.createdBy(),
        r.externalReference(),
        r.externalStatus().name(),
        r.externalNote(),
        BusinessTime.display(r.updatedAt()),
        unitName,
        r.createdBy() == null ? null : names.displayName(r.createdBy()));
  }
}
