/* UI: the pages' small component library on Preact 10 + htm (see docs/frontend.md).

   Why this is safe under our Content-Security-Policy (no inline script or style, no eval, Trusted
   Types required for every HTML sink):
   - htm parses the tagged template itself (no eval, no new Function) and Preact builds the DOM with
     createElement / textContent / setAttribute / addEventListener: data is always text, never markup,
     so nothing passes through innerHTML and Trusted Types never see a string from us;
   - dangerouslySetInnerHTML is refused here (options.vnode), and URL attributes (href, src, action …)
     pass through the same rule as App.html (http(s), mailto and relative only; else about:blank);
   - styles are set through the CSSOM (element.style), which style-src 'self' allows.

   Load order on a page: app.js, /webjars/preact/…/preact.min.umd.js, …/hooks.umd.js, htm.umd.js, ui.js.
   Globals used: preact, preactHooks, htm (the UMD builds), Html and App (app.js). */
'use strict';

const UI = (() => {
  const {h, render, options} = preact;
  const hooks = preactHooks;
  const html = htm.bind(h);

  const URL_PROPS = ['href', 'src', 'action', 'formAction', 'formaction', 'poster', 'cite', 'data', 'xlinkHref'];
  const previousVnode = options.vnode;
  options.vnode = vnode => {
    const props = vnode.props;
    if (typeof vnode.type === 'string' && props) {
      if (props.dangerouslySetInnerHTML) throw new Error('UI: dangerouslySetInnerHTML is not allowed');
      for (const name of URL_PROPS) {
        if (typeof props[name] === 'string') props[name] = Html.safeUrl(props[name]);
      }
      if (typeof props.style === 'string') throw new Error('UI: style strings are not allowed; use a class');
    }
    if (previousVnode) previousVnode(vnode);
  };

  /** Message toasts next to where the user acted: see App.toast (app.js), so pages without Preact have them too. */
  const toast = (text, options) => App.toast(text, options);

  /** Runs {@code fn} with {@code button} busy (disabled, aria-busy); a second click meanwhile does nothing. */
  async function busy(button, fn) {
    if (!button) return fn();
    if (button.getAttribute('aria-busy') === 'true') return undefined;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      return await fn();
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  /** « 1 2 … » paging: "第 1/20 页 · 共 1000 条" with previous/next buttons. */
  function Pager({page, size, total, onPage}) {
    const pages = Math.max(1, Math.ceil(total / size));
    return html`<div class="pager">
      <button type="button" class="secondary" disabled=${page <= 0} onClick=${() => onPage(page - 1)}>${App.t('uiPrev')}</button>
      <span>${App.plural('uiPageOf', total, {0: page + 1, 1: pages, 2: total})}</span>
      <button type="button" class="secondary" disabled=${page + 1 >= pages} onClick=${() => onPage(page + 1)}>${App.t('uiNext')}</button>
    </div>`;
  }

  /**
   * A table: {@code columns} [{label, cell(row) → vnode/text, className}], {@code rows}, {@code rowKey(row)},
   * optional {@code rowProps(row, index)} for extra attributes of the <tr> (class, tabIndex …).
   */
  function DataTable({columns, rows, rowKey, rowProps, empty}) {
    if (!rows.length) return html`<p class="empty">${empty || App.t('none')}</p>`;
    return html`<table class="list"><thead><tr>${columns.map(c => html`<th class=${c.className || ''}>${c.label}</th>`)}</tr></thead>
      <tbody>${rows.map((r, i) => html`<tr key=${rowKey(r)} data-id=${rowKey(r)} ...${rowProps ? rowProps(r, i) : {}}>
        ${columns.map(c => html`<td class=${c.className || ''}>${c.cell(r, i)}</td>`)}</tr>`)}</tbody></table>`;
  }

  /**
   * A picker (选择器): type any part of the name or the code, arrows move, Enter or a click takes it.
   * Shows names only; {@code onPick(item)} receives the item, never the typed text. {@code items}
   * [{code, label, hint}].
   */
  function Picker({items, label, placeholder, onPick, name, value}) {
    const [text, setText] = hooks.useState(value || '');
    const [open, setOpen] = hooks.useState(false);
    const [active, setActive] = hooks.useState(0);
    const needle = text.trim().toLowerCase();
    const found = (needle ? items.filter(i => (i.label + ' ' + (i.hint || '') + ' ' + i.code).toLowerCase().includes(needle)) : items).slice(0, 12);
    const take = item => { setText(item.label); setOpen(false); onPick(item); };
    const onKey = e => {
      if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive(Math.min(active + 1, found.length - 1)); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(Math.max(active - 1, 0)); }
      else if (e.key === 'Enter' && open && found[active]) { e.preventDefault(); take(found[active]); }
      else if (e.key === 'Escape' && open) { e.stopPropagation(); setOpen(false); }
    };
    return html`<span class="picker">
      <input name=${name} aria-label=${label} placeholder=${placeholder || label} value=${text} role="combobox"
        aria-expanded=${open ? 'true' : 'false'} autocomplete="off"
        onInput=${e => { setText(e.target.value); setOpen(true); setActive(0); }} onKeyDown=${onKey}
        onFocus=${() => setOpen(true)} onBlur=${() => setTimeout(() => setOpen(false), 150)} />
      ${open && found.length ? html`<ul class="picker-list" role="listbox">${found.map((i, n) => html`<li key=${i.code} role="option"
        aria-selected=${n === active ? 'true' : 'false'} class=${n === active ? 'active' : ''}
        onMouseDown=${e => { e.preventDefault(); take(i); }}>${i.label}${i.hint ? html` <span class="hint">${i.hint}</span>` : ''}</li>`)}</ul>` : ''}
    </span>`;
  }

  let multiPickerCount = 0;

  /** What a local list matches for {@code needle}: any part of the label, hint or code, names starting with it first. */
  function localMatches(items, needle) {
    const q = needle.toLowerCase();
    const hits = items.filter(i => (i.label + ' ' + (i.hint || '') + ' ' + i.code).toLowerCase().includes(q));
    return hits.sort((a, b) => (a.label.toLowerCase().startsWith(q) ? 0 : 1) - (b.label.toLowerCase().startsWith(q) ? 0 : 1));
  }

  /** Takes the inline error of a picker's input away (see App.showFieldError). */
  function clearInputError(input) {
    if (!input || !input.classList.contains('invalid')) return;
    input.classList.remove('invalid');
    input.removeAttribute('aria-invalid');
    if (input.fieldError) { input.fieldError.remove(); input.fieldError = null; }
    input.removeAttribute('aria-describedby');
  }

  /**
   * A picker of several entries (多选选择器) beside the single {@link Picker}: the chosen entries are
   * chips showing their names (the code in a tooltip), removed by their × button or Backspace in the
   * empty input; typing lists matches best first — {@code search(q)} (async, the server's search:
   * part of the name, pinyin, pinyin initials) or, without it, any part of the name in {@code items};
   * ↑/↓ move, Enter takes the highlighted entry (typed faster than the list followed: the best match
   * of what is typed now), Esc closes the list. The same entry is never taken twice; text that names
   * nothing is refused inline naming it ("列表中没有“…”：请从列表中选择…") and is never sent as a code;
   * leaving the field with exactly an entry's name takes it.
   *
   * Props: {@code name} (the input's name), {@code field} (the API field its errors name, default
   * {@code name}), {@code label}, {@code placeholder}, {@code items} [{code, label, hint}] (known
   * entries: names of chosen codes and the list shown before typing), {@code search}, {@code initial}
   * (codes), {@code onChange(codes)}, optional ids {@code inputId}, {@code listId}, {@code chipsId}. A listbox with aria-activedescendant; the chips
   * are a list with labelled remove buttons.
   */
  function MultiPicker({name, field, label, placeholder, items, search, initial, onChange, inputId, listId: ownListId, chipsId}) {
    const known = items || [];
    const byCode = code => known.find(i => i.code === code) || {code, label: code};
    const [chosen, setChosen] = hooks.useState(() => (initial || []).map(byCode));
    const [text, setText] = hooks.useState('');
    const [found, setFound] = hooks.useState([]);
    const [open, setOpen] = hooks.useState(false);
    const [active, setActive] = hooks.useState(0);
    const idRef = hooks.useRef(null);
    if (!idRef.current) idRef.current = 'mp' + (++multiPickerCount);
    const uid = idRef.current;
    const input = hooks.useRef(null);
    const seq = hooks.useRef(0);
    const foundFor = hooks.useRef(null); // the text the listed matches were found for
    const current = hooks.useRef(chosen);
    current.current = chosen;
    const isChosen = i => current.current.some(c => c.code === i.code);
    // an entry already chosen stays in the list, marked (✓, aria-disabled): taking it again changes nothing
    const shown = found.slice(0, 12);

    const change = next => { current.current = next; setChosen(next); if (onChange) onChange(next.map(c => c.code)); };
    const matches = async q => (!q ? known : search ? await search(q) : localMatches(known, q));
    const lookup = async q => {
      const mine = ++seq.current;
      const list = await matches(q);
      if (mine !== seq.current) return; // a later search answered first
      if (foundFor.current !== q) setActive(0); // the same matches again (the list reopened): the highlight stays
      foundFor.current = q;
      setFound(list);
    };
    hooks.useEffect(() => {
      if (!open) return undefined;
      const timer = setTimeout(() => lookup(text.trim()).catch(() => {}), text.trim() ? 120 : 0);
      return () => clearTimeout(timer);
    }, [text, open]);

    const take = item => {
      seq.current++;
      if (!current.current.some(c => c.code === item.code)) change(current.current.concat({code: item.code, label: item.label}));
      setText('');
      if (input.current) { input.current.value = ''; clearInputError(input.current); }
      setOpen(false);
    };
    const remove = code => { change(current.current.filter(c => c.code !== code)); if (input.current) input.current.focus(); };
    /** The entry whose name (or code) is exactly {@code typed}, among the known items and the last matches. */
    const exact = typed => {
      const t = typed.toLowerCase();
      return known.concat(found).find(i => i.label.toLowerCase() === t || i.code.toLowerCase() === t);
    };
    const refuse = typed => App.showFieldError(input.current,
      App.notInListText(typed, App.fieldLabel(name, input.current.closest('form, .card, section, main'))));
    const onKey = e => {
      const typed = e.target.value.trim();
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!open) setOpen(true); else setActive(Math.min(active + 1, shown.length - 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        setActive(Math.max(active - 1, 0));
      } else if (e.key === 'Enter' && !e.ctrlKey) {
        // Enter takes an entry, never submits the form
        e.preventDefault();
        if (!typed) { if (open && shown[active]) take(shown[active]); else setOpen(true); return; }
        const ready = open && foundFor.current === typed;
        (ready ? Promise.resolve(shown) : matches(typed)).then(list => {
          // typed on meanwhile: this answer is about text no longer there
          if (!input.current || input.current.value.trim() !== typed) return;
          const pick = ready ? list[active] : list[0];
          if (pick) take(pick);
          else if (exact(typed)) take(exact(typed));
          else refuse(typed);
        }).catch(() => refuse(typed));
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      } else if (e.key === 'Backspace' && e.target.value === '' && current.current.length) {
        e.preventDefault();
        change(current.current.slice(0, -1));
      }
    };
    const onBlur = e => {
      setOpen(false);
      const typed = e.target.value.trim();
      const hit = typed && exact(typed);
      if (hit) take(hit);
    };
    const listId = ownListId || uid + '-list';
    const optionId = n => uid + '-opt-' + n;
    const expanded = open && shown.length > 0;
    return html`<div class="multi-picker" data-name=${name}>
      <ul class="chips" id=${chipsId || undefined} aria-label=${App.t('uiChosen').replace('{0}', label)}>${chosen.map(c => html`<li key=${c.code} class="chip"
        data-code=${c.code} title=${c.code}><span class="chip-name">${c.label}</span><button type="button" class="chip-remove"
        aria-label=${App.t('uiRemoveEntry').replace('{0}', c.label)} onClick=${() => remove(c.code)}>×</button></li>`)}</ul>
      <span class="multi-picker-input"><input ref=${input} id=${inputId} name=${name} data-field=${field || name} aria-label=${label}
        placeholder=${placeholder || App.t('uiPickSeveral')} value=${text} role="combobox" aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${listId} autocomplete="off" maxlength="40"
        aria-activedescendant=${expanded && shown[active] ? optionId(active) : undefined}
        onInput=${e => { setText(e.target.value); setOpen(true); clearInputError(e.target); }} onKeyDown=${onKey}
        onFocus=${() => setOpen(true)} onBlur=${onBlur} /></span>
      <ul id=${listId} class="picker-list" role="listbox" aria-label=${label} hidden=${!expanded}>${shown.map((i, n) => html`<li
        key=${i.code} id=${optionId(n)} role="option" data-code=${i.code} aria-selected=${n === active ? 'true' : 'false'}
        aria-disabled=${isChosen(i) ? 'true' : undefined} class=${(n === active ? 'active' : '') + (isChosen(i) ? ' chosen' : '')}
        onMouseDown=${e => { e.preventDefault(); take(i); }}>${isChosen(i) ? '✓ ' : ''}${i.label}${
        i.hint ? html` <span class="hint">${i.hint}</span>` : ''}</li>`)}</ul>
    </div>`;
  }

  /**
   * The multi-pickers under {@code root} holding typed text that was not taken (a name of no entry):
   * [{field, reason: 'NOT_IN_LIST', text}] as {@link FieldError} shows them, naming the text.
   */
  function pendingEntries(root) {
    return Array.from(root.querySelectorAll('.multi-picker input')).filter(i => i.value.trim()).map(i => ({field: i.name,
      reason: 'NOT_IN_LIST', text: App.notInListText(i.value.trim(), App.fieldLabel(i.name, root))}));
  }

  /**
   * A {@link MultiPicker} in {@code host} for a page without Preact components of its own; returns
   * {codes(), set(codes), clear(), checked()}: {@code checked()} gives the codes and throws the page's
   * "not in the list" refusal (App.notInListError, shown under the field by App.showError) when text
   * that names no entry is left in the input — so it is never sent.
   */
  function mountMultiPicker(host, props) {
    let codes = (props.initial || []).slice();
    let key = 0;
    const draw = () => render(html`<${MultiPicker} key=${key} ...${props} initial=${codes} onChange=${c => { codes = c; }} />`, host);
    draw();
    return {
      codes: () => codes.slice(),
      set(next) { codes = (next || []).slice(); key++; draw(); },
      clear() { codes = []; key++; draw(); },
      checked() {
        const typed = (host.querySelector('input').value || '').trim();
        if (typed) throw App.notInListError(props.name, [typed], host.closest('form, .card, section, main'));
        return codes.slice();
      },
    };
  }

  /**
   * The API's message for one field, right after its control (字段错误): {@code errors} as given by
   * App.fieldErrors(err, form) — each worded with the label of that form's control, so a dialog's
   * field is never named after a control of the same name elsewhere on the page.
   */
  function FieldError({errors, field}) {
    const mine = (errors || []).filter(e => e.field === field);
    return mine.length ? html`<span class="field-error" id=${'err-' + field} role="alert">${
      mine.map(e => e.text || App.fieldMessage(e)).join(' ')}</span>` : '';
  }

  /** A dialog (对话框): a panel over the page; Esc or the close button closes it; focus goes inside. */
  function Dialog({title, onClose, children}) {
    const ref = hooks.useRef(null);
    hooks.useEffect(() => {
      const first = ref.current && ref.current.querySelector('input, textarea, select, button');
      if (first) first.focus();
      const esc = e => { if (e.key === 'Escape') { e.preventDefault(); onClose(); } };
      document.addEventListener('keydown', esc);
      return () => document.removeEventListener('keydown', esc);
    }, []);
    return html`<div class="dialog-backdrop"><div class="dialog" role="dialog" aria-modal="true" aria-label=${title} ref=${ref}>
      <div class="row dialog-head"><strong>${title}</strong><button type="button" class="secondary" aria-label=${App.t('uiClose')}
        onClick=${onClose}>×</button></div>${children}</div></div>`;
  }

  /**
   * Keeps the keyboard focus (焦点保持) inside the element of {@code ref} across every re-render of a
   * keyboard-driven list: the focused row is remembered by its id (App.focusSpot) when it gets the
   * focus; when a render drops the focus to the page (a row moved, re-created or replaced), the same
   * row — or the one now at its place — gets it back (App.restoreFocus). A click elsewhere forgets it.
   */
  function useKeepFocus(ref) {
    hooks.useEffect(() => {
      const container = ref.current;
      if (!container) return undefined;
      let spot = null;
      const remember = () => { spot = App.focusSpot(container); };
      const forget = e => { if (!container.contains(e.target)) spot = null; };
      const lost = () => !document.activeElement || document.activeElement === document.body;
      const observer = new MutationObserver(() => { if (spot && lost()) App.restoreFocus(container, spot); });
      container.addEventListener('focusin', remember);
      document.addEventListener('mousedown', forget, true);
      observer.observe(container, {childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden']});
      return () => {
        observer.disconnect();
        container.removeEventListener('focusin', remember);
        document.removeEventListener('mousedown', forget, true);
      };
    }, []);
  }

  /** Tabs: [{id, label, count}] (count null: still loading; no count key: no badge), the active id, {@code onSelect(id)}. */
  function Tabs({tabs, active, onSelect}) {
    return html`<div class="tabs" role="tablist">${tabs.map(t => html`<button type="button" role="tab" id=${'tab-' + t.id}
      aria-selected=${t.id === active ? 'true' : 'false'} class=${'tab' + (t.id === active ? ' active' : '')}
      onClick=${() => onSelect(t.id)}>${t.label}${'count' in t ? html` <span class="badge">${t.count == null ? '…' : t.count}</span>` : ''}</button>`)}</div>`;
  }

  return {h, html, render, hooks, toast, busy, useKeepFocus, Pager, DataTable, Picker, MultiPicker, mountMultiPicker, pendingEntries, Dialog, Tabs, FieldError};
})();
