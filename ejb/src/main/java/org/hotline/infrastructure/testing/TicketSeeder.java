package org.hotline.infrastructure.testing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hotline.application.error.HotlineException;
import org.hotline.domain.model.user.Role;
import org.hotline.infrastructure.persistence.HotlineDataSource;

/**
 * Bulk test data for load and browser tests of a server started with {@code -Dhotline.testing=true}
 * (404 otherwise, admin only): copies of one template ticket, written with plain SQL batches so
 * that 10,000 waiting tickets take seconds. The copies are numbered {@code SEED-nnnnnnnn}, each
 * with a caller number of its own, no history and no workflow instance (they can be listed,
 * searched by filters and proposed for, not handled), and are not in the full-text index.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class TicketSeeder {

  /** The number prefix of seeded tickets. */
  public static final String PREFIX = "SEED-";

  /** At most this many copies per request. */
  public static final int MAX = 50_000;

  private static final Logger LOG = Logger.getLogger(TicketSeeder.class.getName());
  private static final int BATCH = 500;
  private static final String COPY =
      "INSERT INTO ticket (number, channel, caller_name, caller_phone, caller_phone_e164,"
          + " confidential, address, area_id, category_id, urgency, content, status, reply_deadline, created_at, created_by,"
          + " updated_at, deadline_start, sign_deadline, version)"
          + " SELECT ?, channel, caller_name, ?, ?, confidential, address, area_id, category_id, urgency, content, status,"
          + " reply_deadline, created_at, created_by, updated_at, deadline_start, sign_deadline, 0 FROM ticket WHERE id = ?";

  @Resource(lookup = HotlineDataSource.JNDI_NAME)
  private DataSource dataSource;

  /**
   * Writes {@code count} copies of the template ticket.
   *
   * @param templateId the ticket to copy (its status, urgency, area, category, content and times)
   * @param count how many, 1 to {@value #MAX}
   * @return the number of rows written
   * @throws HotlineException NOT_FOUND when testing is off; VALIDATION when count is out of range
   */
  public int seed(long templateId, int count) {
    requireTesting();
    if (count < 1 || count > MAX) {
      org.hotline.application.error.Violations v = new org.hotline.application.error.Violations();
      v.add("count", org.hotline.application.error.FieldViolation.INVALID);
      v.throwIfAny();
    }
    long start = System.nanoTime();
    int written = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement copy = c.prepareStatement(COPY)) {
      long base = System.currentTimeMillis() % 1_000_000L * 100L;
      for (int i = 0; i < count; i++) {
        long serial = base + i;
        String digits = String.format("%08d", serial % 100_000_000L);
        copy.setString(1, PREFIX + String.format("%014d", serial));
        copy.setString(2, "137" + digits);
        copy.setString(3, "+86137" + digits);
        copy.setLong(4, templateId);
        copy.addBatch();
        if ((i + 1) % BATCH == 0 || i + 1 == count) {
          for (int n : copy.executeBatch()) {
            written += Math.max(n, 0) > 0 ? n : 1;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("seeding tickets failed", e);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    LOG.info(() -> "seeded " + count + " tickets in " + ms + " ms");
    return written;
  }

  private static void requireTesting() {
    if (!Boolean.getBoolean(TestClock.ENABLED)) {
      throw new HotlineException(org.hotline.application.error.ErrorCode.NOT_FOUND, "testing");
    }
  }

  /**
   * Deletes every seeded ticket.
   *
   * @return how many were deleted
   */
  public int clear() {
    requireTesting();
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement("DELETE FROM ticket WHERE number LIKE ?")) {
      delete.setString(1, PREFIX + "%");
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("deleting seeded tickets failed", e);
    }
  }
}
