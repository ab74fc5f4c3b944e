package org.hotline.application.ticket;

import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;

/**
 * Which page of a listing is asked for (分页): {@code page} from 0, {@code size} from 1 to the
 * listing's largest page, as {@code GET /api/tickets} and {@code GET /api/callbacks} page.
 *
 * @param page the page, from 0
 * @param size the rows per page
 */
public record PageRequest(int page, int size) {

  /**
   * The page asked for, absent values replaced by page 0 and {@code defaultSize}; {@code page}
   * INVALID when negative, {@code size} INVALID outside 1–{@code maxSize} (added to {@code v}).
   *
   * @return the request, or null when a violation was added
   */
  public static PageRequest of(
      Integer page, Integer size, int defaultSize, int maxSize, Violations v) {
    int p = page == null ? 0 : page;
    int s = size == null ? defaultSize : size;
    boolean ok = true;
    if (p < 0) {
      v.add("page", FieldViolation.INVALID);
      ok = false;
    }
    if (s < 1 || s > maxSize) {
      v.add("size", FieldViolation.INVALID);
      ok = false;
    }
    return ok ? new PageRequest(p, s) : null;
  }

  /** The first row of the page (0-based). */
  public long first() {
    return (long) page * size;
  }

  /** The page of {@code items} out of {@code total}. */
  public <T> PageView<T> of(java.util.List<T> items, long total) {
    return new PageView<>(items, total, page, size);
  }
}
