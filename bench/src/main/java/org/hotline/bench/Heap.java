package org.hotline.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap of another JVM on this machine, read with the JDK's {@code jstat -gc} (used = survivor,
 * eden and old generation, in MB) and {@code jcmd GC.run} for the figure after a full collection.
 */
final class Heap {

  private Heap() {}

  /** Used heap in MB after asking the JVM {@code pid} for a full GC. */
  static double usedAfterGc(long pid) throws Exception {
    run("jcmd", Long.toString(pid), "GC.run");
    return used(pid);
  }

  /** Used heap in MB now. */
  static double used(long pid) throws Exception {
    String out = run("jstat", "-gc", Long.toString(pid));
    String[] lines = out.strip().split("\n");
    String[] head = lines[0].trim().split("\\s+");
    String[] values = lines[1].trim().split("\\s+");
    double kb = 0;
    for (int i = 0; i < head.length; i++) {
      if (head[i].equals("S0U")
          || head[i].equals("S1U")
          || head[i].equals("EU")
          || head[i].equals("OU")) {
        kb += Double.parseDouble(values[i]);
      }
    }
    return kb / 1024;
  }

  /** Samples the used heap every 250 ms in the background until {@link Sampler#stop()}. */
  static Sampler sample(long pid) {
    Sampler s = new Sampler(pid);
    s.thread.start();
    return s;
  }

  /** The peak of the samples taken. */
  static final class Sampler {
    private final AtomicLong peakKb = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread;

    private Sampler(long pid) {
      thread =
          new Thread(
              () -> {
                while (running) {
                  try {
                    long kb = (long) (used(pid) * 1024);
                    peakKb.accumulateAndGet(kb, Math::max);
                    Thread.sleep(250);
                  } catch (Exception e) {
                    return;
                  }
                }
              });
      thread.setDaemon(true);
    }

    double stop() throws InterruptedException {
      running = false;
      thread.join(5000);
      return peakKb.get() / 1024.0;
    }
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.append(line).append('\n');
      }
    }
    p.waitFor();
    return out.toString();
  }
}
