package org.hotline.infrastructure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Throttling of password guessing (登录限速), per client address and per account, with growing delays
 * instead of a lock: after {@link #CLIENT_FREE_FAILURES} failures from one address, that address
 * waits 1 s after the last failure, then 2 s, 4 s … (at most {@link #CLIENT_MAX_DELAY}) before its
 * next attempt is even checked; after {@link #ACCOUNT_FREE_FAILURES} failures on one account from
 * anywhere, the account's next attempt waits 1 s, 2 s, 4 s … but never more than {@link
 * #ACCOUNT_MAX_DELAY}, so a stranger can slow an account down but never lock its owner out. A
 * success clears the account's count; a count is forgotten {@link #FORGET_AFTER} after its last
 * failure. An administrator clears an account at once ({@link #clearAccount}). Kept in memory per
 * server node, in the EJB module so that every web module of the application (the pages and API,
 * Camunda Cockpit at {@code /camunda}) counts into the same throttle; the handler in front of each
 * is {@code interfaces.web.edge.LoginThrottleHandler}.
 */
public final class LoginThrottle {

  /** The one throttle of this server node. */
  public static final LoginThrottle INSTANCE = new LoginThrottle();

  static final int CLIENT_FREE_FAILURES = 50;
  static final Duration CLIENT_MAX_DELAY = Duration.ofMinutes(15);
  static final int ACCOUNT_FREE_FAILURES = 5;
  static final Duration ACCOUNT_MAX_DELAY = Duration.ofSeconds(30);
  static final Duration FORGET_AFTER = Duration.ofMinutes(30);

  /** Keys kept before old ones are swept (bounds the memory a flood of addresses can take). */
  static final int MAX_KEYS = 100_000;

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  /** Failures of one key and when the last one happened. */
  record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  /**
   * How long the client must still wait before an attempt on {@code username} is checked.
   *
   * @param client the client's address
   * @param username the account named (may be null when none was named)
   * @param now the current time
   * @return zero when the attempt may go ahead, else the remaining wait
   */
  public Duration wait(String client, String username, Instant now) {
    Duration byClient = remaining(clientKey(client), CLIENT_FREE_FAILURES, CLIENT_MAX_DELAY, now);
    Duration byAccount =
        username == null
            ? Duration.ZERO
            : remaining(accountKey(username), ACCOUNT_FREE_FAILURES, ACCOUNT_MAX_DELAY, now);
    return byClient.compareTo(byAccount) >= 0 ? byClient : byAccount;
  }

  /** Records a wrong password (or unknown user) from {@code client} for {@code username}. */
  public void failed(String client, String username, Instant now) {
    sweep(now);
    int byClient = count(clientKey(client), now);
    if (byClient == CLIENT_FREE_FAILURES) {
      LOG.warning(
          () ->
              "login throttled for client "
                  + client
                  + " after "
                  + CLIENT_FREE_FAILURES
                  + " failures");
    }
    if (username != null) {
      int byAccount = count(accountKey(username), now);
      if (byAccount == ACCOUNT_FREE_FAILURES) {
        LOG.warning(
            () ->
                "login throttled for account "
                    + username
                    + " after "
                    + ACCOUNT_FREE_FAILURES
                    + " failures (last from "
                    + client
                    + ")");
      }
    }
  }

  /** A correct password: the account's failures are forgotten (the client's are not). */
  public void succeeded(String username) {
    if (username != null) {
      failures.remove(accountKey(username));
    }
  }

  /**
   * The administrator's unlock: the account may try again at once. Returns the failures cleared.
   */
  public int clearAccount(String username) {
    Failures cleared = failures.remove(accountKey(username));
    LOG.info(() -> "login throttle of account " + username + " cleared");
    return cleared == null ? 0 : cleared.count();
  }

  /** The failures counted against an account now (0 when forgotten). */
  public int accountFailures(String username, Instant now) {
    Failures f = failures.get(accountKey(username));
    return f == null || forgotten(f, now) ? 0 : f.count();
  }

  /**
   * An account with failed logins counted against it (受限账号): its username (as counted: trimmed,
   * lower case), the failures, and how long its owner must still wait (zero below the free
   * failures).
   */
  public record AccountStanding(String username, int failures, Duration remaining) {}

  /**
   * Every account with failures counted now, most failures first (the administrator's list of
   * accounts to unlock).
   */
  public List<AccountStanding> accounts(Instant now) {
    String prefix = accountKey("");
    return failures.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && !forgotten(e.getValue(), now))
        .map(
            e -> {
              String username = e.getKey().substring(prefix.length());
              return new AccountStanding(
                  username,
                  e.getValue().count(),
                  remaining(e.getKey(), ACCOUNT_FREE_FAILURES, ACCOUNT_MAX_DELAY, now));
            })
        .sorted(
            java.util.Comparator.comparingInt(AccountStanding::failures)
                .reversed()
                .thenComparing(AccountStanding::username))
        .toList();
  }

  /** Clears everything (tests of the throttle itself). */
  void clear() {
    failures.clear();
  }

  /**
   * The delay after {@code count} failures: none before {@code free} failures, then 1 s, 2 s, 4 s …
   * up to {@code max}.
   */
  static Duration delay(int count, int free, Duration max) {
    if (count < free) {
      return Duration.ZERO;
    }
    int exponent = Math.min(count - free, 30);
    Duration d = Duration.ofSeconds(1L << exponent);
    return d.compareTo(max) > 0 ? max : d;
  }

  private Duration remaining(String key, int free, Duration max, Instant now) {
    Failures f = failures.get(key);
    if (f == null || forgotten(f, now)) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, f.last().plus(delay(f.count(), free, max)));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private int count(String key, Instant now) {
    return failures
        .compute(
            key,
            (k, f) ->
                f == null || forgotten(f, now)
                    ? new Failures(1, now)
                    : new Failures(f.count() + 1, now))
        .count();
  }

  private static boolean forgotten(Failures f, Instant now) {
    return f.last().plus(FORGET_AFTER).isBefore(now);
  }

  private void sweep(Instant now) {
    if (failures.size() > MAX_KEYS) {
      failures
          .values()
          .removeIf(f -> forgotten(f, now) || f.last().plus(Duration.ofMinutes(1)).isBefore(now));
    }
  }

  private static String clientKey(String client) {
    return "client:" + client;
  }

  private static String accountKey(String username) {
    return "account:" + username.strip().toLowerCase(Locale.ROOT);
  }
}
