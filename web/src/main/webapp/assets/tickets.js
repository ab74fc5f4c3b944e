'use strict';
(async () => {
  await App.init();
  const form = document.getElementById('search');
  const options = (first, values) => App.html`<option value="">${first}</option>${values.map(v => App.html`<option value="${v}">${App.t(v)}</option>`)}`;
  App.render(form.elements.status, options(App.t('all'), ['PENDING_TRIAGE', 'ASSIGNED', 'SIGNED', 'REPLIED', 'CLOSED']));
  App.render(form.elements.channel, options(App.t('channel'), ['PHONE_12345', 'WEB', 'TRANSFER_110', 'LETTER_VISIT', 'QR_RATING', 'SMS_REPLY']));
  const [categories, areas, units] = await Promise.all([App.api('/categories'), App.api('/areas'), App.api('/units')]);
  App.fillDatalist(document.getElementById('categories'), categories.filter(c => c.leaf), c => c.path + ' [' + c.code + ']');
  App.fillDatalist(document.getElementById('areas'), areas.filter(a => a.leaf), a => a.path + ' [' + a.code + ']');
  App.fillDatalist(document.getElementById('units'), units, u => u.name + ' [' + u.code + ']');
  // a link from another page (the analysis' figures) opens the list with its filters filled in;
  // a code is shown with its name as the pickers show it
  const named = {category: new Map(categories.map(c => [c.code, c.path + ' [' + c.code + ']'])),
    area: new Map(areas.map(a => [a.code, a.path + ' [' + a.code + ']'])), unit: new Map(units.map(u => [u.code, u.name + ' [' + u.code + ']']))};
  const linked = new URLSearchParams(location.search);
  linked.forEach((value, name) => {
    const field = form.elements[name];
    if (field && field.tagName !== 'BUTTON') field.value = named[name] ? named[name].get(value) || value : value;
  });
  // merged=false (a figure of the analysis, which does not count merged calls) stays with the search
  const merged = ['true', 'false'].includes(linked.get('merged')) ? linked.get('merged') : null;
  // the list and its pager on the component library (UI.DataTable, UI.Pager): data as text, never markup
  const {html, render, DataTable, Pager} = UI;
  const columns = [
    {label: App.t('number'), cell: t => html`<a href=${'ticket.html?id=' + t.id}>${t.number}</a>`},
    {label: App.t('status'), cell: t => html`<span class=${'badge s-' + t.status}>${App.t(t.status)}</span>${t.overdue
      ? html` <span class="badge overdue">${App.t('overdue')}</span>` : ''}`},
    {label: App.t('category'), cell: t => t.categoryName},
    {label: App.t('content'), cell: t => t.content, className: 'content'},
    {label: App.t('unit'), cell: t => t.ownerUnitName},
    {label: App.t('deadline'), cell: t => App.time(t.replyDeadline)}];
  let page = 0;
  let latest = 0;
  async function load() {
    const mine = ++latest;
    const p = new URLSearchParams({page, size: 20});
    if (form.elements.q.value.trim()) p.set('q', form.elements.q.value.trim());
    if (form.elements.status.value) p.set('status', form.elements.status.value);
    for (const name of ['category', 'area', 'unit']) {
      if (form.elements[name].value.trim()) p.set(name, App.codeOf(form.elements[name].value));
    }
    for (const name of ['channel', 'from', 'to', 'order']) {
      if (form.elements[name].value) p.set(name, form.elements[name].value);
    }
    if (merged) p.set('merged', merged);
    const result = await App.api('/tickets?' + p);
    if (mine !== latest) return; // a later search answered first
    render(html`<${DataTable} columns=${columns} rows=${result.items} rowKey=${t => t.id} empty=${App.t('none')} />`,
      document.getElementById('list'));
    render(html`<${Pager} page=${page} size=${result.size} total=${result.total} onPage=${n => { page = n; load(); }} />`,
      document.getElementById('pager'));
    document.body.dataset.loaded = 'true';
  }
  form.addEventListener('submit', e => { e.preventDefault(); page = 0; load(); });
  await load();
})();
