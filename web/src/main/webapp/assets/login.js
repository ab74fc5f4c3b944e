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
  document.getElementById('lang').onclick = e => { e.preventDefault(); localStorage.setItem('hotline.lang', lang === 'zh' ? 'en' : 'zh');
    // after a wrong password the address is the POST to j_security_check: reloading it would send the
    // password again (and count as another wrong guess); load the error page by GET instead
    if (location.pathname.endsWith('j_security_check')) location.replace('/login.html?error=1'); else location.reload(); };
  // a wrong password: the container forwards the POST to j_security_check to the form-error-page
  // (login.html?error=1) without a redirect, so the address bar still shows /j_security_check
  const failed = location.search.includes('error') || location.pathname.endsWith('j_security_check');
  const wait = new URLSearchParams(location.search).get('throttled');
  if (wait && /^[0-9]{1,6}$/.test(wait)) {
    const e = document.getElementById('error');
    e.hidden = false;
    e.setAttribute('role', 'alert');
    e.textContent = (t('uiLoginThrottled') || '密码错误次数过多，请在 {0} 秒后重试。').replace('{0}', wait);
  } else if (failed) {
    const e = document.getElementById('error');
    e.hidden = false;
    e.setAttribute('role', 'alert');
    e.textContent = t('uiWrongPassword') || '用户名或密码错误，请重新输入。';
  }
})();
// a login page shown in place of a page that needed a login: go back to it afterwards
if (!location.pathname.endsWith('login.html')) { document.getElementById('login').action = '/j_security_check'; }
