'use strict';
// 评价真实性 (issue 15): flagged ratings with their evidence (GET /api/ratings/flags), the answers per
// channel with the verified rate beside the raw rate (GET /api/ratings/statistics/channels), and
// exclusion with a reason (POST /api/ratings/{id}/exclude: director, admin).
(async () => {
  const me = await App.init();
  const canExclude = me.roles.some(r => ['director', 'admin'].includes(r));
  const msg = document.getElementById('msg');
  const FLAGS = ['BURST_DEVICE', 'BURST_NETWORK', 'BURST_PHONE', 'ODD_HOURS', 'NO_SERVICE_NEARBY', 'SINGLE_TARGET_RATER'];
  const month = document.getElementById('month');
  const now = new Date();
  month.value = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0');
  const option = (v, label) => App.html`<option value="${v}">${label}</option>`;
  App.render(document.getElementById('flag'), App.html`${option('', App.t('ratingsAllFlags'))}${
    FLAGS.map(f => option(f, App.t('ratingFlag' + f)))}`);
  const units = await App.api('/units');
  App.render(document.getElementById('unit'), App.html`${option('', App.t('ratingsAllUnits'))}${
    units.map(u => option(u.code, u.name))}`);
  const pct = v => v === null || v === undefined ? '—' : v + '%';

  async function load() {
    document.body.dataset.loaded = 'false';
    const q = '?month=' + encodeURIComponent(month.value) + '&unit=' + encodeURIComponent(document.getElementById('unit').value);
    const flag = document.getElementById('flag').value;
    const [channels, flags] = await Promise.all([App.api('/ratings/statistics/channels' + q),
      App.api('/ratings/flags' + q + '&flag=' + encodeURIComponent(flag))]);
    App.render(document.getElementById('channels'), App.table([App.t('ratingsChannel'), App.t('ratingsAnswers'),
      App.t('ratingsRawRate'), App.t('ratingsVerifiedRate'), App.t('ratingsVerifiedSatisfiedRate')], channels.map(c => App.html`<tr>
      <td>${App.t('ratingsChannel' + c.channel)}</td><td>${c.answers}</td><td>${pct(c.rawSatisfiedRate)}</td>
      <td>${pct(c.verifiedRate)}</td><td>${pct(c.verifiedSatisfiedRate)}</td></tr>`)));
    App.render(document.getElementById('flags'), flags.length === 0 ? App.html`<p>${App.t('ratingsNone')}</p>`
      : App.table([App.t('ratingsRatedAt'), App.t('ratingsTarget'), App.t('ratingsFlag'), App.t('ratingsEvidence'), ''],
        flags.map(f => App.html`<tr data-rating="${f.ratingId}"><td>${App.time(f.ratedAt)}</td>
        <td>${f.targetName} <span class="hint">${f.unitCode}</span></td><td>${f.label}</td><td>${f.evidenceText}</td>
        <td>${f.excluded ? App.t('ratingsExcluded') : canExclude ? App.html`<button class="secondary" data-act="exclude">${
          App.t('ratingsExclude')}</button>` : ''}</td></tr>`)));
    document.body.dataset.loaded = 'true';
  }

  const show = async () => { try { await load(); } catch (err) { App.showError(msg, err); } };
  document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); show(); });
  document.getElementById('flags').addEventListener('click', async e => {
    if (e.target.dataset.act !== 'exclude') return;
    const reason = window.prompt(App.t('ratingsExcludeReason'));
    if (reason === null) return;
    const id = e.target.closest('tr').dataset.rating;
    await App.run(msg, () => App.api('/ratings/' + encodeURIComponent(id) + '/exclude', {method: 'POST', body: {reason}}), load);
  });
  await show();
})();
