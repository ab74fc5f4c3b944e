package org.hotline.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On H2 (the version WildFly 39 ships), the server turns the write delay off for good. */
class CommitDurabilityTest {

  @TempDir Path dir;

  private Connection open() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "sa");
  }

  private static String writeDelay(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void h2WriteDelayIsZeroAfterwardsAndStaysSoWhenTheDatabaseIsOpenedAgain() throws SQLException {
    try (Connection c = open()) {
      assertThat(writeDelay(c))
          .as("H2's default: commits reach the file up to 500 ms later")
          .isEqualTo("500");
      CommitDurability.enforce(c);
      assertThat(writeDelay(c)).isEqualTo("0");
      try (Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
    }
    try (Connection c = open()) {
      assertThat(writeDelay(c)).as("kept in the database").isEqualTo("0");
    }
  }
}
