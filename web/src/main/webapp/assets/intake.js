'use strict';
(async () => {
  await App.init();
  const form = document.getElementById('intake');
  const result = document.getElementById('result');
  const [areas, categories] = await Promise.all([App.api('/areas'), App.api('/categories')]);
  App.fillDatalist(document.getElementById('areas'), areas.filter(a => a.leaf), a => a.path + ' [' + a.code + ']');
  App.fillDatalist(document.getElementById('categories'), categories.filter(c => c.leaf), c => c.path + ' [' + c.code + ']');
  const options = values => App.html`${values.map(c => App.html`<option value="${c}">${App.t(c)}</option>`)}`;
  App.render(document.getElementById('channel'), options(['PHONE_12345', 'WEB', 'TRANSFER_110', 'LETTER_VISIT', 'QR_RATING', 'SMS_REPLY']));
  App.render(document.getElementById('urgency'), options(['NORMAL', 'URGENT', 'EMERGENCY']));

  // one key per logged call: a double submit or a retry after a network error returns the same ticket
  let idempotencyKey = App.uuid();

  let lookup;
  const phone = document.getElementById('callerPhone');
  phone.addEventListener('input', () => {
    clearTimeout(lookup);
    lookup = setTimeout(async () => {
      const value = phone.value.trim();
      const box = document.getElementById('earlier');
      // the server matches a partial number from 7 digits on, written in any way (docs/phone-numbers.md)
      if (value.replace(/\D/g, '').length < 7) { box.replaceChildren(); return; }
      const page = await App.api('/tickets?size=10&phone=' + encodeURIComponent(value)).catch(() => null);
      if (!page) { box.replaceChildren(); return; } // not yet a number the server can look up (e.g. +86 and 5 digits)
      App.render(box, page.items.length ? App.ticketTable(page.items) : App.html`${App.t('noEarlier')}`);
    }, 250);
  });

  // 重复件: same phone, or same area with similar content, while the call is being logged
  let dupCheck;
  const checkDuplicates = () => {
    clearTimeout(dupCheck);
    dupCheck = setTimeout(async () => {
      const p = new URLSearchParams();
      const phoneValue = phone.value.trim(), area = App.codeOf(form.elements.areaCode.value), text = form.elements.content.value.trim();
      if (phoneValue.replace(/\D/g, '').length >= 7) p.set('phone', phoneValue);
      if (area && text.length >= 4) { p.set('area', area); p.set('content', text); }
      if (![...p.keys()].length) return;
      const found = await App.api('/tickets/duplicates?' + p);
      App.render(document.getElementById('duplicates'), found.length ? App.html`<ul>${found.map(d => App.html`<li><a
        href="ticket.html?id=${d.id}">${d.number}</a> ${App.t(d.status)} · ${d.content} <span class="hint">${d.reasons.join('；')}</span></li>`)}</ul>`
        : App.html`${App.t('none')}`);
    }, 400);
  };
  ['input', 'change'].forEach(ev => {
    phone.addEventListener(ev, checkDuplicates);
    form.elements.areaCode.addEventListener(ev, checkDuplicates);
    form.elements.content.addEventListener(ev, checkDuplicates);
  });

  form.addEventListener('keydown', e => { if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); form.requestSubmit(); } });
  form.addEventListener('submit', async e => {
    e.preventDefault();
    form.querySelectorAll('.invalid').forEach(f => f.classList.remove('invalid'));
    const v = name => form.elements[name].value.trim() || null;
    const body = {
      channel: v('channel'), callerName: v('callerName'), callerPhone: v('callerPhone'),
      confidential: form.elements.confidential.checked, address: v('address'),
      areaCode: App.codeOf(v('areaCode')), categoryCode: App.codeOf(v('categoryCode')),
      urgency: v('urgency'), content: v('content'), directAnswer: v('directAnswer'),
      transferReference: v('channel') === 'TRANSFER_110' ? v('transferReference') : null,
    };
    const button = document.getElementById('submit');
    button.disabled = true;
    try {
      const ticket = await App.api('/tickets', {method: 'POST', body, headers: {'Idempotency-Key': idempotencyKey}});
      result.replaceChildren();
      App.showOk(result, App.t('created_ok') + ' ' + ticket.number);
      result.dataset.number = ticket.number;
      const link = document.createElement('a');
      link.href = 'ticket.html?id=' + encodeURIComponent(ticket.id); link.textContent = ' → ' + App.t('open');
      result.appendChild(link);
      form.reset();
      idempotencyKey = App.uuid();
      document.getElementById('earlier').replaceChildren();
      phone.focus();
    } catch (err) {
      App.showError(result, err);
    } finally {
      button.disabled = false;
    }
  });
})();
