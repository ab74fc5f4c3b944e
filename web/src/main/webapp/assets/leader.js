// 领导看板: this month's rates against last month and last year, the ranking per class with its
// rules and a chart, drill-down from any figure to its tickets, publication and the printed files.
// The DOM is built with textContent/properties only (no HTML strings from data).
(() => {
  // texts: the message bundle on the server (leader dashboard section), loaded by App.init()

  /** Builds an element: properties (textContent, className, href …) and children (nodes or text). */
  const h = (tag, props, ...children) => {
    const el = document.createElement(tag);
    Object.entries(props || {}).forEach(([k, v]) => { if (v != null) el[k] = v; });
    children.flat().forEach(c => el.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return el;
  };
  const pct = r => r && r.rate != null ? (r.rate * 100).toFixed(1) + '%' : '—';
  const state = {month: null, unitClass: 'STATION', ranking: null, chart: null, whatIf: null, versions: 0};
  const msg = document.getElementById('msg');

  /**
   * Exports are streamed by the server while they are filled (no length known in advance): the page
   * downloads them itself, shows the bytes received so far, then hands the file to the browser.
   */
  async function download(link) {
    const name = decodeURIComponent(link.href.split('/').pop().split('?')[0]);
    const say = (key, vars) => { msg.textContent = App.t(key).replace(/\{(\w+)\}/g, (_, k) => vars[k]); };
    const response = await fetch(link.href, {credentials: 'same-origin', headers: {'Accept-Language': App.lang || 'zh'}});
    if (!response.ok) {
      say('exportFailed', {f: name, s: response.status});
      return;
    }
    const reader = response.body.getReader();
    const parts = [];
    let received = 0;
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      parts.push(value);
      received += value.length;
      say('exporting', {f: name, kb: Math.ceil(received / 1024)});
    }
    const url = URL.createObjectURL(new Blob(parts, {type: response.headers.get('Content-Type') || 'application/octet-stream'}));
    const a = h('a', {href: url, download: name});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    say('exported', {f: name, kb: Math.ceil(received / 1024)});
  }
  document.addEventListener('click', (e) => {
    const link = e.target.closest && e.target.closest('a.file, a#previewPdf');
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey || !window.ReadableStream) return;
    e.preventDefault();
    download(link).catch(err => App.showError(msg, err));
  });

  function monthBefore(month, n) {
    const [y, m] = month.split('-').map(Number);
    const d = new Date(Date.UTC(y, m - 1 - n, 1));
    return d.getUTCFullYear() + '-' + String(d.getUTCMonth() + 1).padStart(2, '0');
  }

  function totals(ranking) {
    const sum = (measure, part) => ranking.rows.reduce((a, r) => a + r[measure][part], 0);
    const rate = m => { const d = sum(m, 'denominator'); return {rate: d ? sum(m, 'numerator') / d : null, n: sum(m, 'numerator'), d}; };
    return {reply: rate('reply'), closure: rate('closure'), satisfaction: rate('satisfaction')};
  }

  async function summary() {
    const box = document.getElementById('summary');
    const [now, last, year] = await Promise.all([state.month, monthBefore(state.month, 1), monthBefore(state.month, 12)]
      .map(m => App.api('/rankings?month=' + m).catch(() => null)));
    box.replaceChildren();
    if (!now) return;
    const t = totals(now), l = last && totals(last), y = year && totals(year);
    [['replyRate', 'reply'], ['closureRate', 'closure'], ['satisfactionRate', 'satisfaction']].forEach(([label, k]) => {
      const diff = (o) => o && o[k].rate != null && t[k].rate != null ? ((t[k].rate - o[k].rate) * 100).toFixed(1) : '—';
      box.append(h('div', {className: 'card'}, h('span', {textContent: App.t(label)}),
        h('b', {textContent: pct(t[k])}), h('span', {className: 'hint', textContent: t[k].n + '/' + t[k].d}),
        h('div', {className: 'hint', textContent: App.t('lastMonth') + ' ' + diff(l) + ' · ' + App.t('lastYear') + ' ' + diff(y)})));
    });
  }

  function tabs() {
    const box = document.getElementById('classTabs');
    box.replaceChildren(...['STATION', 'BRIGADE', 'AGENCY', 'CENTRE'].map(c => {
      const b = h('button', {type: 'button', textContent: App.t(c), className: c === state.unitClass ? 'tab active' : 'tab'});
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(c === state.unitClass));
      b.onclick = () => { state.unitClass = c; tabs(); draw(); drawWhatIf(); };
      return b;
    }));
  }

  function rateCell(row, measure) {
    const r = row[measure];
    if (!r.denominator) return h('td', {className: 'num', textContent: '—'});
    const a = h('a', {href: '#drill', textContent: pct(r) + ' (' + r.numerator + '/' + r.denominator + ')'});
    a.onclick = (e) => { e.preventDefault(); drill(row, measure); };
    return h('td', {className: 'num'}, a);
  }

  function draw() {
    const rows = state.ranking.rows.filter(r => r.unitClass === state.unitClass);
    const rules = state.ranking.rules;
    document.getElementById('rules').textContent = App.plural('rulesText', rules.minSample, {v: rules.version,
      r: rules.weights.reply, c: rules.weights.closure, s: rules.weights.satisfaction, b: App.t(rules.basis), m: rules.minSample});
    const head = ['rank', 'unitName', 'dueCount', 'replyRate', 'closureRate', 'satisfactionRate', 'revisitRate', 'score', 'flags'];
    const table = h('table', {className: 'list'}, h('thead', {}, h('tr', {}, head.map(k => h('th', {textContent: App.t(k)})))),
      h('tbody', {}, rows.map(r => h('tr', {dataset: {unit: r.unitCode}},
        h('td', {textContent: r.rank == null ? '—' : r.rank}),
        h('td', {textContent: r.unitName}),
        h('td', {className: 'num', textContent: r.reply.denominator}),
        rateCell(r, 'reply'), rateCell(r, 'closure'), rateCell(r, 'satisfaction'), rateCell(r, 'revisit'),
        h('td', {className: 'num', textContent: r.score == null ? '—' : r.score.toFixed(2)}),
        h('td', {}, r.sampleTooSmall ? h('span', {className: 'badge', textContent: App.t('sampleTooSmall')})
          : r.flags.map(f => h('span', {className: 'badge flag-' + f, textContent: App.t(f)})))))));
    document.getElementById('rankingTable').replaceChildren(rows.length ? table : h('p', {className: 'empty', textContent: App.t('noData')}));
    chart(rows.filter(r => r.rank != null));
  }

  function chart(rows) {
    const el = document.getElementById('chart');
    el.style.height = Math.max(120, rows.length * 26 + 40) + 'px';
    state.chart = App.drawChart(el, {
      grid: {left: 140, right: 20, top: 10, bottom: 20},
      tooltip: {trigger: 'axis', renderMode: 'richText'}, // drawn on the canvas: no HTML (Trusted Types)
      xAxis: {type: 'value', max: 100},
      yAxis: {type: 'category', inverse: true, data: rows.map(r => r.unitName)},
      series: [{type: 'bar', name: App.t('score'), data: rows.map(r => r.score)}],
    });
    if (state.chart) state.chart.resize();
  }

  async function drill(row, measure) {
    const section = document.getElementById('drill');
    section.hidden = false;
    document.getElementById('drillTitle').textContent = row.unitName + ' · ' + App.t(measure + 'Rate') + ' · ' + App.t('drillOf');
    const [den, num] = await Promise.all(['denominator', 'numerator'].map(p =>
      App.api('/rankings/' + state.month + '/units/' + encodeURIComponent(row.unitCode) + '/tickets?measure=' + measure + '&part=' + p)));
    const inNumerator = new Set(num.map(t => t.ticketId));
    const head = ['number', 'dueAt', 'repliedAt', 'closedAt', 'callbackResult', 'numeratorOf'];
    document.getElementById('drillTable').replaceChildren(h('table', {className: 'list'},
      h('thead', {}, h('tr', {}, head.map(k => h('th', {textContent: App.t(k)})))),
      h('tbody', {}, den.map(t => h('tr', {},
        h('td', {}, h('a', {href: 'ticket.html?id=' + encodeURIComponent(t.ticketId), textContent: t.number || t.ticketId})),
        h('td', {textContent: App.time(t.dueAt)}), h('td', {textContent: App.time(t.repliedAt)}),
        h('td', {textContent: App.time(t.closedAt)}), h('td', {textContent: t.callbackResult ? App.t(t.callbackResult) : ''}),
        h('td', {textContent: inNumerator.has(t.ticketId) ? '✓' : '✗'}))))));
    section.scrollIntoView();
  }

  async function publications() {
    const list = await App.api('/rankings/publications');
    const base = m => '/api/rankings/' + m.month + '/publications/' + m.version + '/';
    const head = ['month', 'version', 'publishedAt', 'publishedBy', 'files'];
    document.getElementById('publications').replaceChildren(list.length ? h('table', {className: 'list'},
      h('thead', {}, h('tr', {}, head.map(k => h('th', {textContent: App.t(k)})))),
      h('tbody', {}, list.map(p => h('tr', {},
        h('td', {textContent: p.month}), h('td', {textContent: p.version}), h('td', {textContent: App.time(p.publishedAt)}),
        h('td', {textContent: p.publishedByName || p.publishedBy, title: p.publishedBy}),
        h('td', {}, [['ranking.pdf', 'fileRankingPdf'], ['ranking.xlsx', 'fileRankingXlsx'], ['notice.pdf', 'fileNoticePdf']].map(([f, key]) =>
          h('a', {href: base(p) + f, textContent: App.t(key), target: '_blank', rel: 'noopener', className: 'file'}))))))) :
      h('p', {className: 'empty', textContent: App.t('noData')}));
    const versions = list.filter(p => p.month === state.month);
    state.versions = versions.length;
    document.getElementById('publishReason').hidden = versions.length === 0;
  }

  /** 自查报告 of the month (units three months in the bottom three present one at the meeting). */
  async function selfExaminations() {
    const list = await App.api('/rankings/' + state.month + '/self-examinations');
    const head = ['unitName', 'submittedAt', 'submittedBy', 'selfExaminationText'];
    const name = code => (state.ranking.rows.find(r => r.unitCode === code) || {unitName: code}).unitName;
    document.getElementById('selfExaminations').replaceChildren(list.length ? h('table', {className: 'list'},
      h('thead', {}, h('tr', {}, head.map(k => h('th', {textContent: App.t(k)})))),
      h('tbody', {}, list.map(x => h('tr', {},
        h('td', {textContent: name(x.unitCode)}), h('td', {textContent: App.time(x.submittedAt)}),
        h('td', {textContent: x.submittedByName || x.submittedBy}), h('td', {className: 'pre', textContent: x.text}))))) :
      h('p', {className: 'empty', textContent: App.t('noData')}));
  }

  /** 模拟: the ranks of the month under other weights or basis, beside the ranks in force (nothing saved). */
  async function whatIf(form) {
    const n = name => Number(form.elements[name].value);
    state.whatIf = await App.api('/rankings/what-if', {method: 'POST', body: {month: state.month,
      weights: {reply: n('reply'), closure: n('closure'), satisfaction: n('satisfaction')}, basis: form.elements.basis.value}});
    drawWhatIf();
  }

  function drawWhatIf() {
    if (!state.whatIf) {
      document.getElementById('whatIfTable').replaceChildren();
      return;
    }
    const rows = state.whatIf.rows.filter(r => r.unitClass === state.unitClass);
    const fmt = x => (x == null ? '—' : x.toFixed(2));
    const head = ['unitName', 'rank', 'score', 'whatIfRank', 'whatIfScore', 'rankChange'];
    document.getElementById('whatIfTable').replaceChildren(rows.length ? h('table', {className: 'list'},
      h('thead', {}, h('tr', {}, head.map(k => h('th', {textContent: App.t(k)})))),
      h('tbody', {}, rows.map(r => h('tr', {dataset: {unit: r.unitCode}},
        h('td', {textContent: r.unitName}), h('td', {className: 'num', textContent: r.rank == null ? '—' : r.rank}),
        h('td', {className: 'num', textContent: fmt(r.score)}), h('td', {className: 'num', textContent: r.whatIfRank == null ? '—' : r.whatIfRank}),
        h('td', {className: 'num', textContent: fmt(r.whatIfScore)}),
        h('td', {className: 'num', textContent: r.change == null || r.change === 0 ? '—' : (r.change > 0 ? '↑' + r.change : '↓' + -r.change)}))))) :
      h('p', {className: 'empty', textContent: App.t('noData')}));
  }

  /** The what-if form starts from the weights and basis in force. */
  function whatIfDefaults() {
    const form = document.getElementById('whatIfForm');
    const rules = state.ranking.rules;
    ['reply', 'closure', 'satisfaction'].forEach(k => { form.elements[k].value = rules.weights[k]; });
    form.elements.basis.value = rules.basis;
  }

  /** "2026年10月" / "October 2026": the month shown, in the reader's language. */
  const monthName = month => {
    const [y, m] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(App.lang === 'en' ? 'en' : 'zh-CN', {year: 'numeric', month: 'long', timeZone: 'UTC'})
      .format(new Date(Date.UTC(y, m - 1, 1)));
  };

  /**
   * 发布确认: publishing freezes the month's ranking for good, so it asks first, in a dialog that names
   * the month and says what publishing means (the version number it becomes, immutable, seen by every
   * unit, corrections only as a new version with a reason). Nothing is sent until "publish" is chosen.
   */
  function confirmPublish(button) {
    const {html, render, Dialog} = UI;
    const host = document.getElementById('publishDialog');
    const month = state.month;
    const version = state.versions + 1;
    const close = () => { render(null, host); button.focus(); };
    const publish = async e => {
      const ok = e.currentTarget;
      // a correction's reason is asked in the dialog itself (the page's field is its starting text)
      const inDialog = document.getElementById('publishReasonDialog');
      const reason = inDialog ? inDialog.value : document.getElementById('publishReason').value;
      await App.run(msg, () => App.api('/rankings/' + month + '/publications', {method: 'POST',
        body: {note: document.getElementById('publishNote').value || null,
          reason: reason || null}}), async () => { close(); await load(); },
      {button: ok, subject: monthName(month)});
    };
    render(html`<${Dialog} title=${App.t('publishConfirmTitle').replace('{0}', monthName(month))} onClose=${close}>
      <p id="publishWhat">${App.t('publishConfirmText').replace('{0}', monthName(month)).replace('{1}', String(version))}</p>
      ${version > 1 ? html`<p class="hint">${App.t('publishConfirmCorrection')}</p>
        <label>${App.t('correctionReason')}
          <textarea id="publishReasonDialog" name="reason" maxlength="1000" rows="3"
            value=${document.getElementById('publishReason').value}></textarea></label>` : ''}
      <div class="row"><button type="button" class="secondary" id="publishCancel" onClick=${close}>${App.t('uiCancel')}</button>
        <button type="button" class="action" id="publishConfirm" onClick=${publish}>${
          App.t('publishConfirm').replace('{0}', monthName(month))}</button></div>
    </${Dialog}>`, host);
  }

  async function load() {
    document.body.dataset.loaded = 'false';
    state.month = document.getElementById('month').value;
    // the button names the month it publishes (not "this month" for any month)
    document.getElementById('publish').textContent = App.t('publishMonth').replace('{0}', monthName(state.month));
    document.getElementById('previewPdf').href = '/api/rankings/' + state.month + '/ranking.pdf';
    try {
      state.ranking = await App.api('/rankings?month=' + state.month);
      tabs();
      draw();
      whatIfDefaults();
      state.whatIf = null;
      drawWhatIf();
      await Promise.all([summary(), publications(), selfExaminations()]);
    } catch (err) {
      App.showError(msg, err);
    }
    document.body.dataset.loaded = 'true';
  }

  (async () => {
    const me = await App.init();
    const now = new Date(Date.now() + 8 * 3600 * 1000);
    const input = document.getElementById('month');
    input.value = now.getUTCFullYear() + '-' + String(now.getUTCMonth() + 1).padStart(2, '0');
    input.onchange = load;
    document.getElementById('publishBox').hidden = !me.roles.includes('leader');
    document.getElementById('publish').onclick = (e) => confirmPublish(e.currentTarget);
    const whatIfForm = document.getElementById('whatIfForm');
    whatIfForm.onsubmit = (e) => {
      e.preventDefault();
      const button = whatIfForm.querySelector('button');
      button.disabled = true;
      whatIf(whatIfForm).catch(err => App.showError(msg, err)).finally(() => { button.disabled = false; });
    };
    await load();
  })();
})();
