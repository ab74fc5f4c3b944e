'use strict';
(async () => {
  const me = await App.init();
  document.getElementById('unitName').textContent = me.unitName;
  const msg = document.getElementById('msg');
  App.fillDatalist(document.getElementById('catalogue'), await App.api('/catalogue'),
    i => App.labelled(i.unitName, i.title));

  async function load() {
    document.body.dataset.loaded = 'false';
    // nearest deadline first; the API only returns this unit's tickets
    const [toSign, toReply, toAssist] = await Promise.all([
      App.api('/tickets?status=ASSIGNED&order=DEADLINE&size=100&unit=' + encodeURIComponent(me.unitCode)),
      App.api('/tickets?status=SIGNED&order=DEADLINE&size=100&unit=' + encodeURIComponent(me.unitCode)),
      App.api('/tickets?assisting=true&order=DEADLINE&size=100')]);
    document.getElementById('assistCount').textContent = toAssist.total;
    App.render(document.getElementById('toAssist'), App.ticketTable(toAssist.items, () => App.html`
      <textarea name="partText" data-field="text" class="short" placeholder="${App.t('replyText')}"></textarea>
      <button class="action" data-act="assistReply">${App.t('assistReply')}</button>`));
    document.getElementById('signCount').textContent = toSign.total;
    document.getElementById('replyCount').textContent = toReply.total;
    const returnForm = t => t.allowedActions.includes('return') ? App.html`<details class="return"><summary>${App.t('returnTicket')}</summary>
      <input name="catalogueItemCode" list="catalogue" placeholder="${App.t('pickCatalogue')}">
      <input name="reason" placeholder="${App.t('returnReason')}"><button class="secondary" data-act="return">${App.t('returnTicket')}</button>
      <div class="hint">${App.t('returnUntil')} ${App.time(t.returnDeadline)}</div></details>` : '';
    App.render(document.getElementById('toSign'), App.ticketTable(toSign.items,
      t => App.html`<button class="action" data-act="sign">${App.t('sign')}</button>${returnForm(t)}`));
    App.render(document.getElementById('toReply'), App.ticketTable(toReply.items, t => App.html`
      <textarea name="text" class="short" placeholder="${App.t('replyText')}"></textarea>
      <button class="action" data-act="reply">${App.t('reply')}</button>${returnForm(t)}`));
    document.body.dataset.loaded = 'true';
  }

  document.querySelector('main').addEventListener('click', async e => {
    const act = e.target.dataset.act;
    if (!act) return;
    const row = e.target.closest('tr');
    const id = encodeURIComponent(row.dataset.id);
    await App.run(msg, async () => {
      if (act === 'sign') {
        await App.api('/tickets/' + id + '/sign', {method: 'POST'});
      } else if (act === 'assistReply') {
        await App.api('/tickets/' + id + '/assist-reply', {method: 'POST',
          body: {text: row.querySelector('[name=partText]').value}});
      } else if (act === 'return') {
        await App.api('/tickets/' + id + '/return', {method: 'POST', body: {
          reason: row.querySelector('[name=reason]').value.trim() || null,
          catalogueItemCode: App.pickedCode(row.querySelector('[name=catalogueItemCode]')) || null}});
      } else {
        await App.api('/tickets/' + id + '/reply', {method: 'POST', body: {text: row.querySelector('[name=text]').value}});
      }
    }, load);
  });
  await load();
})();
