'use strict';
/* 问题标签选择器 (issue 12): a searchable picker for the ~110 problem tags instead of a list of all of
   them at once. Typing searches on the server (GET /api/problem-tags?q=: name, pinyin, pinyin initials,
   group, English name), best match first, each shown as "group › tag"; with nothing typed the list
   shows the hierarchy (groups with their tags). ↓/↑ move, Enter takes the highlighted tag, Backspace
   in the empty field removes the last chip, Esc closes the list. Chosen tags are chips with a remove
   button; {@code codes()} gives their codes (what the API stores). Plain DOM (textContent), no markup
   from data. */
const TagPicker = (() => {
  /** Builds the picker inside {@code root} (an element with .chips, input and ul.picker-list). */
  async function create(root) {
    const input = root.querySelector('input');
    const list = root.querySelector('ul');
    const chips = root.querySelector('.chips');
    const all = await App.api('/problem-tags');
    const name = t => (App.lang === 'en' ? t.nameEn : t.nameZh);
    const groups = all.filter(t => !t.parentCode);
    const groupOf = new Map(groups.map(g => [g.code, g]));
    const byCode = new Map(all.map(t => [t.code, t]));
    const label = t => (groupOf.get(t.parentCode) ? name(groupOf.get(t.parentCode)) + ' › ' : '') + name(t);
    let chosen = [];
    let shown = [];
    let active = 0;
    let seq = 0;

    const el = (tag, props, text) => {
      const e = document.createElement(tag);
      Object.entries(props || {}).forEach(([k, v]) => e.setAttribute(k, v));
      if (text != null) e.textContent = text;
      return e;
    };

    function renderChips() {
      chips.replaceChildren(...chosen.map(code => {
        const t = byCode.get(code);
        const chip = el('span', {'class': 'chip', 'data-code': code}, label(t));
        const x = el('button', {type: 'button', 'aria-label': App.t('remove') + ' ' + name(t)}, '×');
        x.onclick = () => { chosen = chosen.filter(c => c !== code); renderChips(); input.focus(); };
        chip.appendChild(x);
        return chip;
      }));
    }

    function renderList() {
      list.replaceChildren();
      const typed = input.value.trim() !== '';
      let n = 0;
      if (typed) {
        shown.forEach(t => list.appendChild(option(t, n++, label(t))));
      } else {
        // the hierarchy: each group with its choosable tags
        groups.forEach(g => {
          const tags = shown.filter(t => t.parentCode === g.code);
          if (!tags.length) return;
          list.appendChild(el('li', {'class': 'group-head', role: 'presentation'}, name(g)));
          tags.forEach(t => list.appendChild(option(t, n++, name(t))));
        });
      }
      if (!n) list.appendChild(el('li', {'class': 'hint', role: 'presentation'}, App.t('none')));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function option(t, index, text) {
      const li = el('li', {role: 'option', 'data-code': t.code, 'aria-selected': index === active ? 'true' : 'false'}, text);
      li.onmousedown = e => { e.preventDefault(); take(t); };
      return li;
    }

    function ordered() {
      // the hierarchy's order, so ↓ follows what is shown
      return input.value.trim() ? shown : groups.flatMap(g => shown.filter(t => t.parentCode === g.code));
    }

    async function search() {
      const q = input.value.trim();
      const mine = ++seq;
      const found = q ? await App.api('/problem-tags?q=' + encodeURIComponent(q) + '&limit=20')
        : all.filter(t => t.choosable);
      if (mine !== seq) return; // a later search answered first
      shown = found.filter(t => !chosen.includes(t.code));
      active = 0;
      renderList();
    }

    function take(t) {
      // a search still under way (typed before the pick) must not open the list again over the
      // form's buttons once it answers
      seq++;
      clearTimeout(timer);
      if (!chosen.includes(t.code)) chosen.push(t.code);
      input.value = '';
      renderChips();
      close();
      input.focus();
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }

    let timer = null;
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => search().catch(() => {}), 150); });
    input.addEventListener('focus', () => search().catch(() => {}));
    input.addEventListener('blur', () => setTimeout(close, 150));
    input.addEventListener('keydown', e => {
      const items = ordered();
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) { search(); return; } active = Math.min(active + 1, items.length - 1); renderList(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); active = Math.max(active - 1, 0); renderList(); }
      else if (e.key === 'Enter' && !e.ctrlKey) {
        // Enter takes a tag, never submits the form (Ctrl+Enter does, see callback.js)
        e.preventDefault();
        if (!list.hidden && items[active]) take(items[active]);
      }
      else if (e.key === 'Escape' && !list.hidden) { e.preventDefault(); e.stopPropagation(); close(); }
      else if (e.key === 'Backspace' && input.value === '' && chosen.length) { chosen.pop(); renderChips(); }
    });
    return {
      codes: () => chosen.slice(),
      clear: () => { chosen = []; input.value = ''; renderChips(); close(); },
      focus: () => input.focus(),
    };
  }
  return {create};
})();
