package org.hotline.application.slip;

import java.util.Map;
import org.hotline.domain.model.slip.SlipAction;
import org.hotline.domain.model.slip.SlipStatus;

/** Chinese names of slip steps and actions, for the PDF. */
final class SlipLabels {

  private static final Map<SlipStatus, String> STATUS = Map.of(
      SlipStatus.ISSUED, "已下发待签收",
      SlipStatus.ACKNOWLEDGED, "已签收办理中",
      SlipStatus.HANDLED, "已办理待回访",
      SlipStatus.CALLED_BACK, "已回访待报告",
      SlipStatus.REPORTED, "已报告待审核",
      SlipStatus.RESOLVED, "已办结");

  private static final Map<SlipAction, String> ACTION = Map.of(
      SlipAction.ISSUED, "下发",
      SlipAction.ACKNOWLEDGED, "签收",
      SlipAction.HANDLED, "亲自办理",
      SlipAction.CALLED_BACK, "亲自回访",
      SlipAction.REPORTED, "报告",
      SlipAction.RESOLVED, "审核办结",
      SlipAction.SENT_BACK, "退回重办",
      SlipAction.REMINDED, "催办",
      SlipAction.OVERDUE, "超期");

  private SlipLabels() {}

  static String zh(SlipStatus status) {
    return STATUS.get(status);
  }

  static String zh(SlipAction action) {
    return ACTION.get(action);
  }
}
