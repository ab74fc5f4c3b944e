/* 研判派单: the dispatcher's queues. The triage queue is paged, searched and filtered on the server,
   most urgent first; the proposals and likely repeat calls of a page come in one request
   (/tickets/triage-hints). Keys on a focused row: j/k or arrows move, 1/2/3 assign to a proposed
   unit — a proposal is taken in two steps: the first click or key (1/2/3) arms it ("再按 1 确认派给 …"),
   the same key, Enter or a second click confirms, Esc or leaving the row cancels — Enter otherwise opens
   the ticket. After an action the row leaves where it was and focus moves to the
   row that took its place. The other queues (returned, review, extensions, overdue) are reachable
   at once from the anchors with counts at the top. */
'use strict';
(async () => {
  const {html, render, hooks, toast, Pager, Picker} = UI;
  const msg = document.getElementById('msg');
  const PAGE_SIZE = 20;
  const FIRST_PAGE = 'status=PENDING_TRIAGE&order=URGENCY&page=0&size=' + PAGE_SIZE;
  // one round trip for the header, the reference data and the first page of the queue
  let firstPage = App.api('/tickets?' + FIRST_PAGE);
  firstPage.catch(() => {});
  const [, units, categories, areas, choices] = await Promise.all([App.init(), App.api('/units'), App.api('/categories'), App.api('/areas'),
    App.choices()]);
  const handling = units.filter(u => u.handlesTickets);
  const unitItems = handling.map(u => ({code: u.code, label: u.name}));
  const loaded = {triage: false, others: false};
  // body[data-loaded] for the tests; data-triage-ms / data-loaded-ms: when the triage queue (with its
  // proposals) and every queue were first usable, in ms since navigation (docs/usability.md)
  const markLoaded = () => {
    const body = document.body;
    if (loaded.triage && !body.dataset.triageMs) body.dataset.triageMs = String(Math.round(performance.now()));
    if (loaded.triage && loaded.others && !body.dataset.loadedMs) body.dataset.loadedMs = String(Math.round(performance.now()));
    body.dataset.loaded = String(loaded.triage && loaded.others);
  };

  /**
   * The 待研判 badge counts the queue (待研判总数), whatever is searched; with a search or filter the
   * count of what it found stands beside it, labelled ("筛选出 3"). {@code filtered} null: no search.
   */
  const triageCounts = {queue: 0, filtered: null};
  const showTriageCount = () => {
    document.getElementById('triageCount').textContent = triageCounts.queue;
    const found = document.getElementById('triageFiltered');
    found.hidden = triageCounts.filtered == null;
    found.textContent = triageCounts.filtered == null ? '' : App.t('uiQueueFiltered').replace('{0}', triageCounts.filtered);
  };

  /** The unit a typed text means: its exact name or code, or the only unit whose name contains it; else null. */
  function resolveUnit(text) {
    const t = (text || '').trim();
    if (!t) return null;
    const code = App.codeOf(t);
    const exact = handling.find(u => u.code === code || u.name === t);
    if (exact) return exact.code;
    const some = handling.filter(u => u.name.includes(t));
    return some.length === 1 ? some[0].code : null;
  }

  function unitRequired() {
    const err = new Error(App.t('uiPickUnitFromList'));
    err.problem = {};
    return err;
  }

  /** The waiting time in the user's words: "35 分钟", "5 小时", "3 天". */
  function waited(iso) {
    const minutes = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60000));
    if (minutes < 60) return minutes + ' ' + App.t('uiMinutes');
    if (minutes < 48 * 60) return Math.floor(minutes / 60) + ' ' + App.t('uiHours');
    return Math.floor(minutes / 1440) + ' ' + App.t('uiDays');
  }

  function reasonText(r, t) {
    if (r.kind === 'JURISDICTION') return App.t('why_JURISDICTION');
    if (r.kind === 'CATEGORY') return App.labelled(App.t('why_CATEGORY'), t.categoryName);
    return App.labelled(App.t('why_' + r.kind), r.words.join(App.t('listSeparator')));
  }

  function Filters({filter, onChange}) {
    const set = (key, value) => onChange(Object.assign({}, filter, {[key]: value}));
    const [text, setText] = hooks.useState(filter.q);
    hooks.useEffect(() => {
      const timer = setTimeout(() => { if (text !== filter.q) set('q', text); }, 300);
      return () => clearTimeout(timer);
    }, [text]);
    const option = (value, label) => html`<option value=${value}>${label}</option>`;
    return html`<div class="filters" role="search">
      <input type="search" name="q" aria-label=${App.t('uiSearchQueue')} placeholder=${App.t('uiSearchQueue')} value=${text}
        onInput=${e => setText(e.target.value)} />
      <select name="category" aria-label=${App.t('category')} value=${filter.category} onChange=${e => set('category', e.target.value)}>
        ${option('', App.t('uiAllCategories'))}${categories.filter(c => c.leaf).map(c => option(c.code, c.path))}</select>
      <select name="area" aria-label=${App.t('area')} value=${filter.area} onChange=${e => set('area', e.target.value)}>
        ${option('', App.t('uiAllAreas'))}${areas.filter(a => a.leaf).map(a => option(a.code, a.path))}</select>
      <select name="urgency" aria-label=${App.t('urgency')} value=${filter.urgency} onChange=${e => set('urgency', e.target.value)}>
        ${option('', App.t('uiAllUrgencies'))}${choices.urgency.slice().reverse().map(u => option(u, App.t(u)))}</select>
      <select name="channel" aria-label=${App.t('channel')} value=${filter.channel} onChange=${e => set('channel', e.target.value)}>
        ${option('', App.t('uiAllChannels'))}${choices.channel.map(c => option(c, App.t(c)))}</select>
      <select name="minAgeHours" aria-label=${App.t('uiAge')} value=${filter.minAgeHours} onChange=${e => set('minAgeHours', e.target.value)}>
        ${option('', App.t('uiAnyAge'))}${[1, 4, 24, 72].map(h => option(String(h), App.t('uiAge' + h)))}</select>
      <label><input type="checkbox" name="repeatCalls" checked=${filter.repeatCalls}
        onChange=${e => set('repeatCalls', e.target.checked)} />${App.t('uiRepeatOnly')}</label>
    </div>`;
  }

  function TriageRow({t, hints, index, current, armed, onAct, onFocusRow}) {
    const [unit, setUnit] = hooks.useState(null);
    const proposals = hints ? hints.proposals : null;
    const dups = hints ? hints.duplicates : [];
    const first = proposals && proposals[0];
    return html`<tr data-id=${t.id} tabIndex="0" class=${current ? 'current' : ''} onFocus=${e => { if (e.target === e.currentTarget) onFocusRow(index); }}>
      <td><a href=${'ticket.html?id=' + t.id}>${t.number}</a><br/>
        <span class=${'badge urg-' + t.urgency}>${App.t(t.urgency)}</span>
        <div class="hint">${App.t('uiWaiting')} ${waited(t.createdAt)}</div></td>
      <td>${t.categoryName}<div class="hint">${t.areaName}</div><div class="hint">${App.t(t.channel)}</div></td>
      <td class="content">${t.content}
        ${dups && dups.length ? html`<div class="hint dup">${App.labelled(App.t('duplicates'), '')}${dups.map(d => html`<div>
          <a href=${'ticket.html?id=' + d.id}>${d.number}</a> ${App.t(d.status)} · ${(d.reasonCodes || []).map(c => App.t('dup_' + c)).join(App.t('listSeparator'))}
          <button type="button" class="secondary" data-act="merge" data-main=${d.id}
            onClick=${e => onAct(t, {merge: d}, e.currentTarget)}>${App.t('uiMergeInto').replace('{0}', d.number)}</button></div>`)}</div>` : ''}</td>
      <td class="proposals">
        ${proposals == null ? html`<span class="hint">${App.t('loading')}</span>` : proposals.length ? proposals.map((p, i) => html`<div>
          <button type="button" class=${'secondary proposal' + (armed === i ? ' armed' : '')} data-act="accept" data-index=${i}
            aria-pressed=${armed === i ? 'true' : 'false'}
            onClick=${e => onAct(t, {proposal: p, index: i}, e.currentTarget)}>${armed === i
              ? App.t('uiConfirmAssign').replace('{0}', String(i + 1)).replace('{1}', p.unitName) : html`${i + 1} · ${p.unitName}`}</button>
          <span class="hint">${App.joinClauses((p.why || []).map(r => reasonText(r, t)))}</span></div>`)
          : html`<span class="hint">${App.t('noProposal')}</span>`}
        <div class="row"><${Picker} key=${first ? first.unitCode : 'none'} name="unitCode" items=${unitItems} label=${App.t('unit')}
          placeholder=${App.t('pickUnit')} value=${first ? first.unitName : ''} onPick=${setUnit} />
          <button type="button" class="action" data-act="assign"
            onClick=${e => onAct(t, {unitText: e.currentTarget.parentNode.querySelector('[name=unitCode]').value, picked: unit}, e.currentTarget)}>${App.t('assign')}</button></div>
      </td></tr>`;
  }

  function TriageQueue() {
    const [filter, setFilter] = hooks.useState({q: '', category: '', area: '', urgency: '', channel: '', minAgeHours: '', repeatCalls: false});
    const [page, setPage] = hooks.useState(0);
    const [data, setData] = hooks.useState(null);
    const [hints, setHints] = hooks.useState({});
    const [current, setCurrent] = hooks.useState(0);
    // the proposal waiting for confirmation: {id: ticket id, index: 0-2}, or null
    const [armed, setArmed] = hooks.useState(null);
    const focusWanted = hooks.useRef(false);
    const tableRef = hooks.useRef(null);
    // the focused row keeps the focus through every re-render (the armed row between "1" and "1")
    UI.useKeepFocus(tableRef);
    // only the answer to the latest request is shown: a slower answer to an older search (typed
    // letter by letter) would otherwise replace the list after the newer one and move the rows
    const latest = hooks.useRef(0);

    const load = async () => {
      const mine = ++latest.current;
      const stale = () => mine !== latest.current;
      loaded.triage = false;
      markLoaded();
      const params = new URLSearchParams({status: 'PENDING_TRIAGE', order: 'URGENCY', page: String(page), size: String(PAGE_SIZE)});
      Object.entries(filter).forEach(([k, v]) => { if (v !== '' && v !== false) params.set(k, String(v).trim()); });
      try {
        const prefetched = firstPage && params.toString() === FIRST_PAGE ? firstPage : null;
        firstPage = null;
        const result = await (prefetched || App.api('/tickets?' + params));
        if (stale()) return;
        const searched = Object.values(filter).some(v => v !== '' && v !== false);
        const queue = searched ? (await App.api('/tickets?status=PENDING_TRIAGE&size=1')).total : result.total;
        if (stale()) return;
        setData(result);
        Object.assign(triageCounts, {queue, filtered: searched ? result.total : null});
        showTriageCount();
        if (result.items.length) {
          const list = await App.api('/tickets/triage-hints?ids=' + result.items.map(t => t.id).join(','));
          if (stale()) return;
          setHints(Object.fromEntries(list.map(h => [h.ticketId, h])));
        } else {
          setHints({});
        }
      } catch (err) {
        if (stale()) return;
        App.showError(msg, err);
      }
      loaded.triage = true;
      markLoaded();
    };
    hooks.useEffect(() => { load(); }, [filter, page]);
    // data-rows-ms: when the first rows were on screen and took keys (before their proposals came)
    hooks.useEffect(() => {
      if (data && data.items.length && !document.body.dataset.rowsMs) {
        document.body.dataset.rowsMs = String(Math.round(performance.now()));
        // the keyboard lands on the queue (not 24 Tabs through the header and filters), unless the
        // user has already put the focus somewhere
        if (!document.activeElement || document.activeElement === document.body) App.focusMain();
      }
    }, [data]);

    const rows = data ? data.items : [];
    const focusRow = i => {
      const trs = tableRef.current ? tableRef.current.querySelectorAll('tbody tr') : [];
      if (trs.length) trs[Math.max(0, Math.min(i, trs.length - 1))].focus();
    };
    hooks.useEffect(() => {
      if (focusWanted.current) { focusWanted.current = false; focusRow(current); }
    }, [data]);

    /** Removes the row where it is (no reload) and keeps the keyboard on the row that takes its place. */
    const leave = (t, text, near) => {
      const index = rows.findIndex(r => r.id === t.id);
      const items = rows.filter(r => r.id !== t.id);
      focusWanted.current = true;
      setCurrent(Math.min(index, items.length - 1));
      setData(Object.assign({}, data, {items, total: data.total - 1}));
      triageCounts.queue = Math.max(0, triageCounts.queue - 1);
      if (triageCounts.filtered != null) triageCounts.filtered = data.total - 1;
      showTriageCount();
      toast(text, {near});
      msg.className = 'msg ok';
      msg.textContent = text;
      App.refreshBell();
    };

    const act = async (t, what, button) => {
      const row = button ? button.closest('tr') : null;
      if (what.proposal && !(armed && armed.id === t.id && armed.index === what.index)) {
        // first step: arm the proposal; nothing is sent until it is confirmed
        setArmed({id: t.id, index: what.index});
        return undefined;
      }
      setArmed(null);
      // a merge asks first, naming both tickets (the call stops being handled on its own)
      if (what.merge && !(await App.confirm(App.t('uiConfirmMerge').replace(/\{0\}/g, t.number).replace(/\{1\}/g, what.merge.number),
        App.t('uiMergeInto').replace('{0}', what.merge.number)))) return undefined;
      const run = async () => {
        try {
          const id = encodeURIComponent(t.id);
          if (what.merge) {
            await App.api('/tickets/' + id + '/merge', {method: 'POST', body: {mainTicketId: what.merge.id}});
            leave(t, App.t('uiMergedInto').replace('{0}', what.merge.number), row);
          } else {
            const p = what.proposal;
            const unitCode = p ? p.unitCode : (what.picked && what.picked.label === (what.unitText || '').trim()
              ? what.picked.code : resolveUnit(what.unitText));
            if (!unitCode) throw unitRequired();
            const body = {unitCode};
            if (p && p.catalogueItemCode) body.catalogueItemCode = p.catalogueItemCode;
            await App.api('/tickets/' + id + '/assign', {method: 'POST', body});
            const name = p ? p.unitName : handling.find(u => u.code === unitCode).name;
            leave(t, App.t('uiAssignedTo').replace('{0}', name), row);
          }
        } catch (err) {
          const lines = App.showError(msg, err);
          if (lines.length) toast(lines.join(' '), {kind: 'error', near: row});
        }
      };
      return button ? UI.busy(button, run) : run();
    };

    const onKey = e => {
      const row = e.target.closest && e.target.closest('tr[data-id]');
      if (!row || e.target !== row) return;
      const index = Array.from(row.parentNode.children).indexOf(row);
      if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); focusRow(index + 1); }
      else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); focusRow(index - 1); }
      else if (['1', '2', '3'].includes(e.key)) {
        e.preventDefault();
        const t = rows[index];
        const h = t && hints[t.id];
        const p = h && h.proposals[Number(e.key) - 1];
        if (p) act(t, {proposal: p, index: Number(e.key) - 1}, row.querySelectorAll('button.proposal')[Number(e.key) - 1]);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        const t = rows[index];
        if (t && armed && armed.id === t.id) {
          act(t, {proposal: hints[t.id].proposals[armed.index], index: armed.index}, row.querySelectorAll('button.proposal')[armed.index]);
        } else {
          location.href = 'ticket.html?id=' + encodeURIComponent(row.dataset.id);
        }
      } else if (e.key === 'Escape' && armed) { e.preventDefault(); setArmed(null); }
    };

    return html`<div>
      <${Filters} filter=${filter} onChange=${f => { setPage(0); setFilter(f); }} />
      <p class="hint">${App.t('uiKeys')}</p>
      <div id="triage" ref=${tableRef} onKeyDown=${onKey}>
        ${data == null ? html`<p class="hint">${App.t('loading')}</p>` : rows.length ? html`<table class="list"><thead><tr>
          <th>${App.t('number')} · ${App.t('urgency')}</th><th>${App.t('category')} · ${App.t('area')}</th><th>${App.t('content')}</th>
          <th>${App.t('suggested')} · ${App.t('assign')}</th></tr></thead>
          <tbody>${rows.map((t, i) => html`<${TriageRow} key=${t.id} t=${t} index=${i} hints=${hints[t.id]} current=${i === current}
            armed=${armed && armed.id === t.id ? armed.index : null}
            onAct=${act} onFocusRow=${i2 => { setCurrent(i2); if (armed && armed.id !== t.id) setArmed(null); }} />`)}</tbody></table>` : html`<p class="empty">${App.t('uiNoneWaiting')}</p>`}
      </div>
      ${data ? html`<${Pager} page=${page} size=${PAGE_SIZE} total=${data.total} onPage=${setPage} />` : ''}
    </div>`;
  }

  render(html`<${TriageQueue} />`, document.getElementById('triageQueue'));

  // the other queues: small, rendered with App.html as before, reloaded after an action on them
  App.fillDatalist(document.getElementById('units'), handling, u => u.name);
  async function loadOthers() {
    loaded.others = false;
    markLoaded();
    const [review, returned, extensions, overdue] = await Promise.all([
      App.api('/tickets?status=REPLIED&order=DEADLINE&size=50'),
      App.api('/tickets?status=RETURNED&order=DEADLINE&size=50'),
      App.api('/extensions/awaiting-centre'),
      App.api('/tickets?overdue=true&order=DEADLINE&size=50')]);
    document.getElementById('returnedCount').textContent = returned.total;
    App.render(document.getElementById('returned'), App.ticketTable(returned.items, t => App.html`
      <div class="hint">${App.labelled(App.t('returnReason'), t.lastReturnReason)} (${t.returnCount})</div>
      <div class="row"><input name="unitCode" list="units" aria-label="${App.t('unit')}" placeholder="${App.t('pickUnit')}">${t.allowedActions.includes('assign')
        ? App.html`<button class="action" data-act="assign">${App.t('assign')}</button>` : ''}</div>
      <div class="row"><input name="reason" aria-label="${App.t('arbitrationReason')}" placeholder="${App.t('arbitrationReason')}">
      <button class="secondary" data-act="arbitrate">${App.t('arbitrate')}</button></div>`));
    document.getElementById('reviewCount').textContent = review.total;
    App.render(document.getElementById('review'), App.ticketTable(review.items, t => App.html`
      <div class="reply-text">${t.replyText}</div><input name="comment" aria-label="${App.t('comment')}" placeholder="${App.t('comment')}"><div class="row">
      <button class="action" data-act="approve">${App.t('approve')}</button>
      <button class="secondary" data-act="sendBack">${App.t('sendBack')}</button></div>`));
    document.getElementById('extensionCount').textContent = extensions.length;
    App.render(document.getElementById('extensions'), App.extensionTable(extensions));
    document.getElementById('overdueCount').textContent = overdue.total;
    App.render(document.getElementById('overdue'), App.ticketTable(overdue.items));
    loaded.others = true;
    markLoaded();
  }

  /** The success text of a routing in the other queues: the unit it went to ("已派单给城关派出所：…"). */
  const routedText = (act, row) => {
    const unit = (act === 'assign' || act === 'arbitrate') && row.querySelector('[name=unitCode]');
    const name = unit && unit.value.trim();
    return name ? App.t('done_' + act + 'To').replace('{0}', row.querySelector('a').textContent).replace('{1}', name) : undefined;
  };

  document.querySelector('main').addEventListener('click', async e => {
    const act = e.target.dataset.act;
    const row = e.target.closest('tr');
    if (!act || !row || e.target.closest('#triage')) return;
    const id = encodeURIComponent(row.dataset.id);
    // approving the reply closes the ticket: asked first, naming it
    if (act === 'approve' && !(await App.confirm(App.t('uiConfirmClose').replace('{0}', row.querySelector('a').textContent),
      e.target.textContent))) return;
    await App.run(msg, async () => {
      if (act === 'assign' || act === 'arbitrate') {
        const unitCode = resolveUnit(row.querySelector('[name=unitCode]').value);
        if (!unitCode) throw unitRequired();
        if (act === 'assign') {
          await App.api('/tickets/' + id + '/assign', {method: 'POST', body: {unitCode}});
        } else {
          const reason = row.querySelector('[name=reason]').value.trim() || null;
          await App.api('/tickets/' + id + '/arbitrate', {method: 'POST', body: {unitCode, reason}});
        }
      } else if (act === 'approveExt' || act === 'refuseExt') {
        await App.decideExtension(row, act === 'approveExt');
      } else {
        const comment = row.querySelector('[name=comment]').value.trim() || null;
        await App.api('/tickets/' + id + '/review', {method: 'POST', body: {approved: act === 'approve', comment}});
      }
    }, loadOthers, {button: e.target, okText: routedText(act, row)});
  });
  await loadOthers();
})();
