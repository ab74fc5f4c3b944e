/* Shared code of the pages: language (Chinese by default, English switch), API calls with
   problem+json errors, the page header, and small formatting helpers. No framework. */
'use strict';

/* The texts of the pages live on the server, in the message bundle (i18n/messages_zh|en.properties,
   see docs/i18n.md): App.init() loads them from GET /api/messages before the page renders. */

/**
 * Safe HTML (安全输出): the one place where pages turn data into markup.
 *
 * App.html`<td>${value}</td>` escapes every interpolated value for where it lands:
 *  - text and quoted attribute values: HTML-escaped (& < > " ' ` =), so a value can neither end its
 *    element nor its attribute;
 *  - the start of a URL attribute (href, src, action, formaction …): only http(s), mailto and
 *    relative URLs pass; "javascript:", "data:" and other schemes become "about:blank";
 *  - the rest of a URL attribute (after "ticket.html?id="): percent-encoded (encodeURIComponent);
 *  - unquoted attribute values, inline event handlers (on…=) and style attributes are refused with
 *    an Error: the Content-Security-Policy forbids them, and so does this helper.
 * Values that are themselves App.html results (or arrays of them) are inserted as they are; null,
 * undefined and false insert nothing. App.render / App.append are the only ways such markup
 * reaches the DOM; with Trusted Types enforced by the CSP, a plain string assigned to innerHTML is
 * refused by the browser.
 */
class SafeHtml {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}

const Html = (() => {
  const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;'};
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'data', 'background'];
  const policy = window.trustedTypes ? window.trustedTypes.createPolicy('hotline', {createHTML: s => s}) : null;

  const escape = value => String(value).replace(/[&<>"'`=]/g, c => ESCAPES[c]);

  /** A URL as a whole: relative, http(s) or mailto; anything else (javascript:, data:, vbscript:) is refused. */
  function safeUrl(value) {
    const url = String(value).trim();
    // browsers drop tabs and newlines inside a scheme ("java\tscript:"), so look at it without them
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
    return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase()) ? url : 'about:blank';
  }

  /** Where the next value lands, judged from the markup written so far. */
  function contextOf(markup) {
    const tag = /<[a-zA-Z][^<>]*$/.exec(markup);
    if (!tag) return {kind: 'text'};
    const attr = /\s([^\s"'<>\/=]+)\s*=\s*(["'])([^"']*)$/.exec(tag[0]);
    if (!attr || tag[0].lastIndexOf(attr[2]) !== tag[0].length - attr[3].length - 1) return {kind: 'tag'};
    const name = attr[1].toLowerCase();
    if (name.startsWith('on') || name === 'style' || name === 'srcdoc') return {kind: 'forbidden', name};
    if (URL_ATTRIBUTES.includes(name)) return {kind: attr[3] === '' ? 'url' : 'urlPart'};
    return {kind: 'attribute'};
  }

  function write(context, value) {
    if (value == null || value === false) return '';
    if (Array.isArray(value)) return value.map(v => write(context, v)).join('');
    if (value instanceof SafeHtml) {
      if (context.kind === 'text' || context.kind === 'tag') return value.text;
      throw new Error('markup inside an attribute value');
    }
    switch (context.kind) {
      case 'text': case 'attribute': return escape(value);
      case 'url': return escape(safeUrl(value));
      case 'urlPart': return escape(encodeURIComponent(String(value)));
      case 'tag': if (String(value) === '') return ''; throw new Error('unquoted attribute value in a template');
      default: throw new Error('no data in the ' + context.name + ' attribute');
    }
  }

  return {
    /** The tagged template: App.html`<a href="ticket.html?id=${t.id}">${t.number}</a>` → SafeHtml. */
    html(strings, ...values) {
      let markup = strings[0];
      values.forEach((value, i) => { markup += write(contextOf(markup), value) + strings[i + 1]; });
      return new SafeHtml(markup);
    },
    escape,
    safeUrl,
    /** The SafeHtml as the browser's TrustedHTML where Trusted Types exist; refuses anything else. */
    trusted(safe) {
      if (!(safe instanceof SafeHtml)) throw new TypeError('App.render takes App.html`…` markup, not a string');
      return policy ? policy.createHTML(safe.text) : safe.text;
    },
  };
})();

