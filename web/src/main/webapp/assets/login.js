'use strict';
const T = {zh: {appName: '警务热线工单系统', username: '用户名', password: '密码', login: '登录', error: '用户名或密码错误', lang: 'English'},
           en: {appName: 'Police Hotline Case Management', username: 'Username', password: 'Password', login: 'Log in', error: 'Wrong username or password', lang: '中文'}};
const lang = localStorage.getItem('hotline.lang') === 'en' ? 'en' : 'zh';
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.querySelectorAll('[data-t]').forEach(el => el.textContent = T[lang][el.dataset.t]);
document.getElementById('lang').textContent = T[lang].lang;
document.getElementById('lang').onclick = e => { e.preventDefault(); localStorage.setItem('hotline.lang', lang === 'zh' ? 'en' : 'zh'); location.reload(); };
// a wrong password: the container forwards the POST to j_security_check to the form-error-page
// (login.html?error=1) without a redirect, so the address bar still shows /j_security_check
const failed = location.search.includes('error') || location.pathname.endsWith('j_security_check');
if (failed) {
  const e = document.getElementById('error');
  e.hidden = false;
  e.setAttribute('role', 'alert');
  e.textContent = T[lang].error + (lang === 'zh' ? '，请重新输入。' : ': please try again.');
}
// a login page shown in place of a page that needed a login: go back to it afterwards
if (!location.pathname.endsWith('login.html')) { document.getElementById('login').action = '/j_security_check'; }
