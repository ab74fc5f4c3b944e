package org.hotline.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator over real SMPP on a free local port, with a plain jSMPP client: bind, submit
 * (UCS-2) and its receipt, a citizen's reply, a repeated receipt, down and up.
 */
class SmscSimulatorTest {

  private SmscSimulator simulator;
  private SMPPSession client;
  private final BlockingQueue<DeliverSm> inbound = new ArrayBlockingQueue<>(10);
  private int port;

  @BeforeEach
  void start() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    System.setProperty("hotline.sms.simulator", "true");
    System.setProperty("hotline.sms.port", String.valueOf(port));
    simulator = new SmscSimulator();
    simulator.start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.unbindAndClose();
    }
    simulator.stop();
    System.clearProperty("hotline.sms.simulator");
    System.clearProperty("hotline.sms.port");
  }

  @Test
  void submitIsAcceptedAndReceiptedAndRepliesArrive() throws Exception {
    client = bind();
    var result =
        client.submitShortMessage(
            "",
            TypeOfNumber.UNKNOWN,
            NumberingPlanIndicator.UNKNOWN,
            "12345",
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            "8613912345678",
            new ESMClass(),
            (byte) 0,
            (byte) 1,
            null,
            null,
            new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
            (byte) 0,
            SmppAddresses.UCS2,
            (byte) 0,
            SmppAddresses.ucs2("回复1满意，2基本满意，3不满意"));
    assertNotNull(result.getMessageId());
    var sent = simulator.submittedTo("+8613912345678");
    assertEquals(1, sent.size());
    assertEquals("回复1满意，2基本满意，3不满意", sent.get(0).text());

    DeliverSm receipt = inbound.poll(5, TimeUnit.SECONDS);
    assertNotNull(receipt, "delivery receipt");
    assertTrue(receipt.isSmscDeliveryReceipt());
    assertEquals(result.getMessageId(), receipt.getShortMessageAsDeliveryReceipt().getId());
    assertEquals("DELIVRD", receipt.getShortMessageAsDeliveryReceipt().getFinalStatus().name());

    assertTrue(simulator.resendReceipt(result.getMessageId()));
    assertTrue(inbound.poll(5, TimeUnit.SECONDS).isSmscDeliveryReceipt(), "the same receipt again");

    simulator.reply("+8613912345678", "３ 不满意！");
    DeliverSm reply = inbound.poll(5, TimeUnit.SECONDS);
    assertNotNull(reply);
    assertEquals("３ 不满意！", SmppAddresses.text(reply.getShortMessage(), reply.getDataCoding()));
    assertEquals(
        "+8613912345678",
        SmppAddresses.toE164(reply.getSourceAddr(), reply.getSourceAddrTon()).orElseThrow());
  }

  @Test
  void downRefusesConnectionsAndUpAcceptsThemAgain() throws Exception {
    simulator.down();
    assertThrows(IOException.class, this::bind);
    simulator.up();
    client = bind();
    assertTrue(client.getSessionState().isBound());
  }

  /**
   * Raw SMPP throughput to the simulator with a window of 10 submits in flight
   * (docs/performance.md).
   */
  @Test
  void throughputWithAWindowOfTen() throws Exception {
    client = bind();
    int count = 3000;
    int window = 10;
    var next = new java.util.concurrent.atomic.AtomicInteger();
    var accepted = new java.util.concurrent.atomic.AtomicInteger();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(window);
    long start = System.nanoTime();
    for (int w = 0; w < window; w++) {
      pool.submit(
          () -> {
            int i;
            while ((i = next.getAndIncrement()) < count) {
              try {
                client.submitShortMessage(
                    "",
                    TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN,
                    "12345",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    String.format("861390%07d", i),
                    new ESMClass(),
                    (byte) 0,
                    (byte) 1,
                    null,
                    null,
                    new RegisteredDelivery(0),
                    (byte) 0,
                    SmppAddresses.UCS2,
                    (byte) 0,
                    SmppAddresses.ucs2("【警务热线】您反映的事项已办结，请评价：回复1满意，2基本满意，3不满意。"));
                accepted.incrementAndGet();
              } catch (Exception e) {
                // counted as not accepted
              }
            }
            return null;
          });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(count, accepted.get());
    System.out.printf(
        "SMPP throughput to the simulator: %d submits, window %d, %.2f s, %.0f messages/s%n",
        count, window, seconds, count / seconds);
  }

  private SMPPSession bind() throws IOException {
    SMPPSession s = new SMPPSession();
    s.setMessageReceiverListener(
        new MessageReceiverListener() {
          @Override
          public void onAcceptDeliverSm(DeliverSm deliverSm) {
            inbound.add(deliverSm);
          }

          @Override
          public void onAcceptAlertNotification(AlertNotification alertNotification) {}

          @Override
          public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
          }
        });
    try {
      s.connectAndBind(
          "localhost",
          port,
          new BindParameter(
              BindType.BIND_TRX,
              "hotline",
              "hotline",
              "",
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              null),
          5000);
    } catch (IOException e) {
      s.close();
      throw e;
    }
    return s;
  }
}
