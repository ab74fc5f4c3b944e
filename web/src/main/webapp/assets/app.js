/* Shared code of the pages: language (Chinese by default, English switch), API calls with
   problem+json errors, the page header, and small formatting helpers. No framework. */
'use strict';

const I18N = {
  zh: {
    // --- issue 12 (ui): components, dispatcher queue, chief's desk, errors in the user's words ---
    'ui.prev': '上一页', 'ui.next': '下一页', 'ui.pageOf': '第 {0}/{1} 页 · 共 {2} 条', 'ui.close': '关闭', 'ui.busy': '处理中…',
    'ui.filters': '筛选', 'ui.allUrgencies': '全部紧急程度', 'ui.allChannels': '全部渠道', 'ui.repeatOnly': '只看重复来电', 'ui.age': '等待时长',
    'ui.anyAge': '不限', 'ui.age1': '超过 1 小时', 'ui.age4': '超过 4 小时', 'ui.age24': '超过 1 天', 'ui.age72': '超过 3 天',
    'ui.searchQueue': '搜索内容、地址或工单编号', 'ui.keys': '快捷键：j/k 或 ↑/↓ 移动，1/2/3 派给建议单位，Enter 打开工单',
    'ui.assignedTo': '已派给 {0}', 'ui.mergedInto': '已合并到 {0}', 'ui.mergeInto': '合并到 {0}', 'ui.done': '已完成', 'ui.waiting': '等待',
    'ui.minutes': '分钟', 'ui.hours': '小时', 'ui.days': '天', 'ui.loggedAt': '受理时间', 'ui.replyDeadline': '回复期限（截止）',
    'ui.signDeadline': '签收期限（截止）', 'ui.dueAt': '整改期限（截止）', 'ui.requestedAt': '申请时间', 'ui.repliedAt': '回复时间',
    'ui.nothingToDo': '暂无待办', 'ui.officerReply': '民警回复', 'ui.whyDissatisfied': '群众不满意原因', 'ui.alsoIn': '同时属于',
    'ui.favicon': '警务热线', 'ui.wrongPassword': '用户名或密码错误，请重新输入。', 'ui.reasons': '建议理由',
    field_callerPhone: '来电号码', field_callerName: '来电人姓名', field_areaCode: '区域', field_categoryCode: '分类', field_unitCode: '承办单位',
    field_content: '诉求内容', field_address: '地址', field_urgency: '紧急程度', field_channel: '渠道', field_text: '回复内容', field_reason: '理由',
    field_comment: '审核意见', field_mainTicketId: '主工单', field_catalogueItemCode: '职责条目', field_ticketIds: '涉及工单', field_deadline: '期限',
    field_requestedDeadline: '延期至', field_note: '备注', field_result: '回访结果', field_reasons: '不满意原因', field_ids: '工单', field_q: '搜索内容',
    field_phone: '电话', field_minAgeHours: '等待时长', field_maxAgeHours: '等待时长', field_page: '页码', field_size: '每页条数',
    field_directAnswer: '直接答复', field_transferReference: '110接警号', field_headUsername: '责任人', field_supervisorUsername: '督导领导',
    field_title: '督办事项', field_requirements: '督办要求', field_report: '整改情况', field_approved: '审核结论', field_approve: '审批结论',
    'why.JURISDICTION': '辖区派出所', 'why.CATEGORY': '职责覆盖分类', 'why.KEYWORDS': '关键词', 'why.DUTY_WORDS': '职责用词',
    'dup.SAME_PHONE': '同一来电号码', 'dup.SIMILAR_CONTENT': '同一区域相似内容', 'ui.pickFromList': '请从列表中选择单位（输入名称搜索）',
    'ui.fromUnit': '原单位', 'ui.reliedOn': '依据职责', 'ui.version': '（第 {0} 版）', 'ui.call': '来电', 'ui.via': '经',
    'ui.unknownTicket': '找不到工单编号 {0}', 'ui.allCategories': '全部分类', 'ui.allAreas': '全部区域', 'ui.noneWaiting': '没有符合条件的待研判工单',
    leaderDashboard: '领导看板',
    appName: '警务热线工单系统', logout: '退出', lang: 'English', badTicketId: '工单编号无效',
    intake: '来电受理', dispatch: '研判派单', worklist: '单位工单', callback: '回访', tickets: '工单查询', calendar: '工作日历', cockpit: '流程监控',
    PENDING_TRIAGE: '待研判', RETURNED: '已退回', MERGED: '已合并', ASSIGNED: '已派单', SIGNED: '已签收', REPLIED: '已回复', CLOSED: '已办结',
    PHONE_12345: '12345热线', WEB: '网站/APP', TRANSFER_110: '110转办', LETTER_VISIT: '来信来访', QR_RATING: '扫码评警', SMS_REPLY: '短信回复',
    NORMAL: '一般', URGENT: '紧急', EMERGENCY: '特急',
    SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意', UNREACHABLE: '未接通',
    LOGGED: '受理', ANSWERED_DIRECTLY: '直接答复办结', REPLY_APPROVED: '审核通过办结', REPLY_SENT_BACK: '审核退回',
    CALLBACK_ATTEMPTED: '回访未接通', CALLED_BACK: '回访', SIGNED_ACTION: '签收', RETURNED_ACTION: '退单', ARBITRATED: '裁定',
    noProposal: '无建议，请手工选择单位', duplicates: '可能的重复件', transferReference: '110接警号', transferReferenceHint: '渠道为“110转办”时填写 110 的接警编号', transfers: '转办记录', TO_12345: '转办12345', FROM_110: '110转入', externalReference: '对方编号', ext_SENT: '已转出', ext_ACCEPTED: '对方已受理', ext_RESOLVED: '对方已办结', ext_REJECTED: '对方退回', reroute: '改派', REROUTED: '改派', assisting: '协办', assistReply: '协办回复', assistingUnits: '协办单位编码（可多个，逗号分隔）', part_ASSIGNED: '待协办', part_REPLIED: '已回复', PART_REPLIED: '协办回复', ASSISTING_ADDED: '指定协办', TRANSFER_FEEDBACK: '转办反馈', mergeInto: '合并到此单', unmerge: '取消合并', mainNumber: '主工单编号', mergedCalls: '并入的来电', MERGED_ACTION: '合并', CALL_MERGED: '并入来电', UNMERGED: '取消合并', CALL_UNMERGED: '来电取消合并', relevance: '相关度', newest: '最新', returnTicket: '退单', returnReason: '退单理由', returnUntil: '可退单至', pickCatalogue: '依据的职责条目（输入单位或职责搜索）', arbitrate: '裁定', arbitrationReason: '裁定理由',
    catalogue: '职责清单', version: '版本', title: '职责', duties: '职责内容', keywords: '关键词', reason: '变更原因', retire: '废止', edit: '修改', versions: '历史版本', changedBy: '变更人',
    number: '工单编号', status: '状态', channel: '渠道', caller: '来电人', phone: '电话', area: '区域', address: '地址',
    category: '分类', urgency: '紧急程度', content: '诉求内容', unit: '承办单位', deadline: '回复期限', created: '受理时间',
    reply: '回复', replyText: '办理回复', history: '流转记录', actions: '操作', overdue: '已超期', confidential: '保密',
    hidden: '（保密）', anonymous: '匿名', none: '暂无', loading: '加载中…', saved: '已保存', pdf: '打印工单 (PDF)',
    assign: '派单', sign: '签收', review: '审核', approve: '通过并办结', sendBack: '退回重办', comment: '审核意见',
    submit: '提交', result: '回访结果', reasons: '不满意原因', note: '备注', directAnswer: '直接答复（咨询类当场答复则填写，工单直接办结）',
    earlier: '该号码的历史工单', noEarlier: '该号码无历史工单', created_ok: '已受理，工单编号', search: '搜索', page: '页',
    suggested: '建议', jurisdiction: '辖区派出所', all: '全部', due: '待回访', open: '打开', time: '时间', who: '操作人',
    action: '操作', working: '上班', off: '放假', date: '日期', add: '添加/修改', remove: '删除', year: '年份',
    shortcut: '提示：Tab 切换字段，Ctrl+Enter 提交', callerName: '来电人姓名（可空，匿名）', pickArea: '输入区域名称搜索',
    pickCategory: '输入分类名称搜索', pickUnit: '输入单位名称搜索', attempts: '回访次数', reasonList: '态度差,推诿扯皮,效率低,结果不满意,执法不规范',
    RECTIFYING: '整改中', REVISITING: '待复访', CHIEF_REVIEW: '待所长审核', REPLY_CHIEF_APPROVED: '所长审核通过', REPLY_CHIEF_SENT_BACK: '所长退回重办', chiefApprove: '审核通过，报中心', repliesToApprove: '回复待所长审核', chiefDesk: '所长工作台', slips: '局长督办', timeLimits: '时限规则', notifications: '提醒', markAllRead: '全部已读', noNotifications: '暂无提醒',
    REMINDED: '催办', SIGN_OVERDUE: '超时未签收', OVERDUE: '超期', ESCALATED: '升级督办', DEADLINES_RECOMPUTED: '时限重算', EXTENSION_REQUESTED: '申请延期', EXTENSION_CHIEF_APPROVED: '所长同意延期', EXTENSION_APPROVED: '批准延期', EXTENSION_REFUSED: '不予延期', RECTIFICATION_OPENED: '转整改', RECTIFICATION_OVERDUE: '整改超期', RECTIFICATION_REPORTED: '整改反馈', REVISITED: '复访', SLIP_PROPOSED: '建议督办', SLIP_ISSUED: '局长督办', SLIP_RESOLVED: '督办办结',
    signDeadline: '签收时限', escalated: '已升级', escalationLevel: '升级级别', extensions: '延期', requestExtension: '申请延期', newDeadline: '延期至', extensionReason: '延期理由', approveExtension: '同意', refuseExtension: '不同意', decisionNote: '审批意见',
    ext_PENDING: '待所长审批', ext_CHIEF_APPROVED: '待中心审批', ext_APPROVED: '已批准', ext_REFUSED: '未批准',
    rectification: '整改', rectificationDue: '整改时限', rectificationReport: '整改情况反馈', dissatisfaction: '不满意原因', revisit: '复访', revisitResult: '复访结果', slipProposed: '建议局长督办',
    dueSoon: '即将到期', overdueList: '已超期', escalatedList: '已升级督办', signOverdueList: '超时未签收', rectifyingList: '整改中', slipList: '督办单', extensionList: '延期待审批', repliesInReview: '回复待中心审核',
    slipNumber: '督办单号', slipTickets: '涉及工单', slipTitle: '督办事项', requirements: '督办要求', slipDeadline: '办结时限', lead: '牵头领导', supervisor: '督导领导', head: '责任人', ticketsConcerned: '涉及工单（工单编号，逗号分隔）', issueSlip: '下发督办单', issued: '下发', resolved: '办结', register: '督办台账',
    slip_ISSUED: '待签收', slip_ACKNOWLEDGED: '办理中', slip_HANDLED: '待回访', slip_CALLED_BACK: '待报告', slip_REPORTED: '待审核', slip_RESOLVED: '已办结',
    acknowledge: '签收', handle: '亲自办理', slipCallback: '亲自回访', report: '报告', accept: '通过办结', sendBackSlip: '退回重办', handlingNote: '办理情况', callbackNote: '回访情况', reportText: '办理报告', reviewNote: '审核意见', sentBackTimes: '退回次数',
    ruleScope: '适用范围', anyScope: '全部', signHours: '签收时限（工作小时）', replyDays: '办理时限（工作日，空=分类默认，0=当日）', remindBeforeDays: '提前催办（工作日）', escalateAfterDays: '超期后升级（工作日）', maxExtensions: '最多延期次数', maxExtensionDays: '最长延期（工作日）', centreApproval: '中心审批', updatedBy: '修改人', addRule: '新增规则', save: '保存',
  },
  en: {
    // --- issue 12 (ui): components, dispatcher queue, chief's desk, errors in the user's words ---
    'ui.prev': 'Previous', 'ui.next': 'Next', 'ui.pageOf': 'Page {0} of {1} · {2} tickets', 'ui.close': 'Close', 'ui.busy': 'Working…',
    'ui.filters': 'Filters', 'ui.allUrgencies': 'Any urgency', 'ui.allChannels': 'Any channel', 'ui.repeatOnly': 'Repeat callers only', 'ui.age': 'Waiting',
    'ui.anyAge': 'Any time', 'ui.age1': 'Over 1 hour', 'ui.age4': 'Over 4 hours', 'ui.age24': 'Over 1 day', 'ui.age72': 'Over 3 days',
    'ui.searchQueue': 'Search content, address or ticket number', 'ui.keys': 'Keys: j/k or ↑/↓ move, 1/2/3 assign to a suggested unit, Enter opens the ticket',
    'ui.assignedTo': 'Assigned to {0}', 'ui.mergedInto': 'Merged into {0}', 'ui.mergeInto': 'Merge into {0}', 'ui.done': 'Done', 'ui.waiting': 'Waiting',
    'ui.minutes': 'min', 'ui.hours': 'h', 'ui.days': 'd', 'ui.loggedAt': 'Logged at', 'ui.replyDeadline': 'Reply due by',
    'ui.signDeadline': 'Sign due by', 'ui.dueAt': 'Rectification due by', 'ui.requestedAt': 'Requested at', 'ui.repliedAt': 'Replied at',
    'ui.nothingToDo': 'Nothing to do', 'ui.officerReply': "Officer's reply", 'ui.whyDissatisfied': 'Why the citizen was dissatisfied', 'ui.alsoIn': 'Also',
    'ui.favicon': 'Police hotline', 'ui.wrongPassword': 'Wrong user name or password: please try again.', 'ui.reasons': 'Why',
    field_callerPhone: 'Caller phone', field_callerName: 'Caller name', field_areaCode: 'Area', field_categoryCode: 'Category', field_unitCode: 'Unit',
    field_content: 'Content', field_address: 'Address', field_urgency: 'Urgency', field_channel: 'Channel', field_text: 'Reply', field_reason: 'Reason',
    field_comment: 'Comment', field_mainTicketId: 'Main ticket', field_catalogueItemCode: 'Catalogue item', field_ticketIds: 'Tickets', field_deadline: 'Deadline',
    field_requestedDeadline: 'New deadline', field_note: 'Note', field_result: 'Result', field_reasons: 'Reasons', field_ids: 'Tickets', field_q: 'Search',
    field_phone: 'Phone', field_minAgeHours: 'Waiting', field_maxAgeHours: 'Waiting', field_page: 'Page', field_size: 'Page size',
    field_directAnswer: 'Direct answer', field_transferReference: '110 incident no.', field_headUsername: 'Responsible head', field_supervisorUsername: 'Supervising deputy',
    field_title: 'Matter', field_requirements: 'Requirements', field_report: 'Report', field_approved: 'Decision', field_approve: 'Decision',
    'why.JURISDICTION': 'station of the jurisdiction', 'why.CATEGORY': 'duty covers the category', 'why.KEYWORDS': 'keywords', 'why.DUTY_WORDS': 'duty words',
    'dup.SAME_PHONE': 'same phone', 'dup.SIMILAR_CONTENT': 'same area, similar content', 'ui.pickFromList': 'Pick a unit from the list (type its name)',
    'ui.fromUnit': 'From', 'ui.reliedOn': 'Relied on', 'ui.version': ' (version {0})', 'ui.call': 'Call', 'ui.via': 'via',
    'ui.unknownTicket': 'No ticket numbered {0}', 'ui.allCategories': 'Any category', 'ui.allAreas': 'Any area', 'ui.noneWaiting': 'No waiting ticket matches',
    leaderDashboard: 'Leadership',
    appName: 'Police Hotline Case Management', logout: 'Log out', lang: '中文', badTicketId: 'Not a valid ticket id',
    intake: 'Intake', dispatch: 'Dispatch', worklist: 'Unit worklist', callback: 'Callback', tickets: 'Tickets', calendar: 'Calendar', cockpit: 'Cockpit',
    PENDING_TRIAGE: 'Pending triage', RETURNED: 'Returned', MERGED: 'Merged', ASSIGNED: 'Assigned', SIGNED: 'Signed', REPLIED: 'Replied', CLOSED: 'Closed',
    PHONE_12345: '12345 phone', WEB: 'Web/app', TRANSFER_110: '110 transfer', LETTER_VISIT: 'Letter/visit', QR_RATING: 'QR rating', SMS_REPLY: 'SMS reply',
    NORMAL: 'Normal', URGENT: 'Urgent', EMERGENCY: 'Emergency',
    SATISFIED: 'Satisfied', BASICALLY_SATISFIED: 'Basically satisfied', DISSATISFIED: 'Dissatisfied', UNREACHABLE: 'Unreachable',
    LOGGED: 'Logged', ANSWERED_DIRECTLY: 'Answered on the call', REPLY_APPROVED: 'Reply approved', REPLY_SENT_BACK: 'Reply sent back',
    CALLBACK_ATTEMPTED: 'Callback attempt', CALLED_BACK: 'Called back', SIGNED_ACTION: 'Signed', RETURNED_ACTION: 'Returned', ARBITRATED: 'Arbitrated',
    noProposal: 'No proposal: pick a unit', duplicates: 'Likely repeat calls', transferReference: '110 incident no.', transferReferenceHint: 'For a 110 transfer: the 110 incident number', transfers: 'Transfers', TO_12345: 'To 12345', FROM_110: 'From 110', externalReference: 'Their reference', ext_SENT: 'Sent', ext_ACCEPTED: 'Accepted', ext_RESOLVED: 'Resolved', ext_REJECTED: 'Rejected', reroute: 'Re-route', REROUTED: 'Re-routed', assisting: 'Assisting', assistReply: 'Reply on our part', assistingUnits: 'Assisting unit codes (comma-separated)', part_ASSIGNED: 'to do', part_REPLIED: 'replied', PART_REPLIED: 'Part replied', ASSISTING_ADDED: 'Assisting units added', TRANSFER_FEEDBACK: 'Transfer feedback', mergeInto: 'Merge into this', unmerge: 'Unmerge', mainNumber: 'Main ticket number', mergedCalls: 'Merged calls', MERGED_ACTION: 'Merged', CALL_MERGED: 'Call merged', UNMERGED: 'Unmerged', CALL_UNMERGED: 'Call unmerged', relevance: 'Relevance', newest: 'Newest', returnTicket: 'Return', returnReason: 'Reason for the return', returnUntil: 'May be returned until', pickCatalogue: 'Catalogue item relied on (type a unit or duty)', arbitrate: 'Arbitrate', arbitrationReason: 'Reason for the arbitration',
    catalogue: 'Responsibilities', version: 'Version', title: 'Duty', duties: 'Duties', keywords: 'Keywords', reason: 'Reason for the change', retire: 'Retire', edit: 'Edit', versions: 'Versions', changedBy: 'Changed by',
    number: 'Number', status: 'Status', channel: 'Channel', caller: 'Caller', phone: 'Phone', area: 'Area', address: 'Address',
    category: 'Category', urgency: 'Urgency', content: 'Content', unit: 'Unit', deadline: 'Reply by', created: 'Logged at',
    reply: 'Reply', replyText: 'Reply', history: 'History', actions: 'Actions', overdue: 'Overdue', confidential: 'Confidential',
    hidden: '(confidential)', anonymous: 'anonymous', none: 'None', loading: 'Loading…', saved: 'Saved', pdf: 'Print (PDF)',
    assign: 'Assign', sign: 'Sign', review: 'Review', approve: 'Approve and close', sendBack: 'Send back', comment: 'Comment',
    submit: 'Submit', result: 'Result', reasons: 'Reasons', note: 'Note', directAnswer: 'Direct answer (closes a consultation answered on the call)',
    earlier: 'Earlier tickets of this number', noEarlier: 'No earlier tickets for this number', created_ok: 'Logged as', search: 'Search', page: 'page',
    suggested: 'Suggested', jurisdiction: 'station of the jurisdiction', all: 'All', due: 'Due for callback', open: 'Open', time: 'Time', who: 'By',
    action: 'Action', working: 'Working day', off: 'Holiday', date: 'Date', add: 'Add / change', remove: 'Delete', year: 'Year',
    shortcut: 'Tip: Tab moves between fields, Ctrl+Enter submits', callerName: 'Caller name (empty: anonymous)', pickArea: 'Type to search areas',
    pickCategory: 'Type to search categories', pickUnit: 'Type to search units', attempts: 'Attempts', reasonList: 'Rude,Passing the buck,Slow,Unhappy with result,Improper enforcement',
    RECTIFYING: 'Being rectified', REVISITING: 'Due for re-visit', CHIEF_REVIEW: 'With the chief', REPLY_CHIEF_APPROVED: 'Reply approved by the chief', REPLY_CHIEF_SENT_BACK: 'Reply sent back by the chief', chiefApprove: 'Approve, send to the centre', repliesToApprove: 'Replies to approve', chiefDesk: "Chief's desk", slips: 'Supervision slips', timeLimits: 'Time limits', notifications: 'Notifications', markAllRead: 'Mark all read', noNotifications: 'No notifications',
    REMINDED: 'Reminder', SIGN_OVERDUE: 'Not signed in time', OVERDUE: 'Overdue', ESCALATED: 'Escalated', DEADLINES_RECOMPUTED: 'Deadlines recomputed', EXTENSION_REQUESTED: 'Extension requested', EXTENSION_CHIEF_APPROVED: 'Extension agreed by chief', EXTENSION_APPROVED: 'Extension approved', EXTENSION_REFUSED: 'Extension refused', RECTIFICATION_OPENED: 'Rectification opened', RECTIFICATION_OVERDUE: 'Rectification overdue', RECTIFICATION_REPORTED: 'Rectification reported', REVISITED: 'Re-visited', SLIP_PROPOSED: 'Slip proposed', SLIP_ISSUED: 'Supervision slip', SLIP_RESOLVED: 'Slip resolved',
    signDeadline: 'Sign by', escalated: 'Escalated', escalationLevel: 'Escalation level', extensions: 'Extensions', requestExtension: 'Request an extension', newDeadline: 'New deadline', extensionReason: 'Reason', approveExtension: 'Approve', refuseExtension: 'Refuse', decisionNote: 'Decision note',
    ext_PENDING: 'Waiting for the chief', ext_CHIEF_APPROVED: 'Waiting for the centre', ext_APPROVED: 'Approved', ext_REFUSED: 'Refused',
    rectification: 'Rectification', rectificationDue: 'Report by', rectificationReport: 'Rectification report', dissatisfaction: 'Dissatisfied with', revisit: 'Re-visit', revisitResult: 'Re-visit result', slipProposed: 'Supervision slip proposed',
    dueSoon: 'Due soon', overdueList: 'Overdue', escalatedList: 'Escalated', signOverdueList: 'Not signed in time', rectifyingList: 'In rectification', slipList: 'Supervision slips', extensionList: 'Extensions to decide', repliesInReview: 'Replies in centre review',
    slipNumber: 'Slip number', slipTickets: 'Tickets', slipTitle: 'Matter', requirements: 'Requirements', slipDeadline: 'Resolve by', lead: 'Lead', supervisor: 'Supervising deputy', head: 'Responsible head', ticketsConcerned: 'Tickets concerned (ticket numbers, comma-separated)', issueSlip: 'Issue a slip', issued: 'Issued', resolved: 'Resolved', register: 'Register',
    slip_ISSUED: 'To acknowledge', slip_ACKNOWLEDGED: 'Being handled', slip_HANDLED: 'To call back', slip_CALLED_BACK: 'To report', slip_REPORTED: 'To review', slip_RESOLVED: 'Resolved',
    acknowledge: 'Acknowledge', handle: 'Handled in person', slipCallback: 'Called back in person', report: 'Report', accept: 'Accept', sendBackSlip: 'Send back', handlingNote: 'Handling', callbackNote: 'Callback', reportText: 'Report', reviewNote: 'Review note', sentBackTimes: 'Sent back',
    ruleScope: 'Applies to', anyScope: 'All', signHours: 'Sign within (working hours)', replyDays: 'Reply within (working days; empty: category default; 0: same day)', remindBeforeDays: 'Remind before (working days)', escalateAfterDays: 'Escalate after (working days)', maxExtensions: 'Max extensions', maxExtensionDays: 'Max extension (working days)', centreApproval: 'Centre approves', updatedBy: 'Changed by', addRule: 'Add a rule', save: 'Save',
  },
};

