package org.hotline.it;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Sends requests at the same moment (released together by a barrier) and collects the answers. */
final class Race {

  private Race() {}

  /** One answer of a race: HTTP status and problem code (null for a success). */
  record Outcome(int status, String code, String body) {
    boolean success() {
      return status >= 200 && status < 300;
    }
  }

  @SafeVarargs
  static List<Outcome> run(Supplier<Response>... requests) {
    CyclicBarrier barrier = new CyclicBarrier(requests.length);
    ExecutorService pool = Executors.newFixedThreadPool(requests.length);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Supplier<Response> request : requests) {
        futures.add(
            pool.submit(
                () -> {
                  barrier.await(30, TimeUnit.SECONDS);
                  Response r = request.get();
                  String body = r.asString();
                  String code =
                      r.statusCode() >= 400 && body.startsWith("{")
                          ? r.jsonPath().getString("code")
                          : null;
                  return new Outcome(r.statusCode(), code, body);
                }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get(2, TimeUnit.MINUTES));
      }
      return outcomes;
    } catch (Exception e) {
      throw new IllegalStateException("race failed to run", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
