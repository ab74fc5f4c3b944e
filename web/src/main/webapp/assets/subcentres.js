/* 分中心管理 (sub-centre administration, issue 14): the list, a form to create one, and a dialog to
   rename, reorder, assign units and agents, retire or bring back. Reads GET /api/sub-centres (centre
   roles); writes POST /api/sub-centres and PUT /api/sub-centres/{code} (admin). The API's field
   errors are shown next to their field (FieldError); same-origin fetches only (the server refuses
   cross-site writes, docs/security.md 11.3). */
'use strict';
(async () => {
  const me = await App.init();
  const {html, hooks} = UI;
  const admin = me.roles.includes('admin');
  const [units, agents] = await Promise.all([
    App.api('/units'),
    admin ? App.api('/users?role=callback') : Promise.resolve([])]);
  const unitName = code => (units.find(u => u.code === code) || {name: code}).name;

  /** The API's message for one field, in the user's words, shown right after the field. */
  const FieldError = UI.FieldError;

  /**
   * Several entries picked by name (UI.MultiPicker, chips) with the API's error of the field under it;
   * {@code search} the server's search by name, pinyin or initials (units), else any part of the name.
   */
  function Choices({name, label, items, chosen, onChange, errors, search}) {
    return html`<div class=${'choices' + ((errors || []).some(e => e.field === name) ? ' invalid' : '')} role="group"
        aria-label=${label}><span class="choices-label">${label}</span>
      <${UI.MultiPicker} name=${name} label=${label} items=${items} initial=${chosen} onChange=${onChange} search=${search} />
      <${FieldError} errors=${errors} field=${name} /></div>`;
  }

  /** The fields of a sub-centre; {@code creating} adds the code. Calls {@code onSave(body)}. */
  function SubCentreForm({initial, creating, all, onSave, onDone}) {
    const [code, setCode] = hooks.useState(initial.code || '');
    const [name, setName] = hooks.useState(initial.name || '');
    const [sortOrder, setSortOrder] = hooks.useState(initial.sortOrder == null ? '' : String(initial.sortOrder));
    const [chosenUnits, setUnits] = hooks.useState(initial.units || []);
    const [chosenAgents, setAgents] = hooks.useState(initial.agents || []);
    const [active, setActive] = hooks.useState(initial.active !== false);
    const [errors, setErrors] = hooks.useState([]);
    const [detail, setDetail] = hooks.useState('');
    const ownerOf = (list, value) => (all.find(s => s.code !== initial.code && s.active && s[list].includes(value)) || {}).name;
    const unitItems = units.map(u => ({code: u.code, label: u.name, hint: ownerOf('units', u.code) || ''}));
    const agentItems = agents.map(a => ({code: a.username, label: a.displayName + ' (' + a.username + ')',
      hint: ownerOf('agents', a.username) || ''}));
    const unitItem = u => ({code: u.code, label: u.name, hint: ownerOf('units', u.code) || ''});
    // units by name, pinyin or initials on the server (GET /api/units?q=), best first
    const searchUnits = async q => (await App.api('/units?limit=20&q=' + encodeURIComponent(q))).map(unitItem);
    const invalid = f => errors.some(e => e.field === f) ? 'invalid' : '';
    const submit = e => UI.busy(e.submitter || e.target.querySelector('button[type=submit]'), async () => {
      e.preventDefault();
      // text left in a picker that names no unit or agent is refused under it, naming it (never sent)
      const left = UI.pendingEntries(e.target);
      if (left.length) { setErrors(left); setDetail(left.map(x => x.text).join(' ')); return; }
      const body = {name, sortOrder: sortOrder === '' ? null : Number(sortOrder), units: chosenUnits, agents: chosenAgents};
      if (creating) body.code = code;
      else {
        body.active = active;
        // retiring releases the units and agents to the city centre (a retired sub-centre holds none)
        if (!active) { body.units = []; body.agents = []; }
      }
      try {
        await onSave(body);
        setErrors([]);
        setDetail('');
        UI.toast(App.t('saved'), {near: e.target});
        onDone();
      } catch (err) {
        setErrors(App.fieldErrors(err, e.target));
        setDetail(err.message);
        UI.toast(err.message, {kind: 'error', near: e.target});
      }
    });
    return html`<form class="sub-centre-form" onSubmit=${e => { e.preventDefault(); submit(e); }} novalidate>
      ${detail ? html`<div class="msg error" role="alert">${detail}</div>` : ''}
      <div class="row">
        ${creating ? html`<label>${App.t('scCode')} <input name="code" value=${code} maxlength="40" class=${invalid('code')}
          aria-describedby="err-code" onInput=${e => setCode(e.target.value)} /><${FieldError} errors=${errors} field="code" /></label>` : ''}
        <label>${App.t('scName')} <input name="name" value=${name} maxlength="100" class=${invalid('name')}
          aria-describedby="err-name" onInput=${e => setName(e.target.value)} /><${FieldError} errors=${errors} field="name" /></label>
        <label>${App.t('scSortOrder')} <input name="sortOrder" type="number" class=${'num ' + invalid('sortOrder')} value=${sortOrder}
          aria-describedby="err-sortOrder" onInput=${e => setSortOrder(e.target.value)} /><${FieldError} errors=${errors} field="sortOrder" /></label>
        ${creating ? '' : html`<label><input type="checkbox" name="active" checked=${active}
          onChange=${e => setActive(e.target.checked)} /> ${App.t('scActive')}</label>`}
      </div>
      <${Choices} name="units" label=${App.t('scUnits')} items=${unitItems} chosen=${chosenUnits} onChange=${setUnits} errors=${errors}
        search=${searchUnits} />
      <${Choices} name="agents" label=${App.t('scAgents')} items=${agentItems} chosen=${chosenAgents} onChange=${setAgents} errors=${errors} />
      <button type="submit" class="primary">${creating ? App.t('scCreate') : App.t('save')}</button>
    </form>`;
  }

  function SubCentresPage() {
    const [all, setAll] = hooks.useState(null);
    const [editing, setEditing] = hooks.useState(null);
    const [formKey, setFormKey] = hooks.useState(0);
    const load = async () => {
      document.body.dataset.loaded = 'false';
      setAll(await App.api('/sub-centres'));
    };
    hooks.useEffect(() => { load(); }, []);
    hooks.useEffect(() => { if (all) document.body.dataset.loaded = 'true'; }, [all]);
    if (!all) return html`<p class="hint">…</p>`;
    const columns = [
      {label: App.t('scCode'), cell: s => s.code},
      {label: App.t('scName'), cell: s => s.name},
      {label: App.t('scSortOrder'), cell: s => s.sortOrder, className: 'num'},
      {label: App.t('scUnits'), cell: s => s.units.map(unitName).join(App.t('listSeparator'))},
      {label: App.t('scAgents'), cell: s => s.agents.map(a => (agents.find(x => x.username === a) || {}).displayName || a).join(App.t('listSeparator'))},
      {label: App.t('status'), cell: s => s.active ? App.t('scActive') : App.t('scRetired')},
    ].concat(admin ? [{label: '', cell: s => html`<button type="button" class="action" data-code=${s.code}
      onClick=${() => setEditing(s)}>${App.t('scEdit')}</button>`}] : []);
    return html`<section class="card"><${UI.DataTable} columns=${columns} rows=${all} rowKey=${s => s.code}
        rowProps=${s => ({class: s.active ? '' : 'retired'})} /></section>
      ${admin ? html`<section class="card" id="createSubCentre"><h2>${App.t('scNew')}</h2>
        <${SubCentreForm} key=${formKey} initial=${{}} creating=${true} all=${all}
          onSave=${body => App.api('/sub-centres', {method: 'POST', body})}
          onDone=${() => { setFormKey(formKey + 1); load(); }} /></section>` : ''}
      ${editing ? html`<${UI.Dialog} title=${App.t('scEdit') + ' · ' + editing.name} onClose=${() => setEditing(null)}>
        <${SubCentreForm} initial=${editing} creating=${false} all=${all}
          onSave=${body => App.api('/sub-centres/' + encodeURIComponent(editing.code), {method: 'PUT', body})}
          onDone=${() => { setEditing(null); load(); }} /></${UI.Dialog}>` : ''}`;
  }

  UI.render(html`<${SubCentresPage} />`, document.getElementById('subCentres'));
})();