/**
 * Safe HTML (安全输出): the one place where pages turn data into markup.
 *
 * App.html`<td>${value}</td>` escapes every interpolated value for where it lands:
 *  - text and quoted attribute values: HTML-escaped (& < > " ' ` =), so a value can neither end its
 *    element nor its attribute;
 *  - the start of a URL attribute (href, src, action, formaction …): only http(s), mailto and
 *    relative URLs pass; "javascript:", "data:" and other schemes become "about:blank";
 *  - the rest of a URL attribute (after "ticket.html?id="): percent-encoded (encodeURIComponent);
 *  - unquoted attribute values, inline event handlers (on…=) and style attributes are refused with
 *    an Error: the Content-Security-Policy forbids them, and so does this helper.
 * Values that are themselves App.html results (or arrays of them) are inserted as they are; null,
 * undefined and false insert nothing. App.render / App.append are the only ways such markup
 * reaches the DOM; with Trusted Types enforced by the CSP, a plain string assigned to innerHTML is
 * refused by the browser.
 */
class SafeHtml {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}

const Html = (() => {
  const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;'};
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'data', 'background'];
  const policy = window.trustedTypes ? window.trustedTypes.createPolicy('hotline', {createHTML: s => s}) : null;

  const escape = value => String(value).replace(/[&<>"'`=]/g, c => ESCAPES[c]);

  /** A URL as a whole: relative, http(s) or mailto; anything else (javascript:, data:, vbscript:) is refused. */
  function safeUrl(value) {
    const url = String(value).trim();
    // browsers drop tabs and newlines inside a scheme ("java\tscript:"), so look at it without them
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
    return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase()) ? url : 'about:blank';
  }

  /** Where the next value lands, judged from the markup written so far. */
  function contextOf(markup) {
    const tag = /<[a-zA-Z][^<>]*$/.exec(markup);
    if (!tag) return {kind: 'text'};
    const attr = /\s([^\s"'<>\/=]+)\s*=\s*(["'])([^"']*)$/.exec(tag[0]);
    if (!attr || tag[0].lastIndexOf(attr[2]) !== tag[0].length - attr[3].length - 1) return {kind: 'tag'};
    const name = attr[1].toLowerCase();
    if (name.startsWith('on') || name === 'style' || name === 'srcdoc') return {kind: 'forbidden', name};
    if (URL_ATTRIBUTES.includes(name)) return {kind: attr[3] === '' ? 'url' : 'urlPart'};
    return {kind: 'attribute'};
  }

  function write(context, value) {
    if (value == null || value === false) return '';
    if (Array.isArray(value)) return value.map(v => write(context, v)).join('');
    if (value instanceof SafeHtml) {
      if (context.kind === 'text' || context.kind === 'tag') return value.text;
      throw new Error('markup inside an attribute value');
    }
    switch (context.kind) {
      case 'text': case 'attribute': return escape(value);
      case 'url': return escape(safeUrl(value));
      case 'urlPart': return escape(encodeURIComponent(String(value)));
      case 'tag': if (String(value) === '') return ''; throw new Error('unquoted attribute value in a template');
      default: throw new Error('no data in the ' + context.name + ' attribute');
    }
  }

  return {
    /** The tagged template: App.html`<a href="ticket.html?id=${t.id}">${t.number}</a>` → SafeHtml. */
    html(strings, ...values) {
      let markup = strings[0];
      values.forEach((value, i) => { markup += write(contextOf(markup), value) + strings[i + 1]; });
      return new SafeHtml(markup);
    },
    escape,
    safeUrl,
    /** The SafeHtml as the browser's TrustedHTML where Trusted Types exist; refuses anything else. */
    trusted(safe) {
      if (!(safe instanceof SafeHtml)) throw new TypeError('App.render takes App.html`…` markup, not a string');
      return policy ? policy.createHTML(safe.text) : safe.text;
    },
  };
})();

