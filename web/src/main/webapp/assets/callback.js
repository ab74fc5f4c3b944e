'use strict';
/* 回访工作台 (issue 14): the queue, one task at a time with its history, the outcome in a few keys,
   the next task without going back to the list. Tags are chosen from the admin's list and sent as codes. */
(() => {
  let current = null;
  let tagPicker = null;
  const taskEl = () => document.getElementById('task');
  const form = () => document.getElementById('outcome');

  function showTask(t) {
    current = t;
    if (!t) {
      App.render(taskEl(), App.html`<p class="empty" id="noTask">${App.t('cbNoTask')}</p>`);
      form().hidden = true;
      return;
    }
    App.render(taskEl(), App.html`<div id="current" data-id="${t.id}" data-ticket="${t.ticketId}">
      ${t.confidential ? App.html`<p class="msg error" id="instruction">${App.t('cb_' + t.contactInstruction)}</p>` : ''}
      <p><strong>${t.ticketNumber || App.t('cb_' + t.kind)}</strong> · ${t.category} · ${t.unitName || ''}
        · <span class="hint">${App.t('cbDue')} ${App.time(t.dueAt)} · ${App.t('attempts')} ${t.attempts}</span></p>
      <p class="phone"><span data-t="phone">${App.t('phone')}</span>: <strong id="citizenPhone">${t.citizenPhone}</strong>
        ${t.citizenName ? App.html` · ${t.citizenName}` : ''}</p>
      <p class="content">${t.matter}</p>
      ${t.history.length ? App.table([App.t('time'), App.t('action'), App.t('who'), App.t('note')], t.history.map(h => App.html`<tr>
        <td>${App.time(h.at)}</td><td>${App.action(h.action)}</td><td>${h.actorName || h.actor || ''}${h.actorUnitName ? ' · ' + h.actorUnitName : ''}</td><td>${h.note || ''}${
          h.detailText ? App.html` <span class="hint">${h.detailText}</span>` : ''}</td></tr>`)) : ''}
    </div>`);
    form().reset();
    if (tagPicker) tagPicker.clear();
    form().hidden = false;
    document.getElementById('msg').className = '';
    document.getElementById('msg').textContent = '';
    showRatingFlags(t);
  }

  // 评价真实性: the authenticity flags of the ratings behind this task (a spot check or a dissatisfied rating)
  async function showRatingFlags(t) {
    const q = t.serviceRecordId ? 'serviceRecord=' + encodeURIComponent(t.serviceRecordId)
      : t.ticketId ? 'ticket=' + encodeURIComponent(t.ticketId) : null;
    if (!q) return;
    const flags = await App.api('/ratings/flags?' + q).catch(() => []);
    if (!flags.length || current !== t) return;
    App.append(document.getElementById('current'), App.html`<div class="msg error" id="ratingFlags">
      <strong>${App.t('ratingsFlagsOfTask')}</strong><ul>${flags.map(f => App.html`<li>${f.label}: ${f.evidenceText}</li>`)}</ul></div>`);
  }

  // the queue is paged, searched and sorted on the server (GET /api/callbacks?q=&due=&sort=&page=&size=)
  const PAGE_SIZE = 50;
  const queue = {page: 0, q: '', due: '', sort: 'due'};

  async function loadQueue() {
    const params = new URLSearchParams({status: 'OPEN', page: String(queue.page), size: String(PAGE_SIZE), sort: queue.sort});
    if (queue.q) params.set('q', queue.q);
    if (queue.due) params.set('due', queue.due);
    const page = await App.api('/callbacks?' + params);
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    if (queue.page > 0 && queue.page >= pages) { queue.page = pages - 1; return loadQueue(); }
    document.getElementById('count').textContent = page.total;
    document.getElementById('queuePage').textContent = App.plural('uiPageOf', page.total, {0: queue.page + 1, 1: pages, 2: page.total});
    document.getElementById('queuePrev').disabled = queue.page <= 0;
    document.getElementById('queueNext').disabled = queue.page + 1 >= pages;
    App.render(document.getElementById('list'), page.items.length ? App.table([App.t('cbDue'), App.t('number'),
      App.t('content'), App.t('unit'), App.t('phone'), App.t('attempts'), App.t('actions')], page.items.map(t => App.html`<tr data-task="${t.id}">
      <td>${App.time(t.dueAt)}</td><td>${t.ticketNumber || App.t('cb_' + t.kind)}</td><td class="content">${t.matter}</td>
      <td>${t.unitName || ''}</td><td>${t.citizenPhone}${t.confidential ? App.html` <span class="badge">${App.t('confidential')}</span>` : ''}</td>
      <td>${t.attempts}</td><td><button type="button" class="secondary" data-claim="${t.id}">${App.t('cbWork')}</button></td></tr>`)) : App.empty());
    document.querySelectorAll('[data-claim]').forEach(b => b.onclick = () => claim(b.dataset.claim));
  }

  function wireQueue() {
    const filter = document.getElementById('queueFilter');
    filter.onsubmit = async e => {
      e.preventDefault();
      queue.q = document.getElementById('queueQ').value.trim();
      queue.due = document.getElementById('queueDue').value;
      queue.sort = document.getElementById('queueSort').value;
      queue.page = 0;
      try { await loadQueue(); } catch (err) { App.showError(document.getElementById('msg'), err); }
    };
    document.getElementById('queueDue').onchange = () => filter.requestSubmit();
    document.getElementById('queueSort').onchange = () => filter.requestSubmit();
    document.getElementById('queuePrev').onclick = () => { queue.page = Math.max(0, queue.page - 1); loadQueue(); };
    document.getElementById('queueNext').onclick = () => { queue.page += 1; loadQueue(); };
  }

  async function claim(id) {
    try {
      showTask(await App.api('/callbacks/' + encodeURIComponent(id) + '/claim', {method: 'POST'}));
      await loadQueue();
    } catch (err) { App.showError(document.getElementById('msg'), err); }
  }

  async function next() {
    try {
      const res = await fetch('/api/callbacks/next', {method: 'POST', credentials: 'same-origin',
        headers: {'Accept': 'application/json', 'Accept-Language': App.lang}});
      showTask(res.status === 204 ? null : await res.json());
      await loadQueue();
    } catch (err) { App.showError(document.getElementById('msg'), err); }
  }

  async function submit() {
    if (!current) return;
    const result = (form().querySelector('[name=result]:checked') || {}).value || null;
    try {
      // text left in the tag picker that names no tag is refused naming it, never sent
      const tags = tagPicker ? tagPicker.checked() : [];
      const body = {result, tags, note: document.getElementById('note').value || null,
        praiseOfficer: App.codeOf(document.getElementById('praiseOfficer').value) || null,
        // the reason codes of a dissatisfied answer follow from the chosen tags' groups (server side)
        reasons: []};
      const done = current;
      await App.api('/callbacks/' + encodeURIComponent(current.id) + '/outcome', {method: 'POST', body});
      // what was saved, next to where the agent acted (the next task replaces the form's message)
      const text = App.t('cbOutcomeSaved').replace('{0}', done.ticketNumber || App.t('cb_' + done.kind))
        .replace('{1}', result ? App.t(result) : '');
      await next();
      App.showOk(document.getElementById('msg'), text);
      App.toast(text, {near: document.getElementById('next')});
    } catch (err) { App.showError(document.getElementById('msg'), err); }
  }

  function keys(e) {
    const inField = e.target && (e.target.tagName === 'INPUT' && e.target.type !== 'radio' || e.target.tagName === 'SELECT');
    if (e.ctrlKey && e.key === 'Enter') { e.preventDefault(); submit(); return; }
    if (inField || e.ctrlKey || e.altKey || e.metaKey) return;
    const radios = form().querySelectorAll('[name=result]');
    if (['1', '2', '3', '4'].includes(e.key) && !form().hidden) {
      e.preventDefault();
      radios[Number(e.key) - 1].checked = true;
      // satisfied, basically satisfied and unreachable need nothing more: submitted at once
      if (e.key === '3') tagPicker.focus(); else submit();
    } else if (e.key === 'n' || e.key === 'N') {
      e.preventDefault();
      next();
    }
  }

  (async () => {
    await App.init();
    tagPicker = await TagPicker.create(document.getElementById('tags'));
    const officers = await App.api('/officers');
    App.fillDatalist(document.getElementById('officers'), officers, o => o.name + ' — ' + o.unitName + ' [' + o.badgeNumber + ']');
    document.getElementById('next').onclick = next;
    form().onsubmit = e => { e.preventDefault(); submit(); };
    document.addEventListener('keydown', keys);
    showTask(null);
    wireQueue();
    await loadQueue();
    // 直达: callback.html?task=ID opens that task (a link from elsewhere; the queue may be long)
    const linked = new URLSearchParams(location.search).get('task');
    if (linked && /^[0-9]+$/.test(linked)) {
      try {
        showTask(await App.api('/callbacks/' + linked));
      } catch (err) { App.showError(document.getElementById('msg'), err); }
    }
    // 复访: the unit reported its rectification; the citizen is asked again (on the ticket page)
    const revisits = await App.api('/tickets?status=REVISITING&size=100');
    document.getElementById('revisitCount').textContent = revisits.total;
    App.render(document.getElementById('revisits'), App.ticketTable(revisits.items, t => App.html`${t.callerHidden ? App.t('hidden') : t.callerPhone}
      <a href="ticket.html?id=${t.id}">${App.t('revisit')}</a>`));
    document.body.dataset.loaded = 'true';
  })();
})();
