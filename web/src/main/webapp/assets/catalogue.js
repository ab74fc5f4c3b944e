'use strict';
(async () => {
  const me = await App.init();
  const admin = me.roles.includes('admin');
  document.getElementById('editor').hidden = !admin;
  const msg = document.getElementById('msg');
  const form = document.getElementById('item');
  const [units, categories] = await Promise.all([App.api('/units'), App.api('/categories')]);
  App.fillDatalist(document.getElementById('units'), units, u => u.name);
  // categories chosen by their path (治安管理 › 噪声扰民) as chips, found by name, pinyin or initials on the
  // server (UI.MultiPicker); their codes are what is sent, never typed text
  const categoryName = new Map(categories.map(c => [c.code, c.path || c.name]));
  const categoryNames = codes => codes.map(c => categoryName.get(c) || c);
  const categoryItem = c => ({code: c.code, label: c.path || c.name});
  const categoryPicker = UI.mountMultiPicker(document.getElementById('categoryPicker'), {name: 'categoryCodes', inputId: 'categoryCodes',
    label: App.t('category'), placeholder: App.t('uiCategoriesPlaceholder'), items: categories.map(categoryItem),
    search: async q => (await App.api('/categories?limit=20&q=' + encodeURIComponent(q))).map(categoryItem)});
  let items = [];
  const row = i => App.html`<tr data-code="${i.code}"><td>${i.unitName}</td><td>${i.code}</td><td><strong>${i.title}</strong>
    <div class="hint">${i.duties}</div></td><td>${categoryNames(i.categoryCodes).join(App.t('listSeparator'))}</td><td>${i.keywords.join(App.t('listSeparator'))}</td><td>v${i.version}</td>
    <td>${admin ? App.html`<button class="secondary" data-act="edit">${App.t('edit')}</button> ` : ''}<button class="secondary"
      data-act="versions">${App.t('versions')}</button></td></tr>`;
  function draw() {
    const q = document.getElementById('filter').value.trim();
    const shown = items.filter(i => !q || [i.unitName, i.code, i.title, i.duties, i.keywords.join(',')].join(' ').includes(q));
    App.render(document.getElementById('list'), App.table([App.t('unit'), App.t('itemCode'), App.t('title'), App.t('category'), App.t('keywords'),
      App.t('version'), ''], shown.map(row)));
  }
  async function load() { items = await App.api('/catalogue'); draw(); }
  document.getElementById('filter').addEventListener('input', draw);
  const list = s => s.split(/[,，、\s]+/).map(x => x.trim()).filter(Boolean);
  document.getElementById('list').addEventListener('click', async e => {
    const code = e.target.closest('tr') && e.target.closest('tr').dataset.code;
    if (e.target.dataset.act === 'edit') {
      const i = items.find(x => x.code === code);
      form.elements.code.value = i.code; form.elements.code.readOnly = true;
      form.elements.unitCode.value = i.unitName;
      form.elements.title.value = i.title; form.elements.duties.value = i.duties;
      categoryPicker.set(i.categoryCodes); form.elements.keywords.value = i.keywords.join(',');
      form.elements.reason.value = ''; form.elements.reason.focus();
    } else if (e.target.dataset.act === 'versions') {
      const versions = await App.api('/catalogue/' + encodeURIComponent(code) + '/versions');
      document.getElementById('versionsCard').hidden = false;
      App.render(document.getElementById('versions'), App.html`<table class="list"><tbody>${versions.map(v => App.html`<tr>
        <td>v${v.version}${v.retired ? ' ✕' : ''}</td><td>${App.time(v.changedAt)}</td><td>${v.changedByName || v.changedBy}</td><td>${v.reason}</td>
        <td>${App.labelled(v.title, v.duties)}</td></tr>`)}</tbody></table>`);
    }
  });
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = form.elements;
    // text left in the category picker that names no category is refused here, naming it (never sent
    // as a code: "编码不存在")
    let categoryCodes;
    try { categoryCodes = categoryPicker.checked(); } catch (err) { App.showError(msg, err, form); return; }
    const body = {code: f.code.value.trim(), unitCode: App.pickedCode(f.unitCode), title: f.title.value, duties: f.duties.value,
      categoryCodes, keywords: list(f.keywords.value), reason: f.reason.value};
    try {
      const exists = items.some(i => i.code === body.code);
      await App.api('/catalogue' + (exists ? '/' + encodeURIComponent(body.code) : ''), {method: exists ? 'PUT' : 'POST', body});
      const text = App.t('uiSavedWhat').replace('{0}', body.code + ' ' + body.title);
      App.showOk(msg, text); App.toast(text, {near: e.submitter || form.querySelector('button')});
      form.reset(); categoryPicker.clear(); f.code.readOnly = false; await load();
    } catch (err) { App.showError(msg, err); }
  });
  document.getElementById('retire').addEventListener('click', async () => {
    // retiring takes the item out of routing: asked first, naming it
    const code = form.elements.code.value;
    const item = items.find(i => i.code === code);
    if (item && !(await App.confirm(App.t('uiConfirmRetire').replace('{0}', item.unitName + ' · ' + item.title),
      document.getElementById('retire').textContent.trim()))) return;
    try {
      await App.api('/catalogue/' + encodeURIComponent(form.elements.code.value) + '/retire', {method: 'POST', body: {reason: form.elements.reason.value}});
      const text = App.t('uiDoneWhat').replace('{0}', document.getElementById('retire').textContent.trim()).replace('{1}', form.elements.code.value);
      App.showOk(msg, text); App.toast(text, {near: document.getElementById('retire')});
      form.reset(); categoryPicker.clear(); form.elements.code.readOnly = false; await load();
    } catch (err) { App.showError(msg, err); }
  });
  await load();
  document.body.dataset.loaded = 'true';
})();
