/* 服务记录导入 (service record upload, issue 14): a CSV or XLSX file of 110 incidents or window
   services is sent as it is to POST /api/service-records/upload (roles callback and admin, as the
   API); the answer is shown row by row — the line in the file, created / unchanged / refused and
   every reason in the user's language (the server words them; field names become their labels).
   The same file may be uploaded again: rows already stored come back "unchanged". Same-origin fetch
   only (the server refuses cross-site writes, docs/security.md 11.3). */
'use strict';
(async () => {
  await App.init();
  const {html, hooks} = UI;
  // what a file's columns must hold, from the server's own list of kinds (GET /api/choices)
  const kinds = (await App.choices()).serviceRecordKind;
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  /** The content type the API takes for this file: by its name, as browsers often give CSV none. */
  const typeOf = file => /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv';
  /** "新增 2 条，未变 0 条，拒绝 1 条。" of an upload's answer. */
  const counts = batch => App.t('srCounts').replace('{0}', batch.created).replace('{1}', batch.unchanged)
    .replace('{2}', batch.refused);

  /** A bad phone or time repeats the format expected (" 应为 …"), not only "值无效"; '' for other errors. */
  const expected = x => x.reason === 'INVALID' && ['occurredAt', 'citizenPhone'].includes(x.field)
    ? ' ' + App.t('srExpected_' + x.field) : '';

  function UploadPage() {
    const [file, setFile] = hooks.useState(null);
    const [batch, setBatch] = hooks.useState(null);
    const [error, setError] = hooks.useState('');
    hooks.useEffect(() => { document.body.dataset.loaded = 'true'; }, []);
    const submit = e => {
      e.preventDefault();
      const button = e.target.querySelector('button[type=submit]');
      return UI.busy(button, async () => {
        if (!file) { setError(App.t('srNoFile')); return; }
        setError('');
        document.body.dataset.uploaded = 'false';
        try {
          const answer = await App.api('/service-records/upload',
            {method: 'POST', body: file, headers: {'Content-Type': typeOf(file)}});
          setBatch(answer);
          // the counts, not "已保存": an upload with refused rows did not save them all
          // the summary goes to the corner: next to the button it covered the format hint below it
          UI.toast(counts(answer), {kind: answer.refused ? 'error' : 'ok'});
        } catch (err) {
          setBatch(null);
          setError([err.message].concat(App.fieldErrors(err, e.target).map(x => x.text)).join(' '));
        } finally {
          document.body.dataset.uploaded = 'true';
        }
      });
    };
    const columns = [
      {label: App.t('srLine'), cell: r => r.line, className: 'num'},
      {label: App.t('field_sourceSystem'), cell: r => r.sourceSystem || ''},
      {label: App.t('field_externalId'), cell: r => r.externalId || ''},
      {label: App.t('srResult'), cell: r => html`<span class=${'sr-status sr-' + r.status.toLowerCase()}>${App.t('sr' + r.status)}</span>`},
      {label: App.t('srReason'), cell: r => (r.errors || []).map(x => html`<div class="sr-reason">${App.fieldMessage(x)}${expected(x)}</div>`)},
    ];
    return html`<section class="card"><form id="uploadForm" onSubmit=${submit} novalidate>
        <div class="row">
          <label>${App.t('srFile')} <input type="file" name="file" accept=".csv,.xlsx,text/csv,${XLSX}"
            onChange=${e => { setFile(e.target.files[0] || null); setError(''); }} /></label>
          <button type="submit" class="primary">${App.t('srUpload')}</button>
        </div>
        <p class="hint" id="uploadFormat">${App.t('srFormat').replace('{0}',
          kinds.map(k => k + ' = ' + App.t('srKind' + k)).join(App.t('listSeparator')))}</p>
        ${error ? html`<div class="msg error" role="alert" id="uploadError">${error}</div>` : ''}
      </form></section>
      ${batch ? html`<section class="card" id="uploadResult">
        <p class="sr-counts">${counts(batch)}</p>
        <${UI.DataTable} columns=${columns} rows=${batch.results} rowKey=${r => r.line}
          rowProps=${r => ({class: 'sr-row sr-' + r.status.toLowerCase()})} /></section>` : ''}`;
  }

  UI.render(html`<${UploadPage} />`, document.getElementById('serviceRecords'));
})();
