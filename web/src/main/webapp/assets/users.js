'use strict';
/* 账号管理 (administrator, issue 14): the accounts (GET /api/accounts?q=) with search by name, username or
   unit; an edit dialog (GET/PUT /api/users/{username} with If-Match: display name, unit picked by name,
   roles as checkboxes by their names, active, reason, the record of changes) and a create form
   (POST /api/users with an initial password). Other roles see a notice, not the page.
   账号解锁 (administrator, issue 12): the accounts slowed down by failed logins (GET /api/login-throttles),
   each with an unlock button (POST /api/users/{username}/unlock), an unlock by username for an account
   not listed, and the record of unlocks (who unlocked whom, when). */
(async () => {
  await App.init();
  const msg = document.getElementById('msg');
  if (!App.me || !App.me.roles.includes('admin')) {
    document.querySelectorAll('main section, #accountDialog').forEach(el => el.remove());
    msg.textContent = App.t('uiAdminOnly');
    document.body.dataset.loaded = 'true';
    return;
  }
  const who = (name, username) => name && name !== username ? App.t('uiNameWithUsername').replace('{0}', name).replace('{1}', username) : username;

  const ROLES = ['operator', 'dispatcher', 'officer', 'chief', 'agency', 'callback', 'director', 'leader', 'admin'];
  const roleName = r => App.t('role_' + r);
  const units = await App.api('/units');
  const unitList = document.getElementById('accUnits');
  App.fillDatalist(unitList, units.filter(u => u.active !== false), u => u.name);
  const unitName = code => (units.find(u => u.code === code) || {name: code}).name;
  const dialog = document.getElementById('accountDialog');
  const form = document.getElementById('accountForm');
  const dialogMsg = document.getElementById('accountMsg');
  App.render(document.getElementById('accRoles'), App.html`<legend>${App.t('uiRoles')}</legend>${ROLES.map(r =>
    App.html`<label class="inline"><input type="checkbox" name="roles" value="${r}"> ${roleName(r)}</label> `)}`);
  let editing = null; // {username, version} while editing, null while creating

  async function loadAccounts() {
    const q = document.getElementById('accountQ').value.trim();
    const list = await App.api('/accounts' + (q ? '?q=' + encodeURIComponent(q) : ''));
    document.getElementById('accountCount').textContent = list.length;
    App.render(document.getElementById('accounts'), list.length ? App.table(
      [App.t('uiUsername'), App.t('uiDisplayName'), App.t('uiUserUnit'), App.t('uiRoles'), App.t('uiActive'), ''],
      list.map(a => App.html`<tr data-username="${a.username}" class="${a.active ? '' : 'muted'}"><td>${a.username}</td>
        <td>${a.displayName}</td><td>${a.unitName}</td><td>${a.roles.map(roleName).join(App.t('uiSemicolon'))}</td>
        <td>${a.active ? App.t('uiActive') : App.t('uiInactive')}${a.locked ? App.html` <span class="badge">${App.t('uiLocked')}</span>` : ''}</td>
        <td><button type="button" class="action" data-edit="${a.username}">${App.t('uiEditAccount')}</button></td></tr>`))
      : App.html`<p class="empty">${App.t('uiNoAccounts')}</p>`);
  }

  function open(account) {
    editing = account ? {username: account.username, version: account.version} : null;
    form.reset();
    App.clearFieldErrors(form);
    dialogMsg.textContent = '';
    form.querySelectorAll('.create-only').forEach(el => { el.hidden = !!account; });
    document.getElementById('accountDialogTitle').textContent = account
      ? App.t('uiEditAccount') + App.t('uiColon') + account.username : App.t('uiNewAccount');
    document.getElementById('accDisplayName').value = account ? account.displayName : '';
    document.getElementById('accUnit').value = account ? App.nameOfCode(unitList, account.unitCode) : '';
    form.querySelectorAll('input[name=roles]').forEach(c => { c.checked = !!account && account.roles.includes(c.value); });
    document.getElementById('accActive').checked = account ? account.active : true;
    App.render(document.getElementById('accChanges'), account && account.changes && account.changes.length ? App.html`
      <h3>${App.t('uiAccountChanges')}</h3>${App.table([App.t('time'), App.t('uiChangedBy'), App.t('uiChange'), App.t('uiChangeReason')],
        account.changes.map(c => App.html`<tr><td>${App.time(c.changedAt)}</td><td>${c.changedByName}</td>
          <td>${describe(c)}</td><td>${c.reason || ''}</td></tr>`))}` : App.html``);
    dialog.classList.add('dialog-backdrop'); // its display: flex would override [hidden]
    dialog.hidden = false;
    (account ? document.getElementById('accDisplayName') : document.getElementById('accUsername')).focus();
  }

  /** What a change did, in words: each changed field with its value before and after (roles: 回访员 → 话务员). */
  function describe(c) {
    const show = s => ({
      displayName: s.displayName, unitCode: unitName(s.unitCode),
      roles: s.roles.map(roleName).join(App.t('uiSemicolon')), active: s.active ? App.t('uiActive') : App.t('uiInactive')});
    const to = show(c.to);
    if (!c.from) return App.t('uiAccountCreatedChange');
    const from = show(c.from);
    const label = {displayName: 'uiDisplayName', unitCode: 'uiUserUnit', roles: 'uiRoles', active: 'uiActive'};
    return App.joinClauses(Object.keys(label).filter(k => from[k] !== to[k])
      .map(k => App.labelled(App.t(label[k]), from[k] + ' → ' + to[k])));
  }

  const close = () => { dialog.hidden = true; dialog.classList.remove('dialog-backdrop'); editing = null; };
  document.getElementById('accCancel').addEventListener('click', close);
  dialog.addEventListener('keydown', e => { if (e.key === 'Escape') { e.preventDefault(); close(); } });

  form.addEventListener('submit', e => {
    e.preventDefault();
    const unitInput = document.getElementById('accUnit');
    const body = {
      displayName: document.getElementById('accDisplayName').value.trim(),
      unitCode: App.pickedCode(unitInput),
      roles: Array.from(form.querySelectorAll('input[name=roles]:checked')).map(c => c.value),
      active: document.getElementById('accActive').checked,
      reason: document.getElementById('accReason').value.trim() || null};
    const button = document.getElementById('accSave');
    const username = editing ? editing.username : document.getElementById('accUsername').value.trim();
    App.run(dialogMsg, async () => {
      if (unitInput.value.trim() && !body.unitCode) throw App.notInListError('unitCode', [unitInput.value.trim()], form);
      if (editing) {
        await App.api('/users/' + encodeURIComponent(username),
          {method: 'PUT', headers: {'If-Match': '"' + editing.version + '"'}, body});
      } else {
        await App.api('/users', {method: 'POST',
          body: Object.assign({username, password: document.getElementById('accPassword').value}, body)});
      }
      close();
    }, load, {button, okText: App.t(editing ? 'uiAccountSaved' : 'uiAccountCreated').replace('{0}', username)});
  });

  document.getElementById('accountSearch').addEventListener('submit', e => {
    e.preventDefault();
    loadAccounts().catch(err => App.showError(msg, err, e.submitter));
  });
  document.getElementById('newAccount').addEventListener('click', () => open(null));
  document.getElementById('accounts').addEventListener('click', async e => {
    const username = e.target.dataset.edit;
    if (!username) return;
    try {
      open(await App.api('/users/' + encodeURIComponent(username)));
    } catch (err) {
      App.showError(msg, err, e.target);
    }
  });

  async function load() {
    document.body.dataset.loaded = 'false';
    await loadAccounts();
    const s = await App.api('/login-throttles');
    document.getElementById('lockedCount').textContent = s.accounts.length;
    App.render(document.getElementById('locked'), s.accounts.length ? App.table(
      [App.t('uiAccount'), App.t('uiUserUnit'), App.t('uiFailures'), App.t('uiLockedFor'), ''],
      s.accounts.map(a => App.html`<tr data-username="${a.username}"><td>${who(a.displayName, a.username)}</td><td>${a.unitName || ''}</td>
        <td>${a.failures}</td><td>${a.waitSeconds > 0 ? App.t('uiSeconds').replace('{0}', a.waitSeconds) : App.t('uiNotLocked')}</td>
        <td><button class="action" data-unlock="${a.username}">${App.t('uiUnlock')}</button></td></tr>`))
      : App.html`<p class="empty">${App.t('uiNoLockedAccounts')}</p>`);
    App.render(document.getElementById('unlocks'), s.unlocks.length ? App.table(
      [App.t('time'), App.t('uiAccount'), App.t('uiUnlockedBy'), App.t('uiFailuresCleared')],
      s.unlocks.map(u => App.html`<tr><td>${App.time(u.unlockedAt)}</td><td>${who(u.displayName, u.username)}</td>
        <td>${who(u.unlockedByName, u.unlockedBy)}</td><td>${u.failuresCleared}</td></tr>`))
      : App.html`<p class="empty">${App.t('none')}</p>`);
    document.body.dataset.loaded = 'true';
  }

  const unlock = (username, button) => App.run(msg,
    () => App.api('/users/' + encodeURIComponent(username) + '/unlock', {method: 'POST'}), load,
    {button, okText: App.t('uiUnlocked').replace('{0}', username)});

  document.getElementById('locked').addEventListener('click', e => {
    const username = e.target.dataset.unlock;
    if (username) unlock(username, e.target);
  });
  document.getElementById('unlockOne').addEventListener('submit', e => {
    e.preventDefault();
    const input = document.getElementById('unlockName');
    const username = input.value.trim();
    if (username) unlock(username, e.submitter || e.target.querySelector('button')).then(() => { input.value = ''; });
  });
  await load();
})();
