'use strict';
(async () => {
  const me = await App.init();
  const msg = document.getElementById('msg');
  const params = new URLSearchParams(location.search);
  const STATUSES = ['ISSUED', 'ACKNOWLEDGED', 'HANDLED', 'CALLED_BACK', 'REPORTED', 'RESOLVED'];
  document.getElementById('statusFilter').innerHTML = '<option value="">' + App.t('all') + '</option>' +
    STATUSES.map(s => '<option value="' + s + '">' + App.t('slip_' + s) + '</option>').join('');
  document.getElementById('year').value = new Date().getFullYear();
  const units = await App.api('/units');
  App.fillDatalist(document.getElementById('units'), units, u => u.name + ' [' + u.code + ']');

  const isDirector = me.roles.includes('director');
  if (isDirector) {
    document.getElementById('issue').hidden = false;
    if (params.get('ticket')) document.querySelector('[name=ticketIds]').value = params.get('ticket');
    if (params.get('unit')) document.querySelector('[name=unitCode]').value = params.get('unit');
  }

  if (isDirector) {
    // 建议督办: dissatisfied again after rectification
    const proposed = await App.api('/tickets?slipProposed=true&size=50');
    document.getElementById('proposals').hidden = false;
    document.getElementById('proposalCount').textContent = proposed.total;
    document.getElementById('proposalList').innerHTML = App.ticketTable(proposed.items, t =>
      '<a href="slips.html?ticket=' + t.id + '&unit=' + encodeURIComponent(t.ownerUnitCode || '') + '">' + App.t('issueSlip') + '</a>');
  }

  const statusBadge = s => '<span class="badge">' + App.t('slip_' + s.status) + '</span>' +
    (s.overdue ? ' <span class="badge overdue">' + App.t('overdue') + '</span>' : '');

  async function loadRegister() {
    document.body.dataset.loaded = 'false';
    const q = new URLSearchParams({year: document.getElementById('year').value});
    const unit = App.codeOf(document.getElementById('unitFilter').value);
    if (unit) q.set('unit', unit);
    const status = document.getElementById('statusFilter').value;
    if (status) q.set('status', status);
    const reg = await App.api('/slips?' + q);
    document.getElementById('yearCounts').innerHTML = reg.year + ' · ' + App.t('issued') + ' <b id="issuedCount">' + reg.issued +
      '</b> · ' + App.t('resolved') + ' <b id="resolvedCount">' + reg.resolved + '</b>';
    document.getElementById('register').innerHTML = !reg.items.length ? '<p class="empty">' + App.t('none') + '</p>' :
      '<table class="list"><thead><tr><th>' + [App.t('slipNumber'), App.t('slipTitle'), App.t('unit'), App.t('head'), App.t('status'),
      App.t('slipDeadline')].join('</th><th>') + '</th></tr></thead><tbody>' + reg.items.map(s => '<tr><td><a href="slips.html?id=' + s.id +
      '">' + App.esc(s.number) + '</a></td><td>' + App.esc(s.title) + '</td><td>' + App.esc(s.unitName) + '</td><td>' + App.esc(s.headUsername) +
      '</td><td>' + statusBadge(s) + '</td><td>' + App.time(s.deadline) + '</td></tr>').join('') + '</tbody></table>';
    document.body.dataset.loaded = 'true';
  }

  const STEP = App.SLIP_STEPS;
  async function loadDetail(id) {
    const s = await App.api('/slips/' + id);
    const box = document.getElementById('detail');
    box.hidden = false;
    const fact = (k, v) => '<dt>' + App.t(k) + '</dt><dd>' + v + '</dd>';
    let actions = s.allowedActions.filter(a => STEP[a]).map(a => (STEP[a][1] ? '<textarea name="stepText" placeholder="' +
      App.t(STEP[a][1]) + '"></textarea>' : '') + '<button class="action" data-step="' + a + '">' + App.t(STEP[a][0]) + '</button>').join('');
    if (s.allowedActions.includes('review')) {
      actions += '<input name="reviewNote" placeholder="' + App.t('reviewNote') + '"><button class="action" data-review="true">' + App.t('accept') +
        '</button> <button class="secondary" data-review="false">' + App.t('sendBackSlip') + '</button>';
    }
    box.innerHTML = '<h2>' + App.esc(s.number) + ' ' + App.esc(s.title) + ' ' + statusBadge(s) + '</h2><dl class="facts">' +
      fact('requirements', App.esc(s.requirements)) + fact('slipDeadline', App.time(s.deadline)) +
      fact('unit', App.esc(s.unitName)) + fact('head', App.esc(s.headUsername)) + fact('lead', App.esc(s.leadUsername)) +
      fact('supervisor', App.esc(s.supervisorUsername)) +
      fact('slipTickets', s.tickets.map(t => '<a href="ticket.html?id=' + t.id + '">' + t.number + '</a>').join(' ')) +
      fact('sentBackTimes', s.sendBackCount) + fact('handlingNote', App.esc(s.handlingNote || '')) +
      fact('callbackNote', App.esc(s.callbackNote || '')) + fact('reportText', App.esc(s.report || '')) +
      fact('reviewNote', App.esc(s.reviewNote || '')) + '</dl><p><a href="/api/slips/' + s.id + '/sheet.pdf" target="_blank">PDF</a></p>' +
      '<div class="row" id="slipActions">' + actions + '</div><h2 data-t="history">' + App.t('history') + '</h2>' +
      '<table class="list"><tbody>' + s.history.map(h => '<tr><td>' + App.time(h.at) + '</td><td>' + App.esc(h.actor) + '</td><td>' +
      App.esc(h.action) + '</td><td>' + App.esc(h.note || '') + '</td></tr>').join('') + '</tbody></table>';
    box.querySelectorAll('[data-step]').forEach(b => b.onclick = () => App.run(msg, async () => {
      const text = box.querySelector('[name=stepText]');
      const body = b.dataset.step === 'report' ? {report: text.value} : {note: text ? text.value : null};
      await App.api('/slips/' + s.id + '/' + b.dataset.step, {method: 'POST', body});
    }, () => loadDetail(s.id)));
    box.querySelectorAll('[data-review]').forEach(b => b.onclick = () => App.run(msg, async () => {
      await App.api('/slips/' + s.id + '/review', {method: 'POST', body: {accepted: b.dataset.review === 'true',
        note: box.querySelector('[name=reviewNote]').value || null}});
    }, async () => { await loadDetail(s.id); await loadRegister(); }));
  }

  document.getElementById('issueForm').addEventListener('submit', e => {
    e.preventDefault();
    const f = e.target;
    App.run(msg, async () => {
      const slip = await App.api('/slips', {method: 'POST', body: {
        title: f.title.value, requirements: f.requirements.value, deadline: f.deadline.value || null,
        unitCode: App.codeOf(f.unitCode.value) || null, headUsername: f.headUsername.value || null,
        supervisorUsername: f.supervisorUsername.value || null,
        ticketIds: f.ticketIds.value.split(/[,，\s]+/).filter(x => x).map(Number)}});
      history.replaceState(null, '', 'slips.html?id=' + slip.id);
      await loadDetail(slip.id);
    }, loadRegister);
  });
  document.getElementById('filter').onclick = loadRegister;
  if (params.get('id')) await loadDetail(params.get('id'));
  await loadRegister();
})();
