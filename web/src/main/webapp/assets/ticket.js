'use strict';
(async () => {
  await App.init();
  const id = new URLSearchParams(location.search).get('id');
  const msg = document.getElementById('msg');
  document.getElementById('pdf').href = '/api/tickets/' + id + '/sheet.pdf';

  const forms = {
    assign: () => '<div class="row"><input name="unitCode" list="units" placeholder="' + App.t('pickUnit') + '">' +
      '<input name="assistingUnits" placeholder="' + App.t('assistingUnits') + '">' +
      '<button class="action" data-act="assign">' + App.t('assign') + '</button></div>',
    arbitrate: () => '<div class="row"><input name="arbUnitCode" list="units" placeholder="' + App.t('pickUnit') + '">' +
      '<input name="arbReason" placeholder="' + App.t('arbitrationReason') + '">' +
      '<button class="secondary" data-act="arbitrate">' + App.t('arbitrate') + '</button></div>',
    reroute: () => '<div class="row"><input name="rerouteUnitCode" list="units" placeholder="' + App.t('pickUnit') + '">' +
      '<input name="rerouteReason" placeholder="' + App.t('reason') + '">' +
      '<button class="secondary" data-act="reroute">' + App.t('reroute') + '</button></div>',
    return: () => '<div class="row"><input name="catalogueItemCode" list="catalogue" placeholder="' + App.t('pickCatalogue') + '">' +
      '<input name="returnReason" placeholder="' + App.t('returnReason') + '">' +
      '<button class="secondary" data-act="return">' + App.t('returnTicket') + '</button></div>',
    merge: () => '<div class="row"><input name="mainNumber" placeholder="' + App.t('mainNumber') + '">' +
      '<input name="mergeReason" placeholder="' + App.t('note') + '">' +
      '<button class="secondary" data-act="merge">' + App.t('mergeInto') + '</button></div>',
    unmerge: () => '<div class="row"><input name="unmergeReason" placeholder="' + App.t('reason') + '">' +
      '<button class="secondary" data-act="unmerge">' + App.t('unmerge') + '</button></div>',
    assistReply: () => '<textarea name="partText" placeholder="' + App.t('replyText') + '"></textarea>' +
      '<button class="action" data-act="assistReply">' + App.t('assistReply') + '</button>',
    sign: () => '<button class="action" data-act="sign">' + App.t('sign') + '</button>',
    reply: () => '<textarea name="text" placeholder="' + App.t('replyText') + '"></textarea>' +
      '<button class="action" data-act="reply">' + App.t('reply') + '</button>',
    review: () => '<input name="comment" placeholder="' + App.t('comment') + '"><div class="row">' +
      '<button class="action" data-act="approve">' + App.t('approve') + '</button>' +
      '<button class="secondary" data-act="sendBack">' + App.t('sendBack') + '</button></div>',
    callback: () => '<div class="row">' + ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNREACHABLE'].map(r =>
      '<label><input type="radio" name="result" value="' + r + '"> ' + App.t(r) + '</label>').join(' ') + '</div>' +
      '<div class="row">' + App.t('reasonList').split(',').map(r =>
      '<label><input type="checkbox" name="reasons" value="' + r + '"> ' + r + '</label>').join(' ') + '</div>' +
      '<input name="note" placeholder="' + App.t('note') + '"><button class="action" data-act="callback">' + App.t('submit') + '</button>',
    chiefReview: () => '<input name="chiefComment" placeholder="' + App.t('comment') + '"><div class="row">' +
      '<button class="action" data-act="chiefApprove">' + App.t('chiefApprove') + '</button>' +
      '<button class="secondary" data-act="chiefSendBack">' + App.t('sendBack') + '</button></div>',
    requestExtension: () => '<div class="row"><label>' + App.t('newDeadline') + '</label><input type="date" name="newDeadline">' +
      '<input name="extReason" placeholder="' + App.t('extensionReason') + '"><button class="secondary" data-act="requestExtension">' +
      App.t('requestExtension') + '</button></div>',
    rectificationReport: () => '<textarea name="rectReport" placeholder="' + App.t('rectificationReport') + '"></textarea>' +
      '<button class="action" data-act="rectificationReport">' + App.t('submit') + '</button>',
    revisit: () => '<div class="row">' + ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'].map(r =>
      '<label><input type="radio" name="revisitResult" value="' + r + '"> ' + App.t(r) + '</label>').join(' ') + '</div>' +
      '<input name="revisitNote" placeholder="' + App.t('note') + '"><button class="action" data-act="revisit">' + App.t('revisit') + '</button>',
    issueSlip: () => '<a href="slips.html?ticket=' + id + '">' + App.t('issueSlip') + '</a>',
  };

  async function load() {
    const [t, history] = await Promise.all([App.api('/tickets/' + id), App.api('/tickets/' + id + '/history')]);
    document.getElementById('number').textContent = t.number;
    document.getElementById('status').innerHTML = App.statusBadge(t);
    const caller = t.callerHidden ? App.t('hidden') : (t.callerName || App.t('anonymous'));
    const facts = [
      ['channel', App.t(t.channel)], ['urgency', App.t(t.urgency)], ['caller', caller],
      ['phone', t.callerHidden ? App.t('hidden') : (t.callerPhone || '')], ['area', t.areaName], ['address', t.address || ''],
      ['category', t.categoryName], ['unit', t.ownerUnitName || '—'], ['created', App.time(t.createdAt)],
      ['deadline', App.time(t.replyDeadline) + (t.extensionCount ? ' (' + App.t('EXTENSION_APPROVED') + ')' : '')],
      ['signDeadline', App.time(t.signDeadline) + (t.signOverdue ? ' · ' + App.t('SIGN_OVERDUE') : '')]];
    if (t.escalationLevel) facts.push(['escalated', t.escalatedToUnitName + ' (' + t.escalationLevel + ')']);
    if (t.overdueAt) facts.push(['OVERDUE', App.time(t.overdueAt)]);
    document.getElementById('facts').innerHTML = facts.map(f => '<dt>' + App.t(f[0]) + '</dt><dd>' + App.esc(f[1]) + '</dd>').join('') +
      '<dt>' + App.t('content') + '</dt><dd class="wide">' + App.esc(t.content) + '</dd>' +
      (t.directAnswer || t.replyText ? '<dt>' + App.t('replyText') + '</dt><dd class="wide">' + App.esc(t.directAnswer || t.replyText) + '</dd>' : '') +
      (t.mergedIntoId ? '<dt>' + App.t('MERGED') + '</dt><dd class="wide"><a href="ticket.html?id=' + t.mergedIntoId + '">' +
        t.mergedIntoNumber + '</a></dd>' : '') +
      (t.callbackResult ? '<dt>' + App.t('result') + '</dt><dd class="wide">' + App.t(t.callbackResult) + ' ' + App.esc(t.callbackReasons.join('、')) + '</dd>' : '');
    if (t.assistingParts.length) {
      document.getElementById('facts').insertAdjacentHTML('beforeend', '<dt>' + App.t('assisting') + '</dt><dd class="wide">' +
        t.assistingParts.map(p => App.esc(p.unitName) + ' · ' + App.t('part_' + p.status) + (p.replyText ? '：' + App.esc(p.replyText) : ''))
          .join('<br>') + '</dd>');
    }
    const r = t.rectification;
    if (r) {
      document.getElementById('facts').insertAdjacentHTML('beforeend', '<dt>' + App.t('rectification') + '</dt><dd class="wide">' +
        App.t('dissatisfaction') + '：' + App.esc(r.dissatisfaction || '') + ' · ' + App.t('rectificationDue') + ' ' + App.time(r.dueAt) +
        (r.overdue ? ' <span class="badge overdue">' + App.t('overdue') + '</span>' : '') +
        (r.report ? '<br>' + App.t('rectificationReport') + '：' + App.esc(r.report) : '') +
        (r.revisitResult ? '<br>' + App.t('revisitResult') + '：' + App.t(r.revisitResult) + ' ' + App.esc(r.revisitNote || '') : '') +
        (t.slipProposed ? '<br><span class="badge warn">' + App.t('slipProposed') + '</span>' : '') + '</dd>');
    }
    const [extensions, slips] = await Promise.all([App.api('/tickets/' + id + '/extensions'), App.api('/tickets/' + id + '/slips')]);
    if (extensions.length) {
      const canDecide = x => (x.status === 'PENDING' && App.me.roles.includes('chief')) || (x.status !== 'APPROVED' && x.status !== 'REFUSED' && App.me.roles.includes('dispatcher'));
      document.getElementById('facts').insertAdjacentHTML('beforeend', '<dt>' + App.t('extensions') + '</dt><dd class="wide">' +
        extensions.map(x => '<div data-ext="' + x.id + '">' + App.time(x.previousDeadline) + ' → ' + App.time(x.requestedDeadline) + ' · ' +
          App.t('ext_' + x.status) + ' · ' + App.esc(x.reason) + (x.decisionNote ? ' · ' + App.esc(x.decisionNote) : '') +
          (canDecide(x) ? ' <input name="decisionNote" placeholder="' + App.t('decisionNote') + '" style="width:200px"> <button class="action" data-ext-decision="true">' +
            App.t('approveExtension') + '</button> <button class="secondary" data-ext-decision="false">' + App.t('refuseExtension') + '</button>' : '') +
          '</div>').join('') + '</dd>');
    }
    if (slips.length) {
      document.getElementById('facts').insertAdjacentHTML('beforeend', '<dt>' + App.t('slips') + '</dt><dd class="wide">' +
        slips.map(x => '<a href="slips.html?id=' + x.id + '">' + App.esc(x.number) + '</a> ' + App.t('slip_' + x.status)).join('<br>') + '</dd>');
    }
    const transfers = await App.api('/tickets/' + id + '/transfers');
    document.getElementById('transfersCard').hidden = !transfers.length;
    const dispatcher = App.me.roles.includes('dispatcher');
    document.getElementById('transfers').innerHTML = '<table class="list"><tbody>' + transfers.map(r => '<tr data-transfer="' + r.id +
      '"><td>' + App.t(r.direction) + (r.unitCode ? ' · ' + App.esc(r.unitCode) : '') + '</td><td>' + App.time(r.createdAt) + ' ' +
      App.esc(r.createdBy) + '</td><td>' + App.esc(r.externalReference || '') + '</td><td>' + App.t('ext_' + r.externalStatus) +
      (r.externalNote ? ' · ' + App.esc(r.externalNote) : '') + '</td>' + (dispatcher ? '<td><div class="row">' +
      '<input name="externalReference" placeholder="' + App.t('externalReference') + '" value="' + App.esc(r.externalReference || '') + '">' +
      '<select name="externalStatus">' + ['SENT', 'ACCEPTED', 'RESOLVED', 'REJECTED'].map(x => '<option value="' + x + '"' +
        (x === r.externalStatus ? ' selected' : '') + '>' + App.t('ext_' + x) + '</option>').join('') + '</select>' +
      '<input name="externalNote" placeholder="' + App.t('note') + '"><button class="secondary" data-act="transferFeedback">' +
      App.t('submit') + '</button></div></td>' : '') + '</tr>').join('') + '</tbody></table>';
    const merged = await App.api('/tickets/' + id + '/merged');
    if (merged.length) {
      document.getElementById('facts').insertAdjacentHTML('beforeend', '<dt>' + App.t('mergedCalls') + '</dt><dd class="wide">' +
        merged.map(m => '<a href="ticket.html?id=' + m.id + '">' + m.number + '</a> ' + App.esc(m.callerHidden ? App.t('hidden') :
          (m.callerPhone || '')) + ' · ' + App.esc(m.content)).join('<br>') + '</dd>');
    }
    document.getElementById('actions').hidden = !t.allowedActions.length;
    document.getElementById('actionForms').innerHTML = t.allowedActions.map(a => '<div class="action-form">' + forms[a]() + '</div>').join('');
    document.getElementById('history').innerHTML = '<table class="list"><thead><tr><th>' + [App.t('time'), App.t('who'), App.t('action'),
      App.t('status'), App.t('note')].join('</th><th>') + '</th></tr></thead><tbody>' + history.map(e => '<tr><td>' + App.time(e.at) +
      '</td><td>' + App.esc(e.actor) + ' · ' + App.esc(e.actorUnitCode) + '</td><td>' + App.t(['SIGNED', 'RETURNED', 'MERGED'].includes(e.action) ? e.action + '_ACTION' : e.action) +
      '</td><td>' + (e.fromStatus ? App.t(e.fromStatus) + ' → ' : '') + App.t(e.toStatus) + '</td><td>' + App.esc(e.note || '') +
      (e.detail ? ' <span class="hint">' + App.esc(e.detail) + '</span>' : '') + '</td></tr>').join('') + '</tbody></table>';
    if (t.allowedActions.includes('return')) {
      App.fillDatalist(document.getElementById('catalogue'), await App.api('/catalogue'),
        i => i.unitName + '：' + i.title + ' [' + i.code + ']');
    }
    if (['assign', 'arbitrate', 'reroute'].some(a => t.allowedActions.includes(a))) {
      const units = await App.api('/units');
      App.fillDatalist(document.getElementById('units'), units.filter(u => u.handlesTickets), u => u.name + ' [' + u.code + ']');
    }
  }

  document.getElementById('transfers').addEventListener('click', async e => {
    if (e.target.dataset.act !== 'transferFeedback') return;
    const row = e.target.closest('tr');
    const f = name => row.querySelector('[name=' + name + ']').value.trim() || null;
    await App.run(msg, () => App.api('/tickets/' + id + '/transfers/' + row.dataset.transfer + '/feedback', {method: 'POST',
      body: {externalReference: f('externalReference'), externalStatus: f('externalStatus'), note: f('externalNote')}}), load);
  });

  document.getElementById('facts').addEventListener('click', async e => {
    const decision = e.target.dataset.extDecision;
    if (!decision) return;
    const row = e.target.closest('[data-ext]');
    await App.run(msg, () => App.api('/tickets/' + id + '/extensions/' + row.dataset.ext + '/decision', {method: 'POST',
      body: {approve: decision === 'true', note: row.querySelector('[name=decisionNote]').value || null}}), load);
  });

  document.getElementById('actions').addEventListener('click', async e => {
    const act = e.target.dataset.act;
    if (!act) return;
    const box = document.getElementById('actionForms');
    const val = name => { const f = box.querySelector('[name=' + name + ']'); return f && f.value.trim() ? f.value.trim() : null; };
    const calls = {
      assign: () => ['assign', {unitCode: App.codeOf(val('unitCode')),
        assistingUnitCodes: (val('assistingUnits') || '').split(/[,，\s]+/).filter(Boolean)}],
      assistReply: () => ['assist-reply', {text: val('partText')}],
      reroute: () => ['reroute', {unitCode: App.codeOf(val('rerouteUnitCode')), reason: val('rerouteReason')}],
      sign: () => ['sign', null],
      arbitrate: () => ['arbitrate', {unitCode: App.codeOf(val('arbUnitCode')), reason: val('arbReason')}],
      return: () => ['return', {reason: val('returnReason'), catalogueItemCode: App.codeOf(val('catalogueItemCode')) || null}],
      reply: () => ['reply', {text: val('text')}],
      approve: () => ['review', {approved: true, comment: val('comment')}],
      sendBack: () => ['review', {approved: false, comment: val('comment')}],
      callback: () => ['callback', {result: (box.querySelector('[name=result]:checked') || {}).value || null,
        reasons: Array.from(box.querySelectorAll('[name=reasons]:checked')).map(c => c.value), note: val('note')}],
    };
    if (act === 'merge') {
      await App.run(msg, async () => {
        const found = await App.api('/tickets?q=' + encodeURIComponent(val('mainNumber') || ''));
        const main = found.items.find(x => x.number === val('mainNumber'));
        if (!main) throw Object.assign(new Error(App.t('mainNumber') + '?'), {problem: {}});
        await App.api('/tickets/' + id + '/merge', {method: 'POST', body: {mainTicketId: main.id, reason: val('mergeReason')}});
      }, load);
      return;
    }
    calls.unmerge = () => ['unmerge', {reason: val('unmergeReason')}];
    calls.chiefApprove = () => ['chief-review', {approved: true, comment: val('chiefComment')}];
    calls.chiefSendBack = () => ['chief-review', {approved: false, comment: val('chiefComment')}];
    calls.requestExtension = () => ['extensions', {newDeadline: val('newDeadline'), reason: val('extReason')}];
    calls.rectificationReport = () => ['rectification-report', {report: val('rectReport')}];
    calls.revisit = () => ['revisit', {result: (box.querySelector('[name=revisitResult]:checked') || {}).value || null, note: val('revisitNote')}];
    const [path, body] = calls[act]();
    await App.run(msg, () => App.api('/tickets/' + id + '/' + path, body ? {method: 'POST', body} : {method: 'POST'}), load);
  });
  await load();
})();
