'use strict';
(async () => {
  const me = await App.init();
  const admin = me.roles.includes('admin');
  document.getElementById('editor').hidden = !admin;
  const msg = document.getElementById('msg');
  const year = document.getElementById('year');
  year.value = new Date().getFullYear();
  async function load() {
    const days = await App.api('/calendar?year=' + year.value);
    document.getElementById('days').innerHTML = days.length ? '<table class="list"><thead><tr><th>' + App.t('date') + '</th><th>' +
      App.t('status') + '</th><th>' + App.t('note') + '</th>' + (admin ? '<th></th>' : '') + '</tr></thead><tbody>' +
      days.map(d => '<tr><td>' + d.date + '</td><td>' + App.t(d.working ? 'working' : 'off') + '</td><td>' + App.esc(d.note || '') +
        '</td>' + (admin ? '<td><button class="secondary" data-date="' + d.date + '">' + App.t('remove') + '</button></td>' : '') +
        '</tr>').join('') + '</tbody></table>' : '<p class="empty">' + App.t('none') + '</p>';
  }
  year.addEventListener('change', load);
  document.getElementById('day').addEventListener('submit', async e => {
    e.preventDefault();
    const f = e.target.elements;
    try {
      await App.api('/calendar/' + f.date.value, {method: 'PUT', body: {working: f.working.value === 'true', note: f.note.value || null}});
      App.showOk(msg, App.t('saved'));
      await load();
    } catch (err) { App.showError(msg, err); }
  });
  document.getElementById('days').addEventListener('click', async e => {
    if (!e.target.dataset.date) return;
    try {
      await App.api('/calendar/' + e.target.dataset.date, {method: 'DELETE'});
      await load();
    } catch (err) { App.showError(msg, err); }
  });
  await load();
})();
