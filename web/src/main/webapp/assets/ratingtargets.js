/* 评价码管理 (rating targets and their QR codes, issue 15): list and filter the targets by unit and
   kind (GET /api/rating-targets?unit=), see a target's QR code (GET …/{id}/qr.png), print a unit's
   sheet of codes (GET …/qr-sheet.pdf?unit=), and — admin only — create a target (POST
   /api/rating-targets), revoke (…/{id}/revoke) or re-issue (…/{id}/reissue) its code with a reason in
   a dialog. A unit role sees and prints only its own unit (the server refuses others: 400 OTHER_UNIT).
   Field errors next to their field; same-origin fetches only (CSRF rules, docs/security.md). */
'use strict';
(async () => {
  const me = await App.init();
  const {html, hooks} = UI;
  const admin = me.roles.includes('admin');
  const KINDS = (await App.choices()).ratingTargetKind;
  const kindLabel = k => App.t('ratingKind' + k.charAt(0) + k.slice(1).toLowerCase());
  // a unit role is offered its own unit only: the server answers 400 OTHER_UNIT for any other
  const units = me.centreWide ? await App.api('/units') : [{code: me.unitCode, name: me.unitName}];

  /** The API's message for one field, in the user's words, right after the field. */
  const FieldError = UI.FieldError;

  /** Runs {@code call} with the submit button busy; a toast and the field errors tell the result. */
  function useSubmit(call, onDone, doneText) {
    const [errors, setErrors] = hooks.useState([]);
    const [detail, setDetail] = hooks.useState('');
    const submit = e => {
      e.preventDefault();
      const form = e.target;
      return UI.busy(form.querySelector('button[type=submit]'), async () => {
        try {
          const result = await call();
          setErrors([]);
          setDetail('');
          UI.toast(doneText(result), {near: form});
          onDone(result);
        } catch (err) {
          setErrors(App.fieldErrors(err, form));
          setDetail(err.message);
          UI.toast(err.message, {kind: 'error', near: form});
        }
      });
    };
    return {errors, detail, submit};
  }

  /** The form of a new target (admin). */
  function CreateForm({onDone}) {
    const [kind, setKind] = hooks.useState('WINDOW');
    const [name, setName] = hooks.useState('');
    const [unitCode, setUnitCode] = hooks.useState('');
    const [officerBadge, setBadge] = hooks.useState('');
    const {errors, detail, submit} = useSubmit(() => App.api('/rating-targets', {method: 'POST', body: {
      kind, name, unitCode: unitCode || null, officerBadge: kind === 'OFFICER' ? officerBadge : null}}), onDone,
      () => App.t('done_ratingTargetCreated').replace('{0}', name));
    const invalid = f => errors.some(e => e.field === f) ? 'invalid' : '';
    return html`<form class="rating-target-form" onSubmit=${submit} novalidate>
      ${detail ? html`<div class="msg error" role="alert">${detail}</div>` : ''}
      <div class="row">
        <span><label for="rt-kind">${App.t('rtKind')}</label> <select id="rt-kind" name="kind" value=${kind} class=${invalid('kind')}
          onChange=${e => setKind(e.target.value)}>${KINDS.map(k => html`<option value=${k}>${kindLabel(k)}</option>`)}</select><${FieldError}
          errors=${errors} field="kind" /></span>
        <label>${App.t('rtName')} <input name="name" value=${name} maxlength="60" class=${invalid('name')}
          placeholder=${kind === 'OFFICER' ? App.t('rtNameOfficerHint') : ''}
          onInput=${e => setName(e.target.value)} /><${FieldError} errors=${errors} field="name" /></label>
        ${kind === 'OFFICER' ? html`<label>${App.t('rtBadge')} <input name="officerBadge" value=${officerBadge} maxlength="40"
          class=${invalid('officerBadge')} onInput=${e => setBadge(e.target.value)} /><${FieldError} errors=${errors} field="officerBadge" /></label>`
          : html`<span><label for="rt-unitCode">${App.t('rtUnit')}</label> <select id="rt-unitCode" name="unitCode" value=${unitCode}
          class=${invalid('unitCode')} onChange=${e => setUnitCode(e.target.value)}><option value="">${App.t('rtPickUnit')}</option>
          ${units.map(u => html`<option value=${u.code}>${u.name}</option>`)}</select><${FieldError} errors=${errors} field="unitCode" /></span>`}
      </div>
      <div class="dialog-actions"><button type="submit" class="primary">${App.t('rtCreate')}</button></div>
    </form>`;
  }

  /** Revoke or re-issue with a reason (required to revoke). */
  function ReasonForm({target, action, onDone}) {
    const [reason, setReason] = hooks.useState('');
    const {errors, detail, submit} = useSubmit(() => App.api('/rating-targets/' + encodeURIComponent(target.id) + '/' + action,
      {method: 'POST', body: {reason}}), onDone,
      () => App.t(action === 'revoke' ? 'done_revoke' : 'done_reissue').replace('{0}', target.name));
    return html`<form class="reason-form" onSubmit=${submit} novalidate>
      ${detail ? html`<div class="msg error" role="alert">${detail}</div>` : ''}
      <p class="hint">${App.t(action === 'revoke' ? 'rtRevokeHint' : 'rtReissueHint')}</p>
      <label>${App.t('rtReason')} <input name="reason" value=${reason} maxlength="200"
        class=${errors.some(e => e.field === 'reason') ? 'invalid' : ''} onInput=${e => setReason(e.target.value)} />
        <${FieldError} errors=${errors} field="reason" /></label>
      <div class="dialog-actions"><button type="submit" class="primary">${App.t(action === 'revoke' ? 'rtRevoke' : 'rtReissue')}</button></div>
    </form>`;
  }

  function RatingTargetsPage() {
    const [unit, setUnit] = hooks.useState(me.centreWide ? '' : me.unitCode);
    const [kind, setKind] = hooks.useState('');
    const [all, setAll] = hooks.useState(null);
    const [error, setError] = hooks.useState('');
    const [qr, setQr] = hooks.useState(null);
    const [acting, setActing] = hooks.useState(null);
    // the create form opens in a dialog from the top of the page (it sat below 89 rows of codes)
    const [creating, setCreating] = hooks.useState(false);
    const load = async () => {
      document.body.dataset.loaded = 'false';
      try {
        setAll(await App.api('/rating-targets?unit=' + encodeURIComponent(unit)));
        setError('');
      } catch (err) {
        setError(err.message);
      }
      document.body.dataset.loaded = 'true';
    };
    hooks.useEffect(() => { load(); }, [unit]);
    const rows = (all || []).filter(t => !kind || t.kind === kind);
    const columns = [
      {label: App.t('rtName'), cell: t => t.name},
      {label: App.t('rtKind'), cell: t => kindLabel(t.kind)},
      {label: App.t('rtUnit'), cell: t => t.unitName},
      {label: App.t('rtBadge'), cell: t => t.officerBadge || ''},
      {label: App.t('status'), cell: t => t.active ? App.t('rtActive') : App.t('rtRevoked')},
      {label: App.t('rtIssuedAt'), cell: t => t.codeIssuedAt ? App.time(t.codeIssuedAt) : ''},
      {label: '', cell: t => html`<span class="row">
        ${t.active ? html`<button type="button" class="secondary" data-act="qr" onClick=${() => setQr(t)}>${App.t('rtShowQr')}</button>` : ''}
        ${admin && t.active ? html`<button type="button" class="secondary" data-act="revoke"
          onClick=${() => setActing({target: t, action: 'revoke'})}>${App.t('rtRevoke')}</button>` : ''}
        ${admin ? html`<button type="button" class="secondary" data-act="reissue"
          onClick=${() => setActing({target: t, action: 'reissue'})}>${App.t('rtReissue')}</button>` : ''}</span>`},
    ];
    const sheetUnit = unit || (rows[0] && rows[0].unitCode) || '';
    return html`<section class="card"><form class="row" id="filters" onSubmit=${e => e.preventDefault()}>
        <label>${App.t('rtUnit')} <select name="unit" value=${unit} onChange=${e => setUnit(e.target.value)}>
          ${me.centreWide ? html`<option value="">${App.t('ratingsAllUnits')}</option>` : ''}
          ${units.map(u => html`<option value=${u.code}>${u.name}</option>`)}</select></label>
        <label>${App.t('rtKind')} <select name="kindFilter" value=${kind} onChange=${e => setKind(e.target.value)}>
          <option value="">${App.t('rtAllKinds')}</option>${KINDS.map(k => html`<option value=${k}>${kindLabel(k)}</option>`)}</select></label>
        ${unit ? html`<a class="button secondary" id="sheet" target="_blank" rel="noopener"
          href=${'/api/rating-targets/qr-sheet.pdf?unit=' + encodeURIComponent(sheetUnit)}>${App.t('rtPrintSheet')}</a>`
          : html`<span class="hint">${App.t('rtPickUnitToPrint')}</span>`}
        ${admin ? html`<button type="button" class="primary" id="newTarget" onClick=${() => setCreating(true)}>${App.t('rtNew')}</button>` : ''}
      </form>
      ${error ? html`<div class="msg error" role="alert">${error}</div>` : ''}
      ${all ? html`<${UI.DataTable} columns=${columns} rows=${rows} rowKey=${t => t.id}
        rowProps=${t => ({class: t.active ? '' : 'retired'})} />` : html`<p class="hint">…</p>`}</section>
      ${admin && creating ? html`<${UI.Dialog} title=${App.t('rtNew')} onClose=${() => setCreating(false)}>
        <section id="createTarget"><${CreateForm} onDone=${() => { setCreating(false); load(); }} /></section></${UI.Dialog}>` : ''}
      ${qr ? html`<${UI.Dialog} title=${App.t('rtQrOf') + ' · ' + qr.name} onClose=${() => setQr(null)}>
        <figure class="qr"><img id="qrImage" width="240" height="240" alt=${App.t('rtQrOf') + ' ' + qr.name}
          src=${'/api/rating-targets/' + encodeURIComponent(qr.id) + '/qr.png?v=' + encodeURIComponent(qr.codeIssuedAt || '')} />
          <figcaption>${qr.name} · ${qr.unitName}<br /><span class="hint">${location.origin + qr.ratingUrl}</span></figcaption></figure>
        </${UI.Dialog}>` : ''}
      ${acting ? html`<${UI.Dialog} title=${App.t(acting.action === 'revoke' ? 'rtRevoke' : 'rtReissue') + ' · ' + acting.target.name}
        onClose=${() => setActing(null)}><${ReasonForm} target=${acting.target} action=${acting.action}
          onDone=${() => { setActing(null); load(); }} /></${UI.Dialog}>` : ''}`;
  }

  UI.render(html`<${RatingTargetsPage} />`, document.getElementById('ratingTargets'));
})();
