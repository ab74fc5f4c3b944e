'use strict';
(async () => {
  await App.init();
  const msg = document.getElementById('msg');
  // most urgent first: what is already late, then what waits for the chief's decision, then what is near.
  // [key, label, hot, the date the section is about (column heading and value)]
  const SECTIONS = [
    ['overdue', 'overdueList', true, 'reply'], ['escalated', 'escalatedList', true, 'reply'],
    ['signOverdue', 'signOverdueList', true, 'sign'], ['repliesToApprove', 'repliesToApprove', true, 'replied'],
    ['extensions', 'extensionList', true], ['rectifying', 'rectifyingList', true, 'rectification'], ['slips', 'slipList', true],
    ['dueSoon', 'dueSoonList', false, 'reply'], ['repliesInReview', 'repliesInReview', false, 'reply']];
  // a ticket is listed once: in the first of these sections it belongs to (where the chief acts on it),
  // with the other sections it belongs to as badges
  const PRECEDENCE = ['repliesToApprove', 'rectifying', 'overdue', 'escalated', 'signOverdue', 'dueSoon', 'repliesInReview'];
  const DATE_HEADINGS = {reply: 'uiReplyDeadline', sign: 'uiSignDeadline', replied: 'uiRepliedAt', rectification: 'uiDueAt'};
  const dateOf = (t, kind) => kind === 'sign' ? t.signDeadline : kind === 'replied' ? t.repliedAt
    : kind === 'rectification' ? t.rectificationDue : t.replyDeadline;
  const label = key => App.t(SECTIONS.find(s => s[0] === key)[1]);

  const ticketRow = (t, kind, flags) => App.html`<tr data-id="${t.id}"><td><a href="ticket.html?id=${t.id}">${t.number}</a></td><td>${App.statusBadge(t)}${
    t.escalationLevel ? App.html` <span class="badge warn">${App.t('escalated')} ${t.escalationLevel}</span>` : ''}${
    flags.map(f => App.html` <span class="badge flag">${App.t('uiAlsoIn')}：${label(f)}</span>`)}</td>
    <td>${t.categoryName} · ${App.t(t.urgency)}</td><td class="content">${t.content}${t.dissatisfaction && t.dissatisfaction.length
      ? App.html`<div class="dissatisfaction"><strong>${App.t('uiWhyDissatisfied')}：</strong>${t.dissatisfaction.map(App.reason).join('、')}</div>` : ''}</td>
    <td>${App.time(dateOf(t, kind))}</td><td>${ticketActions(t)}</td></tr>`;

  function ticketActions(t) {
    const a = t.allowedActions;
    return App.html`${a.includes('sign') ? App.html`<button class="action" data-act="sign">${App.t('sign')}</button> ` : ''}${
      a.includes('chiefReview') ? App.html`<div class="hint">${App.t('uiOfficerReply')}</div><div class="reply-text">${t.replyText}</div><input
        name="chiefComment" aria-label="${App.t('comment')}" placeholder="${App.t('comment')}"><button
        class="action" data-act="chiefApprove">${App.t('chiefApprove')}</button> <button class="secondary" data-act="chiefSendBack">${
        App.t('sendBack')}</button>` : ''}${
      a.includes('rectificationReport') ? App.html`<textarea name="report" class="short" aria-label="${App.t('rectificationReport')}"
        placeholder="${App.t('rectificationReport')}"></textarea><button class="action" data-act="rectify">${App.t('submit')}</button>` : ''}${
      a.includes('requestExtension') ? App.html`<details><summary>${App.t('requestExtension')}</summary><input type="date" name="newDeadline"
        aria-label="${App.t('newDeadline')}"><input name="extReason" aria-label="${App.t('extensionReason')}" placeholder="${App.t('extensionReason')}"><button
        class="secondary" data-act="extend">${App.t('submit')}</button></details>` : ''}`;
  }

  const ticketTable = (items, kind, flagsOf) => App.table([App.t('number'), App.t('status'), App.t('category'), App.t('content'),
    App.t(DATE_HEADINGS[kind]), App.t('actions')], items.map(t => ticketRow(t, kind, flagsOf(t))));

  const SLIP_STEPS = App.SLIP_STEPS;
  const slipTable = items => App.table([App.t('slipNumber'), App.t('slipTitle'), App.t('status'), App.t('slipDeadline'), App.t('actions')],
    items.map(s => App.html`<tr data-slip="${s.id}"><td><a href="slips.html?id=${s.id}">${s.number}</a></td><td>${s.title}</td>
    <td><span class="badge">${App.t('slip_' + s.status)}</span>${s.overdue ? App.html` <span class="badge overdue">${App.t('overdue')}</span>` : ''}</td>
    <td>${App.time(s.deadline)}</td><td>${s.allowedActions.filter(a => SLIP_STEPS[a]).map(a => App.html`${SLIP_STEPS[a][1]
      ? App.html`<textarea name="slipText" class="short" aria-label="${App.t(SLIP_STEPS[a][1])}" placeholder="${App.t(SLIP_STEPS[a][1])}"></textarea>` : ''}<button class="action"
      data-slip-act="${a}">${App.t(SLIP_STEPS[a][0])}</button>`)} <a href="/api/slips/${s.id}/sheet.pdf" target="_blank">PDF</a></td></tr>`));

  /** Each ticket once, in the first section of PRECEDENCE it is in; the rest of its sections as flags. */
  function once(desk) {
    const home = new Map();
    const flags = new Map();
    for (const key of PRECEDENCE) {
      for (const t of desk[key]) {
        if (!home.has(t.id)) { home.set(t.id, key); flags.set(t.id, []); } else flags.get(t.id).push(key);
      }
    }
    desk.extensions.forEach(x => { if (flags.has(x.ticketId)) flags.get(x.ticketId).push('extensions'); });
    const shown = {};
    SECTIONS.forEach(([key]) => {
      shown[key] = PRECEDENCE.includes(key) ? desk[key].filter(t => home.get(t.id) === key) : desk[key];
    });
    return {shown, flagsOf: t => flags.get(t.id) || []};
  }

  async function load() {
    document.body.dataset.loaded = 'false';
    const desk = await App.api('/desk/chief');
    const {shown, flagsOf} = once(desk);
    document.getElementById('unitName').textContent = desk.unitName;
    App.render(document.getElementById('counts'), App.html`${SECTIONS.map(([key, label, hot]) => App.html`<a href="#${key}" id="count-${key}"
      class="${hot && shown[key].length ? 'hot' : ''}"><b>${shown[key].length}</b>${App.t(label)}</a>`)}`);
    // sections with something to do first, in order of urgency; the empty ones folded at the end
    const ordered = SECTIONS.filter(s => shown[s[0]].length).concat(SECTIONS.filter(s => !shown[s[0]].length));
    App.render(document.getElementById('sections'), App.html`${ordered.map(([key, label, , kind]) => {
      const items = shown[key];
      const body = !items.length ? App.html`<p class="empty">${App.t('uiNothingToDo')}</p>`
        : key === 'extensions' ? App.extensionTable(items) : key === 'slips' ? slipTable(items) : ticketTable(items, kind, flagsOf);
      return App.html`<details class="card desk" id="${key}" data-count="${items.length}"><summary><h2>${App.t(label)} <span
        class="badge">${items.length}</span></h2></summary>${body}</details>`;
    })}`);
    document.querySelectorAll('details.desk').forEach(d => { d.open = d.dataset.count !== '0'; });
    document.body.dataset.loaded = 'true';
  }

  document.getElementById('sections').addEventListener('click', async e => {
    const act = e.target.dataset.act;
    const slipAct = e.target.dataset.slipAct;
    if (!act && !slipAct) return;
    const row = e.target.closest('tr');
    const id = encodeURIComponent(row.dataset.id);
    await App.run(msg, async () => {
      if (slipAct) {
        const text = row.querySelector('[name=slipText]');
        const body = slipAct === 'report' ? {report: text.value} : {note: text ? text.value : null};
        await App.api('/slips/' + encodeURIComponent(row.dataset.slip) + '/' + slipAct, {method: 'POST', body});
      } else if (act === 'sign') {
        await App.api('/tickets/' + id + '/sign', {method: 'POST'});
      } else if (act === 'chiefApprove' || act === 'chiefSendBack') {
        await App.api('/tickets/' + id + '/chief-review', {method: 'POST', body: {
          approved: act === 'chiefApprove', comment: row.querySelector('[name=chiefComment]').value || null}});
      } else if (act === 'rectify') {
        await App.api('/tickets/' + id + '/rectification-report', {method: 'POST', body: {report: row.querySelector('[name=report]').value}});
      } else if (act === 'extend') {
        await App.api('/tickets/' + id + '/extensions', {method: 'POST', body: {
          newDeadline: row.querySelector('[name=newDeadline]').value, reason: row.querySelector('[name=extReason]').value}});
      } else {
        await App.decideExtension(row, act === 'approveExt');
      }
    }, load, {button: e.target});
  });
  await load();
})();
