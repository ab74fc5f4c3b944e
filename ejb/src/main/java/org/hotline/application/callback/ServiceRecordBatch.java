package org.hotline.application.callback;

import java.util.List;

/**
 * The answer to a batch of service records (a JSON array or an uploaded file): counts and one
 * outcome per record, in the order sent.
 *
 * @param created records stored now
 * @param unchanged records stored before with the same content
 * @param refused records refused (see each outcome's errors)
 * @param results one per record
 */
public record ServiceRecordBatch(
    int created, int unchanged, int refused, List<ServiceRecordOutcome> results) {

  static ServiceRecordBatch of(List<ServiceRecordOutcome> results) {
    int created = 0;
    int unchanged = 0;
    int refused = 0;
    for (ServiceRecordOutcome r : results) {
      switch (r.status()) {
        case ServiceRecordOutcome.CREATED -> created++;
        case ServiceRecordOutcome.UNCHANGED -> unchanged++;
        default -> refused++;
      }
    }
    return new ServiceRecordBatch(created, unchanged, refused, List.copyOf(results));
  }
}
