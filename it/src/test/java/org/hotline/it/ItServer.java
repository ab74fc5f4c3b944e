package org.hotline.it;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real provisioned WildFly (ear/target/server) with the real deployment, started once per test
 * run on the database chosen by {@code -Dit.db=h2|mariadb}, with demo data. Tests may {@link
 * #restart()} it; it stops when the test JVM exits.
 */
public final class ItServer {

  /**
   * Added to every port of the server ({@code -Dit.port.offset=N}, default 0), so that two
   * checkouts can run their integration tests at the same time.
   */
  public static final int PORT_OFFSET = Integer.getInteger("it.port.offset", 0);

  public static final int HTTP_PORT = 8080 + PORT_OFFSET;
  public static final String BASE_URL = "http://localhost:" + HTTP_PORT;

  /**
   * How long a start may take ({@code -Dit.start.timeout.minutes}, default 5: a loaded 2-core
   * machine is slow).
   */
  private static final Duration START_TIMEOUT =
      Duration.ofMinutes(Integer.getInteger("it.start.timeout.minutes", 5));

  private static Process process;
  private static int starts;
  private static double lastStartSeconds;

  private ItServer() {}

  public static String db() {
    return System.getProperty("it.db", "h2");
  }

  public static synchronized void ensureStarted() {
    if (process == null) {
      Path data = workDir().resolve("it-data-" + db());
      deleteRecursively(data);
      start();
      Runtime.getRuntime().addShutdownHook(new Thread(ItServer::stop));
    }
  }

  /** Stops and starts the server on the same database (data must survive). */
  public static synchronized void restart() {
    stop();
    start();
  }

  /**
   * Stops the server cleanly, as an operator would (its shutdown hooks run), e.g. to change its
   * database while it is down; {@link #start()} brings it back on the same data.
   */
  public static synchronized void stopCleanly() {
    stop();
  }

  public static int starts() {
    return starts;
  }

  /** Seconds from launching the server process to its first answered request, in the last start. */
  public static double lastStartSeconds() {
    return lastStartSeconds;
  }

  /**
   * Kills the server like a crash would (SIGKILL to the JVM and the launch script, no shutdown
   * hooks, nothing flushed); {@link #start()} then starts it again on the same data.
   */
  public static synchronized void kill() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Instant deadline = Instant.now().plusSeconds(30);
    while (portOpen(HTTP_PORT) && Instant.now().isBefore(deadline)) {
      sleep(100);
    }
    process = null;
  }

  /** A request as {@code user} (password "demo"), JSON in and out, Chinese by default. */
  /** The display name of a demo user, as {@code GET /api/me} gives it. */
  public static String displayName(String user) {
    return as(user).get("/api/me").then().statusCode(200).extract().path("displayName");
  }

  public static RequestSpecification as(String user) {
    ensureStarted();
    return RestAssured.given()
        .spec(
            new RequestSpecBuilder().setBaseUri(BASE_URL).setContentType(ContentType.JSON).build())
        .header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
  }

  public static RequestSpecification anonymous() {
    ensureStarted();
    return RestAssured.given().baseUri(BASE_URL).contentType(ContentType.JSON);
  }

  /** Starts the server on the data of this run (kept from an earlier start or {@link #kill()}). */
  static synchronized void start() {
    if (portOpen(HTTP_PORT)) {
      throw new IllegalStateException(
          "port "
              + HTTP_PORT
              + " is taken: stop the other server before the"
              + " integration tests, or run them with -Dit.port.offset=N");
    }
    Path home =
        Path.of(System.getProperty("it.server.home", "../ear/target/server")).toAbsolutePath();
    ProcessBuilder pb =
        new ProcessBuilder(
                home.resolve("bin/standalone.sh").toString(),
                "-Dhotline.demo=true",
                // the controlled clock of the deadline tests (PUT /api/testing/clock); refused
                // without it
                "-Dhotline.testing=true",
                // the SMSC simulator (SMS surveys over real SMPP) on 2775 + the port offset
                "-Dhotline.sms.simulator=true",
                // the outbox retries at most 5 s after the SMSC is back (production: up to 10
                // minutes)
                "-Dhotline.sms.retry.cap.seconds=5",
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                // the server gives up booting after this (WildFly's default 300 s), not before the
                // test does
                "-Djboss.as.management.blocking.timeout="
                    + Math.max(300, START_TIMEOUT.toSeconds()),
                "-Dhotline.data.dir=" + workDir().resolve("it-data-" + db()),
                "-Dhotline.index.dir=" + workDir().resolve("it-data-" + db()).resolve("index"))
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    workDir().resolve("server-" + db() + ".log").toFile()));
    Map<String, String> env = pb.environment();
    env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    env.put("HOTLINE_HEAP", "768m");
    if ("mariadb".equals(db())) {
      String port = System.getProperty("it.mariadb.port", "3307");
      env.put("DB_DRIVER_MODULE", "com.mysql");
      env.put("DB_DRIVER_CLASS", "com.mysql.cj.jdbc.Driver");
      env.put(
          "DB_URL",
          "jdbc:mysql://127.0.0.1:"
              + port
              + "/hotline_it?sendFractionalSeconds=false"
              + "&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
      env.put("DB_USER", "hotline");
      env.put("DB_PASSWORD", "hotline");
    }
    long launched = System.nanoTime();
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + home, e);
    }
    waitUntilServing();
    lastStartSeconds = (System.nanoTime() - launched) / 1e9;
    starts++;
  }

  private static void waitUntilServing() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    String auth = "Basic " + Base64.getEncoder().encodeToString("operator:demo".getBytes());
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited; see target/server-" + db() + ".log");
      }
      try {
        HttpURLConnection c =
            (HttpURLConnection) URI.create(BASE_URL + "/api/me").toURL().openConnection();
        c.setRequestProperty("Authorization", auth);
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      sleep(500);
    }
    // a server that never came up (e.g. a failed deployment) must not hold the port for the next
    // run
    stop();
    throw new IllegalStateException(
        "server did not serve /api/me within "
            + START_TIMEOUT
            + "; see target/server-"
            + db()
            + ".log");
  }

  private static synchronized void stop() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Instant deadline = Instant.now().plusSeconds(30);
    while (portOpen(HTTP_PORT) && Instant.now().isBefore(deadline)) {
      sleep(200);
    }
    process = null;
  }

  private static boolean portOpen(int port) {
    try (Socket s = new Socket("localhost", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static Path workDir() {
    return Path.of(System.getProperty("it.work.dir", "target"));
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
