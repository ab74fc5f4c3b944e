'use strict';
(async () => {
  const me = await App.init();
  const msg = document.getElementById('msg');
  const params = new URLSearchParams(location.search);
  const STATUSES = (await App.choices()).slipStatus;
  App.render(document.getElementById('statusFilter'), App.html`<option value="">${App.t('all')}</option>${
    STATUSES.map(s => App.html`<option value="${s}">${App.t('slip_' + s)}</option>`)}`);
  document.getElementById('year').value = new Date().getFullYear();
  const units = await App.api('/units');
  App.fillDatalist(document.getElementById('units'), units, u => u.name);
  /** The unit a typed text means: its exact name or code, or the only unit whose name contains it. */
  const unitOf = text => {
    const t = (text || '').trim();
    const code = App.codeOf(t);
    const exact = units.find(u => u.code === code || u.name === t);
    const some = units.filter(u => t && u.name.includes(t));
    return exact ? exact.code : some.length === 1 ? some[0].code : null;
  };

  const isDirector = me.roles.includes('director');
  let ticketPicker = null;
  // 督办单: tickets picked by number, the head and the supervising deputy by name (never ids or usernames typed)
  const people = async (role, unit) => App.api('/users?role=' + encodeURIComponent(role) + (unit ? '&unit=' + encodeURIComponent(unit) : ''));
  const fillPeople = (select, list) => App.render(select, App.html`<option value="">—</option>${list.map(p =>
    App.html`<option value="${p.username}">${p.displayName} · ${p.unitName}</option>`)}`);
  async function fillHeads() {
    const unit = unitOf(document.querySelector('[name=unitCode]').value);
    const heads = unit ? (await people('chief', unit)).concat(await people('agency', unit)) : [];
    fillPeople(document.getElementById('slipHead'), heads);
    if (heads.length === 1) document.getElementById('slipHead').value = heads[0].username;
  }
  if (isDirector) {
    document.getElementById('issue').hidden = false;
    fillPeople(document.getElementById('slipSupervisor'), await people('leader'));
    const proposed = await App.api('/tickets?slipProposed=true&size=200');
    // the tickets concerned picked by number as chips (UI.MultiPicker): the proposed ones listed first,
    // any other found by its number or words (GET /api/tickets?q=); their ids are sent
    const ticketItem = t => ({code: String(t.id), label: t.number, hint: (t.ownerUnitName || '') + ' · ' + t.content});
    const pickerProps = {name: 'ticketIds', inputId: 'ticketNumbers', label: App.t('ticketsConcerned'),
      items: proposed.items.map(ticketItem),
      // by number: the proposed tickets whose number or content holds the text, and the ticket of a
      // number typed whole (the full-text search's other hits, found by words, are not offered)
      search: async q => {
        const local = pickerProps.items.filter(i => (i.label + ' ' + i.hint).includes(q));
        const found = (await App.api('/tickets?size=10&q=' + encodeURIComponent(q))).items
          .filter(t => t.number.includes(q) && !local.some(i => i.code === String(t.id))).map(ticketItem);
        return local.concat(found);
      }};
    document.querySelector('[name=unitCode]').addEventListener('change', fillHeads);
    // URL parameters only ever become input values (properties), never markup; a ticket id is shown as its number
    const ticketParam = App.idParam('ticket');
    if (ticketParam) {
      try {
        const t = await App.api('/tickets/' + ticketParam);
        pickerProps.items = pickerProps.items.concat(ticketItem(t));
        pickerProps.initial = [String(t.id)];
        if (!params.get('unit') && t.ownerUnitName) document.querySelector('[name=unitCode]').value = t.ownerUnitName;
      } catch (err) { /* not a ticket this user sees: leave the field empty */ }
    }
    ticketPicker = UI.mountMultiPicker(document.getElementById('ticketPicker'), pickerProps);
    const unitParam = units.find(u => u.code === params.get('unit'));
    if (unitParam) document.querySelector('[name=unitCode]').value = unitParam.name;
    await fillHeads();
  }

  if (isDirector) {
    // 建议督办: dissatisfied again after rectification
    const proposed = await App.api('/tickets?slipProposed=true&size=50');
    document.getElementById('proposals').hidden = false;
    document.getElementById('proposalCount').textContent = proposed.total;
    App.render(document.getElementById('proposalList'), App.ticketTable(proposed.items, t =>
      App.html`<a href="slips.html?ticket=${t.id}&unit=${t.ownerUnitCode}">${App.t('issueSlip')}</a>`));
  }

  const statusBadge = s => App.html`<span class="badge">${App.t('slip_' + s.status)}</span>${
    s.overdue ? App.html` <span class="badge overdue">${App.t('overdue')}</span>` : ''}`;

  async function loadRegister() {
    document.body.dataset.loaded = 'false';
    const q = new URLSearchParams({year: document.getElementById('year').value});
    const filter = document.getElementById('unitFilter');
    const unit = unitOf(filter.value);
    App.clearFieldErrors(filter.closest('form, .row, section') || document);
    if (filter.value.trim() && !unit) {
      // text that names no unit (or several, "派出所"): said next to the filter, never a silent list of everything
      App.showFieldError(filter, App.notInListText(filter.value.trim(), App.t('unit')));
      document.body.dataset.loaded = 'true';
      return;
    }
    if (unit) q.set('unit', unit);
    const status = document.getElementById('statusFilter').value;
    if (status) q.set('status', status);
    const reg = await App.api('/slips?' + q);
    App.render(document.getElementById('yearCounts'), App.html`${reg.year} · ${App.t('issued')} <b class="inline-count" id="issuedCount">${reg.issued}</b> · ${
      App.t('resolved')} <b class="inline-count" id="resolvedCount">${reg.resolved}</b>`);
    App.render(document.getElementById('register'), !reg.items.length ? App.empty() : App.table([App.t('slipNumber'), App.t('slipTitle'),
      App.t('unit'), App.t('head'), App.t('status'), App.t('slipDeadline')], reg.items.map(s => App.html`<tr><td><a
      href="slips.html?id=${s.id}">${s.number}</a></td><td>${s.title}</td><td>${s.unitName}</td><td>${(s.people && s.people[s.headUsername]) || s.headUsername}</td>
      <td>${statusBadge(s)}</td><td>${App.time(s.deadline)}</td></tr>`)));
    document.body.dataset.loaded = 'true';
  }

  const STEP = App.SLIP_STEPS;
  async function loadDetail(id) {
    const s = await App.api('/slips/' + encodeURIComponent(id));
    const box = document.getElementById('detail');
    box.hidden = false;
    const fact = (k, v) => App.html`<dt>${App.t(k)}</dt><dd>${v}</dd>`;
    // people by name (the API names them by username): the slip's own list of display names
    const person = u => (s.people && s.people[u]) || u || '';
    const actions = App.html`${s.allowedActions.filter(a => STEP[a]).map(a => App.html`${STEP[a][1]
      ? App.html`<textarea name="stepText" placeholder="${App.t(STEP[a][1])}"></textarea>` : ''}<button class="action"
      data-step="${a}">${App.t(STEP[a][0])}</button>`)}${s.allowedActions.includes('review') ? App.html`<input name="reviewNote"
      placeholder="${App.t('reviewNote')}"><button class="action" data-review="true">${App.t('accept')}</button> <button class="secondary"
      data-review="false">${App.t('sendBackSlip')}</button>` : ''}`;
    App.render(box, App.html`<h2>${s.number} ${s.title} ${statusBadge(s)}</h2><dl class="facts">
      ${fact('requirements', s.requirements)}${fact('slipDeadline', App.time(s.deadline))}
      ${fact('unit', s.unitName)}${fact('head', person(s.headUsername))}${fact('lead', person(s.leadUsername))}${fact('supervisor', person(s.supervisorUsername))}
      ${fact('slipTickets', s.tickets.map(t => App.html`<a href="ticket.html?id=${t.id}">${t.number}</a> `))}
      ${fact('sentBackTimes', s.sendBackCount)}${fact('handlingNote', s.handlingNote)}${fact('callbackNote', s.callbackNote)}
      ${fact('reportText', s.report)}${fact('reviewNote', s.reviewNote)}</dl>
      <p><a href="/api/slips/${s.id}/sheet.pdf" target="_blank">PDF</a></p><div class="row" id="slipActions">${actions}</div>
      <h2>${App.t('history')}</h2><table class="list"><tbody>${s.history.map(h => App.html`<tr><td>${App.time(h.at)}</td><td>${person(h.actor)}</td>
      <td>${App.t(h.action)}</td><td>${h.note}</td></tr>`)}</tbody></table>`);
    box.querySelectorAll('[data-step]').forEach(b => b.onclick = () => App.run(msg, async () => {
      const text = box.querySelector('[name=stepText]');
      const body = b.dataset.step === 'report' ? {report: text.value} : {note: text ? text.value : null};
      await App.api('/slips/' + s.id + '/' + b.dataset.step, {method: 'POST', body});
    }, () => loadDetail(s.id), {subject: s.number}));
    box.querySelectorAll('[data-review]').forEach(b => b.onclick = () => App.run(msg, async () => {
      await App.api('/slips/' + s.id + '/review', {method: 'POST', body: {accepted: b.dataset.review === 'true',
        note: box.querySelector('[name=reviewNote]').value || null}});
    }, async () => { await loadDetail(s.id); await loadRegister(); }, {subject: s.number}));
  }

  document.getElementById('issueForm').addEventListener('submit', e => {
    e.preventDefault();
    const f = e.target;
    App.run(msg, async () => {
      const slip = await App.api('/slips', {method: 'POST', body: {
        title: f.title.value, requirements: f.requirements.value, deadline: f.deadline.value || null,
        unitCode: unitOf(f.unitCode.value), headUsername: f.headUsername.value || null,
        supervisorUsername: f.supervisorUsername.value || null,
        // text left in the picker that names no ticket is refused naming it, never sent
        ticketIds: ticketPicker ? ticketPicker.checked().map(Number) : []}});
      history.replaceState(null, '', 'slips.html?id=' + slip.id);
      await loadDetail(slip.id);
    }, loadRegister, {subject: f.title.value});
  });
  document.getElementById('filter').onclick = loadRegister;
  // only a number from the URL reaches the API
  if (App.idParam('id')) await loadDetail(App.idParam('id'));
  await loadRegister();
})();
