'use strict';
(async () => {
  const me = await App.init();
  const admin = me.roles.includes('admin');
  const msg = document.getElementById('msg');
  const FIELDS = ['signHours', 'replyDays', 'remindBeforeDays', 'escalateAfterDays', 'maxExtensions', 'maxExtensionDays'];
  // the urgencies and channels the server knows (GET /api/choices), by name
  const [choices, categories] = await Promise.all([App.choices(), App.api('/categories')]);
  App.render(document.getElementById('newUrgency'), App.codeOptions(choices.urgency, App.labelled(App.t('urgency'), App.t('anyScope'))));
  App.render(document.getElementById('newChannel'), App.codeOptions(choices.channel, App.labelled(App.t('channel'), App.t('anyScope'))));
  App.fillDatalist(document.getElementById('categories'), categories, c => c.path || c.name);
  // a rule's scope in names (分类 治安管理 › 噪声), never its codes
  const categoryName = new Map(categories.map(c => [c.code, c.path || c.name]));
  document.getElementById('add').hidden = !admin;

  const scope = r => [r.categoryCode ? App.t('category') + ' ' + (categoryName.get(r.categoryCode) || r.categoryCode) : null, r.urgency ? App.t(r.urgency) : null,
    r.channel ? App.t(r.channel) : null].filter(Boolean).join(' · ') || App.t('anyScope');

  async function load() {
    document.body.dataset.loaded = 'false';
    const rules = await App.api('/time-limit-rules');
    const input = (r, f) => App.html`<input type="number" class="num" name="${f}" value="${r[f]}">`;
    const headers = [App.t('ruleScope')].concat(FIELDS.map(f => App.t(f)), [App.t('centreApproval'), App.t('note'), App.t('updatedBy')]);
    App.render(document.getElementById('rules'), App.table(admin ? headers.concat('') : headers, rules.map(r => App.html`<tr data-id="${r.id}">
      <td>${scope(r)}</td>${FIELDS.map(f => App.html`<td>${input(r, f)}</td>`)}
      <td><input type="checkbox" name="centreApproval"></td><td><input name="note" value="${r.note}"></td>
      <td>${r.updatedBy === 'system' || !r.updatedBy ? App.t('systemUser') : r.updatedByName || r.updatedBy} <span class="hint">${App.time(r.updatedAt)}</span></td>${admin ? App.html`<td><button class="action"
        data-act="save">${App.t('save')}</button>${r.categoryCode || r.urgency || r.channel
        ? App.html` <button class="secondary" data-act="remove" data-done="removeRule">${App.t('remove')}</button>` : ''}</td>` : ''}</tr>`)));
    // states as properties, not markup
    rules.forEach(r => {
      const row = Array.from(document.querySelectorAll('#rules tr[data-id]')).find(tr => tr.dataset.id === String(r.id));
      row.querySelector('[name=centreApproval]').checked = !!r.centreApproval;
      row.querySelectorAll('input').forEach(i => { i.disabled = !admin; });
    });
    document.body.dataset.loaded = 'true';
  }

  const limits = row => {
    const body = {};
    FIELDS.forEach(f => { const v = row.querySelector('[name=' + f + ']').value; body[f] = v === '' ? null : Number(v); });
    body.centreApproval = row.querySelector('[name=centreApproval]').checked;
    body.note = row.querySelector('[name=note]').value || null;
    return body;
  };

  document.getElementById('rules').addEventListener('click', async e => {
    const act = e.target.dataset.act;
    if (!act) return;
    const row = e.target.closest('tr');
    await App.run(msg, () => act === 'save'
      ? App.api('/time-limit-rules/' + encodeURIComponent(row.dataset.id), {method: 'PUT', body: limits(row)})
      : App.api('/time-limit-rules/' + encodeURIComponent(row.dataset.id), {method: 'DELETE'}), load,
      {button: e.target, subject: App.t('timeLimitRule') + ' ' + row.querySelector('td').textContent.trim()});
  });

  /** The category picked by name; typed text that names none is refused next to the field, not sent. */
  const picked = () => App.pickedCode(document.getElementById('newCategory')) || null;
  document.getElementById('addRule').onclick = () => App.run(msg, async () => {
    const typed = document.getElementById('newCategory');
    if (typed.value.trim() && !picked()) {
      throw App.notInListError('categoryCode', [typed.value.trim()]);
    }
    const defaults = (await App.api('/time-limit-rules')).find(r => !r.categoryCode && !r.urgency && !r.channel);
    await App.api('/time-limit-rules', {method: 'POST', body: Object.assign({}, defaults, {id: null,
      categoryCode: picked(),
      urgency: document.getElementById('newUrgency').value || null,
      channel: document.getElementById('newChannel').value || null, note: null, updatedAt: null, updatedBy: null, updatedByName: null})});
  }, load, {subject: App.t('timeLimitRule') + ' ' + scope({categoryCode: picked(),
    urgency: document.getElementById('newUrgency').value || null, channel: document.getElementById('newChannel').value || null})});
  await load();
})();
