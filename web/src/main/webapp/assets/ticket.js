'use strict';
(async () => {
  await App.init();
  // the outcomes of a callback as the server knows them (GET /api/choices), "unreachable" too
  const RESULTS = (await App.choices()).callbackResult;
  // only a number from the URL reaches the API and the page (ticket.html?id="><img …>/../68 must not)
  const id = App.idParam('id');
  const msg = document.getElementById('msg');
  if (!id) {
    App.showError(msg, Object.assign(new Error(App.t('badTicketId')), {problem: {}}));
    return;
  }
  document.getElementById('pdf').href = '/api/tickets/' + id + '/sheet.pdf';
  // the callback form's problem-tag picker (tagpicker.js), made after each render of the forms
  let tagPicker = null;
  // the assign form's assisting units (协办单位): several picked by name or pinyin (UI.MultiPicker), sent as codes
  let assistingPicker = null;

  const forms = {
    assign: () => App.html`<div class="row"><input name="unitCode" list="units" placeholder="${App.t('pickUnit')}">
      <div id="assistingPicker" class="assisting-picker"></div>
      <button class="action" data-act="assign">${App.t('assign')}</button></div>`,
    arbitrate: () => App.html`<div class="row"><input name="arbUnitCode" data-field="unitCode" list="units" placeholder="${App.t('pickUnit')}">
      <input name="arbReason" data-field="reason" placeholder="${App.t('arbitrationReason')}">
      <button class="secondary" data-act="arbitrate">${App.t('arbitrate')}</button></div>`,
    reroute: () => App.html`<div class="row"><input name="rerouteUnitCode" data-field="unitCode" list="units" placeholder="${App.t('pickUnit')}">
      <input name="rerouteReason" data-field="reason" placeholder="${App.t('reason')}">
      <button class="secondary" data-act="reroute">${App.t('reroute')}</button></div>`,
    return: () => App.html`<div class="row"><input name="catalogueItemCode" list="catalogue" placeholder="${App.t('pickCatalogue')}">
      <input name="returnReason" data-field="reason" placeholder="${App.t('returnReason')}">
      <button class="secondary" data-act="return">${App.t('returnTicket')}</button></div>`,
    merge: () => App.html`<div class="row"><input name="mainNumber" data-field="mainTicketId" placeholder="${App.t('mainNumber')}">
      <input name="mergeReason" data-field="reason" placeholder="${App.t('note')}">
      <button class="secondary" data-act="merge">${App.t('mergeInto')}</button></div>`,
    unmerge: () => App.html`<div class="row"><input name="unmergeReason" data-field="reason" placeholder="${App.t('reason')}">
      <button class="secondary" data-act="unmerge">${App.t('unmerge')}</button></div>`,
    assistReply: () => App.html`<textarea name="partText" data-field="text" placeholder="${App.t('replyText')}"></textarea>
      <button class="action" data-act="assistReply">${App.t('assistReply')}</button>`,
    sign: () => App.html`<button class="action" data-act="sign">${App.t('sign')}</button>`,
    reply: () => App.html`<textarea name="text" placeholder="${App.t('replyText')}"></textarea>
      <button class="action" data-act="reply">${App.t('reply')}</button>`,
    review: () => App.html`<input name="comment" placeholder="${App.t('comment')}"><div class="row">
      <button class="action" data-act="approve">${App.t('approve')}</button>
      <button class="secondary" data-act="sendBack">${App.t('sendBack')}</button></div>`,
    // the outcome as in the callback workspace: a result (unreachable too) and problem tags picked
    // from the admin's list by name or pinyin (tagpicker.js), sent as codes; their groups give the
    // dissatisfaction reasons on the server
    callback: () => App.html`<div class="row">${RESULTS.map(r =>
      App.html`<label><input type="radio" name="result" value="${r}"> ${App.t(r)}</label> `)}</div>
      <div class="tag-picker" id="ticketTags"><label for="ticketTagSearch">${App.t('cbTags')}</label><div class="chips"></div>
        <input id="ticketTagSearch" name="tagSearch" data-field="tags reasons" role="combobox" aria-expanded="false" aria-controls="ticketTagList"
          aria-autocomplete="list" autocomplete="off" maxlength="40" placeholder="${App.t('cbTagSearch')}">
        <ul id="ticketTagList" class="picker-list" role="listbox" hidden></ul></div>
      <input name="note" aria-label="${App.t('note')}" placeholder="${App.t('note')}"><button class="action" data-act="callback">${App.t('submit')}</button>`,
    chiefReview: () => App.html`<input name="chiefComment" data-field="comment" placeholder="${App.t('comment')}"><div class="row">
      <button class="action" data-act="chiefApprove">${App.t('chiefApprove')}</button>
      <button class="secondary" data-act="chiefSendBack">${App.t('sendBack')}</button></div>`,
    requestExtension: () => App.html`<div class="row"><label>${App.t('newDeadline')}</label><input type="date" name="newDeadline">
      <input name="extReason" data-field="reason" placeholder="${App.t('extensionReason')}"><button class="secondary" data-act="requestExtension">${
      App.t('requestExtension')}</button></div>`,
    rectificationReport: () => App.html`<textarea name="rectReport" data-field="report" placeholder="${App.t('rectificationReport')}"></textarea>
      <button class="action" data-act="rectificationReport">${App.t('submit')}</button>`,
    revisit: () => App.html`<fieldset class="choices" data-field="result revisitResult"><legend>${App.t('revisitResult')}</legend>${RESULTS.map(r =>
      App.html`<label><input type="radio" name="revisitResult" value="${r}"> ${App.t(r)}</label> `)}</fieldset>
      <input name="revisitNote" data-field="note" placeholder="${App.t('note')}"><button class="action" data-act="revisit">${App.t('revisit')}</button>`,
    issueSlip: () => App.html`<a href="slips.html?ticket=${id}">${App.t('issueSlip')}</a>`,
  };

  async function load() {
    const [t, history] = await Promise.all([App.api('/tickets/' + id), App.api('/tickets/' + id + '/history')]);
    document.getElementById('number').textContent = t.number;
    App.render(document.getElementById('status'), App.statusBadge(t));
    // masked for a callback agent who does not work the task: the caller may have given a name (已隐藏, not 匿名)
    const caller = t.callerHidden ? App.t('hidden') : t.callerName || App.t(t.callerMasked ? 'callerNameMasked' : 'anonymous');
    const facts = [
      ['channel', App.t(t.channel)], ['urgency', App.t(t.urgency)], ['caller', caller],
      ['phone', t.callerHidden ? App.t('hidden') : (t.callerPhone || '')], ['area', t.areaName], ['address', t.address || ''],
      ['category', t.categoryName], ['unit', t.ownerUnitName || '—'], ['created', App.time(t.createdAt)],
      ['deadline', App.time(t.replyDeadline) + (t.extensionCount ? ' (' + App.t('EXTENSION_APPROVED') + ')' : '')],
      ['signDeadline', App.time(t.signDeadline) + (t.signOverdue ? ' · ' + App.t('SIGN_OVERDUE') : '')]];
    if (t.escalationLevel) facts.push(['escalated', t.escalatedToUnitName + ' (' + t.escalationLevel + ')']);
    if (t.overdueAt) facts.push(['OVERDUE', App.time(t.overdueAt)]);
    // a wide fact (诉求内容 …) starts a row of its own, its label in the first column
    const wide = (label, content) => App.html`<dt class="wide">${App.t(label)}</dt><dd class="wide">${content}</dd>`;
    const factsBox = document.getElementById('facts');
    App.render(factsBox, App.html`${facts.map(f => App.html`<dt>${App.t(f[0])}</dt><dd>${f[1]}</dd>`)}
      ${wide('content', t.content)}
      ${t.directAnswer || t.replyText ? wide(t.channel === 'QR_RATING' ? 'qrRatingAnswer' : 'replyText', t.directAnswer || t.replyText) : ''}
      ${t.mergedIntoId ? wide('MERGED', App.html`<a href="ticket.html?id=${t.mergedIntoId}">${t.mergedIntoNumber}</a>`) : ''}
      ${t.callbackResult ? wide('result', App.t(t.callbackResult) + ' ' + t.callbackReasons.map(App.reason).join(App.t('listSeparator'))) : ''}`);
    if (t.assistingParts.length) {
      App.append(factsBox, wide('assisting', t.assistingParts.map((p, i) => App.html`${i ? App.html`<br>` : ''}${p.unitName} · ${
        App.t('part_' + p.status)}${p.replyText ? App.t('uiColon') + p.replyText : ''}`)));
    }
    const r = t.rectification;
    if (r) {
      App.append(factsBox, wide('rectification', App.html`${App.labelled(App.t('dissatisfaction'), r.dissatisfaction)} · ${
        App.t('rectificationDue')} ${App.time(r.dueAt)}${r.overdue ? App.html` <span class="badge overdue">${App.t('overdue')}</span>` : ''}${
        r.report ? App.html`<br>${App.labelled(App.t('rectificationReport'), r.report)}` : ''}${
        r.revisitResult ? App.html`<br>${App.labelled(App.t('revisitResult'), App.t(r.revisitResult))} ${r.revisitNote}` : ''}${
        t.slipProposed ? App.html`<br><span class="badge warn">${App.t('slipProposed')}</span>` : ''}`));
    }
    const [extensions, slips] = await Promise.all([App.api('/tickets/' + id + '/extensions'), App.api('/tickets/' + id + '/slips')]);
    if (extensions.length) {
      // the server says whose step it is (ExtensionView.allowedActions): never the dispatcher's before the chief's
      const canDecide = x => (x.allowedActions || []).includes('decide');
      App.append(factsBox, wide('extensions', extensions.map(x => App.html`<div data-ext="${x.id}">${App.time(x.previousDeadline)} → ${
        App.time(x.requestedDeadline)} · ${App.t('ext_' + x.status)} · ${x.reason}${x.decisionNote ? ' · ' + x.decisionNote : ''}${canDecide(x)
        ? App.html` <input name="decisionNote" data-field="note" class="note" placeholder="${App.t('decisionNote')}"> <button class="action" data-ext-decision="true" data-done="approveExt">${
          App.t('approveExtension')}</button> <button class="secondary" data-ext-decision="false" data-done="refuseExt">${App.t('refuseExtension')}</button>` : ''}</div>`)));
    }
    if (slips.length) {
      App.append(factsBox, wide('slips', slips.map((x, i) => App.html`${i ? App.html`<br>` : ''}<a href="slips.html?id=${x.id}">${x.number}</a> ${
        App.t('slip_' + x.status)}`)));
    }
    const transfers = await App.api('/tickets/' + id + '/transfers');
    document.getElementById('transfersCard').hidden = !transfers.length;
    const dispatcher = App.me.roles.includes('dispatcher');
    App.render(document.getElementById('transfers'), App.html`<table class="list"><tbody>${transfers.map(r => App.html`<tr data-transfer="${r.id}">
      <td>${App.t(r.direction)}${r.unitCode ? ' · ' + (r.unitName || r.unitCode) : ''}</td><td>${App.time(r.createdAt)} ${r.createdByName || r.createdBy}</td>
      <td>${r.externalReference}</td><td>${App.t('ext_' + r.externalStatus)}${r.externalNote ? ' · ' + r.externalNote : ''}</td>${dispatcher
      ? App.html`<td><div class="row"><input name="externalReference" placeholder="${App.t('externalReference')}" value="${r.externalReference}">
        <select name="externalStatus">${['SENT', 'ACCEPTED', 'RESOLVED', 'REJECTED'].map(x => App.html`<option value="${x}"${
          x === r.externalStatus ? App.html` selected` : ''}>${App.t('ext_' + x)}</option>`)}</select>
        <input name="externalNote" placeholder="${App.t('note')}"><button class="secondary" data-act="transferFeedback">${App.t('submit')}</button></div></td>`
      : ''}</tr>`)}</tbody></table>`);
    const merged = await App.api('/tickets/' + id + '/merged');
    if (merged.length) {
      App.append(factsBox, wide('mergedCalls', merged.map((m, i) => App.html`${i ? App.html`<br>` : ''}<a href="ticket.html?id=${m.id}">${m.number}</a> ${
        m.callerHidden ? App.t('hidden') : m.callerPhone} · ${m.content}`)));
    }
    document.getElementById('actions').hidden = !t.allowedActions.length;
    App.render(document.getElementById('actionForms'), App.html`${t.allowedActions.filter(a => forms[a]).map(a =>
      App.html`<div class="action-form">${forms[a]()}</div>`)}`);
    tagPicker = document.getElementById('ticketTags') ? await TagPicker.create(document.getElementById('ticketTags')) : null;
    // the history's detail in the user's words (the server's detailText; older entries: described here), units by name
    const refs = history.some(e => e.detail || e.actorUnitCode) ? await App.references() : null;
    App.render(document.getElementById('history'), App.table([App.t('time'), App.t('who'), App.t('action'), App.t('status'), App.t('note')],
      history.map(e => App.html`<tr><td>${App.time(e.at)}</td><td>${e.actorName || e.actor}${e.actor === 'system' ? '' : ' · ' + (e.actorUnitName || (refs ? refs.unitName(e.actorUnitCode) : e.actorUnitCode))}</td><td>${
        App.action(e.action)}</td><td>${
        e.fromStatus ? App.t(e.fromStatus) + ' → ' : ''}${App.t(e.toStatus)}</td><td>${e.note}${
        e.detailText ? App.html` <span class="hint">${e.detailText}</span>`
          : e.detail ? App.html` <span class="hint">${App.describeDetail(e.detail, refs)}</span>` : ''}</td></tr>`)));
    if (t.allowedActions.includes('return')) {
      App.fillDatalist(document.getElementById('catalogue'), await App.api('/catalogue'),
        i => App.labelled(i.unitName, i.title));
    }
    if (['assign', 'arbitrate', 'reroute'].some(a => t.allowedActions.includes(a))) {
      const units = (await App.api('/units')).filter(u => u.handlesTickets);
      App.fillDatalist(document.getElementById('units'), units, u => u.name);
      const host = document.getElementById('assistingPicker');
      const handles = new Set(units.map(u => u.code));
      const item = u => ({code: u.code, label: u.name});
      assistingPicker = host && UI.mountMultiPicker(host, {name: 'assistingUnits', field: 'assistingUnitCodes',
        label: App.t('assistingUnits'), items: units.map(item),
        // the server's search: part of the name, pinyin, pinyin initials, best first (GET /api/units?q=)
        search: async q => (await App.api('/units?limit=20&q=' + encodeURIComponent(q))).filter(u => handles.has(u.code)).map(item)});
    }
  }

  document.getElementById('transfers').addEventListener('click', async e => {
    if (e.target.dataset.act !== 'transferFeedback') return;
    const row = e.target.closest('tr');
    const f = name => row.querySelector('[name=' + name + ']').value.trim() || null;
    await App.run(msg, () => App.api('/tickets/' + id + '/transfers/' + encodeURIComponent(row.dataset.transfer) + '/feedback', {method: 'POST',
      body: {externalReference: f('externalReference'), externalStatus: f('externalStatus'), note: f('externalNote')}}), load,
      {subject: document.getElementById('number').textContent, button: e.target});
  });

  document.getElementById('facts').addEventListener('click', async e => {
    const decision = e.target.dataset.extDecision;
    if (!decision) return;
    const row = e.target.closest('[data-ext]');
    await App.run(msg, () => App.api('/tickets/' + id + '/extensions/' + encodeURIComponent(row.dataset.ext) + '/decision', {method: 'POST',
      body: {approve: decision === 'true', note: row.querySelector('[name=decisionNote]').value || null}}), load,
      {subject: document.getElementById('number').textContent, button: e.target});
  });

  document.getElementById('actions').addEventListener('click', async e => {
    const act = e.target.dataset.act;
    if (!act) return;
    const box = document.getElementById('actionForms');
    const val = name => { const f = box.querySelector('[name=' + name + ']'); return f && f.value.trim() ? f.value.trim() : null; };
    // a picker's name back to its code (never free text sent as a code)
    const code = name => App.pickedCode(box.querySelector('[name=' + name + ']')) || null;
    // assisting units picked by name (chips); text left in the picker that names no unit is refused
    // here, naming it ("不存在单位"), never sent as a code
    const assisting = () => (assistingPicker ? assistingPicker.checked() : []);
    const calls = {
      assign: () => ['assign', {unitCode: code('unitCode'),
        assistingUnitCodes: assisting()}],
      assistReply: () => ['assist-reply', {text: val('partText')}],
      reroute: () => ['reroute', {unitCode: code('rerouteUnitCode'), reason: val('rerouteReason')}],
      sign: () => ['sign', null],
      arbitrate: () => ['arbitrate', {unitCode: code('arbUnitCode'), reason: val('arbReason')}],
      return: () => ['return', {reason: val('returnReason'), catalogueItemCode: code('catalogueItemCode')}],
      reply: () => ['reply', {text: val('text')}],
      approve: () => ['review', {approved: true, comment: val('comment')}],
      sendBack: () => ['review', {approved: false, comment: val('comment')}],
      callback: () => ['callback', {result: (box.querySelector('[name=result]:checked') || {}).value || null,
        tags: tagPicker ? tagPicker.checked() : [], note: val('note')}],
    };
    if (act === 'merge') {
      // the main ticket by its number; a merge asks first, naming both tickets
      const number = val('mainNumber');
      const found = number ? await App.api('/tickets?q=' + encodeURIComponent(number)) : {items: []};
      const main = found.items.find(x => x.number === number);
      if (main && !(await App.confirm(App.t('uiConfirmMerge').replace(/\{0\}/g, document.getElementById('number').textContent)
        .replace(/\{1\}/g, main.number), App.t('mergeInto')))) return;
      await App.run(msg, async () => {
        if (!main) throw Object.assign(new Error(App.t('mainNumber') + '?'), {problem: {}});
        await App.api('/tickets/' + id + '/merge', {method: 'POST', body: {mainTicketId: main.id, reason: val('mergeReason')}});
      }, load, {subject: document.getElementById('number').textContent, button: e.target});
      return;
    }
    calls.unmerge = () => ['unmerge', {reason: val('unmergeReason')}];
    calls.chiefApprove = () => ['chief-review', {approved: true, comment: val('chiefComment')}];
    calls.chiefSendBack = () => ['chief-review', {approved: false, comment: val('chiefComment')}];
    calls.requestExtension = () => ['extensions', {newDeadline: val('newDeadline'), reason: val('extReason')}];
    calls.rectificationReport = () => ['rectification-report', {report: val('rectReport')}];
    calls.revisit = () => ['revisit', {result: (box.querySelector('[name=revisitResult]:checked') || {}).value || null, note: val('revisitNote')}];
    // approving the reply closes the ticket: asked first, naming it
    if (act === 'approve' && !(await App.confirm(App.t('uiConfirmClose').replace('{0}', document.getElementById('number').textContent),
      e.target.textContent))) return;
    // routing names the unit it went to ("已派单给城关派出所：…"), the rest the action (done_<act>)
    const number = document.getElementById('number').textContent;
    const unitField = {assign: 'unitCode', reroute: 'rerouteUnitCode', arbitrate: 'arbUnitCode'}[act];
    const unitName = unitField ? val(unitField) : null;
    await App.run(msg, () => {
      const [path, body] = calls[act]();
      return App.api('/tickets/' + id + '/' + path, body ? {method: 'POST', body} : {method: 'POST'});
    }, load,
      {subject: number, button: e.target,
        okText: unitName ? App.t('done_' + act + 'To').replace('{0}', number).replace('{1}', unitName) : undefined});
  });
  await load();
})();
