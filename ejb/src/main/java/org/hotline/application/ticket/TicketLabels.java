package org.hotline.application.ticket;

import java.util.Map;

/** Chinese labels of the ticket enums, for printed documents (pages translate on their own). */
final class TicketLabels {

  private static final Map<String, String> ZH = Map.ofEntries(
      Map.entry("PENDING_TRIAGE", "待研判"),
      Map.entry("ASSIGNED", "已派单"),
      Map.entry("SIGNED", "已签收"),
      Map.entry("REPLIED", "已回复"),
      Map.entry("CLOSED", "已办结"),
      Map.entry("RETURNED", "已退回"),
      Map.entry("MERGED", "已合并"),
      Map.entry("ARBITRATED", "裁定"),
      Map.entry("CALL_MERGED", "并入来电"),
      Map.entry("UNMERGED", "取消合并"),
      Map.entry("CALL_UNMERGED", "来电取消合并"),
      Map.entry("PHONE_12345", "12345热线电话"),
      Map.entry("WEB", "网站/APP"),
      Map.entry("TRANSFER_110", "110非警情转办"),
      Map.entry("LETTER_VISIT", "来信来访"),
      Map.entry("QR_RATING", "扫码评警"),
      Map.entry("SMS_REPLY", "短信回复"),
      Map.entry("NORMAL", "一般"),
      Map.entry("URGENT", "紧急"),
      Map.entry("EMERGENCY", "特急"),
      Map.entry("LOGGED", "受理"),
      Map.entry("ANSWERED_DIRECTLY", "直接答复办结"),
      Map.entry("REPLY_APPROVED", "审核通过办结"),
      Map.entry("REPLY_SENT_BACK", "审核退回"),
      Map.entry("CALLBACK_ATTEMPTED", "回访未接通"),
      Map.entry("CALLED_BACK", "回访"),
      Map.entry("SATISFIED", "满意"),
      Map.entry("BASICALLY_SATISFIED", "基本满意"),
      Map.entry("DISSATISFIED", "不满意"),
      Map.entry("UNREACHABLE", "无法联系"),
      Map.entry("RECTIFYING", "整改中"),
      Map.entry("CHIEF_REVIEW", "待所长审核"),
      Map.entry("REPLY_CHIEF_APPROVED", "所长审核通过"),
      Map.entry("REPLY_CHIEF_SENT_BACK", "所长退回重办"),
      Map.entry("REVISITING", "待复访"),
      Map.entry("REMINDED", "催办"),
      Map.entry("SIGN_OVERDUE", "超时未签收"),
      Map.entry("OVERDUE", "超期"),
      Map.entry("ESCALATED", "升级督办"),
      Map.entry("DEADLINES_RECOMPUTED", "时限重算"),
      Map.entry("EXTENSION_REQUESTED", "申请延期"),
      Map.entry("EXTENSION_CHIEF_APPROVED", "所长同意延期"),
      Map.entry("EXTENSION_APPROVED", "批准延期"),
      Map.entry("EXTENSION_REFUSED", "不予延期"),
      Map.entry("RECTIFICATION_OPENED", "转整改"),
      Map.entry("RECTIFICATION_OVERDUE", "整改超期"),
      Map.entry("RECTIFICATION_REPORTED", "整改反馈"),
      Map.entry("REVISITED", "复访"),
      Map.entry("SLIP_PROPOSED", "建议督办"),
      Map.entry("SLIP_ISSUED", "局长督办"),
      Map.entry("SLIP_RESOLVED", "督办办结"));

  private static final Map<String, String> ACTIONS = Map.of(
      "ASSIGNED", "派单", "SIGNED", "签收", "REPLIED", "回复", "RETURNED", "退单", "MERGED", "合并");

  private TicketLabels() {}

  static String zh(Enum<?> value) {
    return value == null ? null : ZH.getOrDefault(value.name(), value.name());
  }

  static String action(Enum<?> action) {
    return ACTIONS.getOrDefault(action.name(), zh(action));
  }
}