const App = {
  lang: localStorage.getItem('hotline.lang') === 'en' ? 'en' : 'zh',
  me: null,

  /** The texts of the pages in App.lang (key → text), loaded by App.loadMessages(). */
  messages: {},

  t(key) {
    return App.messages[key] || key;
  },

  /** Whether the bundle holds {@code key}. */
  has(key) {
    return Object.prototype.hasOwnProperty.call(App.messages, key);
  },

  /**
   * A text with a count in it (复数形式), in the plural form the language wants for {@code n}:
   * {@code key_one}, {@code key_few} … of the bundle when it holds one for the category
   * Intl.PluralRules gives (English: one / other; Chinese has one form), else {@code key} itself.
   * {@code vars} fill {0} / {name} placeholders. "1 earlier ticket", "2 earlier tickets", "共 1 件".
   */
  plural(key, n, vars = {}) {
    const rule = new Intl.PluralRules(App.lang === 'en' ? 'en' : 'zh-CN').select(Number(n));
    const text = App.t(App.has(key + '_' + rule) ? key + '_' + rule : key);
    return text.replace(/\{(\w+)\}/g, (all, k) => (k in vars ? String(vars[k]) : all));
  },

  /** A history action's label: NAME_ACTION where the action and a status share a name (签收 / 已签收). */
  action(name) {
    return App.t(App.has(name + '_ACTION') ? name + '_ACTION' : name);
  },

  /** A reason's label from its code (reason_CODE); a reason stored as text before codes shows as written. */
  reason(code) {
    return App.has('reason_' + code) ? App.t('reason_' + code) : code;
  },

  /** Loads the pages' texts in App.lang (GET /api/messages; no login needed; revalidated by ETag). */
  async loadMessages() {
    const res = await fetch('/api/messages?lang=' + encodeURIComponent(App.lang),
      {headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
    if (res.ok) App.messages = await res.json();
    return App.messages;
  },

  toggleLang() {
    localStorage.setItem('hotline.lang', App.lang === 'zh' ? 'en' : 'zh');
    location.reload();
  },

  /**
   * fetch JSON from the API; throws an Error carrying the problem (status, code, errors). With
   * {@code options.paged}: {items, total, page, size} of a list paged by headers (X-Total-Count).
   */
  async api(path, options = {}) {
    const headers = Object.assign({'Accept': 'application/json', 'Accept-Language': App.lang}, options.headers || {});
    // a file (Blob) goes as it is, with the Content-Type the caller gives; other objects as JSON
    if (options.body && typeof options.body !== 'string' && !(options.body instanceof Blob)) {
      headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(options.body);
    }
    const res = await fetch('/api' + path, Object.assign({}, options, {headers, credentials: 'same-origin'}));
    if (res.status === 401) {
      location.href = '/login.html';
      throw new Error('401');
    }
    if (res.status === 503) { // transient (database busy or down): nothing was changed, the user may retry
      const err = new Error(App.t('serviceUnavailable'));
      err.problem = {status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: Number(res.headers.get('Retry-After')) || 5};
      throw err;
    }
    const type = res.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await res.json() : null;
    if (!res.ok) {
      const err = new Error(body && body.detail ? body.detail : res.statusText);
      err.problem = body || {status: res.status};
      throw err;
    }
    // a paged list sent as a JSON array with its paging in headers (GET /api/ratings …)
    if (options.paged) {
      const number = (name, fallback) => (res.headers.get(name) === null ? fallback : Number(res.headers.get(name)));
      return {items: body, total: number('X-Total-Count', body.length), page: number('X-Page', 0),
        size: number('X-Page-Size', body.length || 1)};
    }
    return body;
  },

  /**
   * The words the user sees for an API field: the label of the form field of that name (its
   * <label>, aria-label or placeholder) under {@code root}, else the page-independent name
   * (field_<name> in the message bundle), else the field as sent. Never shows an internal name when one is known.
   */
  /** A label's own words: without the error messages shown inside it (.field-error, .error). */
  labelText(label) {
    const copy = label.cloneNode(true);
    copy.querySelectorAll('.field-error, .error, [role=alert]').forEach(e => e.remove());
    return copy.textContent;
  },

  fieldLabel(field, root) {
    const name = String(field);
    const el = App.fieldControl(name, root);
    // a group of radios (fieldset) is named by its legend: the re-visit's 复访结果, not the callback's 回访结果
    const legend = el && el.tagName === 'FIELDSET' && el.querySelector('legend');
    const own = el && ((el.labels && el.labels[0] && App.labelText(el.labels[0])) || el.getAttribute('aria-label')
      || (legend && legend.textContent) || el.getAttribute('placeholder'));
    // the label's own name: without a trailing colon or star, nor a hint in brackets ("问题标签（可多选）")
    if (own && own.trim()) return own.trim().replace(/[：:*＊]\s*$/, '').replace(/\s*[（(][^（()）]*[）)]\s*$/, '').replace(/[：:*＊]\s*$/, '');
    const known = App.t('field_' + name);
    return known === 'field_' + name ? name : known;
  },

  /**
   * The control the user sees for an API field under {@code root}: the element named so, else one that
   * declares it answers for that field ({@code data-field="reasons tags"}: the problem-tag picker
   * stands for the callback's {@code reasons}); null when the form shows no such control.
   */
  fieldControl(field, root) {
    const name = CSS.escape(String(field));
    const scope = root || document;
    return scope.querySelector('[name="' + name + '"]:not([type=hidden])') || scope.querySelector('[data-field~="' + name + '"]')
      || scope.querySelector('[name="' + name + '"]');
  },

  /**
   * The field message of a problem in the user's words: the field named as this form labels it. The
   * server names a field by its own label ({@code e.label}: “报告”) or, in older messages, by its JSON
   * name; either is replaced by the label shown next to the control (“整改情况反馈”) when the form has one.
   */
  fieldMessage(e, root) {
    const field = String(e.field);
    const label = App.fieldLabel(field, root);
    let text = String(e.message || '');
    if (label === field) return text;
    if (e.label && e.label !== field) {
      return text.split('“' + e.label + '”').join('“' + label + '”').split('"' + e.label + '"').join('"' + label + '"');
    }
    return text.split(field).join(label);
  },

  /** Shows a problem next to the form: the detail and every field message, in the user's words. */
  showError(target, err, where) {
    const p = err.problem || {};
    const near = where && where.closest ? where : target;
    // the acting button's own form: a ticket page's action form (.action-form) among several in one card
    const root = near && near.closest ? (near.closest('form, tr, .action-form, .card, section, main') || document) : document;
    (p.errors || []).forEach(e => {
      // the server saw no code (REQUIRED) or an unknown one for a picker whose typed text names nothing
      // in its list: say which entry was not found, not "required" for text the user did type
      const control = App.fieldControl(e.field, root);
      const typed = control && control.list && control.list.codes && (control.value || '').trim();
      if (typed && e.reason !== 'NOT_IN_LIST' && !App.pickedCode(control)) e.message = App.notInListText(typed, App.fieldLabel(e.field, root));
      // an invisible character: the server's message says where and which (position, codePoint)
    });
    // each error once (每条错误只显示一次): a field's error next to its control only; the banner holds
    // the errors that belong to no control shown, and the detail only when no field error is shown
    const controlOf = e => App.fieldControl(e.field, root) || document.getElementsByName(String(e.field))[0];
    const errors = p.errors || [];
    const placed = errors.filter(controlOf);
    const lines = Array.from(new Set((placed.length ? [] : [err.message])
      .concat(errors.filter(e => !placed.includes(e)).map(e => App.fieldMessage(e, root)))));
    target.replaceChildren();
    target.className = lines.length ? 'msg error' : 'msg';
    lines.forEach(l => { const d = document.createElement('div'); d.textContent = l; target.appendChild(d); });
    App.clearFieldErrors(root);
    placed.forEach(e => App.showFieldError(controlOf(e), App.fieldMessage(e, root)));
    return lines;
  },

  /**
   * Shows {@code text} right after the control (inline, 字段旁提示): marks it invalid (aria-invalid)
   * and links the message to it (aria-describedby); one message per control, replaced on the next.
   */
  showFieldError(field, text) {
    field.classList.add('invalid');
    field.setAttribute('aria-invalid', 'true');
    const id = 'err-' + (field.name || field.id || field.dataset.field || 'field').replace(/\W+/g, '-');
    let box = field.fieldError && field.fieldError.isConnected ? field.fieldError : null;
    if (!box) {
      box = document.createElement('span');
      box.className = 'field-error inline';
      box.setAttribute('role', 'alert');
      App.fieldHolder(field.closest('.tag-picker, .picker') || field).appendChild(box);
      field.fieldError = box;
    }
    box.id = document.getElementById(id) && document.getElementById(id) !== box ? id + '-' + Date.now() : id;
    box.textContent = text;
    field.setAttribute('aria-describedby', box.id);
  },

  /**
   * The element an inline error of {@code control} goes into (字段错误位置), so that the error sits under
   * its own control and never becomes a cell of its own: in a grid or flex form (form.grid, .row) the
   * control is wrapped once in a span.field-wrap that takes the control's place (its grid column and
   * flex share) and holds the control with its error below it; elsewhere a span.field-slot right after
   * the control. Keeps the keyboard focus where it was.
   */
  fieldHolder(control) {
    const parent = control.parentElement;
    if (parent && parent.classList.contains('field-wrap')) return parent;
    const display = parent ? getComputedStyle(parent).display : '';
    if (!/grid|flex/.test(display)) {
      let slot = control.nextElementSibling;
      if (!slot || !slot.classList.contains('field-slot')) {
        slot = document.createElement('span');
        slot.className = 'field-slot';
        control.insertAdjacentElement('afterend', slot);
      }
      return slot;
    }
    const own = getComputedStyle(control);
    const wrap = document.createElement('span');
    wrap.className = 'field-wrap';
    ['gridColumnStart', 'gridColumnEnd', 'gridRowStart', 'gridRowEnd', 'flexGrow', 'flexShrink', 'flexBasis', 'minWidth', 'maxWidth',
      'alignSelf'].forEach(p => { wrap.style[p] = own[p]; });
    if (/flex/.test(display) && own.width !== 'auto' && control.style.width) wrap.style.width = control.style.width;
    const focused = document.activeElement;
    control.replaceWith(wrap);
    wrap.appendChild(control);
    if (focused && control.contains(focused) && document.activeElement !== focused) focused.focus();
    return wrap;
  },

  /**
   * Removes the inline field messages (and invalid marks) under {@code root} (see showFieldError),
   * also a message of a control under {@code root} that sits elsewhere. A success, a form's reset and
   * a new task call it: an old error never outlives the input it was about.
   */
  clearFieldErrors(root) {
    const scope = root || document;
    scope.querySelectorAll('.invalid[aria-invalid]').forEach(f => {
      f.classList.remove('invalid');
      f.removeAttribute('aria-invalid');
      if (f.fieldError) {
        if (f.getAttribute('aria-describedby') === f.fieldError.id) f.removeAttribute('aria-describedby');
        f.fieldError.remove();
      }
    });
    scope.querySelectorAll('.field-error.inline').forEach(e => e.remove());
  },

  /**
   * The problem's field errors with their message in the user's words for the form {@code root}
   * (each error gains {@code text}): what the Preact forms show next to each control.
   */
  fieldErrors(err, root) {
    return ((err.problem || {}).errors || []).map(e => Object.assign({}, e, {text: App.fieldMessage(e, root)}));
  },

  /**
   * Runs an action on the API with the button that started it busy, then says "saved" next to that
   * button (and in {@code target}) and reloads, or shows the problem there. The button is
   * {@code options.button}, else the focused button (the one just clicked or pressed).
   */
  async run(target, action, reload, options = {}) {
    const active = document.activeElement;
    const button = options.button || (active && active.tagName === 'BUTTON' ? active : null);
    const okText = options.okText || App.doneText(button, options.subject);
    const main = document.querySelector('main') || document.body;
    const spot = button && main.contains(button) ? App.focusSpot(main, button) : null;
    // the rows that followed the acted one: the "next row" after the action is the first of them
    if (spot && spot.row) spot.following = Array.from(main.querySelectorAll('[' + spot.row[0] + ']')).slice(spot.rowIndex + 1)
      .map(r => r.getAttribute(spot.row[0]));
    const holder = button && button.closest('section, .card, fieldset');
    let failed = false;
    const work = async () => {
      try {
        await action();
      } catch (err) {
        failed = true;
        const lines = App.showError(target, err, button);
        // a banner/toast only for what no field shows (each error once)
        if (lines.length) App.toast(lines.join(' '), {kind: 'error', near: button});
        return;
      }
      App.showOk(target, okText);
      App.clearFieldErrors(button ? button.closest('form, tr, .card, section') : null);
      App.toast(okText, {near: button});
      try {
        if (reload) await reload();
      } catch (err) {
        // done, and the ticket has left the user's sight (returned, re-routed, merged …): say what
        // was done on the page the user goes back to, never "not found" for a success
        if (err.problem && [403, 404].includes(err.problem.status)) { App.leave(okText, options.back); return; }
        failed = true;
        App.showError(target, err, button);
      }
      App.refreshBell();
    };
    // refused: the focus goes to the first field marked invalid, else stays on the button; done: to the next row/task
    const settle = () => {
      if (failed && App.focusFirstInvalid(holder || main)) return;
      if (failed && button.isConnected) { button.focus(); return; }
      App.focusAfterAction(main, spot, button, holder);
    };
    if (!button) { await work(); return undefined; }
    if (button.getAttribute('aria-busy') === 'true') return undefined;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      return await work();
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      settle();
    }
  },

  /**
   * After an in-place action (就地操作后的焦点) the keyboard goes on where the work goes on, never to
   * &lt;body&gt;: the same control of the next row that has one (the next 签收), else the acting button
   * when it is still shown, else the first control of its row or the row now at its place, else the
   * first control of its section, else the page's work (App.focusMain). Does nothing while the focus
   * is on a control (a page that placed it itself). {@code spot} from App.focusSpot before the action.
   */
  focusAfterAction(container, spot, button, holder) {
    const now = document.activeElement;
    if (now && now !== document.body && now !== document.documentElement && now.isConnected) return now;
    const visible = el => el && el.isConnected && !el.disabled && el.getClientRects().length > 0;
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]';
    let target = null;
    if (spot && spot.row && spot.control) {
      const key = spot.row[0];
      const rows = Array.from(container.querySelectorAll('[' + key + ']'));
      const controlOf = id => rows.filter(r => r.getAttribute(key) === id).map(r => r.querySelector(spot.control)).find(visible);
      target = (spot.following || []).map(controlOf).find(Boolean) || null;
      // none after it: the same control of the last row that still has one
      if (!target) target = rows.map(r => r.querySelector(spot.control)).filter(visible).pop() || null;
    }
    if (!target && visible(button)) target = button;
    if (!target && spot) target = App.restoreFocus(container, spot);
    if (!target && holder && holder.isConnected) target = Array.from(holder.querySelectorAll(focusable)).find(visible) || null;
    if (target && target !== document.activeElement) target.focus({preventScroll: true});
    return target || App.focusMain();
  },

  /** Puts the focus on the first control marked invalid under {@code root}; returns it, or null. */
  focusFirstInvalid(root) {
    const field = root && root.querySelector('[aria-invalid=true]');
    if (field) field.focus();
    return field || null;
  },

  /**
   * Leaves a page whose subject the user no longer sees after a successful action (结果已离开视线):
   * {@code text} (what was done: "已退回：20261130-000002") is shown on the page opened next
   * ({@code back}, else the user's home: the worklist), by App.init (see App.showFlash).
   */
  leave(text, back) {
    sessionStorage.setItem('hotline.flash', text);
    location.href = back || (App.me ? App.home(App.me) : '/');
  },

  /** Shows the text left by App.leave (once) in the page's #msg and as a toast. */
  showFlash() {
    const text = sessionStorage.getItem('hotline.flash');
    if (!text) return;
    sessionStorage.removeItem('hotline.flash');
    const target = document.getElementById('msg');
    if (target) { App.showOk(target, text); target.setAttribute('role', 'status'); }
    App.toast(text);
  },

  /**
   * What was just done, in the user's words (not a bare "已保存"): the pressed button's label and
   * what it acted on — {@code subject}, else the ticket (its number: the first link of the button's
   * row or card), else the heading of the button's section. "已完成“签收”：20261130-000001" /
   * "Done “Sign”: 20261130-000001". Without a button: the subject alone, else "已保存".
   */
  doneText(button, subject) {
    const label = button ? (button.getAttribute('aria-label') || button.textContent || '').replace(/\s+/g, ' ').trim() : '';
    let what = subject;
    if (!what && button) {
      const holder = button.closest('tr, .card, section, form');
      const link = holder && holder.querySelector('a[href*="ticket.html?id="], a[href*="slips.html?id="]');
      const heading = button.closest('section, form, main');
      const h = heading && heading.querySelector('h1, h2, h3, legend');
      what = link ? link.textContent.trim() : h ? h.textContent.replace(/\s+/g, ' ').trim() : '';
    }
    if (!label) return what ? App.t('uiSavedWhat').replace('{0}', what) : App.t('saved');
    // what was done in words ("已签收：20261130-000001"), from the button's action (data-done, data-act or
    // data-t: bundle done_<action>); the button's name in quotes only for an action without such words
    const action = button.dataset.done || button.dataset.act || button.dataset.t;
    const done = action ? App.t('done_' + action) : '';
    if (action && done !== 'done_' + action) return done.replace('{0}', what || '').replace(/[：:]\s*$/, '').trim();
    return App.t(what ? 'uiDoneWhat' : 'uiDoneAction').replace('{0}', label).replace('{1}', what || '');
  },

  /**
   * A toast (提示): {@code text} shown next to {@code near} (the button or row the user acted on; else
   * at the bottom right), announced to screen readers (role=status); click closes it; an error stays
   * 10 s, a confirmation 4 s; one anchored next to a button lets clicks through to the buttons
 * under it (CSS pointer-events). A new toast for the same place replaces the one shown there (a refused
   * then accepted reply shows only the acceptance); toasts of different places never overlap: a new
   * one moves below any it would cover. Plain DOM (textContent, CSSOM), so every page has it.
   */
  toast(text, {kind = 'ok', near = null, timeout} = {}) {
    let host = document.getElementById('toasts');
    if (!host) {
      host = document.createElement('div');
      host.id = 'toasts';
      host.setAttribute('role', 'status');
      host.setAttribute('aria-live', 'polite');
      document.body.appendChild(host);
    }
    const anchored = near && near.isConnected;
    // one toast per place: the previous one of this button/row (or of the corner) goes; a confirmation
    // also takes away every error toast still shown (stale: it spoke of an earlier attempt)
    Array.from(host.children).filter(t => (anchored ? t.anchor === near : !t.anchor)
      || (kind === 'ok' && t.classList.contains('error'))).forEach(t => t.remove());
    const el = document.createElement('div');
    el.className = 'toast ' + kind;
    el.textContent = text;
    host.appendChild(el);
    if (anchored) {
      el.anchor = near;
      const r = near.getBoundingClientRect();
      el.classList.add('anchored');
      let top = Math.min(window.innerHeight - 60, Math.max(8, r.bottom + 6));
      const left = Math.max(8, Math.min(window.innerWidth - 380, r.left));
      el.style.top = top + 'px';
      el.style.left = left + 'px';
      // stacked: below every other anchored toast it would overlap
      const others = Array.from(host.children).filter(t => t !== el && t.anchor);
      for (let moved = true, guard = 0; moved && guard < others.length + 1; guard++) {
        moved = false;
        const mine = el.getBoundingClientRect();
        for (const o of others) {
          const b = o.getBoundingClientRect();
          if (mine.left < b.right && b.left < mine.right && mine.top < b.bottom && b.top < mine.bottom) {
            top = b.bottom + 6;
            el.style.top = top + 'px';
            moved = true;
          }
        }
      }
    }
    const close = () => el.remove();
    el.addEventListener('click', close);
    setTimeout(close, timeout || (kind === 'error' ? 10000 : 4000));
    return el;
  },

  /** Shows a success in {@code target}; the inline errors of its form or card go (they were about the input just accepted). */
  showOk(target, text) {
    target.className = 'msg ok';
    target.textContent = text;
    const holder = target.closest && target.closest('form, tr, .card, section');
    if (holder) App.clearFieldErrors(holder);
  },

  /**
   * An ISO date-time as Shanghai wall time "yyyy-MM-dd HH:mm": "2026-11-23T21:33:39.872+08:00" →
   * "2026-11-23 21:33"; an instant in another offset ("2026-11-30T09:20:05Z") is converted
   * ("2026-11-30 17:20"); a value without an offset is taken as Shanghai time already.
   */
  time(iso) {
    if (!iso) return '';
    const text = String(iso);
    const zoned = /T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/i.exec(text);
    if (!zoned || zoned[3] === '+08:00' || zoned[3] === '+0800') return text.substring(0, 16).replace('T', ' ');
    const at = new Date(text);
    if (isNaN(at.getTime())) return text.substring(0, 16).replace('T', ' ');
    const parts = Object.fromEntries(App.SHANGHAI.formatToParts(at).map(p => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
  },

  /** The month in progress in Asia/Shanghai (yyyy-MM), whatever the browser's own time zone. */
  shanghaiMonth(at = new Date()) {
    const parts = Object.fromEntries(App.SHANGHAI.formatToParts(at).map(p => [p.type, p.value]));
    return parts.year + '-' + parts.month;
  },

  /** Shanghai wall-time parts of an instant (see App.time). */
  SHANGHAI: new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}),

  /** Escaped markup (tagged template); see Html above. */
  html: Html.html,

  /**
   * Puts the keyboard focus on the page's work: the element named by {@code <main data-skip>} (its
   * first row or control when it has one), else the main heading. Returns the element focused.
   */
  focusMain() {
    const main = document.querySelector('main');
    if (!main) return null;
    const area = main.dataset.skip && document.getElementById(main.dataset.skip);
    let target = area && area.querySelector('tr[tabindex], a[href], button:not([disabled]), input, select, textarea');
    if (!target) {
      target = area || main.querySelector('h1') || main;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    }
    target.focus();
    return target;
  },

  /**
   * Replaces the children of {@code el} with App.html markup (never a plain string). The keyboard
   * focus survives the re-render (焦点保持): if it was inside {@code el}, the same control of the same
   * row (by the row's id) gets it back; when that row has left, the row that took its place does.
   */
  render(el, safe) {
    const spot = App.focusSpot(el);
    el.innerHTML = Html.trusted(safe);
    if (spot) App.restoreFocus(el, spot);
    return el;
  },

  /** The row keys a list may carry, most specific first (ticket, callback task, slip, user). */
  ROW_KEYS: ['data-id', 'data-task', 'data-slip', 'data-username'],

  /**
   * Where the keyboard focus is inside {@code container}, told by ids rather than by node (a re-render
   * replaces the nodes): {row: [attribute, value], rowIndex, control: selector, nth}; null when the
   * focus is elsewhere.
   */
  focusSpot(container, element) {
    const active = element || document.activeElement;
    if (!active || active === document.body || !container.contains(active) || active === container) return null;
    const keys = App.ROW_KEYS.map(k => '[' + k + ']').join(',');
    const row = active.closest(keys);
    const inside = row && container.contains(row) ? row : null;
    const key = inside ? App.ROW_KEYS.find(k => inside.hasAttribute(k)) : null;
    const selectorOf = node => {
      for (const attr of ['data-act', 'data-slip-act', 'data-claim', 'data-i', 'name', 'id']) {
        if (node.hasAttribute(attr)) return node.tagName.toLowerCase() + '[' + attr + '="' + CSS.escape(node.getAttribute(attr)) + '"]';
      }
      return node.tagName.toLowerCase();
    };
    const control = active === inside ? null : selectorOf(active);
    const scope = inside || container;
    const nth = control ? Array.from(scope.querySelectorAll(control)).indexOf(active) : 0;
    const rows = inside ? Array.from(container.querySelectorAll('[' + key + ']')) : [];
    return {row: inside ? [key, inside.getAttribute(key)] : null, rowIndex: rows.indexOf(inside), control, nth};
  },

  /**
   * Gives the focus back to the spot found by {@link focusSpot} after {@code container} was re-rendered:
   * the same control of the same row; else the same row's first control; else the row now at the
   * same place (or the last row). Returns the element focused, or null.
   */
  restoreFocus(container, spot) {
    if (!spot || (document.activeElement && document.activeElement !== document.body && container.contains(document.activeElement))) return null;
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';
    let target = null;
    if (spot.row) {
      const [key, value] = spot.row;
      const rows = Array.from(container.querySelectorAll('[' + key + ']'));
      const same = rows.find(r => r.getAttribute(key) === value);
      if (same) {
        target = spot.control ? same.querySelectorAll(spot.control)[spot.nth] || same.querySelector(focusable) : same;
      } else if (rows.length) {
        const next = rows[Math.max(0, Math.min(spot.rowIndex, rows.length - 1))];
        target = next.hasAttribute('tabindex') ? next : next.querySelector(focusable);
      }
    } else if (spot.control) {
      target = container.querySelectorAll(spot.control)[spot.nth] || null;
    }
    if (!target || target.offsetParent === null && target.getClientRects().length === 0) target = target && target.closest('[tabindex]');
    if (target) target.focus({preventScroll: true});
    return target || null;
  },

  /** Appends App.html markup at the end of {@code el}. */
  append(el, safe) {
    el.insertAdjacentHTML('beforeend', Html.trusted(safe));
    return el;
  },

  /** Units and catalogue items by code, fetched once per page: {unitName(code), itemTitle(code)}. */
  async references() {
    if (!App.referencesOnce) {
      App.referencesOnce = Promise.all([App.api('/units'), App.api('/catalogue').catch(() => [])]).then(([units, items]) => {
        const unit = new Map(units.map(u => [u.code, u.name]));
        const item = new Map(items.map(i => [i.code, App.labelled(i.unitName, i.title)]));
        return {unitName: c => unit.get(c) || c, itemTitle: c => item.get(c) || c};
      });
    }
    return App.referencesOnce;
  },

  /**
   * A history event's detail in the user's words: "unit=PS-X;catalogue=CAT-Y;version=2" →
   * "承办单位：城关派出所；依据：城关派出所：治安…（第 2 版）"; a bare code (a channel) → its name.
   */
  describeDetail(detail, refs) {
    const text = String(detail);
    if (!text.includes('=')) return App.t(text);
    const parts = Object.fromEntries(text.split(';').filter(p => p.includes('=')).map(p => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
    const unit = c => (refs ? refs.unitName(c) : c);
    const out = [];
    if (parts.unit) out.push(App.labelled(App.t('unit'), unit(parts.unit)));
    if (parts.from) out.push(App.labelled(App.t('uiFromUnit'), unit(parts.from)));
    if (parts.catalogue) out.push(App.labelled(App.t('uiReliedOn'), (refs ? refs.itemTitle(parts.catalogue) : parts.catalogue)
      + (parts.version ? App.t('uiVersion').replace('{0}', parts.version) : '')));
    if (parts.main) out.push(App.labelled(App.t('mainNumber'), parts.main));
    if (parts.call) out.push(App.labelled(App.t('uiCall'), parts.call));
    if (parts.via) out.push(App.labelled(App.t('uiVia'), parts.via));
    Object.keys(parts).filter(k => !['unit', 'from', 'catalogue', 'version', 'main', 'call', 'via'].includes(k))
      .forEach(k => out.push(App.t('field_' + k) === 'field_' + k ? parts[k] : App.labelled(App.t('field_' + k), parts[k])));
    return App.joinClauses(out);
  },

  /** Text escaped for HTML text and quoted attributes (quotes included). Prefer App.html. */
  esc(text) {
    return text == null ? '' : Html.escape(text);
  },

  /** A positive whole-number id from the page's URL (?name=), or null: never raw URL text. */
  idParam(name) {
    const value = new URLSearchParams(location.search).get(name);
    return /^[1-9][0-9]{0,17}$/.test(value || '') ? value : null;
  },

  home(me) {
    const r = me.roles;
    if (r.includes('operator')) return 'intake.html';
    if (r.includes('dispatcher')) return 'dispatch.html';
    if (r.includes('chief')) return 'chief.html';
    if (r.includes('officer') || r.includes('agency')) return 'worklist.html';
    if (r.includes('callback')) return 'callback.html';
    if (r.includes('leader')) return 'leader.html';
    if (r.includes('director')) return 'slips.html';
    if (r.includes('admin')) return 'calendar.html';
    return 'tickets.html';
  },

  /** Loads the user, draws the header with the pages this user's roles open, translates [data-t]. */
  async init() {
    document.documentElement.lang = App.lang === 'zh' ? 'zh-CN' : 'en';
    await App.loadMessages();
    App.me = await App.api('/me');
    const r = App.me.roles;
    const links = [
      ['intake.html', 'intake', r.includes('operator')],
      ['dispatch.html', 'dispatch', r.includes('dispatcher')],
      ['chief.html', 'chiefDesk', r.some(x => ['chief', 'agency'].includes(x))],
      ['worklist.html', 'worklist', r.some(x => ['officer', 'chief', 'agency'].includes(x))],
      ['callback.html', 'callback', r.includes('callback')],
      ['leader.html', 'leaderDashboard', r.some(x => ['leader', 'director', 'admin'].includes(x))],
      ['analysis.html', 'analysis', r.some(x => ['leader', 'director', 'admin', 'dispatcher', 'chief'].includes(x))],
      ['tickets.html', 'tickets', true],
      ['calendar.html', 'calendar', true],
      ['catalogue.html', 'catalogue', true],
      ['slips.html', 'slips', true],
      ['timelimits.html', 'timeLimits', true],
      ['subcentres.html', 'scTitle', r.some(x => ['admin', 'callback', 'director', 'leader', 'dispatcher'].includes(x))],
      ['ratingtargets.html', 'rtTitle', r.some(x => ['chief', 'director', 'leader', 'admin'].includes(x))],
      ['servicerecords.html', 'srTitle', r.some(x => ['admin', 'callback'].includes(x))],
      ['ratings.html', 'ratingsPageTitle', r.some(x => ['chief', 'callback', 'director', 'leader', 'admin'].includes(x))],
      ['users.html', 'uiAccounts', r.includes('admin')],
      ['/camunda/app/cockpit/default/', 'cockpit', r.includes('admin')],
    ].filter(l => l[2]);
    // one line at 1366 px for every role (the admin's 11 links wrapped to two): the reference pages
    // go under "更多 / More" when there are many links; the page shown stays visible in the bar
    const here = l => location.pathname.endsWith(l[0]);
    const reference = ['calendar.html', 'catalogue.html', 'timelimits.html', 'subcentres.html', '/camunda/app/cockpit/default/'];
    const folded = links.length > 8 ? links.filter(l => reference.includes(l[0]) && !here(l)) : [];
    const shown = links.filter(l => !folded.includes(l));
    const link = l => App.html`<a href="${l[0]}" class="${here(l) ? 'active' : ''}"${here(l) ? App.html` aria-current="page"` : ''}>${App.t(l[1])}</a>`;
    const header = document.createElement('header');
    // logout is a POST (a cross-site GET or <img src> cannot log anyone out); see LogoutServlet
    const draw = (inBar, under) => App.html`<strong>${App.t('appName')}</strong><nav>${inBar.map(link)}${under.length
      ? App.html`<details class="nav-more"><summary>${App.t('uiMore')}</summary><div class="nav-more-list">${under.map(link)}</div></details>` : ''}</nav>
      <span class="who">${App.me.displayName} · ${App.me.unitName}</span>
      <button type="button" id="bell">${App.t('notifications')} <span id="unread" class="badge">0</span></button>
      <div id="bellPanel" class="bell-panel" hidden></div><button type="button" id="lang">${App.t('lang')}</button>
      <form method="post" action="/logout" class="logout"><button type="submit" id="logout">${App.t('logout')}</button></form>`;
    App.render(header, draw(shown, folded));
    document.body.prepend(header);
    // English labels are longer: fold more links (from the end; never the page shown) until the bar
    // fits one line (no wrapping, nothing cut off at the right)
    const fits = () => {
      const nav = header.querySelector('nav');
      return nav.scrollWidth <= nav.clientWidth && header.scrollWidth <= header.clientWidth;
    };
    const more = shown.filter(l => !here(l)).reverse();
    while (!fits() && more.length) {
      folded.push(more.shift());
      const inBar = links.filter(l => !folded.includes(l));
      const order = links.filter(l => folded.includes(l));
      App.render(header, draw(inBar, order));
    }
    // 跳到主要内容: the first Tab reaches a link past the header to the page's work (a page names its
    // target with <main data-skip="id">: the dispatcher's queue); see App.focusMain
    const skip = document.createElement('a');
    skip.className = 'skip-link';
    skip.href = '#main';
    skip.textContent = App.t('uiSkipToContent');
    skip.addEventListener('click', e => { e.preventDefault(); App.focusMain(); });
    document.body.prepend(skip);
    // a click elsewhere closes the "more" menu
    document.addEventListener('click', e => {
      document.querySelectorAll('header details[open]').forEach(d => { if (!d.contains(e.target)) d.open = false; });
    });
    document.getElementById('lang').onclick = App.toggleLang;
    document.getElementById('bell').onclick = App.toggleBell;
    document.getElementById('bell').setAttribute('aria-label', App.t('notifications'));
    App.favicon();
    // Esc closes whatever panel is open: the bell, and any element marked data-panel
    document.addEventListener('keydown', e => {
      if (e.key !== 'Escape') return;
      const bell = document.getElementById('bellPanel');
      if (bell && !bell.hidden) { bell.hidden = true; document.getElementById('bell').focus(); }
      document.querySelectorAll('[data-panel]:not([hidden])').forEach(p => { p.hidden = true; });
      document.querySelectorAll('header details[open]').forEach(d => { d.open = false; d.querySelector('summary').focus(); });
    });
    App.translate(document);
    App.showFlash();
    App.refreshBell();
    setInterval(App.refreshBell, 60000);
    return App.me;
  },

  /**
   * Draws an ECharts {@code option} into {@code el} (a div); the chart only repeats a table, so when
   * the library is missing or fails the div is hidden and the page works on. ECharts clears its
   * container with innerHTML = ''; under the pages' Trusted Types policy a plain string is refused,
   * so a 'default' policy lets exactly the empty string through and nothing else (no markup can come
   * from it; tooltips are drawn on the canvas with renderMode 'richText').
   */
  drawChart(el, option) {
    if (!el) return null;
    if (!window.echarts) { el.hidden = true; return null; }
    try {
      if (window.trustedTypes && !trustedTypes.defaultPolicy) {
        trustedTypes.createPolicy('default', {createHTML: s => (s === '' ? s : null)});
      }
      const chart = echarts.getInstanceByDom(el) || echarts.init(el);
      chart.setOption(option, true);
      if (!el.dataset.resizes) {
        el.dataset.resizes = 'true';
        window.addEventListener('resize', () => chart.resize());
      }
      return chart;
    } catch (e) {
      el.hidden = true;
      console.warn('chart not drawn', e);
      return null;
    }
  },

  /** The tab's icon (assets/favicon.svg), so the pages are told apart among other tabs. */
  favicon() {
    if (document.querySelector('link[rel=icon]')) return;
    const link = document.createElement('link');
    link.rel = 'icon';
    link.type = 'image/svg+xml';
    link.href = '/assets/favicon.svg';
    document.head.appendChild(link);
  },

  /** The bell: unread count in the header, the newest notifications in a panel. */
  async refreshBell() {
    try {
      const c = await App.api('/notifications/unread-count');
      const badge = document.getElementById('unread');
      badge.textContent = c.unread > 99 ? '99+' : c.unread;
      badge.title = String(c.unread);
      badge.classList.toggle('overdue', c.unread > 0);
    } catch (e) { /* the page works on without the bell */ }
  },

  async toggleBell() {
    const panel = document.getElementById('bellPanel');
    if (!panel.hidden) { panel.hidden = true; return; }
    const items = await App.api('/notifications');
    App.render(panel, App.html`<div class="row"><strong>${App.t('notifications')}</strong><button type="button" class="secondary"
      id="readAll">${App.t('markAllRead')}</button></div>${items.length ? App.html`<ul>${items.map(n => App.html`<li data-id="${n.id}"
      class="${n.read ? 'read' : 'unread'}" data-ticket="${n.ticketId}" data-slip="${n.slipId}"><div>${n.title}</div><div
      class="hint">${App.time(n.createdAt)} ${n.body}</div></li>`)}</ul>` : App.html`<p class="empty">${App.t('noNotifications')}</p>`}`);
    panel.hidden = false;
    document.getElementById('readAll').onclick = async () => { await App.api('/notifications/read-all', {method: 'POST'}); panel.hidden = true; App.refreshBell(); };
    panel.querySelectorAll('li').forEach(li => li.onclick = async () => {
      await App.api('/notifications/' + encodeURIComponent(li.dataset.id) + '/read', {method: 'POST'});
      const href = li.dataset.ticket ? 'ticket.html?id=' + encodeURIComponent(li.dataset.ticket)
        : li.dataset.slip ? 'slips.html?id=' + encodeURIComponent(li.dataset.slip) : null;
      if (href) location.href = href; else { li.className = 'read'; App.refreshBell(); }
    });
  },

  translate(root) {
    root.querySelectorAll('[data-t]').forEach(el => { el.textContent = App.t(el.dataset.t); });
    root.querySelectorAll('[data-t-placeholder]').forEach(el => { el.placeholder = App.t(el.dataset.tPlaceholder); });
    root.querySelectorAll('[data-t-label]').forEach(el => { el.setAttribute('aria-label', App.t(el.dataset.tLabel)); });
  },

  /**
   * A <datalist> of reference items shown by name only ({@code label(i)}: "治安管理 › 噪声扰民", never the
   * code); the list remembers which code each name stands for ({@code code(i)}, default {@code i.code}),
   * so that {@link pickedCode} turns the chosen name back into its code.
   */
  fillDatalist(list, items, label, code = i => i.code) {
    list.codes = new Map(items.map(i => [label(i), code(i)]));
    App.render(list, App.html`${items.map(i => App.html`<option value="${label(i)}">`)}`);
  },

  /**
   * The code an input with a {@link fillDatalist} list stands for (选择器取值): the code of the name
   * chosen; a known code typed as it is (or "name [code]") is taken too; text that names nothing
   * gives '' and is never sent as a code. Without such a list: {@link codeOf}.
   */
  pickedCode(input) {
    const text = ((input && input.value) || '').trim();
    const codes = input && input.list && input.list.codes;
    if (!text || !codes) return text ? App.codeOf(text) : '';
    if (codes.has(text)) return codes.get(text);
    const code = App.codeOf(text);
    return Array.from(codes.values()).includes(code) ? code : '';
  },

  /**
   * The words for text typed in a picker that names no entry of its list (选择器未找到): names the
   * entry — "列表中没有“胡写单位”，请从列表中选择“单位”。" / "“胡写单位” is not in the list: pick a 单位 from the list."
   */
  notInListText(entry, label) {
    return App.t('uiNotInList').replace('{0}', entry).replace('{1}', label);
  },

  /**
   * A refusal made on the page before anything is sent, shown like the server's (App.showError puts it
   * under its control): {@code field} is the control's name, {@code entries} the typed texts that name
   * nothing in its list. Throw it from an App.run action.
   */
  notInListError(field, entries, root) {
    const label = App.fieldLabel(field, root);
    const message = entries.map(x => App.notInListText(x, label)).join(' ');
    const err = new Error(message);
    err.problem = {status: 400, code: 'NOT_IN_LIST', errors: [{field, reason: 'NOT_IN_LIST', message}]};
    return err;
  },

  /** The name shown for {@code code} in an input's datalist (see fillDatalist), else the code itself. */
  nameOfCode(list, code) {
    for (const [label, c] of (list && list.codes) || []) if (c === code) return label;
    return code;
  },

  /**
   * The code lists of the pages' filters and pickers (GET /api/choices: statuses, channels,
   * urgencies …, from the server's enumerations, fetched once per page); shown by name (App.t).
   */
  choices() {
    if (!App.choicesOnce) App.choicesOnce = App.api('/choices');
    return App.choicesOnce;
  },

  /** "<option>"s of codes shown by name: an optional first option (value '') then one per code. */
  codeOptions(codes, first, label = App.t) {
    return App.html`${first != null ? App.html`<option value="">${first}</option>` : ''}${codes.map(c => App.html`<option value="${c}">${label(c)}</option>`)}`;
  },

  /** "label：value" / "label: value": a label and its value with the reader's colon (bundle uiColon). */
  labelled(label, value) {
    return label + App.t('uiColon') + value;
  },

  /** Joins parts with the reader's semicolon ("；" / "; ", bundle uiSemicolon). */
  joinClauses(parts) {
    return parts.join(App.t('uiSemicolon'));
  },

  /**
   * Asks before an action that cannot be undone (不可撤销操作确认): a dialog naming what is done to what
   * ({@code text}), with the action's own label on the confirming button and Cancel focused first;
   * resolves true when confirmed, false on Cancel, Esc or a click outside. Plain DOM (textContent).
   */
  /**
   * The focus trap of every dialog (对话框焦点陷阱): while {@code box} is open, Tab and Shift+Tab cycle
   * through its controls and a focus that leaves it (a click or script behind the backdrop) comes back
   * to its first control. Returns release(): removes the trap and gives the focus back to
   * {@code opener} (default: the element focused when the trap was set) when it is still on the page.
   */
  trapFocus(box, opener = document.activeElement) {
    const controls = () => Array.from(box.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]),'
      + ' select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])')).filter(c => c.getClientRects().length > 0);
    // a dialog opened over this one (a confirmation over a form dialog) has the keyboard while it is open
    const elsewhere = el => { const modal = el && el.closest && el.closest('[aria-modal="true"]'); return modal && modal !== box; };
    const onKey = e => {
      if (e.key !== 'Tab' || !box.isConnected || elsewhere(document.activeElement)) return;
      const list = controls();
      if (!list.length) { e.preventDefault(); return; }
      const first = list[0];
      const last = list[list.length - 1];
      const inside = box.contains(document.activeElement);
      if (e.shiftKey && (!inside || document.activeElement === first)) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && (!inside || document.activeElement === last)) { e.preventDefault(); first.focus(); }
    };
    const onFocus = e => {
      if (box.isConnected && !box.contains(e.target) && !elsewhere(e.target)) { const first = controls()[0]; if (first) first.focus(); }
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocus, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocus, true);
      if (opener && opener.isConnected && opener !== document.body) opener.focus({preventScroll: true});
    };
  },

  /**
   * The first control a dialog's user fills in (对话框首个字段): its first input, select or textarea,
   * else its first button other than the close (×) button; null when it has none yet.
   */
  firstField(box) {
    const visible = c => c.getClientRects().length > 0;
    const field = Array.from(box.querySelectorAll('input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled])'))
      .find(visible);
    return field || Array.from(box.querySelectorAll('button:not([disabled])')).find(b => visible(b) && !b.closest('.dialog-head')) || null;
  },

  confirm(text, okLabel) {
    return new Promise(resolve => {
      const back = document.createElement('div');
      back.className = 'dialog-backdrop confirm-backdrop';
      const box = document.createElement('div');
      box.className = 'dialog confirm';
      box.setAttribute('role', 'alertdialog');
      box.setAttribute('aria-modal', 'true');
      const p = document.createElement('p');
      p.id = 'confirmText';
      p.textContent = text;
      box.setAttribute('aria-describedby', p.id);
      const row = document.createElement('div');
      row.className = 'row';
      const ok = document.createElement('button');
      ok.type = 'button';
      ok.className = 'primary';
      ok.id = 'confirmOk';
      ok.textContent = okLabel || App.t('uiConfirm');
      const cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.className = 'secondary';
      cancel.id = 'confirmCancel';
      cancel.textContent = App.t('uiCancel');
      row.append(ok, cancel);
      box.append(p, row);
      back.appendChild(box);
      let release = null;
      const done = answer => {
        document.removeEventListener('keydown', esc, true);
        back.remove();
        if (release) release();
        resolve(answer);
      };
      const esc = e => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); done(false); } };
      ok.onclick = () => done(true);
      cancel.onclick = () => done(false);
      back.addEventListener('mousedown', e => { if (e.target === back) done(false); });
      document.addEventListener('keydown', esc, true);
      release = App.trapFocus(box);
      document.body.appendChild(back);
      cancel.focus();
    });
  },

  /** A random key (crypto.randomUUID needs a secure context; plain http on a LAN has none). */
  uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
  },

  codeOf(value) {
    const m = /\[([^\]]+)\]\s*$/.exec(value || '');
    return m ? m[1] : (value || '').trim();
  },

  statusBadge(t) {
    return App.html`<span class="badge s-${t.status}">${App.t(t.status)}</span>${t.overdue
      ? App.html` <span class="badge overdue">${App.t('overdue')}</span>` : ''}`;
  },

  /** "<table><thead>…" of a list: the header cells, then the rows (App.html markup). */
  table(headers, rows) {
    return App.html`<table class="list"><thead><tr>${headers.map(h => App.html`<th>${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
  },

  empty() {
    return App.html`<p class="empty">${App.t('none')}</p>`;
  },

  /** 督办单: the steps the head takes → [button label, label of its text field or null]. */
  /** The success text's action of a supervision slip's step (done_slipAcknowledge …). */
  slipDone(step) {
    return 'slip' + step.charAt(0).toUpperCase() + step.slice(1);
  },

  SLIP_STEPS: {acknowledge: ['acknowledge', null], handle: ['handle', 'handlingNote'], callback: ['slipCallback', 'callbackNote'],
    report: ['report', 'reportText']},

  /** Extension requests with a decision note and approve/refuse buttons (data-act approveExt / refuseExt). */
  extensionTable(items) {
    if (!items.length) return App.empty();
    return App.table([App.t('number'), App.t('deadline'), App.t('newDeadline'), App.t('extensionReason'), App.t('actions')],
      items.map(x => App.html`<tr data-id="${x.ticketId}" data-ext="${x.id}"><td><a href="ticket.html?id=${x.ticketId}">${x.ticketNumber}</a></td>
      <td>${App.time(x.previousDeadline)}</td><td>${App.time(x.requestedDeadline)}</td><td>${x.reason} <span class="hint">${x.requestedByName || x.requestedBy}</span></td>
      <td><input name="decisionNote" data-field="note" placeholder="${App.t('decisionNote')}"><button class="action" data-act="approveExt">${App.t('approveExtension')}</button>
      <button class="secondary" data-act="refuseExt">${App.t('refuseExtension')}</button></td></tr>`));
  },

  /** Sends the decision on the extension request of the row (see extensionTable). */
  decideExtension(row, approve) {
    return App.api('/tickets/' + encodeURIComponent(row.dataset.id) + '/extensions/' + encodeURIComponent(row.dataset.ext) + '/decision', {method: 'POST',
      body: {approve, note: row.querySelector('[name=decisionNote]').value || null}});
  },

  /** A table of tickets (App.html markup); each row links to the detail page; {@code extra(t)} returns App.html markup. */
  ticketTable(tickets, extra) {
    if (!tickets.length) return App.empty();
    const headers = [App.t('number'), App.t('status'), App.t('category'), App.t('content'), App.t('unit'), App.t('deadline')];
    return App.table(extra ? headers.concat(App.t('actions')) : headers, tickets.map(t => App.html`<tr data-id="${t.id}">
      <td><a href="ticket.html?id=${t.id}">${t.number}</a></td><td>${App.statusBadge(t)}</td><td>${t.categoryName}</td>
      <td class="content">${t.content}</td><td>${t.ownerUnitName}</td><td>${App.time(t.replyDeadline)}</td>${extra ? App.html`<td>${extra(t)}</td>` : ''}</tr>`));
  },
};

// A page whose loading failed (a ticket of another unit or none at all: 404; a page of another
// role: 403) says so on the page instead of leaving an empty skeleton and an error in the console.
window.addEventListener('unhandledrejection', ev => {
  const err = ev.reason;
  if (!(err instanceof Error) || err.message === '401') return;
  let target = document.getElementById('msg');
  if (!target) {
    target = document.createElement('div');
    target.id = 'msg';
    (document.querySelector('main') || document.body).prepend(target);
  }
  if (!err.problem) err.problem = {};
  App.showError(target, err);
  target.setAttribute('role', 'alert');
  ev.preventDefault();
});

// A form's reset (a success, a new task, "clear") takes its inline field errors with it, on every page.
document.addEventListener('reset', ev => { if (ev.target instanceof Element) App.clearFieldErrors(ev.target); }, true);
