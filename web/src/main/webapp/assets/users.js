'use strict';
/* 账号解锁 (administrator, issue 12): the accounts slowed down by failed logins (GET /api/login-throttles),
   each with an unlock button (POST /api/users/{username}/unlock), an unlock by username for an account
   not listed, and the record of unlocks (who unlocked whom, when). */
(async () => {
  await App.init();
  const msg = document.getElementById('msg');
  const who = (name, username) => name && name !== username ? App.t('uiNameWithUsername').replace('{0}', name).replace('{1}', username) : username;

  async function load() {
    document.body.dataset.loaded = 'false';
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
