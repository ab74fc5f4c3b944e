'use strict';
// the login page's texts come from the message bundle on the server (GET /api/messages, no login
// needed; see docs/i18n.md); the Chinese written in login.html shows until they arrive
(async () => {
  const lang = localStorage.getItem('hotline.lang') === 'en' ? 'en' : 'zh';
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  let T = {};
  try {
    const res = await fetch('/api/messages?lang=' + lang, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
    if (res.ok) T = await res.json();
  } catch (e) { /* the page's own Chinese stays */ }
  const t = key => T[key] || null;
  document.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t) || el.textContent; });
  document.getElementById('lang').textContent = t('lang') || (lang === 'zh' ? 'English' : '中文');
  document.getElementById('lang').onclick = e => { e.preventDefault(); localStorage.setItem('hotline.lang', lang === 'zh' ? 'en' : 'zh'); location.reload(); };
  // a wrong password: the container forwards the POST to j_security_check to the form-error-page
  // (login.html?error=1) without a redirect, so the address bar still shows /j_security_check
  const failed = location.search.includes('error') || location.pathname.endsWith('j_security_check');
  if (failed) {
    const e = document.getElementById('error');
    e.hidden = false;
    e.setAttribute('role', 'alert');
    e.textContent = t('uiWrongPassword') || '用户名或密码错误，请重新输入。';
  }
})();
// a login page shown in place of a page that needed a login: go back to it afterwards
if (!location.pathname.endsWith('login.html')) { document.getElementById('login').action = '/j_security_check'; }
