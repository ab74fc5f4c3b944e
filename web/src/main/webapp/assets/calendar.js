'use strict';
(async () => {
  const me = await App.init();
  const admin = me.roles.includes('admin');
  document.getElementById('editor').hidden = !admin;
  const msg = document.getElementById('msg');
  const year = document.getElementById('year');
  year.value = new Date().getFullYear();
  async function load() {
    const days = await App.api('/calendar?year=' + encodeURIComponent(year.value));
    const headers = [App.t('date'), App.t('status'), App.t('note')];
    App.render(document.getElementById('days'), days.length ? App.table(admin ? headers.concat('') : headers, days.map(d => App.html`<tr>
      <td>${d.date}</td><td>${App.t(d.working ? 'working' : 'off')}</td><td>${d.note}</td>${admin
        ? App.html`<td><button class="secondary" data-date="${d.date}">${App.t('remove')}</button></td>` : ''}</tr>`)) : App.empty());
  }
  year.addEventListener('change', load);
  document.getElementById('day').addEventListener('submit', async e => {
    e.preventDefault();
    const f = e.target.elements;
    try {
      await App.api('/calendar/' + encodeURIComponent(f.date.value), {method: 'PUT', body: {working: f.working.value === 'true', note: f.note.value || null}});
      const text = App.t(f.working.value === 'true' ? 'done_calendarWorking' : 'done_calendarOff').replace('{0}', f.date.value);
      App.showOk(msg, text);
      App.toast(text, {near: e.submitter || e.target.querySelector('button')});
      await load();
    } catch (err) { App.showError(msg, err); }
  });
  document.getElementById('days').addEventListener('click', async e => {
    if (!e.target.dataset.date) return;
    try {
      await App.api('/calendar/' + encodeURIComponent(e.target.dataset.date), {method: 'DELETE'});
      const text = App.t('done_calendarRemove').replace('{0}', e.target.dataset.date);
      App.showOk(msg, text);
      App.toast(text, {near: e.target.closest('table')});
      await load();
    } catch (err) { App.showError(msg, err); }
  });
  await load();
})();
