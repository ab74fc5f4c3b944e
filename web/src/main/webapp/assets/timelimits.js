'use strict';
(async () => {
  const me = await App.init();
  const admin = me.roles.includes('admin');
  const msg = document.getElementById('msg');
  const FIELDS = ['signHours', 'replyDays', 'remindBeforeDays', 'escalateAfterDays', 'maxExtensions', 'maxExtensionDays'];
  const option = (v, label) => '<option value="' + v + '">' + label + '</option>';
  document.getElementById('newUrgency').innerHTML = option('', App.t('urgency') + ': ' + App.t('anyScope')) +
    ['NORMAL', 'URGENT', 'EMERGENCY'].map(u => option(u, App.t(u))).join('');
  document.getElementById('newChannel').innerHTML = option('', App.t('channel') + ': ' + App.t('anyScope')) +
    ['PHONE_12345', 'WEB', 'TRANSFER_110', 'LETTER_VISIT', 'QR_RATING', 'SMS_REPLY'].map(c => option(c, App.t(c))).join('');
  App.fillDatalist(document.getElementById('categories'), await App.api('/categories'), c => c.name + ' [' + c.code + ']');
  document.getElementById('add').hidden = !admin;

  const scope = r => [r.categoryCode ? App.t('category') + ' ' + r.categoryCode : null, r.urgency ? App.t(r.urgency) : null,
    r.channel ? App.t(r.channel) : null].filter(Boolean).join(' · ') || App.t('anyScope');

  async function load() {
    document.body.dataset.loaded = 'false';
    const rules = await App.api('/time-limit-rules');
    const input = (r, f) => '<input type="number" name="' + f + '" value="' + (r[f] == null ? '' : r[f]) + '" style="width:70px"' +
      (admin ? '' : ' disabled') + '>';
    document.getElementById('rules').innerHTML = '<table class="list"><thead><tr><th>' + App.t('ruleScope') + '</th>' +
      FIELDS.map(f => '<th>' + App.t(f) + '</th>').join('') + '<th>' + App.t('centreApproval') + '</th><th>' + App.t('note') +
      '</th><th>' + App.t('updatedBy') + '</th>' + (admin ? '<th></th>' : '') + '</tr></thead><tbody>' + rules.map(r =>
      '<tr data-id="' + r.id + '"><td>' + App.esc(scope(r)) + '</td>' + FIELDS.map(f => '<td>' + input(r, f) + '</td>').join('') +
      '<td><input type="checkbox" name="centreApproval"' + (r.centreApproval ? ' checked' : '') + (admin ? '' : ' disabled') + '></td>' +
      '<td><input name="note" value="' + App.esc(r.note || '') + '"' + (admin ? '' : ' disabled') + '></td><td>' + App.esc(r.updatedBy) +
      ' <span class="hint">' + App.time(r.updatedAt) + '</span></td>' + (admin ? '<td><button class="action" data-act="save">' +
      App.t('save') + '</button>' + (r.categoryCode || r.urgency || r.channel ? ' <button class="secondary" data-act="remove">' +
      App.t('remove') + '</button>' : '') + '</td>' : '') + '</tr>').join('') + '</tbody></table>';
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
      ? App.api('/time-limit-rules/' + row.dataset.id, {method: 'PUT', body: limits(row)})
      : App.api('/time-limit-rules/' + row.dataset.id, {method: 'DELETE'}), load);
  });

  document.getElementById('addRule').onclick = () => App.run(msg, async () => {
    const defaults = (await App.api('/time-limit-rules')).find(r => !r.categoryCode && !r.urgency && !r.channel);
    await App.api('/time-limit-rules', {method: 'POST', body: Object.assign({}, defaults, {id: null,
      categoryCode: App.codeOf(document.getElementById('newCategory').value) || null,
      urgency: document.getElementById('newUrgency').value || null,
      channel: document.getElementById('newChannel').value || null, note: null, updatedAt: null, updatedBy: null})});
  }, load);
  await load();
})();
