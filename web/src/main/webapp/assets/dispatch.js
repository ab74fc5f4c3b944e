'use strict';
(async () => {
  await App.init();
  const msg = document.getElementById('msg');
  const units = await App.api('/units');
  const handling = units.filter(u => u.handlesTickets);
  const unitLabel = u => u.name + ' [' + u.code + ']';
  App.fillDatalist(document.getElementById('units'), handling, unitLabel);

  async function load() {
    document.body.dataset.loaded = 'false';
    const [triage, review, returned] = await Promise.all([
      App.api('/tickets?status=PENDING_TRIAGE&order=DEADLINE&size=50'),
      App.api('/tickets?status=REPLIED&order=DEADLINE&size=50'),
      App.api('/tickets?status=RETURNED&order=DEADLINE&size=50')]);
    document.getElementById('returnedCount').textContent = returned.total;
    App.render(document.getElementById('returned'), App.ticketTable(returned.items, t => App.html`
      <div class="hint">${App.t('returnReason')}: ${t.lastReturnReason} (${t.returnCount})</div>
      <div class="row"><input name="unitCode" list="units" placeholder="${App.t('pickUnit')}">${t.allowedActions.includes('assign')
        ? App.html`<button class="action" data-act="assign">${App.t('assign')}</button>` : ''}</div>
      <div class="row"><input name="reason" placeholder="${App.t('arbitrationReason')}">
      <button class="secondary" data-act="arbitrate">${App.t('arbitrate')}</button></div>`));
    document.getElementById('triageCount').textContent = triage.total;
    document.getElementById('reviewCount').textContent = review.total;
    App.render(document.getElementById('triage'), App.ticketTable(triage.items, () => App.html`
      <div class="proposals hint">${App.t('loading')}</div>
      <div class="row"><input name="unitCode" list="units" aria-label="${App.t('unit')}" placeholder="${App.t('pickUnit')}"><button
        class="action" data-act="assign">${App.t('assign')}</button></div>`));
    // 研判建议: the three most likely destinations; keys 1-3 on a focused row accept one
    for (const t of triage.items) {
      const row = Array.from(document.querySelectorAll('#triage tr[data-id]')).find(tr => tr.dataset.id === String(t.id));
      row.tabIndex = 0;
      const [proposals, dups] = await Promise.all([App.api('/tickets/' + t.id + '/suggestions'),
        App.api('/tickets/' + t.id + '/duplicates')]);
      if (dups.length) {
        App.append(row.querySelector('td.content'), App.html`<div class="hint dup">${App.t('duplicates')}: ${dups.map(d =>
          App.html`<a href="ticket.html?id=${d.id}">${d.number}</a> ${App.t(d.status)} <button class="secondary" data-act="merge"
            data-main="${d.id}" title="${d.reasons.join('；')}">${App.t('mergeInto')}</button> `)}</div>`);
      }
      row.proposals = proposals;
      App.render(row.querySelector('.proposals'), proposals.length ? App.html`${proposals.map((p, i) => App.html`${i ? App.html`<br>` : ''}<button
        class="secondary proposal" data-act="accept" data-index="${i}" title="${p.reasons.join('；')}">${i + 1} · ${p.unitName}</button>
        <span class="hint">${p.reasons.join('；')}</span>`)}` : App.html`${App.t('noProposal')}`);
      if (proposals.length) {
        row.querySelector('[name=unitCode]').value = proposals[0].unitName + ' [' + proposals[0].unitCode + ']';
      }
    }
    // 延期: the chief agreed, the rule asks the centre too; 超期: still owed by the unit
    const [extensions, overdue] = await Promise.all([App.api('/extensions/awaiting-centre'),
      App.api('/tickets?overdue=true&order=DEADLINE&size=50')]);
    document.getElementById('extensionCount').textContent = extensions.length;
    App.render(document.getElementById('extensions'), App.extensionTable(extensions));
    document.getElementById('overdueCount').textContent = overdue.total;
    App.render(document.getElementById('overdue'), App.ticketTable(overdue.items));
    App.render(document.getElementById('review'), App.ticketTable(review.items, t => App.html`
      <div class="hint">${t.replyText}</div><input name="comment" placeholder="${App.t('comment')}"><div class="row">
      <button class="action" data-act="approve">${App.t('approve')}</button>
      <button class="secondary" data-act="sendBack">${App.t('sendBack')}</button></div>`));
    document.body.dataset.loaded = 'true';
  }

  async function accept(row, index) {
    const p = row.proposals && row.proposals[index];
    if (!p) return;
    await App.run(msg, () => App.api('/tickets/' + encodeURIComponent(row.dataset.id) + '/assign', {method: 'POST',
      body: {unitCode: p.unitCode, catalogueItemCode: p.catalogueItemCode}}), load);
  }
  document.getElementById('triage').addEventListener('keydown', e => {
    const row = e.target.closest('tr');
    if (row && e.target === row && ['1', '2', '3'].includes(e.key)) {
      e.preventDefault();
      accept(row, Number(e.key) - 1);
    }
  });

  document.querySelector('main').addEventListener('click', async e => {
    const act = e.target.dataset.act;
    if (!act) return;
    const row = e.target.closest('tr');
    const id = encodeURIComponent(row.dataset.id);
    if (act === 'accept') {
      await accept(row, Number(e.target.dataset.index));
      return;
    }
    if (act === 'merge') {
      await App.run(msg, () => App.api('/tickets/' + id + '/merge', {method: 'POST',
        body: {mainTicketId: Number(e.target.dataset.main)}}), load);
      return;
    }
    await App.run(msg, async () => {
      if (act === 'assign') {
        const unitCode = App.codeOf(row.querySelector('[name=unitCode]').value);
        await App.api('/tickets/' + id + '/assign', {method: 'POST', body: {unitCode}});
      } else if (act === 'approveExt' || act === 'refuseExt') {
        await App.decideExtension(row, act === 'approveExt');
      } else if (act === 'arbitrate') {
        const unitCode = App.codeOf(row.querySelector('[name=unitCode]').value);
        const reason = row.querySelector('[name=reason]').value.trim() || null;
        await App.api('/tickets/' + id + '/arbitrate', {method: 'POST', body: {unitCode, reason}});
      } else {
        const comment = row.querySelector('[name=comment]').value.trim() || null;
        await App.api('/tickets/' + id + '/review', {method: 'POST', body: {approved: act === 'approve', comment}});
      }
    }, load);
  });
  await load();
})();
