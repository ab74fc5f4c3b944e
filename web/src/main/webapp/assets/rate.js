/* 扫码评警 public rating page (/r/{token}): loads the target, builds the form with DOM nodes only (no
   innerHTML, so Trusted Types and the CSP hold), posts the rating as JSON with fetch (same origin:
   passes the CSRF rules) and shows the confirmation or the server's problem text. No library. */
(function () {
  'use strict';
  var root = document.getElementById('rate');
  if (!root) { return; }
  var token = root.getAttribute('data-token');
  var T = {};
  try { T = JSON.parse(root.getAttribute('data-texts') || '{}'); } catch (e) { T = {}; }
  function t(key) { return T[key] || key; }
  var api = '/api/public/rating-codes/' + encodeURIComponent(token);
  var DIMENSIONS = [['attitude', t('ratingDimAttitude')], ['efficiency', t('ratingDimEfficiency')],
    ['conduct', t('ratingDimConduct')], ['result', t('ratingDimResult')]];
  var LEVELS = [['SATISFIED', t('ratingLevelSatisfied')], ['BASICALLY_SATISFIED', t('ratingLevelBasicallySatisfied')],
    ['DISSATISFIED', t('ratingLevelDissatisfied')]];
  var KINDS = {OFFICER: t('ratingKindOfficer'), WINDOW: t('ratingKindWindow'), VEHICLE: t('ratingKindVehicle'),
    UNIT: t('ratingKindUnit'), COMMUNITY: t('ratingKindCommunity')};

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }

  function device() {
    var key = 'hotline.rating.device';
    try {
      var id = localStorage.getItem(key);
      if (!id) {
        var b = new Uint8Array(16);
        crypto.getRandomValues(b);
        id = Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
        localStorage.setItem(key, id);
      }
      return id;
    } catch (e) { return ''; }
  }

  // the citizen's words for the API's fields: a problem never shows an internal field name
  var FIELDS = {attitude: t('ratingDimAttitude'), efficiency: t('ratingDimEfficiency'), conduct: t('ratingDimConduct'),
    result: t('ratingDimResult'), reasons: t('ratingFieldReasons'), comment: t('ratingFieldComment'), phone: t('ratingFieldPhone')};
  var LANG = document.documentElement.lang || 'zh-CN';

  // a refusal in the citizen's words: the field errors alone when there are any (the summary
  // "the request has 1 field error" says nothing to a citizen), with the expected phone format
  function problemText(p) {
    var errors = ((p && p.errors) || []).filter(function (x) { return x.message; });
    if (!errors.length) { return (p && (p.detail || p.title)) || t('ratingFailed'); }
    return errors.map(function (x) {
      var field = String(x.field || '');
      var words = FIELDS[field] || t('ratingFieldOther');
      var text;
      if (field && FIELDS[field] && x.label && x.label !== field) {
        // the server names the field by its own label (“电话”): the page's words (“联系电话”) instead
        text = x.message.split('“' + x.label + '”').join('“' + words + '”').split('"' + x.label + '"').join('"' + words + '"');
      } else {
        text = field ? x.message.split(field).join(words) : x.message;
      }
      return field === 'phone' ? text + ' ' + t('ratingPhoneFormat') : text;
    }).join(' ');
  }

  function build(target) {
    var info = document.getElementById('target');
    info.textContent = '';
    info.appendChild(el('strong', {}, target.name));
    info.appendChild(document.createTextNode((KINDS[target.kind] || '') + ' · ' + target.unitName));
    var form = el('form', {novalidate: 'novalidate', 'aria-describedby': 'target'});
    DIMENSIONS.forEach(function (d) {
      var fs = el('fieldset', {});
      fs.appendChild(el('legend', {}, d[1]));
      var box = el('div', {'class': 'choices'});
      LEVELS.forEach(function (l) {
        var label = el('label', {});
        var input = el('input', {type: 'radio', name: d[0], value: l[0], required: 'required'});
        label.appendChild(input);
        label.appendChild(el('span', {}, l[1]));
        box.appendChild(label);
      });
      fs.appendChild(box);
      form.appendChild(fs);
    });
    var reasons = el('fieldset', {id: 'reasons', 'class': 'hidden'});
    reasons.appendChild(el('legend', {}, t('ratingReasonsLegend')));
    (target.reasonGroups || []).forEach(function (g) {
      var det = el('details', {});
      det.appendChild(el('summary', {}, g.name));
      g.reasons.forEach(function (r) {
        var label = el('label', {'class': 'reason'});
        label.appendChild(el('input', {type: 'checkbox', name: 'reason', value: r.code}));
        label.appendChild(el('span', {}, r.name));
        det.appendChild(label);
      });
      reasons.appendChild(det);
    });
    form.appendChild(reasons);
    var c = el('label', {'for': 'comment'}, t('ratingComment'));
    form.appendChild(c);
    form.appendChild(el('textarea', {id: 'comment', name: 'comment', maxlength: '500'}));
    form.appendChild(el('label', {'for': 'phone'}, t('ratingPhone')));
    form.appendChild(el('input', {id: 'phone', name: 'phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: '40'}));
    form.appendChild(el('p', {'class': 'hint'}, t('ratingHint')));
    var err = el('p', {id: 'error', 'class': 'error', role: 'alert'});
    form.appendChild(err);
    var submit = el('button', {type: 'submit'}, t('ratingSubmit'));
    form.appendChild(submit);
    form.addEventListener('change', function () {
      var bad = form.querySelector('input[type=radio][value=DISSATISFIED]:checked');
      reasons.classList.toggle('hidden', !bad);
    });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var body = {reasons: []};
      DIMENSIONS.forEach(function (d) {
        var x = form.querySelector('input[name=' + d[0] + ']:checked');
        body[d[0]] = x ? x.value : null;
      });
      form.querySelectorAll('input[name=reason]:checked').forEach(function (x) { body.reasons.push(x.value); });
      body.comment = form.comment.value;
      body.phone = form.phone.value;
      var missing = DIMENSIONS.filter(function (d) { return !body[d[0]]; }).map(function (d) { return d[1]; });
      if (missing.length) { err.textContent = t('ratingMissing') + missing.join(t('ratingListSeparator')); return; }
      submit.disabled = true;
      err.textContent = '';
      fetch(api + '/ratings', {method: 'POST', credentials: 'omit',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'Accept-Language': LANG,
          'X-Rating-Device': device()},
        body: JSON.stringify(body)})
        .then(function (r) {
          return r.json().catch(function () { return {}; }).then(function (j) { return {ok: r.ok, body: j}; });
        })
        .then(function (res) {
          if (!res.ok) { err.textContent = problemText(res.body); submit.disabled = false; return; }
          root.textContent = '';
          root.appendChild(el('h1', {}, t('ratingDoneHeading')));
          var done = el('p', {id: 'done', 'class': 'done', role: 'status', tabindex: '-1'}, t('ratingThanks'));
          root.appendChild(done);
          root.appendChild(el('p', {}, res.body.callbackExpected
            ? t('ratingDoneCallback') : t('ratingDoneNoCallback')));
          done.focus();
        })
        .catch(function () { err.textContent = t('ratingNetworkSubmit'); submit.disabled = false; });
    });
    root.appendChild(form);
  }

  fetch(api, {credentials: 'omit', headers: {'Accept': 'application/json', 'Accept-Language': LANG}})
    .then(function (r) { return r.json().then(function (j) { return {ok: r.ok, body: j}; }); })
    .then(function (res) {
      if (!res.ok) { document.getElementById('target').textContent = problemText(res.body); return; }
      build(res.body);
    })
    .catch(function () { document.getElementById('target').textContent = t('ratingNetworkLoad'); });
}());
