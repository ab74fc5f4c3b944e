'use strict';
(async () => {
  await App.init();
  const msg = document.getElementById('msg');
  // most urgent first: what is already late, then what waits for the chief's decision, then what is near
  const SECTIONS = [
    ['overdue', 'overdueList', true], ['escalated', 'escalatedList', true], ['signOverdue', 'signOverdueList', true],
    ['repliesToApprove', 'repliesToApprove', true], ['extensions', 'extensionList', true],
    ['rectifying', 'rectifyingList', true], ['slips', 'slipList', true],
    ['dueSoon', 'dueSoonList', false], ['repliesInReview', 'repliesInReview', false]];

  const ticketRow = t => App.html`<tr data-id="${t.id}"><td><a href="ticket.html?id=${t.id}">${t.number}</a></td><td>${App.statusBadge(t)}${
    t.escalationLevel ? App.html` <span class="badge warn">${App.t('escalated')} ${t.escalationLevel}</span>` : ''}</td>
    <td>${t.categoryName} · ${App.t(t.urgency)}</td><td class="content">${t.content}</td>
    <td>${App.time(t.rectificationDue || t.replyDeadline)}</td><td>${ticketActions(t)}</td></tr>`;

  function ticketActions(t) {
    const a = t.allowedActions;
    return App.html`${a.includes('sign') ? App.html`<button class="action" data-act="sign">${App.t('sign')}</button> ` : ''}${
      a.includes('chiefReview') ? App.html`<div class="hint">${t.replyText}</div><input name="chiefComment" placeholder="${App.t('comment')}"><button
        class="action" data-act="chiefApprove">${App.t('chiefApprove')}</button> <button class="secondary" data-act="chiefSendBack">${
        App.t('sendBack')}</button>` : ''}${
      a.includes('rectificationReport') ? App.html`<textarea name="report" class="short" placeholder="${App.t('rectificationReport')}"></textarea><button
        class="action" data-act="rectify">${App.t('submit')}</button>` : ''}${
      a.includes('requestExtension') ? App.html`<details><summary>${App.t('requestExtension')}</summary><input type="date" name="newDeadline">
        <input name="extReason" placeholder="${App.t('extensionReason')}"><button class="secondary" data-act="extend">${App.t('submit')}</button></details>`
        : ''}`;
  }

  const ticketTable = items => App.table([App.t('number'), App.t('status'), App.t('category'), App.t('content'), App.t('deadline'),
    App.t('actions')], items.map(ticketRow));

  const SLIP_STEPS = App.SLIP_STEPS;
  const slipTable = items => App.table([App.t('slipNumber'), App.t('slipTitle'), App.t('status'), App.t('slipDeadline'), App.t('actions')],
    items.map(s => App.html`<tr data-slip="${s.id}"><td><a href="slips.html?id=${s.id}">${s.number}</a></td><td>${s.title}</td>
    <td><span class="badge">${App.t('slip_' + s.status)}</span>${s.overdue ? App.html` <span class="badge overdue">${App.t('overdue')}</span>` : ''}</td>
    <td>${App.time(s.deadline)}</td><td>${s.allowedActions.filter(a => SLIP_STEPS[a]).map(a => App.html`${SLIP_STEPS[a][1]
      ? App.html`<textarea name="slipText" class="short" placeholder="${App.t(SLIP_STEPS[a][1])}"></textarea>` : ''}<button class="action"
      data-slip-act="${a}">${App.t(SLIP_STEPS[a][0])}</button>`)} <a href="/api/slips/${s.id}/sheet.pdf" target="_blank">PDF</a></td></tr>`));

  async function load() {
    document.body.dataset.loaded = 'false';
    const desk = await App.api('/desk/chief');
    document.getElementById('unitName').textContent = desk.unitName;
    App.render(document.getElementById('counts'), App.html`${SECTIONS.map(([key, label, hot]) => App.html`<a href="#${key}" id="count-${key}"
      class="${hot && desk[key].length ? 'hot' : ''}"><b>${desk[key].length}</b>${App.t(label)}</a>`)}`);
    App.render(document.getElementById('sections'), App.html`${SECTIONS.map(([key, label]) => {
      const items = desk[key];
      const body = !items.length ? App.empty()
        : key === 'extensions' ? App.extensionTable(items) : key === 'slips' ? slipTable(items) : ticketTable(items);
      return App.html`<section class="card" id="${key}"><h2>${App.t(label)} <span class="badge">${items.length}</span></h2>${body}</section>`;
    })}`);
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
    }, load);
  });
  await load();
})();
