// 分析研判 (issue 13, seeds 003 and 004): trends by category, area or unit month by month with the
// same months a year before (the summer rise of noise and dog complaints shows as such), hotspots
// (area × category), dissatisfaction by reason month by month, praise by officer and unit, and for
// leadership the quarter's excellent units and the year's reward candidates. Every count of tickets
// opens the tickets behind it (tickets.html with the same filters; the server scopes by role).
// Built with Preact + htm through ui.js: data is always text, never markup.
'use strict';
(() => {
  const {html, render, hooks, DataTable, Tabs} = UI;
  const msg = document.getElementById('msg');

  const pad = n => String(n).padStart(2, '0');
  const monthOf = (date) => date.getUTCFullYear() + '-' + pad(date.getUTCMonth() + 1);
  /** This month in Asia/Shanghai (UTC+8, no daylight saving). */
  const thisMonth = () => monthOf(new Date(Date.now() + 8 * 3600 * 1000));
  function addMonths(month, n) {
    const [y, m] = month.split('-').map(Number);
    return monthOf(new Date(Date.UTC(y, m - 1 + n, 1)));
  }
  /** The first and last day (yyyy-MM-dd, Asia/Shanghai calendar days) of a month or a span of months. */
  function days(fromMonth, toMonth) {
    const [y, m] = (toMonth || fromMonth).split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return {from: fromMonth + '-01', to: (toMonth || fromMonth) + '-' + pad(last)};
  }
  /** The ticket list behind a count: tickets.html with the same filters (category, area, unit codes). */
  function ticketsHref(filters, fromMonth, toMonth) {
    // merged calls (并案) are not counted by the analysis: the list leaves them out too
    const p = new URLSearchParams({...days(fromMonth, toMonth), merged: 'false'});
    Object.entries(filters).forEach(([k, v]) => { if (v) p.set(k, v); });
    return 'tickets.html?' + p;
  }
  const count = (n, href) => (n && href ? html`<a href=${href}>${n}</a>` : String(n || 0));
  const fill = (key, vars) => App.t(key).replace(/\{(\w+)\}/g, (_, k) => (vars[k] == null ? '' : vars[k]));

  /** An ECharts chart in a div (App.drawChart: canvas only, no HTML). */
  function Chart({option, label}) {
    const ref = hooks.useRef(null);
    hooks.useEffect(() => { App.drawChart(ref.current, option); }, [option]);
    return html`<div class="chart trend" ref=${ref} role="img" aria-label=${label}></div>`;
  }

  /** Loads {@code path} whenever {@code deps} change; [data, error]. */
  function useApi(path, deps) {
    const [state, setState] = hooks.useState({data: null, error: null});
    hooks.useEffect(() => {
      let live = true;
      setState({data: null, error: null});
      App.api(path).then(data => live && setState({data, error: null}), error => live && setState({data: null, error}));
      return () => { live = false; };
    }, deps);
    return state;
  }

  function Loading({state, children}) {
    if (state.error) return html`<p class="alert" role="alert">${state.error.message}</p>`;
    if (!state.data) return html`<p class="hint">${App.t('loading')}</p>`;
    return children(state.data);
  }

  const FILTER = {CATEGORY: 'category', AREA: 'area', UNIT: 'unit'};

  function Trends({from, to}) {
    const [by, setBy] = hooks.useState('CATEGORY');
    const state = useApi('/analysis/trends?from=' + from + '&to=' + to + '&by=' + by, [from, to, by]);
    return html`<section class="card" id="trends">
      <h2>${App.t('trends')}</h2>
      <${Tabs} tabs=${['CATEGORY', 'AREA', 'UNIT'].map(id => ({id, label: App.t('by' + id)}))}
        active=${by} onSelect=${setBy} />
      <${Loading} state=${state}>${t => html`
        <p class="hint">${App.t('trendsHint')}</p>
        <${Chart} label=${App.t('trends')} option=${{
          tooltip: {trigger: 'axis', renderMode: 'richText'},
          legend: {type: 'scroll', top: 0},
          grid: {left: 50, right: 20, top: 40, bottom: 30},
          xAxis: {type: 'category', data: t.months},
          yAxis: {type: 'value'},
          series: t.series.slice(0, 6).map(s => ({type: 'line', name: s.name, data: s.counts})),
        }} />
        <${DataTable} rows=${t.series} rowKey=${s => s.code} columns=${[
          {label: App.t('by' + by), cell: s => s.name},
          ...t.months.map((m, i) => ({label: m.slice(2), className: 'num',
            cell: s => count(s.counts[i], ticketsHref({[FILTER[by]]: s.code}, m))})),
          {label: App.t('total'), className: 'num', cell: s => count(s.total, ticketsHref({[FILTER[by]]: s.code}, t.from, t.to))},
          {label: App.t('lastYear'), className: 'num',
            cell: s => count(s.totalLastYear, ticketsHref({[FILTER[by]]: s.code}, addMonths(t.from, -12), addMonths(t.to, -12)))},
          {label: App.t('yearOverYear'), className: 'num',
            cell: s => (s.changePercent == null ? '—' : (s.changePercent > 0 ? '+' : '') + s.changePercent + '%')},
        ]} />`}<//>
    </section>`;
  }

  function Hotspots({from, to}) {
    const state = useApi('/analysis/hotspots?from=' + from + '&to=' + to, [from, to]);
    return html`<section class="card" id="hotspots">
      <h2>${App.t('hotspots')}</h2>
      <${Loading} state=${state}>${h => html`<${DataTable} rows=${h.cells} rowKey=${c => c.code + '/' + c.secondCode} columns=${[
        {label: App.t('area'), cell: c => c.name},
        {label: App.t('category'), cell: c => c.secondName},
        {label: App.t('ticketCount'), className: 'num', cell: c => count(c.count, ticketsHref({area: c.code, category: c.secondCode}, h.from, h.to))},
      ]} />`}<//>
    </section>`;
  }

  function Dissatisfaction({from, to}) {
    const state = useApi('/analysis/dissatisfaction?from=' + from + '&to=' + to, [from, to]);
    return html`<section class="card" id="dissatisfaction">
      <h2>${App.t('dissatisfactionByReason')}</h2>
      <p><a class="button secondary" target="_blank" rel="noopener"
        href=${'/api/analysis/dissatisfaction.pdf?from=' + from + '&to=' + to}>${App.t('dissatisfactionPdf')}</a></p>
      <${Loading} state=${state}>${d => html`<${DataTable}
        rows=${[{code: '', reason: App.t('allDissatisfied'), counts: d.dissatisfied, total: d.dissatisfied.reduce((a, b) => a + b, 0)}, ...d.reasons]}
        rowKey=${r => r.code || '*'} columns=${[
          {label: App.t('reasons'), cell: r => r.reason},
          ...d.months.map((m, i) => ({label: m.slice(2), className: 'num', cell: r => String(r.counts[i])})),
          {label: App.t('total'), className: 'num', cell: r => String(r.total)},
        ]} />`}<//>
    </section>`;
  }

  function Praise({from, to}) {
    const state = useApi('/analysis/praise?from=' + from + '&to=' + to, [from, to]);
    const months = p => p.months.map((m, i) => ({label: m.slice(2), className: 'num', cell: r => String(r.counts[i])}));
    return html`<section class="card" id="praise">
      <h2>${App.t('praiseByOfficer')}</h2>
      <${Loading} state=${state}>${p => html`
        <${DataTable} rows=${p.officers} rowKey=${o => o.badgeNumber} empty=${App.t('noData')} columns=${[
          {label: App.t('badgeNumber'), cell: o => o.badgeNumber},
          {label: App.t('officerName'), cell: o => o.name},
          {label: App.t('unitName'), cell: o => o.unitName},
          ...months(p),
          {label: App.t('total'), className: 'num', cell: o => String(o.total)},
        ]} />
        <h3>${App.t('praiseByUnit')}</h3>
        <${DataTable} rows=${p.units} rowKey=${u => u.unitCode} empty=${App.t('noData')} columns=${[
          {label: App.t('unitName'), cell: u => u.unitName},
          ...months(p),
          {label: App.t('total'), className: 'num', cell: u => String(u.total)},
        ]} />`}<//>
    </section>`;
  }

  const quarterOf = month => month.slice(0, 4) + '-Q' + (Math.floor((Number(month.slice(5)) - 1) / 3) + 1);

  /** 季度优秀 and 年度奖励: leadership only (the server refuses the others). */
  function Awards({to}) {
    const [quarter, setQuarter] = hooks.useState(quarterOf(to));
    const q = useApi('/rankings/quarters/' + quarter, [quarter]);
    const y = useApi('/rankings/years/' + quarter.slice(0, 4), [quarter.slice(0, 4)]);
    return html`<section class="card" id="awards">
      <h2>${App.t('awards')}</h2>
      <label>${App.t('quarter')} <input value=${quarter} pattern="[0-9]{4}-Q[1-4]" size="8"
        onChange=${e => { if (/^\d{4}-Q[1-4]$/.test(e.target.value.trim())) setQuarter(e.target.value.trim()); }} /></label>
      <${Loading} state=${q}>${v => html`
        <p class="hint">${App.plural('awardsHint', v.excellentPerQuarter, {n: v.excellentPerQuarter, m: v.publishedMonths.join(', ') || '—'})}</p>
        ${Object.entries(v.classes).map(([c, lines]) => html`<h3>${App.t(c)}</h3><${DataTable} rows=${lines} rowKey=${l => l.unitCode}
          empty=${App.t('noData')} columns=${[
            {label: App.t('rank'), className: 'num', cell: l => String(l.rank)},
            {label: App.t('unitName'), cell: l => l.unitName},
            {label: App.t('averageScore'), className: 'num', cell: l => l.averageScore.toFixed(2)},
            {label: App.t('monthsRanked'), className: 'num', cell: l => String(l.monthsRanked)},
            {label: App.t('excellent'), cell: l => (l.excellent ? html`<span class="badge flag-PRAISE">${App.t('excellent')}</span>` : '')},
          ]} />`)}`}<//>
      <h3>${fill('rewardCandidatesOf', {y: quarter.slice(0, 4)})}</h3>
      <${Loading} state=${y}>${v => html`<p class="hint">${fill('rewardHint', {n: v.rewardTimes})}</p>
        <${DataTable} rows=${v.units.filter(u => u.excellentQuarters.length)} rowKey=${u => u.unitCode} empty=${App.t('noData')} columns=${[
          {label: App.t('unitName'), cell: u => u.unitName},
          {label: App.t('unitClass'), cell: u => App.t(u.unitClass)},
          {label: App.t('excellentQuarters'), cell: u => u.excellentQuarters.join(', ')},
          {label: App.t('rewardCandidate'), cell: u => (u.rewardCandidate ? html`<span class="badge flag-PRAISE">${App.t('rewardCandidate')}</span>` : '')},
        ]} />`}<//>
    </section>`;
  }

  /**
   * 本单位排名与自查 (chief): the unit's row in the latest publication of a month, its flags, and when
   * it must present a self-examination (three months in the bottom three) the form to submit it.
   */
  function UnitStanding({me}) {
    const [month, setMonth] = hooks.useState(addMonths(thisMonth(), -1));
    const [round, setRound] = hooks.useState(0);
    const [text, setText] = hooks.useState('');
    const state = useApi('/rankings/' + month + '/publications', [month, round]);
    const [published, setPublished] = hooks.useState(null);
    const own = useApi('/rankings/' + month + '/self-examinations', [month, round]);
    hooks.useEffect(() => {
      setPublished(null);
      const versions = state.data;
      if (!versions || !versions.length) return;
      const latest = versions[versions.length - 1];
      App.api('/rankings/' + month + '/publications/' + latest.version).then(setPublished, err => App.showError(msg, err));
    }, [state.data]);
    const row = published && published.ranking.rows.find(r => r.unitCode === me.unitCode);
    const required = row && row.flags.includes('SELF_EXAMINATION_REQUIRED');
    const submit = async (e) => {
      e.preventDefault();
      const button = e.target.querySelector('button');
      await UI.busy(button, async () => {
        try {
          await App.api('/rankings/' + month + '/self-examinations', {method: 'POST', body: {unitCode: me.unitCode, text}});
          App.toast(App.t('selfExaminationSent'), {near: button});
          setText('');
          setRound(round + 1);
        } catch (err) {
          App.toast(err.message, {kind: 'error', near: button});
        }
      });
    };
    return html`<section class="card" id="standing">
      <h2>${App.t('unitStanding')}</h2>
      <label>${App.t('month')} <input type="month" value=${month}
        onChange=${e => { if (/^\d{4}-\d{2}$/.test(e.target.value)) setMonth(e.target.value); }} /></label>
      <${Loading} state=${state}>${versions => (!versions.length ? html`<p class="empty">${App.t('notPublished')}</p>`
        : !row ? html`<p class="hint">${App.t('loading')}</p>`
        : html`<p>${fill('unitStandingText', {rank: row.rank == null ? '—' : row.rank, score: row.score == null ? '—' : row.score.toFixed(2)})}
            ${row.flags.map(f => html` <span class=${'badge flag-' + f}>${App.t(f)}</span>`)}</p>
          ${required ? html`<form id="selfExamination" onSubmit=${submit}>
            <label>${App.t('selfExaminationText')}<textarea name="text" rows="5" maxlength="4000" required value=${text}
              onInput=${e => setText(e.target.value)}></textarea></label>
            <button type="submit" class="primary">${App.t('selfExaminationSubmit')}</button></form>` : ''}`)}<//>
      <${Loading} state=${own}>${list => html`<${DataTable} rows=${list} rowKey=${x => x.id} empty=${App.t('noSelfExamination')} columns=${[
        {label: App.t('submittedAt'), cell: x => App.time(x.submittedAt)},
        {label: App.t('submittedBy'), cell: x => x.submittedByName || x.submittedBy},
        {label: App.t('selfExaminationText'), className: 'pre', cell: x => x.text},
      ]} />`}<//>
    </section>`;
  }

  function Page({me}) {
    const [period, setPeriod] = hooks.useState({from: addMonths(thisMonth(), -11), to: thisMonth()});
    const leadership = me.roles.some(r => ['leader', 'director', 'admin'].includes(r));
    const change = (key) => (e) => {
      const value = e.target.value;
      if (!/^\d{4}-\d{2}$/.test(value)) return;
      const next = {...period, [key]: value};
      if (next.from > next.to) {
        App.toast(App.t('periodReversed'), {kind: 'error', near: e.target});
        return;
      }
      setPeriod(next);
    };
    hooks.useEffect(() => { document.body.dataset.loaded = 'true'; }, []);
    return html`<div class="row toolbar">
        <label>${App.t('fromMonth')} <input type="month" id="from" value=${period.from} onChange=${change('from')} /></label>
        <label>${App.t('toMonth')} <input type="month" id="to" value=${period.to} onChange=${change('to')} /></label>
      </div>
      <${Trends} ...${period} />
      <${Hotspots} ...${period} />
      <${Dissatisfaction} ...${period} />
      <${Praise} ...${period} />
      ${leadership ? html`<${Awards} to=${period.to} />` : ''}
      ${me.roles.includes('chief') && !leadership ? html`<${UnitStanding} me=${me} />` : ''}`;
  }

  (async () => {
    try {
      const me = await App.init();
      render(html`<${Page} me=${me} />`, document.getElementById('analysis'));
    } catch (err) {
      App.showError(msg, err);
      document.body.dataset.loaded = 'true';
    }
  })();
})();
