'use strict';
(async () => {
  await App.init();
  const page = await App.api('/tickets?callbackDue=true&size=100');
  document.getElementById('count').textContent = page.total;
  document.getElementById('list').innerHTML = App.ticketTable(page.items,
    t => App.esc(t.callerHidden ? App.t('hidden') : (t.callerPhone || '')) + ' <a href="ticket.html?id=' + t.id + '">' + App.t('open') + '</a>' +
      (t.callbackAttempts ? ' <span class="hint">' + App.t('attempts') + ' ' + t.callbackAttempts + '</span>' : ''));
  // 复访: the unit reported its rectification; the citizen is asked again
  const revisits = await App.api('/tickets?status=REVISITING&size=100');
  document.getElementById('revisitCount').textContent = revisits.total;
  document.getElementById('revisits').innerHTML = App.ticketTable(revisits.items,
    t => App.esc(t.callerHidden ? App.t('hidden') : (t.callerPhone || '')) + ' <a href="ticket.html?id=' + t.id + '">' + App.t('revisit') + '</a>');
})();
