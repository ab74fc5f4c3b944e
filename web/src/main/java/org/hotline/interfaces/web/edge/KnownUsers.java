package org.hotline.interfaces.web.edge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Whether a username belongs to an active account, as the server's login realm sees it (the same
 * query), remembered for a minute like the realm's own cache. Used only to spend the same time on
 * unknown users; never shown to a client.
 */
final class KnownUsers {

  static final KnownUsers INSTANCE = new KnownUsers();

  private static final String DATASOURCE = "java:jboss/datasources/HotlineDS";
  private static final Duration REMEMBER = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private record Answer(boolean known, Instant at) {}

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private volatile DataSource dataSource;

  /** Whether {@code username} names an active account; true when the database cannot be asked. */
  boolean known(String username) {
    String key = username.toLowerCase(Locale.ROOT);
    Instant now = Instant.now();
    Answer a = answers.get(key);
    if (a != null && a.at().plus(REMEMBER).isAfter(now)) {
      return a.known();
    }
    Boolean known = ask(username);
    if (known == null) {
      return true;
    }
    if (answers.size() > MAX_ENTRIES) {
      answers.clear();
    }
    answers.put(key, new Answer(known, now));
    return known;
  }

  private Boolean ask(String username) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT 1 FROM app_user WHERE username = ? AND active = TRUE")) {
      s.setString(1, username);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    } catch (SQLException | NamingException e) {
      return null;
    }
  }

  private DataSource dataSource() throws NamingException {
    DataSource d = dataSource;
    if (d == null) {
      d = (DataSource) new InitialContext().lookup(DATASOURCE);
      dataSource = d;
    }
    return d;
  }
}
