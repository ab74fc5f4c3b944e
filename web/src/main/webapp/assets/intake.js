'use strict';
/* 来电受理: a call logged from the keyboard only (docs/usability-intake.md).
   - Pickers for area and category find names, pinyin and initials on the server (best first);
     ↑/↓ choose, Enter or Tab takes the highlighted item, Esc closes; only a taken item's code is sent.
   - Categories suggested from the content (Alt+1/2/3 take one), the area from the address.
   - The caller's earlier tickets from the 7th digit on, beside the form.
   - Enter never submits; Ctrl+Enter does; a direct answer (closes the ticket at once) is confirmed. */
(async () => {
  await App.init();
  const form = document.getElementById('intake');
  const result = document.getElementById('result');
  const phone = document.getElementById('callerPhone');
  const options = values => App.html`${values.map(c => App.html`<option value="${c}">${App.t(c)}</option>`)}`;
  // the channels and urgencies the server knows (GET /api/choices), by name
  const choices = await App.choices();
  App.render(document.getElementById('channel'), options(choices.channel));
  App.render(document.getElementById('urgency'), options(choices.urgency));

  // one key per logged call: a double submit or a retry after a network error returns the same ticket
  let idempotencyKey = App.uuid();

  /** Text in a picker that names no entry: the entry named, then how to pick ("列表中没有“…”…；请从列表中选择…"). */
  const notPicked = input => App.joinClauses([App.notInListText(input.value.trim(), App.fieldLabel(input.name, form))
    .replace(/[。.]$/, ''), App.t('pickFromList')]);
  const fieldError = (name, text) => {
    const slot = document.getElementById('err-' + name);
    if (slot) slot.textContent = text || '';
    const field = form.elements[name];
    if (field) field.classList.toggle('invalid', !!text);
  };
  const clearErrors = () => form.querySelectorAll('.field-error').forEach(s => fieldError(s.id.substring(4), ''));

  /* ---------- pickers ---------- */

  /** A combobox over a server search; {@code fallback()} lists items shown when nothing is typed. */
  function picker(input, list, search, fallback) {
    let items = [];
    let active = -1;
    let seq = 0;
    let timer;
    const state = {
      take(item, source) {
        input.value = item.path;
        input.dataset.code = item.code;
        input.dataset.source = source || 'picked';
        fieldError(input.name, '');
        state.close();
      },
      clear() {
        input.value = '';
        delete input.dataset.code;
        delete input.dataset.source;
      },
      close() {
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
      },
      show(found) {
        items = found;
        active = found.length ? 0 : -1;
        App.render(list, App.html`${found.map((it, i) => App.html`<li role="option" id="${list.id + '-' + i}"
          data-i="${i}" aria-selected="${i === active ? 'true' : 'false'}">${it.name}<span class="hint">${it.path}</span></li>`)}`);
        list.hidden = !found.length || document.activeElement !== input;
        input.setAttribute('aria-expanded', String(!list.hidden));
        highlight();
      },
      open() { return !list.hidden && items.length > 0; },
    };
    const highlight = () => {
      list.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', i === active ? 'true' : 'false'));
      if (active >= 0) {
        input.setAttribute('aria-activedescendant', list.id + '-' + active);
        const li = list.children[active];
        if (li) li.scrollIntoView({block: 'nearest'});
      }
    };
    let shownQuery = null; // the text the listed items were found for
    let takeWhenFound = false; // Enter/Tab pressed before the matches of the typed text arrived
    const refresh = async () => {
      clearTimeout(timer);
      const q = input.value.trim();
      const mine = ++seq;
      const found = q ? await search(q).catch(() => []) : await fallback();
      if (mine !== seq) return;
      shownQuery = q;
      state.show(found);
      if (takeWhenFound) {
        takeWhenFound = false;
        if (q && found.length) state.take(found[0]);
      }
    };
    const current = () => state.open() && active >= 0 && shownQuery === input.value.trim();
    const typedUnpicked = () => input.value.trim() && !input.dataset.code;
    input.addEventListener('input', () => {
      delete input.dataset.code; // typed text is never a code: only a taken item is
      delete input.dataset.source;
      takeWhenFound = false;
      clearTimeout(timer);
      timer = setTimeout(refresh, 120);
    });
    input.addEventListener('focus', () => { if (!input.dataset.code) refresh(); });
    input.addEventListener('blur', () => setTimeout(() => {
      state.close();
      if (input.value.trim() && !input.dataset.code) fieldError(input.name, notPicked(input));
    }, 150));
    input.addEventListener('keydown', e => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!state.open()) { refresh(); e.preventDefault(); return; }
        active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        highlight();
        e.preventDefault();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (current()) state.take(items[active]);
        else if (typedUnpicked()) { takeWhenFound = true; refresh(); } // typed faster than the search answered
      } else if (e.key === 'Tab' && !e.shiftKey) {
        // typed something and a match is highlighted: Tab takes it and moves on (one key)
        if (typedUnpicked()) {
          if (current()) state.take(items[active]);
          else { takeWhenFound = true; refresh(); }
        }
        state.close();
      } else if (e.key === 'Escape') {
        takeWhenFound = false;
        if (state.open()) { state.close(); e.preventDefault(); e.stopPropagation(); }
      }
    });
    list.addEventListener('mousedown', e => {
      const li = e.target.closest('li');
      if (li) { e.preventDefault(); state.take(items[Number(li.dataset.i)]); }
    });
    return state;
  }

  const searchOf = kind => q => App.api('/' + kind + '?leaf=true&limit=8&q=' + encodeURIComponent(q));
  const area = document.getElementById('areaCode');
  const category = document.getElementById('categoryCode');
  let suggested = []; // categories suggested from the content
  let fromAddress = []; // areas named by the address
  const areaPicker = picker(area, document.getElementById('areaList'), searchOf('areas'),
    async () => fromAddress.filter(a => a.leaf));
  const categoryPicker = picker(category, document.getElementById('categoryList'), searchOf('categories'),
    async () => suggested);

  /* ---------- category suggested from the content ---------- */

  const content = form.elements.content;
  const suggestionsBox = document.getElementById('categorySuggestions');
  let suggestTimer;
  let suggestSeq = 0;
  const renderSuggestions = () => {
    App.render(suggestionsBox, suggested.length ? App.html`<span class="hint">${App.t('suggestedCategories')}</span>${suggested.map((s, i) =>
      App.html`<button type="button" class="secondary" data-i="${i}" tabindex="-1" title="${s.words.join(App.t('listSeparator'))}"><kbd>Alt+${i + 1}</kbd> ${s.name}</button>`)}`
      : App.html``);
  };
  content.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(async () => {
      const text = content.value.trim();
      const mine = ++suggestSeq;
      const found = text.length >= 2 ? await App.api('/categories/suggested?content=' + encodeURIComponent(text.substring(0, 4000))).catch(() => []) : [];
      if (mine !== suggestSeq) return;
      suggested = found;
      renderSuggestions();
    }, 200);
  });
  const takeSuggestion = i => {
    if (!suggested[i]) return false;
    categoryPicker.take(suggested[i], 'suggested');
    return true;
  };
  suggestionsBox.addEventListener('click', e => {
    const b = e.target.closest('button');
    if (b) takeSuggestion(Number(b.dataset.i));
  });

  /* ---------- area from the address ---------- */

  const address = form.elements.address;
  const areaSource = document.getElementById('areaSource');
  let addressTimer;
  let addressSeq = 0;
  address.addEventListener('input', () => {
    clearTimeout(addressTimer);
    addressTimer = setTimeout(async () => {
      const text = address.value.trim();
      const mine = ++addressSeq;
      const found = text ? await App.api('/areas/in-address?address=' + encodeURIComponent(text.substring(0, 300))).catch(() => []) : [];
      if (mine !== addressSeq) return;
      fromAddress = found;
      const leaf = found.find(a => a.leaf);
      // fill the area from the address unless the operator picked one
      if (leaf && (!area.dataset.code || area.dataset.source === 'address')) {
        areaPicker.take(leaf, 'address');
        areaSource.textContent = App.t('areaFromAddress');
        checkDuplicates();
      } else if (!leaf && area.dataset.source === 'address') {
        areaPicker.clear();
        areaSource.textContent = '';
      }
    }, 200);
  });
  area.addEventListener('input', () => { areaSource.textContent = ''; });

  /* ---------- the caller's earlier tickets, from the 7th digit on ---------- */

  const earlier = document.getElementById('earlier');
  const earlierHint = () => { earlier.textContent = App.t('earlierHint'); };
  let lookup;
  phone.addEventListener('input', () => {
    clearTimeout(lookup);
    fieldError('callerPhone', '');
    lookup = setTimeout(async () => {
      const value = phone.value.trim();
      // the server matches a partial number from 7 digits on, written in any way (docs/phone-numbers.md)
      if (value.replace(/\D/g, '').length < 7) { earlierHint(); return; }
      const page = await App.api('/tickets?size=10&phone=' + encodeURIComponent(value)).catch(() => null);
      if (!page) { earlierHint(); return; } // not yet a number the server can look up (e.g. +86 and 5 digits)
      App.render(earlier, page.items.length ? App.html`<div>${App.plural('earlierCount', page.total ?? page.items.length, {0: page.total ?? page.items.length})}</div>
        <ul class="earlier">${page.items.map(t => App.html`<li><a href="ticket.html?id=${t.id}" tabindex="-1">${t.number}</a>
        ${App.statusBadge(t)} <span class="hint">${App.time(t.createdAt)} · ${t.categoryName}</span>
        <span class="content">${t.content}</span></li>`)}</ul>` : App.html`${App.t('noEarlier')}`);
    }, 200);
  });

  /** Whether the number is one the intake accepts (same rule as the server); shows the reason next to the field. */
  const checkPhone = async () => {
    const value = phone.value.trim();
    if (!value) { fieldError('callerPhone', App.t('phoneRequired')); return false; }
    const answer = await App.api('/caller-phones/check?number=' + encodeURIComponent(value)).catch(() => ({valid: true}));
    fieldError('callerPhone', answer.valid ? '' : App.t('phoneInvalid'));
    return answer.valid;
  };
  phone.addEventListener('change', checkPhone);

  /* ---------- 重复件: same phone, or same area with similar content ---------- */

  let dupCheck;
  function checkDuplicates() {
    clearTimeout(dupCheck);
    dupCheck = setTimeout(async () => {
      const p = new URLSearchParams();
      const phoneValue = phone.value.trim(), areaCode = area.dataset.code, text = content.value.trim();
      if (phoneValue.replace(/\D/g, '').length >= 7) p.set('phone', phoneValue);
      if (areaCode && text.length >= 4) { p.set('area', areaCode); p.set('content', text); }
      if (![...p.keys()].length) return;
      const found = await App.api('/tickets/duplicates?' + p).catch(() => null);
      if (!found) return;
      App.render(document.getElementById('duplicates'), found.length ? App.html`<ul class="earlier">${found.map(d => App.html`<li><a
        href="ticket.html?id=${d.id}" tabindex="-1">${d.number}</a> ${App.t(d.status)} <span class="content">${d.content}</span>
        <span class="hint">${App.joinClauses(d.reasonCodes.map(c => App.t('dup_' + c)))}</span></li>`)}</ul>` : App.html`${App.t('none')}`);
    }, 400);
  }
  ['input', 'change'].forEach(ev => {
    phone.addEventListener(ev, checkDuplicates);
    area.addEventListener(ev, checkDuplicates);
    content.addEventListener(ev, checkDuplicates);
  });

  /* ---------- keys: Enter never submits, Ctrl+Enter does, Alt+1/2/3 take a suggested category ---------- */

  form.addEventListener('keydown', e => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    } else if (e.key === 'Enter' && !['TEXTAREA', 'BUTTON'].includes(e.target.tagName)) {
      e.preventDefault(); // an input's implicit submission
    } else if (e.altKey && /^[1-3]$/.test(e.key)) {
      if (takeSuggestion(Number(e.key) - 1)) e.preventDefault();
    }
  });

  /* ---------- direct answer: closes the ticket at once, so it is confirmed ---------- */

  const directAnswer = form.elements.directAnswer;
  const confirmBox = document.getElementById('confirmDirect');
  let directConfirmed = false;
  directAnswer.addEventListener('input', () => { directConfirmed = false; confirmBox.hidden = true; });
  document.getElementById('confirmDirectYes').addEventListener('click', () => {
    directConfirmed = true;
    confirmBox.hidden = true;
    form.requestSubmit();
  });
  const cancelDirect = () => { confirmBox.hidden = true; directAnswer.focus(); };
  document.getElementById('confirmDirectNo').addEventListener('click', cancelDirect);
  confirmBox.addEventListener('keydown', e => { if (e.key === 'Escape') { e.preventDefault(); cancelDirect(); } });

  /* ---------- submit ---------- */

  form.addEventListener('submit', async e => {
    e.preventDefault();
    clearErrors();
    result.replaceChildren();
    result.className = '';
    const v = name => form.elements[name].value.trim() || null;
    // free text in a picker is never sent as a code
    let refused = null;
    for (const input of [category, area]) {
      if (input.value.trim() && !input.dataset.code) {
        fieldError(input.name, notPicked(input));
        refused = refused || input;
      }
    }
    if (!(await checkPhone())) refused = refused || phone;
    // the fields the server requires are checked here, before any confirmation (先校验再确认):
    // a direct answer must not be confirmed first and then refused for an empty 区域
    for (const input of [form.elements.content, category, area]) {
      if (!input.value.trim()) {
        fieldError(input.name, App.t('uiRequired').replace('{0}', App.fieldLabel(input.name, form)));
        refused = refused || input;
      }
    }
    if (refused) { refused.focus(); return; }
    if (v('directAnswer') && !directConfirmed) {
      confirmBox.hidden = false;
      document.getElementById('confirmDirectYes').focus();
      return;
    }
    const body = {
      channel: v('channel'), callerName: v('callerName'), callerPhone: v('callerPhone'),
      confidential: form.elements.confidential.checked, address: v('address'),
      areaCode: area.dataset.code || null, categoryCode: category.dataset.code || null,
      urgency: v('urgency'), content: v('content'), directAnswer: v('directAnswer'),
      transferReference: v('channel') === 'TRANSFER_110' ? v('transferReference') : null,
    };
    const button = document.getElementById('submit');
    button.disabled = true;
    try {
      const ticket = await App.api('/tickets', {method: 'POST', body, headers: {'Idempotency-Key': idempotencyKey}});
      App.showOk(result, App.t('created_ok') + ' ' + ticket.number);
      result.dataset.number = ticket.number;
      const link = document.createElement('a');
      link.href = 'ticket.html?id=' + encodeURIComponent(ticket.id); link.textContent = ' → ' + App.t('open');
      result.appendChild(link);
      form.reset();
      [area, category].forEach(i => { delete i.dataset.code; delete i.dataset.source; });
      areaSource.textContent = '';
      suggested = []; fromAddress = []; directConfirmed = false;
      renderSuggestions();
      idempotencyKey = App.uuid();
      earlierHint();
      document.getElementById('duplicates').replaceChildren();
      phone.focus();
    } catch (err) {
      // each error once: a field's error in its own slot under the field; the banner only for the rest
      const errors = (err.problem && err.problem.errors) || [];
      const own = errors.filter(x => document.getElementById('err-' + x.field) && form.elements[x.field]);
      own.forEach(x => fieldError(String(x.field), App.fieldMessage(x, form)));
      const rest = errors.filter(x => !own.includes(x));
      if (!own.length || rest.length) {
        App.showError(result, Object.assign(new Error(err.message), {problem: Object.assign({}, err.problem, {errors: rest})}));
      }
      if (own.length) form.elements[own[0].field].focus();
    } finally {
      button.disabled = false;
    }
  });
  document.body.dataset.loaded = 'true';
})();
