package org.hotline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Intake load: N concurrent clients, each logged in once through the login form (as the pages and a
 * telephony integration keep a session), POST /api/tickets as fast as the server answers, each
 * request with its own Idempotency-Key. Prints tickets/s and latency percentiles.
 *
 * <p>Usage: {@code mvn -q -pl bench exec:java -Dexec.args="[baseUrl] [clients] [seconds]
 * [warmupSeconds]"} (defaults: http://localhost:8080 16 30 10). Loopback only; bounded in time.
 */
public final class IntakeBenchmark {

  private static final String[] CATEGORIES = {
    "ZA-NOISE",
    "ZA-DISPUTE",
    "JT-PARKING",
    "HZ-IDCARD",
    "CS-STALL",
    "SD-POWER",
    "WY-PROPERTY",
    "SC-CONSUMER",
    "LD-WAGE",
    "HJ-POLLUTION"
  };
  private static final String[] AREAS = {
    "CG-CG-01",
    "CG-CG-02",
    "CG-DG-01",
    "CG-DG-02",
    "CG-XG-01",
    "CG-NJ-01",
    "JK-GX-01",
    "JK-GT-01",
    "XZ-QT-01",
    "XZ-LJ-02"
  };
  private static final String[] TEXTS = {
    "小区楼下烧烤摊深夜噪音扰民，已持续一周，多次劝说无效，请派人处理。",
    "道路两侧车辆违停严重，早高峰公交车无法通行，请交警到场疏导。",
    "邻居饲养大型犬未拴绳，在小区内追咬路人，存在安全隐患。",
    "咨询身份证丢失后补办需要哪些材料，能否异地办理。",
    "菜市场门口占道经营，商贩摆摊堵塞消防通道。",
    "家中突然停电，整栋楼都没有电，请尽快抢修。",
    "物业公司擅自提高停车费，业主不同意，要求给个说法。",
    "在网店购买的商品质量有问题，商家拒绝退货。",
    "在工地干活三个月，老板一直拖欠工资不发。",
    "附近工厂夜间偷排废气，气味刺鼻，影响居民休息。"
  };

  private IntakeBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    ObjectMapper json = new ObjectMapper();
    System.out.printf(
        "intake benchmark: %s, %d clients, %d s warm-up + %d s measured%n",
        base, clients, warmup, seconds);

    List<long[]> perClient = new ArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
    long end = warmupEnd + seconds * 1_000_000_000L;
    CountDownLatch done = new CountDownLatch(clients);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long[] samples = new long[2_000_000];
      perClient.add(samples);
      Thread t =
          new Thread(
              () -> {
                try {
                  HttpClient http = Sessions.login(base, "operator", "demo");
                  int n = 0;
                  while (System.nanoTime() < end) {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("channel", "PHONE_12345");
                    body.put("callerName", "压测来电人");
                    body.put("callerPhone", "139" + (10000000 + r.nextInt(89999999)));
                    body.put("address", "人民路 " + r.nextInt(1, 300) + " 号");
                    body.put("areaCode", AREAS[r.nextInt(AREAS.length)]);
                    body.put("categoryCode", CATEGORIES[r.nextInt(CATEGORIES.length)]);
                    body.put("urgency", "NORMAL");
                    body.put("content", TEXTS[r.nextInt(TEXTS.length)]);
                    HttpRequest request =
                        HttpRequest.newBuilder(URI.create(base + "/api/tickets"))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                            .POST(
                                HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                            .build();
                    long start = System.nanoTime();
                    HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 201) {
                      errors.incrementAndGet();
                    } else if (start >= warmupEnd && n < samples.length) {
                      samples[n++] = took;
                    }
                  }
                  samples[samples.length - 1] = n;
                } catch (Exception e) {
                  System.err.println("client failed: " + e);
                  errors.incrementAndGet();
                } finally {
                  done.countDown();
                }
              });
      threads.add(t);
      t.start();
    }
    done.await();

    int total = 0;
    for (long[] s : perClient) {
      total += (int) s[s.length - 1];
    }
    long[] all = new long[total];
    int i = 0;
    for (long[] s : perClient) {
      int n = (int) s[s.length - 1];
      System.arraycopy(s, 0, all, i, n);
      i += n;
    }
    Arrays.sort(all);
    System.out.printf("tickets created (measured window): %d, errors: %d%n", total, errors.get());
    System.out.printf("throughput: %.1f tickets/s%n", total / (double) seconds);
    System.out.printf(
        "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
        Percentiles.millis(all, 50),
        Percentiles.millis(all, 90),
        Percentiles.millis(all, 99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6);
  }
}
