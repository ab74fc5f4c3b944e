/* 评价真实性 (issue 15): flagged ratings with their evidence (GET /api/ratings/flags), the answers per
   channel with the verified rate beside the raw rate (GET /api/ratings/statistics/channels), and — for
   the director and admin — exclusion (剔除) in a dialog that shows the rating first (GET
   /api/ratings/{id}: its answers, reasons, comment, linked ticket, history) with all its flags'
   evidence, then asks the reason as a code from a list plus a note (POST /api/ratings/{id}/exclude
   {reasonCode, reason}). A unit role (chief) is offered its own unit only; the server refuses others
   (400 OTHER_UNIT). */
'use strict';
(async () => {
  const me = await App.init();
  const {html, hooks} = UI;
  const canExclude = me.roles.some(r => ['director', 'admin'].includes(r));
  // the flags and exclusion reasons the server knows (GET /api/choices), by name
  const choices = await App.choices();
  const FLAGS = choices.ratingFlag;
  const FLAG_PAGE_SIZE = 50;
  const REASONS = choices.ratingExclusionReason;
  const DIMENSIONS = [['attitude', 'ratingDimAttitude'], ['efficiency', 'ratingDimEfficiency'],
    ['conduct', 'ratingDimConduct'], ['result', 'ratingDimResult']];
  const LEVELS = {SATISFIED: 'ratingLevelSatisfied', BASICALLY_SATISFIED: 'ratingLevelBasicallySatisfied',
    DISSATISFIED: 'ratingLevelDissatisfied'};
  const units = me.centreWide ? await App.api('/units') : [{code: me.unitCode, name: me.unitName}];
  // months are Shanghai months (a rating at 00:20 on 1 December, Beijing time, is December's)
  const thisMonth = App.shanghaiMonth();
  const pct = v => v === null || v === undefined ? '—' : v + '%';
  let tagNames = null;
  const tagName = async code => {
    if (!tagNames) {
      tagNames = {};
      try {
        (await App.api('/problem-tags')).forEach(t => { tagNames[t.code] = App.lang === 'en' ? t.nameEn : t.nameZh; });
      } catch (e) { /* codes then */ }
    }
    return tagNames[code] || code;
  };

  /** The rating as the supervisor must see it before excluding it, and the exclusion form. */
  function ExcludeDialog({ratingId, flags, onClose, onDone}) {
    const [rating, setRating] = hooks.useState(null);
    const [reasonNames, setReasonNames] = hooks.useState([]);
    const [reasonCode, setReasonCode] = hooks.useState('');
    const [note, setNote] = hooks.useState('');
    const [errors, setErrors] = hooks.useState([]);
    const [detail, setDetail] = hooks.useState('');
    hooks.useEffect(() => {
      (async () => {
        try {
          const r = await App.api('/ratings/' + encodeURIComponent(ratingId));
          setReasonNames(await Promise.all(r.reasons.map(tagName)));
          setRating(r);
        } catch (err) { setDetail(err.message); }
      })();
    }, [ratingId]);
    const submit = e => {
      e.preventDefault();
      const form = e.target;
      // the page always asks the reason as a code: without one the server would take "other" and
      // blame the note, a field the user did fill or did not mean — so it is asked for here, next to it
      if (!reasonCode) {
        const text = App.t('uiPickFromList').replace('{0}', App.fieldLabel('reasonCode', form));
        setErrors([{field: 'reasonCode', text}]);
        setDetail('');
        form.querySelector('[name=reasonCode]').focus();
        return undefined;
      }
      return UI.busy(form.querySelector('button[type=submit]'), async () => {
        try {
          await App.api('/ratings/' + encodeURIComponent(ratingId) + '/exclude', {method: 'POST',
            body: {reasonCode: reasonCode || null, reason: note}});
          UI.toast(App.t('ratingsExcludedToast'), {near: form});
          onDone();
        } catch (err) {
          setErrors(App.fieldErrors(err, form));
          setDetail(err.message);
          UI.toast(err.message, {kind: 'error', near: form});
        }
      });
    };
    const fieldError = f => {
      const mine = errors.filter(x => x.field === f);
      return mine.length ? html`<span class="field-error" id=${'err-' + f} role="alert">${mine.map(x => x.text || App.fieldMessage(x)).join(' ')}</span>` : '';
    };
    const mine = flags.filter(f => f.ratingId === ratingId);
    return html`<${UI.Dialog} title=${App.t('ratingsExclude') + (rating ? ' · ' + rating.targetName : '')} onClose=${onClose}>
      ${detail ? html`<div class="msg error" role="alert">${detail}</div>` : ''}
      ${rating ? html`<dl class="rating-detail" id="ratingDetail">
        <dt>${App.t('ratingsRatedAt')}</dt><dd>${App.time(rating.ratedAt)}</dd>
        ${DIMENSIONS.map(([k, label]) => html`<dt>${App.t(label)}</dt><dd class=${rating[k] === 'DISSATISFIED' ? 'bad' : ''}>${App.t(LEVELS[rating[k]])}</dd>`)}
        <dt>${App.t('ratingsReasons')}</dt><dd>${reasonNames.length ? reasonNames.join(App.t('ratingListSeparator')) : '—'}</dd>
        <dt>${App.t('ratingsComment')}</dt><dd>${rating.comment || '—'}</dd>
        <dt>${App.t('ratingsVerification')}</dt><dd>${App.t('ratingsVerification' + rating.verification)}</dd>
        <dt>${App.t('ratingsTicket')}</dt><dd>${rating.ticketId ? html`<a href=${'ticket.html?id=' + encodeURIComponent(rating.ticketId)}
          target="_blank" rel="noopener">${App.t('ratingsTicketOpen')}</a>` : '—'}</dd>
        <dt>${App.t('ratingsEvidence')}</dt><dd><ul>${mine.map(f => html`<li>${App.labelled(f.label, f.evidenceText)}</li>`)}</ul></dd>
      </dl>` : html`<p class="hint">…</p>`}
      <form class="exclude-form" onSubmit=${submit} novalidate>
        <span><label for="exclude-reasonCode">${App.t('ratingsExcludeReason')}</label> <select id="exclude-reasonCode" name="reasonCode"
          value=${reasonCode} class=${errors.some(x => x.field === 'reasonCode') ? 'invalid' : ''} onChange=${e => setReasonCode(e.target.value)}>
          <option value="">${App.t('ratingsPickReason')}</option>
          ${REASONS.map(r => html`<option value=${r}>${App.t('ratingExclusionReason' + r)}</option>`)}</select>${fieldError('reasonCode')}</span>
        <label>${App.t('ratingsExcludeNote')} <textarea name="reason" maxlength="200" value=${note}
          class=${errors.some(x => x.field === 'reason') ? 'invalid' : ''} onInput=${e => setNote(e.target.value)}></textarea>${fieldError('reason')}</label>
        <p class="hint">${App.t('ratingsExcludeHint')}</p>
        <div class="dialog-actions"><button type="submit" class="primary" disabled=${!rating}>${App.t('ratingsExclude')}</button>
          <button type="button" class="secondary" onClick=${onClose}>${App.t('uiCancel')}</button></div>
      </form></${UI.Dialog}>`;
  }

  function RatingsPage() {
    const [month, setMonth] = hooks.useState(thisMonth);
    const [unit, setUnit] = hooks.useState(me.centreWide ? '' : me.unitCode);
    const [flag, setFlag] = hooks.useState('');
    const [data, setData] = hooks.useState(null);
    const [error, setError] = hooks.useState('');
    const [excluding, setExcluding] = hooks.useState(null);
    // the flags are paged by the server (X-Total-Count): the count is shown, nothing is cut silently
    const load = async (page = 0) => {
      document.body.dataset.loaded = 'false';
      try {
        const q = '?month=' + encodeURIComponent(month) + '&unit=' + encodeURIComponent(unit);
        const [channels, flags] = await Promise.all([App.api('/ratings/statistics/channels' + q),
          App.api('/ratings/flags' + q + '&flag=' + encodeURIComponent(flag) + '&page=' + page + '&size=' + FLAG_PAGE_SIZE,
            {paged: true})]);
        setData({channels, flags});
        setError('');
      } catch (err) {
        setError(App.showError(document.createElement('div'), err).join(' '));
      }
      document.body.dataset.loaded = 'true';
    };
    hooks.useEffect(() => { load(); }, []);
    const option = (v, label) => html`<option value=${v}>${label}</option>`;
    return html`<section class="card"><form class="row" id="filters" onSubmit=${e => { e.preventDefault(); load(); }}>
        <label for="month">${App.t('ratingsMonth')}</label><input id="month" name="month" type="month" required value=${month}
          onInput=${e => setMonth(e.target.value)} />
        <label for="unit">${App.t('ratingsUnit')}</label><select id="unit" name="unit" value=${unit} onChange=${e => setUnit(e.target.value)}>
          ${me.centreWide ? option('', App.t('ratingsAllUnits')) : ''}${units.map(u => option(u.code, u.name))}</select>
        <label for="flag">${App.t('ratingsFlag')}</label><select id="flag" name="flag" value=${flag} onChange=${e => setFlag(e.target.value)}>
          ${option('', App.t('ratingsAllFlags'))}${FLAGS.map(f => option(f, App.t('ratingFlag' + f)))}</select>
        <button class="secondary" type="submit">${App.t('ratingsSearch')}</button>
      </form>${error ? html`<div id="msg" class="msg error" role="alert">${error}</div>` : ''}</section>
      <section class="card"><div id="channels">${data ? html`<${UI.DataTable} rows=${data.channels} rowKey=${c => c.channel}
        columns=${[
          {label: App.t('ratingsChannel'), cell: c => App.t('ratingsChannel' + c.channel)},
          {label: App.t('ratingsAnswers'), cell: c => c.answers},
          {label: App.t('ratingsRawRate'), cell: c => pct(c.rawSatisfiedRate)},
          {label: App.t('ratingsVerifiedRate'), cell: c => pct(c.verifiedRate)},
          {label: App.t('ratingsVerifiedSatisfiedRate'), cell: c => pct(c.verifiedSatisfiedRate)},
        ]} />` : ''}</div></section>
      <section class="card"><div id="flags" aria-live="polite">${!data ? '' : data.flags.total === 0
        ? html`<p>${App.t('ratingsNone')}</p>`
        : html`<p id="flagCount" class="hint">${App.plural('ratingsFlagCount', data.flags.total, {0: data.flags.total})}</p>
          <${UI.DataTable} rows=${data.flags.items} rowKey=${f => f.ratingId + '-' + f.flag}
          rowProps=${f => ({'data-rating': f.ratingId})} columns=${[
            {label: App.t('ratingsRatedAt'), cell: f => App.time(f.ratedAt)},
            {label: App.t('ratingsTarget'), cell: f => html`${f.targetName} <span class="hint">${f.unitName || f.unitCode}</span>`},
            {label: App.t('ratingsFlag'), cell: f => f.label},
            {label: App.t('ratingsEvidence'), cell: f => f.evidenceText},
            {label: '', cell: f => f.excluded ? App.t('ratingsExcluded') : canExclude
              ? html`<button type="button" class="secondary" data-act="exclude" onClick=${() => setExcluding(f.ratingId)}>${
                App.t('ratingsExclude')}</button>` : ''},
          ]} />
          <div id="flagPager"><${UI.Pager} page=${data.flags.page} size=${data.flags.size} total=${data.flags.total}
            onPage=${n => load(n)} /></div>`}</div></section>
      ${excluding ? html`<${ExcludeDialog} ratingId=${excluding} flags=${data.flags.items} onClose=${() => setExcluding(null)}
        onDone=${() => { setExcluding(null); load(data.flags.page); }} />` : ''}`;
  }

  UI.render(html`<${RatingsPage} />`, document.getElementById('ratingsPage'));
})();