const App = {
  lang: localStorage.getItem('hotline.lang') || 'zh',
  me: null,

  t(key) {
    return (I18N[App.lang] && I18N[App.lang][key]) || I18N.zh[key] || key;
  },

  toggleLang() {
    localStorage.setItem('hotline.lang', App.lang === 'zh' ? 'en' : 'zh');
    location.reload();
  },

  /** fetch JSON from the API; throws an Error carrying the problem (status, code, errors). */
  async api(path, options = {}) {
    const headers = Object.assign({'Accept': 'application/json', 'Accept-Language': App.lang}, options.headers || {});
    if (options.body && typeof options.body !== 'string') {
      headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(options.body);
    }
    const res = await fetch('/api' + path, Object.assign({}, options, {headers, credentials: 'same-origin'}));
    if (res.status === 401) {
      location.href = '/login.html';
      throw new Error('401');
    }
    if (res.status === 503) { // transient (database busy or down): nothing was changed, the user may retry
      const err = new Error(App.lang === 'en' ? 'The service is briefly unavailable and nothing was changed: please retry in a few seconds.'
        : '服务暂时不可用，本次操作未生效，请稍后重试。');
      err.problem = {status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: Number(res.headers.get('Retry-After')) || 5};
      throw err;
    }
    const type = res.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await res.json() : null;
    if (!res.ok) {
      const err = new Error(body && body.detail ? body.detail : res.statusText);
      err.problem = body || {status: res.status};
      throw err;
    }
    return body;
  },

  /**
   * The words the user sees for an API field: the label of the form field of that name (its
   * <label>, aria-label or placeholder) under {@code root}, else the page-independent name
   * (field_<name> in I18N), else the field as sent. Never shows an internal name when one is known.
   */
  fieldLabel(field, root) {
    const name = String(field);
    const el = (root || document).querySelector('[name="' + CSS.escape(name) + '"]');
    const own = el && ((el.labels && el.labels[0] && el.labels[0].textContent) || el.getAttribute('aria-label')
      || el.getAttribute('placeholder'));
    if (own && own.trim()) return own.trim().replace(/[：:*＊]\s*$/, '');
    const known = App.t('field_' + name);
    return known === 'field_' + name ? name : known;
  },

  /** The field message of a problem in the user's words: the internal field name replaced by its label. */
  fieldMessage(e, root) {
    const label = App.fieldLabel(e.field, root);
    return String(e.message || '').split(String(e.field)).join(label);
  },

  /** Shows a problem next to the form: the detail and every field message, in the user's words. */
  showError(target, err) {
    const p = err.problem || {};
    const root = target && target.closest ? (target.closest('form, tr, section, main') || document) : document;
    const lines = [err.message].concat((p.errors || []).map(e => App.fieldMessage(e, root)));
    target.replaceChildren();
    target.className = 'msg error';
    lines.forEach(l => { const d = document.createElement('div'); d.textContent = l; target.appendChild(d); });
    (p.errors || []).forEach(e => {
      const field = root.querySelector('[name="' + CSS.escape(String(e.field)) + '"]') || document.getElementsByName(String(e.field))[0];
      if (field) field.classList.add('invalid');
    });
    return lines;
  },

  /**
   * Runs an action on the API with the button that started it busy, then says "saved" next to that
   * button (and in {@code target}) and reloads, or shows the problem there. The button is
   * {@code options.button}, else the focused button (the one just clicked or pressed).
   */
  async run(target, action, reload, options = {}) {
    const active = document.activeElement;
    const button = options.button || (active && active.tagName === 'BUTTON' ? active : null);
    const work = async () => {
      try {
        await action();
        App.showOk(target, options.okText || App.t('saved'));
        App.toast(options.okText || App.t('saved'), {near: button});
        if (reload) await reload();
        App.refreshBell();
      } catch (err) {
        const lines = App.showError(target, err);
        App.toast(lines.join(' '), {kind: 'error', near: button});
      }
    };
    if (!button) return work();
    if (button.getAttribute('aria-busy') === 'true') return undefined;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      return await work();
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  },

  /**
   * A toast (提示): {@code text} shown next to {@code near} (the button or row the user acted on; else
   * at the bottom right), announced to screen readers (role=status); click closes it; an error stays
   * 10 s, a confirmation 4 s. Plain DOM (textContent, CSSOM), so every page has it.
   */
  toast(text, {kind = 'ok', near = null, timeout} = {}) {
    let host = document.getElementById('toasts');
    if (!host) {
      host = document.createElement('div');
      host.id = 'toasts';
      host.setAttribute('role', 'status');
      host.setAttribute('aria-live', 'polite');
      document.body.appendChild(host);
    }
    const el = document.createElement('div');
    el.className = 'toast ' + kind;
    el.textContent = text;
    host.appendChild(el);
    if (near && near.isConnected) {
      const r = near.getBoundingClientRect();
      el.classList.add('anchored');
      el.style.top = Math.min(window.innerHeight - 60, Math.max(8, r.bottom + 6)) + 'px';
      el.style.left = Math.max(8, Math.min(window.innerWidth - 420, r.left)) + 'px';
    }
    const close = () => el.remove();
    el.addEventListener('click', close);
    setTimeout(close, timeout || (kind === 'error' ? 10000 : 4000));
    return el;
  },

  showOk(target, text) {
    target.className = 'msg ok';
    target.textContent = text;
  },

  /** "2026-11-23T21:33:39.872+08:00" → "2026-11-23 21:33" (the API already speaks Shanghai time). */
  time(iso) {
    return iso ? iso.substring(0, 16).replace('T', ' ') : '';
  },

  /** Escaped markup (tagged template); see Html above. */
  html: Html.html,

  /** Replaces the children of {@code el} with App.html markup (never a plain string). */
  render(el, safe) {
    el.innerHTML = Html.trusted(safe);
    return el;
  },

  /** Appends App.html markup at the end of {@code el}. */
  append(el, safe) {
    el.insertAdjacentHTML('beforeend', Html.trusted(safe));
    return el;
  },

  /** Units and catalogue items by code, fetched once per page: {unitName(code), itemTitle(code)}. */
  async references() {
    if (!App.referencesOnce) {
      App.referencesOnce = Promise.all([App.api('/units'), App.api('/catalogue').catch(() => [])]).then(([units, items]) => {
        const unit = new Map(units.map(u => [u.code, u.name]));
        const item = new Map(items.map(i => [i.code, i.unitName + '：' + i.title]));
        return {unitName: c => unit.get(c) || c, itemTitle: c => item.get(c) || c};
      });
    }
    return App.referencesOnce;
  },

  /**
   * A history event's detail in the user's words: "unit=PS-X;catalogue=CAT-Y;version=2" →
   * "承办单位：城关派出所；依据：城关派出所：治安…（第 2 版）"; a bare code (a channel) → its name.
   */
  describeDetail(detail, refs) {
    const text = String(detail);
    if (!text.includes('=')) return App.t(text);
    const parts = Object.fromEntries(text.split(';').filter(p => p.includes('=')).map(p => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
    const unit = c => (refs ? refs.unitName(c) : c);
    const out = [];
    if (parts.unit) out.push(App.t('unit') + '：' + unit(parts.unit));
    if (parts.from) out.push(App.t('ui.fromUnit') + '：' + unit(parts.from));
    if (parts.catalogue) out.push(App.t('ui.reliedOn') + '：' + (refs ? refs.itemTitle(parts.catalogue) : parts.catalogue)
      + (parts.version ? App.t('ui.version').replace('{0}', parts.version) : ''));
    if (parts.main) out.push(App.t('mainNumber') + '：' + parts.main);
    if (parts.call) out.push(App.t('ui.call') + '：' + parts.call);
    if (parts.via) out.push(App.t('ui.via') + '：' + parts.via);
    Object.keys(parts).filter(k => !['unit', 'from', 'catalogue', 'version', 'main', 'call', 'via'].includes(k))
      .forEach(k => out.push(App.t('field_' + k) === 'field_' + k ? parts[k] : App.t('field_' + k) + '：' + parts[k]));
    return out.join('；');
  },

  /** Text escaped for HTML text and quoted attributes (quotes included). Prefer App.html. */
  esc(text) {
    return text == null ? '' : Html.escape(text);
  },

  /** A positive whole-number id from the page's URL (?name=), or null: never raw URL text. */
  idParam(name) {
    const value = new URLSearchParams(location.search).get(name);
    return /^[1-9][0-9]{0,17}$/.test(value || '') ? value : null;
  },

  home(me) {
    const r = me.roles;
    if (r.includes('operator')) return 'intake.html';
    if (r.includes('dispatcher')) return 'dispatch.html';
    if (r.includes('chief')) return 'chief.html';
    if (r.includes('officer') || r.includes('agency')) return 'worklist.html';
    if (r.includes('callback')) return 'callback.html';
    if (r.includes('leader')) return 'leader.html';
    if (r.includes('director')) return 'slips.html';
    if (r.includes('admin')) return 'calendar.html';
    return 'tickets.html';
  },

  /** Loads the user, draws the header with the pages this user's roles open, translates [data-t]. */
  async init() {
    document.documentElement.lang = App.lang === 'zh' ? 'zh-CN' : 'en';
    App.me = await App.api('/me');
    const r = App.me.roles;
    const links = [
      ['intake.html', 'intake', r.includes('operator')],
      ['dispatch.html', 'dispatch', r.includes('dispatcher')],
      ['chief.html', 'chiefDesk', r.some(x => ['chief', 'agency'].includes(x))],
      ['worklist.html', 'worklist', r.some(x => ['officer', 'chief', 'agency'].includes(x))],
      ['callback.html', 'callback', r.includes('callback')],
      ['leader.html', 'leaderDashboard', r.some(x => ['leader', 'director', 'admin'].includes(x))],
      ['tickets.html', 'tickets', true],
      ['calendar.html', 'calendar', true],
      ['catalogue.html', 'catalogue', true],
      ['slips.html', 'slips', true],
      ['timelimits.html', 'timeLimits', true],
      ['/camunda/app/cockpit/default/', 'cockpit', r.includes('admin')],
    ].filter(l => l[2]);
    const header = document.createElement('header');
    // logout is a POST (a cross-site GET or <img src> cannot log anyone out); see LogoutServlet
    App.render(header, App.html`<strong>${App.t('appName')}</strong><nav>${links.map(l =>
      App.html`<a href="${l[0]}" class="${location.pathname.endsWith(l[0]) ? 'active' : ''}">${App.t(l[1])}</a>`)}</nav>
      <span class="who">${App.me.displayName} · ${App.me.unitName}</span>
      <button type="button" id="bell">${App.t('notifications')} <span id="unread" class="badge">0</span></button>
      <div id="bellPanel" class="bell-panel" hidden></div><button type="button" id="lang">${App.t('lang')}</button>
      <form method="post" action="/logout" class="logout"><button type="submit" id="logout">${App.t('logout')}</button></form>`);
    document.body.prepend(header);
    document.getElementById('lang').onclick = App.toggleLang;
    document.getElementById('bell').onclick = App.toggleBell;
    document.getElementById('bell').setAttribute('aria-label', App.t('notifications'));
    App.favicon();
    // Esc closes whatever panel is open: the bell, and any element marked data-panel
    document.addEventListener('keydown', e => {
      if (e.key !== 'Escape') return;
      const bell = document.getElementById('bellPanel');
      if (bell && !bell.hidden) { bell.hidden = true; document.getElementById('bell').focus(); }
      document.querySelectorAll('[data-panel]:not([hidden])').forEach(p => { p.hidden = true; });
    });
    App.translate(document);
    App.refreshBell();
    setInterval(App.refreshBell, 60000);
    return App.me;
  },

  /** The tab's icon (assets/favicon.svg), so the pages are told apart among other tabs. */
  favicon() {
    if (document.querySelector('link[rel=icon]')) return;
    const link = document.createElement('link');
    link.rel = 'icon';
    link.type = 'image/svg+xml';
    link.href = '/assets/favicon.svg';
    document.head.appendChild(link);
  },

  /** The bell: unread count in the header, the newest notifications in a panel. */
  async refreshBell() {
    try {
      const c = await App.api('/notifications/unread-count');
      const badge = document.getElementById('unread');
      badge.textContent = c.unread;
      badge.classList.toggle('overdue', c.unread > 0);
    } catch (e) { /* the page works on without the bell */ }
  },

  async toggleBell() {
    const panel = document.getElementById('bellPanel');
    if (!panel.hidden) { panel.hidden = true; return; }
    const items = await App.api('/notifications');
    App.render(panel, App.html`<div class="row"><strong>${App.t('notifications')}</strong><button type="button" class="secondary"
      id="readAll">${App.t('markAllRead')}</button></div>${items.length ? App.html`<ul>${items.map(n => App.html`<li data-id="${n.id}"
      class="${n.read ? 'read' : 'unread'}" data-ticket="${n.ticketId}" data-slip="${n.slipId}"><div>${n.title}</div><div
      class="hint">${App.time(n.createdAt)} ${n.body}</div></li>`)}</ul>` : App.html`<p class="empty">${App.t('noNotifications')}</p>`}`);
    panel.hidden = false;
    document.getElementById('readAll').onclick = async () => { await App.api('/notifications/read-all', {method: 'POST'}); panel.hidden = true; App.refreshBell(); };
    panel.querySelectorAll('li').forEach(li => li.onclick = async () => {
      await App.api('/notifications/' + encodeURIComponent(li.dataset.id) + '/read', {method: 'POST'});
      const href = li.dataset.ticket ? 'ticket.html?id=' + encodeURIComponent(li.dataset.ticket)
        : li.dataset.slip ? 'slips.html?id=' + encodeURIComponent(li.dataset.slip) : null;
      if (href) location.href = href; else { li.className = 'read'; App.refreshBell(); }
    });
  },

  translate(root) {
    root.querySelectorAll('[data-t]').forEach(el => { el.textContent = App.t(el.dataset.t); });
    root.querySelectorAll('[data-t-placeholder]').forEach(el => { el.placeholder = App.t(el.dataset.tPlaceholder); });
  },

  /** A <datalist> of reference items ("名称 — 路径 [code]"); the input's value resolves back to the code. */
  fillDatalist(list, items, label) {
    App.render(list, App.html`${items.map(i => App.html`<option value="${label(i)}">`)}`);
  },

  /** A random key (crypto.randomUUID needs a secure context; plain http on a LAN has none). */
  uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
  },

  codeOf(value) {
    const m = /\[([^\]]+)\]\s*$/.exec(value || '');
    return m ? m[1] : (value || '').trim();
  },

  statusBadge(t) {
    return App.html`<span class="badge s-${t.status}">${App.t(t.status)}</span>${t.overdue
      ? App.html` <span class="badge overdue">${App.t('overdue')}</span>` : ''}`;
  },

  /** "<table><thead>…" of a list: the header cells, then the rows (App.html markup). */
  table(headers, rows) {
    return App.html`<table class="list"><thead><tr>${headers.map(h => App.html`<th>${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
  },

  empty() {
    return App.html`<p class="empty">${App.t('none')}</p>`;
  },

  /** 督办单: the steps the head takes → [button label, label of its text field or null]. */
  SLIP_STEPS: {acknowledge: ['acknowledge', null], handle: ['handle', 'handlingNote'], callback: ['slipCallback', 'callbackNote'],
    report: ['report', 'reportText']},

  /** Extension requests with a decision note and approve/refuse buttons (data-act approveExt / refuseExt). */
  extensionTable(items) {
    if (!items.length) return App.empty();
    return App.table([App.t('number'), App.t('deadline'), App.t('newDeadline'), App.t('extensionReason'), App.t('actions')],
      items.map(x => App.html`<tr data-id="${x.ticketId}" data-ext="${x.id}"><td><a href="ticket.html?id=${x.ticketId}">${x.ticketNumber}</a></td>
      <td>${App.time(x.previousDeadline)}</td><td>${App.time(x.requestedDeadline)}</td><td>${x.reason} <span class="hint">${x.requestedBy}</span></td>
      <td><input name="decisionNote" placeholder="${App.t('decisionNote')}"><button class="action" data-act="approveExt">${App.t('approveExtension')}</button>
      <button class="secondary" data-act="refuseExt">${App.t('refuseExtension')}</button></td></tr>`));
  },

  /** Sends the decision on the extension request of the row (see extensionTable). */
  decideExtension(row, approve) {
    return App.api('/tickets/' + encodeURIComponent(row.dataset.id) + '/extensions/' + encodeURIComponent(row.dataset.ext) + '/decision', {method: 'POST',
      body: {approve, note: row.querySelector('[name=decisionNote]').value || null}});
  },

  /** A table of tickets (App.html markup); each row links to the detail page; {@code extra(t)} returns App.html markup. */
  ticketTable(tickets, extra) {
    if (!tickets.length) return App.empty();
    const headers = [App.t('number'), App.t('status'), App.t('category'), App.t('content'), App.t('unit'), App.t('deadline')];
    return App.table(extra ? headers.concat(App.t('actions')) : headers, tickets.map(t => App.html`<tr data-id="${t.id}">
      <td><a href="ticket.html?id=${t.id}">${t.number}</a></td><td>${App.statusBadge(t)}</td><td>${t.categoryName}</td>
      <td class="content">${t.content}</td><td>${t.ownerUnitName}</td><td>${App.time(t.replyDeadline)}</td>${extra ? App.html`<td>${extra(t)}</td>` : ''}</tr>`));
  },
};
