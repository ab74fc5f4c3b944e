'use strict';
(async () => {
  await App.init();
  const form = document.getElementById('search');
  // every status and channel the server knows (GET /api/choices), shown by name
  const [choices, categories, areas, units] = await Promise.all([App.choices(), App.api('/categories'), App.api('/areas'), App.api('/units')]);
  App.render(form.elements.status, App.codeOptions(choices.status, App.t('all')));
  App.render(form.elements.channel, App.codeOptions(choices.channel, App.t('channel')));
  // the pickers show names (path of the category / area, the unit's name), never codes; the chosen
  // name is turned back into its code (App.pickedCode); text that names nothing is not sent
  App.fillDatalist(document.getElementById('categories'), categories.filter(c => c.leaf), c => c.path);
  App.fillDatalist(document.getElementById('areas'), areas.filter(a => a.leaf), a => a.path);
  App.fillDatalist(document.getElementById('units'), units, u => u.name);
  // a link from another page (the analysis' figures) opens the list with its filters filled in;
  // a code is shown by its name as the pickers show it
  const lists = {category: 'categories', area: 'areas', unit: 'units'};
  const linked = new URLSearchParams(location.search);
  linked.forEach((value, name) => {
    const field = form.elements[name];
    if (field && field.tagName !== 'BUTTON') field.value = lists[name] ? App.nameOfCode(document.getElementById(lists[name]), value) : value;
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
    App.clearFieldErrors(form);
    let unknown = false;
    for (const name of ['category', 'area', 'unit']) {
      const field = form.elements[name];
      const code = App.pickedCode(field);
      if (code) p.set(name, code);
      else if (field.value.trim()) {
        unknown = true;
        App.showFieldError(field, App.notInListText(field.value.trim(), App.fieldLabel(name, form)));
      }
    }
    if (unknown) { document.body.dataset.loaded = 'true'; return; }
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
