'use strict';
(async () => {
  await App.init();
  const page = await App.api('/tickets?callbackDue=true&size=100');
  document.getElementById('count').textContent = page.total;
  App.render(document.getElementById('list'), App.ticketTable(page.items, t => App.html`${t.callerHidden ? App.t('hidden') : t.callerPhone}
    <a href="ticket.html?id=${t.id}">${App.t('open')}</a>${t.callbackAttempts
      ? App.html` <span class="hint">${App.t('attempts')} ${t.callbackAttempts}</span>` : ''}`));
  // 复访: the unit reported its rectification; the citizen is asked again
  const revisits = await App.api('/tickets?status=REVISITING&size=100');
  document.getElementById('revisitCount').textContent = revisits.total;
  App.render(document.getElementById('revisits'), App.ticketTable(revisits.items, t => App.html`${t.callerHidden ? App.t('hidden') : t.callerPhone}
    <a href="ticket.html?id=${t.id}">${App.t('revisit')}</a>`));
})();
