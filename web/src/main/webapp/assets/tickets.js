'use strict';
(async () => {
  await App.init();
  const form = document.getElementById('search');
  form.elements.status.innerHTML = '<option value="">' + App.t('all') + '</option>' +
    ['PENDING_TRIAGE', 'ASSIGNED', 'SIGNED', 'REPLIED', 'CLOSED'].map(s => '<option value="' + s + '">' + App.t(s) + '</option>').join('');
  form.elements.channel.innerHTML = '<option value="">' + App.t('channel') + '</option>' +
    ['PHONE_12345', 'WEB', 'TRANSFER_110', 'LETTER_VISIT', 'QR_RATING', 'SMS_REPLY'].map(c => '<option value="' + c + '">' + App.t(c) + '</option>').join('');
  const [categories, areas] = await Promise.all([App.api('/categories'), App.api('/areas')]);
  App.fillDatalist(document.getElementById('categories'), categories.filter(c => c.leaf), c => c.path + ' [' + c.code + ']');
  App.fillDatalist(document.getElementById('areas'), areas.filter(a => a.leaf), a => a.path + ' [' + a.code + ']');
  let page = 0;
  async function load() {
    const p = new URLSearchParams({page, size: 20});
    if (form.elements.q.value.trim()) p.set('q', form.elements.q.value.trim());
    if (form.elements.status.value) p.set('status', form.elements.status.value);
    for (const name of ['category', 'area']) {
      if (form.elements[name].value.trim()) p.set(name, App.codeOf(form.elements[name].value));
    }
    for (const name of ['channel', 'from', 'to', 'order']) {
      if (form.elements[name].value) p.set(name, form.elements[name].value);
    }
    const result = await App.api('/tickets?' + p);
    document.getElementById('list').innerHTML = App.ticketTable(result.items);
    if (!result.items.length && result.total === 0) App.translate(document.getElementById('list'));
    const pages = Math.max(1, Math.ceil(result.total / result.size));
    document.getElementById('pager').innerHTML = '<button class="secondary" id="prev"' + (page === 0 ? ' disabled' : '') + '>‹</button> ' +
      (page + 1) + ' / ' + pages + ' <button class="secondary" id="next"' + (page + 1 >= pages ? ' disabled' : '') + '>›</button> (' + result.total + ')';
    document.getElementById('prev').onclick = () => { page--; load(); };
    document.getElementById('next').onclick = () => { page++; load(); };
  }
  form.addEventListener('submit', e => { e.preventDefault(); page = 0; load(); });
  await load();
})();
