// 领导看板: this month's rates against last month and last year, the ranking per class with its
// rules and a chart, drill-down from any figure to its tickets, publication and the printed files.
// On the component library (Preact + htm via assets/ui.js, as the chief desk and the ticket list):
// data are always text, never markup; the ids of before are kept (#summary .card, #classTabs button,
// #rankingTable, #drillTable, #publications a.file, #selfExaminations, #whatIfTable).
(() => {
  const {html, render} = UI;
  const Fragment = preact.Fragment;
  // texts: the message bundle on the server (leader dashboard section), loaded by App.init()

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
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
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

  /** A table of {@code head} keys (bundle labels) and {@code rows} (vnodes of <tr>), or "no data". */
  const Table = ({head, children}) => {
    const rows = [].concat(children || []).flat(Infinity).filter(Boolean);
    return rows.length ? html`<table class="list"><thead><tr>${head.map(k => html`<th>${App.t(k)}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`
      : html`<p class="empty">${App.t('noData')}</p>`;
  };

  /** 本月概况: the three rates of the month against last month and last year. */
  function Summary({now, last, year}) {
    if (!now) return null;
    const t = totals(now), l = last && totals(last), y = year && totals(year);
    const diff = (o, k) => o && o[k].rate != null && t[k].rate != null ? ((t[k].rate - o[k].rate) * 100).toFixed(1) : '—';
    return html`<${Fragment}>${[['replyRate', 'reply'], ['closureRate', 'closure'], ['satisfactionRate', 'satisfaction']].map(([label, k]) =>
      html`<div class="card" key=${k}><span>${App.t(label)}</span><b>${pct(t[k])}</b><span class="hint">${t[k].n + '/' + t[k].d}</span>
        <div class="hint">${App.t('lastMonth') + ' ' + diff(l, k) + ' · ' + App.t('lastYear') + ' ' + diff(y, k)}</div></div>`)}</${Fragment}>`;
  }

  async function summary() {
    const [now, last, year] = await Promise.all([state.month, monthBefore(state.month, 1), monthBefore(state.month, 12)]
      .map(m => App.api('/rankings?month=' + m).catch(() => null)));
    render(html`<${Summary} now=${now} last=${last} year=${year} />`, document.getElementById('summary'));
  }

  /** The unit classes as tabs (派出所, 大队, 机关, 中心). */
  function ClassTabs({active, onSelect}) {
    return html`<${Fragment}>${['STATION', 'BRIGADE', 'AGENCY', 'CENTRE'].map(c => html`<button type="button" key=${c} role="tab"
      class=${c === active ? 'tab active' : 'tab'} aria-selected=${String(c === active)} onClick=${() => onSelect(c)}>${App.t(c)}</button>`)}</${Fragment}>`;
  }

  function tabs() {
    render(html`<${ClassTabs} active=${state.unitClass} onSelect=${c => { state.unitClass = c; tabs(); draw(); drawWhatIf(); }} />`,
      document.getElementById('classTabs'));
  }

  /** A rate with its fraction; a click opens the tickets behind it (drill-down). */
  function RateCell({row, measure}) {
    const r = row[measure];
    if (!r.denominator) return html`<td class="num">—</td>`;
    return html`<td class="num"><a href="#drill" onClick=${e => { e.preventDefault(); drill(row, measure); }}>${
      pct(r) + ' (' + r.numerator + '/' + r.denominator + ')'}</a></td>`;
  }

  function RankingTable({rows}) {
    const head = ['rank', 'unitName', 'dueCount', 'replyRate', 'closureRate', 'satisfactionRate', 'revisitRate', 'score', 'flags'];
    return html`<${Table} head=${head}>${rows.map(r => html`<tr key=${r.unitCode} data-unit=${r.unitCode}>
      <td>${r.rank == null ? '—' : r.rank}</td><td>${r.unitName}</td><td class="num">${r.reply.denominator}</td>
      <${RateCell} row=${r} measure="reply" /><${RateCell} row=${r} measure="closure" /><${RateCell} row=${r} measure="satisfaction" />
      <${RateCell} row=${r} measure="revisit" />
      <td class="num">${r.score == null ? '—' : r.score.toFixed(2)}</td>
      <td>${r.sampleTooSmall ? html`<span class="badge">${App.t('sampleTooSmall')}</span>`
        : r.flags.map(f => html`<span class=${'badge flag-' + f}>${App.t(f)}</span>`)}</td></tr>`)}</${Table}>`;
  }

  function draw() {
    const rows = state.ranking.rows.filter(r => r.unitClass === state.unitClass);
    const rules = state.ranking.rules;
    document.getElementById('rules').textContent = App.plural('rulesText', rules.minSample, {v: rules.version,
      r: rules.weights.reply, c: rules.weights.closure, s: rules.weights.satisfaction, b: App.t(rules.basis), m: rules.minSample});
    render(html`<${RankingTable} rows=${rows} />`, document.getElementById('rankingTable'));
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

  /**
   * What a ticket of the list counts as for the rate, in words that agree with the figure (review r1:
   * a dissatisfied callback in 0/1 said 「不计入」): 计入分母·满意 / 计入分母·不满意, 计入分母·按时回复 …;
   * a ticket outside the denominator: 不计入（未回访/无法联系…）.
   */
  function countsAs(t, measure, inNumerator, inDenominator = true) {
    if (!inDenominator) return App.t('drillNotCounted_' + measure);
    return App.t('drillCountsAs_' + measure + '_' + (inNumerator.has(t.ticketId) ? 'yes' : 'no'));
  }

  /** The tickets behind a rate: every ticket of the denominator, with what it counts as. */
  function DrillTable({tickets, inNumerator, measure}) {
    // the last column says whether the ticket counts for the rate, in words ("计入满意率" / "不计入"), never "分子"
    const head = ['number', 'dueAt', 'repliedAt', 'closedAt', 'callbackResult'].map(k => App.t(k))
      .concat(App.t('drillCountedIn').replace('{0}', App.t(measure + 'Rate')));
    return html`<table class="list"><thead><tr>${head.map(k => html`<th>${k}</th>`)}</tr></thead><tbody>${
      tickets.map(t => html`<tr key=${t.ticketId}><td><a href=${'ticket.html?id=' + encodeURIComponent(t.ticketId)}>${t.number || t.ticketId}</a></td>
        <td>${App.time(t.dueAt)}</td><td>${App.time(t.repliedAt)}</td><td>${App.time(t.closedAt)}</td>
        <td>${t.callbackResult ? App.t(t.callbackResult) : ''}</td><td>${countsAs(t, measure, inNumerator)}</td></tr>`)}</tbody></table>`;
  }

  async function drill(row, measure) {
    const section = document.getElementById('drill');
    section.hidden = false;
    document.getElementById('drillTitle').textContent = row.unitName + ' · ' + App.t(measure + 'Rate') + ' · ' + App.t('drillOf');
    const [den, num] = await Promise.all(['denominator', 'numerator'].map(p =>
      App.api('/rankings/' + state.month + '/units/' + encodeURIComponent(row.unitCode) + '/tickets?measure=' + measure + '&part=' + p)));
    render(html`<${DrillTable} tickets=${den} measure=${measure} inNumerator=${new Set(num.map(t => t.ticketId))} />`, document.getElementById('drillTable'));
    section.scrollIntoView();
  }

  /** 已发布排名 with their printed files (PDF, Excel, notice). */
  function Publications({list}) {
    const base = m => '/api/rankings/' + m.month + '/publications/' + m.version + '/';
    const files = [['ranking.pdf', 'fileRankingPdf'], ['ranking.xlsx', 'fileRankingXlsx'], ['notice.pdf', 'fileNoticePdf']];
    return html`<${Table} head=${['month', 'version', 'publishedAt', 'publishedBy', 'files']}>${list.map(p => html`<tr key=${p.month + '/' + p.version}>
      <td>${p.month}</td><td>${p.version}</td><td>${App.time(p.publishedAt)}</td><td title=${p.publishedBy}>${p.publishedByName || p.publishedBy}</td>
      <td>${files.map(([f, key]) => html`<a href=${base(p) + f} target="_blank" rel="noopener" class="file">${App.t(key)}</a>`)}</td></tr>`)}</${Table}>`;
  }

  async function publications() {
    const list = await App.api('/rankings/publications');
    render(html`<${Publications} list=${list} />`, document.getElementById('publications'));
    const versions = list.filter(p => p.month === state.month);
    state.versions = versions.length;
    document.getElementById('publishReason').hidden = versions.length === 0;
  }

  /** 自查报告 of the month (units three months in the bottom three present one at the meeting). */
  function SelfExaminations({list}) {
    const name = code => (state.ranking.rows.find(r => r.unitCode === code) || {unitName: code}).unitName;
    return html`<${Table} head=${['unitName', 'submittedAt', 'submittedBy', 'selfExaminationText']}>${list.map(x => html`<tr key=${x.unitCode}>
      <td>${name(x.unitCode)}</td><td>${App.time(x.submittedAt)}</td><td>${x.submittedByName || x.submittedBy}</td>
      <td class="pre">${x.text}</td></tr>`)}</${Table}>`;
  }

  async function selfExaminations() {
    const list = await App.api('/rankings/' + state.month + '/self-examinations');
    render(html`<${SelfExaminations} list=${list} />`, document.getElementById('selfExaminations'));
  }

  /** 模拟: the ranks of the month under other weights or basis, beside the ranks in force (nothing saved). */
  async function whatIf(form) {
    const n = name => Number(form.elements[name].value);
    state.whatIf = await App.api('/rankings/what-if', {method: 'POST', body: {month: state.month,
      weights: {reply: n('reply'), closure: n('closure'), satisfaction: n('satisfaction')}, basis: form.elements.basis.value}});
    drawWhatIf();
  }

  function WhatIfTable({rows}) {
    const fmt = x => (x == null ? '—' : x.toFixed(2));
    const change = c => (c == null || c === 0 ? '—' : (c > 0 ? '↑' + c : '↓' + -c));
    return html`<${Table} head=${['unitName', 'rank', 'score', 'whatIfRank', 'whatIfScore', 'rankChange']}>${rows.map(r => html`<tr
      key=${r.unitCode} data-unit=${r.unitCode}><td>${r.unitName}</td><td class="num">${r.rank == null ? '—' : r.rank}</td>
      <td class="num">${fmt(r.score)}</td><td class="num">${r.whatIfRank == null ? '—' : r.whatIfRank}</td>
      <td class="num">${fmt(r.whatIfScore)}</td><td class="num">${change(r.change)}</td></tr>`)}</${Table}>`;
  }

  function drawWhatIf() {
    const box = document.getElementById('whatIfTable');
    render(state.whatIf ? html`<${WhatIfTable} rows=${state.whatIf.rows.filter(r => r.unitClass === state.unitClass)} />` : null, box);
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
    const {Dialog} = UI;
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
          reason: reason || null, corrects: state.versions > 0 ? state.versions : null}}), async () => { close(); await load(); },
      {button: ok, subject: monthName(month),
        okText: App.t('publishedToast').replace('{0}', monthName(month)).replace('{1}', String(version))});
    };
    // what is being frozen (review r1: an empty month was published without a word): units ranked,
    // tickets due, and a warning when no unit reached the minimum sample
    const rows = (state.ranking && state.ranking.rows) || [];
    const ranked = rows.filter(r => r.rank != null).length;
    const due = rows.reduce((n, r) => n + ((r.reply && r.reply.denominator) || 0), 0);
    render(html`<${Dialog} title=${App.t('publishConfirmTitle').replace('{0}', monthName(month))} onClose=${close}>
      <p id="publishWhat">${App.t('publishConfirmText').replace('{0}', monthName(month)).replace('{1}', String(version))}</p>
      <p id="publishCounts">${App.t('publishConfirmCounts').replace('{0}', String(ranked)).replace('{1}', String(rows.length)).replace('{2}', String(due))}</p>
      ${ranked === 0 ? html`<p class="error" role="alert" id="publishNothingRanked">${
        App.t(due === 0 ? 'publishConfirmNothingDue' : 'publishConfirmNoneRanked')}</p>` : ''}
      ${version > 1 ? html`<p class="hint">${App.t('publishConfirmCorrection')}</p>
        <label>${App.t('correctionReason')}
          <textarea id="publishReasonDialog" name="reason" maxlength="1000" rows="3"
            value=${document.getElementById('publishReason').value}></textarea></label>` : ''}
      <div class="row"><button type="button" class="secondary" id="publishCancel" onClick=${close}>${App.t('uiCancel')}</button>
        <button type="button" class="action" id="publishConfirm" data-done="publish" onClick=${publish}>${
          App.t('publishConfirm').replace('{0}', monthName(month))}</button></div>
    </${Dialog}>`, host);
  }

  /**
   * 未结束的月份不可发布: a month is published once it is over (the server refuses earlier), so the button
   * of a month in progress (or to come) is disabled and says from when it can be published
   * ("可在 12 月 1 日后发布" / "Can be published from December 1"), by the Shanghai calendar.
   */
  function publishable(month) {
    const button = document.getElementById('publish');
    const hint = document.getElementById('publishWhen');
    const [y, m] = month.split('-').map(Number);
    const now = new Date(Date.now() + 8 * 3600 * 1000);
    const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
    const ended = y * 12 + (m - 1) < current;
    button.disabled = !ended;
    hint.hidden = ended;
    if (!ended) {
      const next = new Date(Date.UTC(y, m, 1));
      hint.textContent = App.t('publishFrom').replace('{0}', String(next.getUTCMonth() + 1)).replace('{1}', '1')
        .replace('{2}', next.toLocaleDateString('en', {month: 'long', day: 'numeric', timeZone: 'UTC'}));
      button.setAttribute('aria-describedby', 'publishWhen');
    } else button.removeAttribute('aria-describedby');
  }

  async function load() {
    document.body.dataset.loaded = 'false';
    state.month = document.getElementById('month').value;
    // the button names the month it publishes (not "this month" for any month)
    document.getElementById('publish').textContent = App.t('publishMonth').replace('{0}', monthName(state.month));
    publishable(state.month);
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
