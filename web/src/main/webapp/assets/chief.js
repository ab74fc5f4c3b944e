'use strict';
/* 所长工作台 (chief desk) on the component library (Preact + htm, assets/ui.js): sections with
   something to do first in order of urgency, empty ones folded at the end; a ticket appears once, in
   the first section it belongs to where the chief acts on it, with its other sections as badges; the
   officer's reply to approve as text; rectification rows with why the citizen was dissatisfied; date
   headings that say which date. After an action the desk is fetched again and re-rendered in place:
   rows are keyed by id, so what the chief typed elsewhere and the keyboard focus stay (UI.useKeepFocus). */
(async () => {
  const {html, render, hooks} = UI;
  await App.init();
  const msg = document.getElementById('msg');
  // most urgent first: what is already late, then what waits for the chief's decision, then what is near.
  // [key, label, hot, the date the section is about (column heading and value)]
  const SECTIONS = [
    ['overdue', 'overdueList', true, 'reply'], ['escalated', 'escalatedList', true, 'reply'],
    ['signOverdue', 'signOverdueList', true, 'sign'], ['repliesToApprove', 'repliesToApprove', true, 'replied'],
    ['extensions', 'extensionList', true], ['rectifying', 'rectifyingList', true, 'rectification'], ['slips', 'slipList', true],
    ['dueSoon', 'dueSoonList', false, 'reply'], ['repliesInReview', 'repliesInReview', false, 'reply']];
  // a ticket is listed once: in the first of these sections it belongs to (where the chief acts on it),
  // with the other sections it belongs to as badges
  const PRECEDENCE = ['repliesToApprove', 'rectifying', 'overdue', 'escalated', 'signOverdue', 'dueSoon', 'repliesInReview'];
  const DATE_HEADINGS = {reply: 'uiReplyDeadline', sign: 'uiSignDeadline', replied: 'uiRepliedAt', rectification: 'uiDueAt'};
  const dateOf = (t, kind) => kind === 'sign' ? t.signDeadline : kind === 'replied' ? t.repliedAt
    : kind === 'rectification' ? t.rectificationDue : t.replyDeadline;
  const label = key => App.t(SECTIONS.find(s => s[0] === key)[1]);

  /** Each ticket once, in the first section of PRECEDENCE it is in; the rest of its sections as flags. */
  function once(desk) {
    const home = new Map();
    const flags = new Map();
    for (const key of PRECEDENCE) {
      for (const t of desk[key]) {
        if (!home.has(t.id)) { home.set(t.id, key); flags.set(t.id, []); } else flags.get(t.id).push(key);
      }
    }
    desk.extensions.forEach(x => { if (flags.has(x.ticketId)) flags.get(x.ticketId).push('extensions'); });
    const shown = {};
    SECTIONS.forEach(([key]) => {
      shown[key] = PRECEDENCE.includes(key) ? desk[key].filter(t => home.get(t.id) === key) : desk[key];
    });
    return {shown, flagsOf: t => flags.get(t.id) || []};
  }

  const Table = ({heads, children}) => html`<table class="list"><thead><tr>${heads.map(h => html`<th>${h}</th>`)}</tr></thead>
    <tbody>${children}</tbody></table>`;
  const Empty = () => html`<p class="empty">${App.t('none')}</p>`;
  const Link = ({href, children}) => html`<a href=${href}>${children}</a>`;

  function StatusBadges({t}) {
    return html`<span class=${'badge s-' + t.status}>${App.t(t.status)}</span>${t.overdue
      ? html` <span class="badge overdue">${App.t('overdue')}</span>` : ''}`;
  }

  function TicketActions({t}) {
    const a = t.allowedActions;
    return html`${a.includes('sign') ? html`<button type="button" class="action" data-act="sign">${App.t('sign')}</button> ` : ''}
      ${a.includes('chiefReview') ? html`<div class="hint">${App.t('uiOfficerReply')}</div><div class="reply-text">${t.replyText}</div>
        <input name="chiefComment" data-field="comment" aria-label=${App.t('comment')} placeholder=${App.t('comment')} /><button type="button"
        class="action" data-act="chiefApprove">${App.t('chiefApprove')}</button> <button type="button" class="secondary"
        data-act="chiefSendBack">${App.t('sendBack')}</button>` : ''}
      ${a.includes('rectificationReport') ? html`<textarea name="report" class="short" aria-label=${App.t('rectificationReport')}
        placeholder=${App.t('rectificationReport')}></textarea><button type="button" class="action" data-act="rectify" data-done="rectificationReport">${App.t('submit')}</button>` : ''}
      ${a.includes('requestExtension') ? html`<details><summary>${App.t('requestExtension')}</summary><input type="date" name="newDeadline"
        aria-label=${App.t('newDeadline')} /><input name="extReason" data-field="reason" aria-label=${App.t('extensionReason')} placeholder=${App.t('extensionReason')} /><button
        type="button" class="secondary" data-act="extend" data-done="requestExtension">${App.t('submit')}</button></details>` : ''}`;
  }

  function TicketRows({items, kind, flagsOf}) {
    return html`<${Table} heads=${[App.t('number'), App.t('status'), App.t('category'), App.t('content'), App.t(DATE_HEADINGS[kind]), App.t('actions')]}>
      ${items.map(t => html`<tr key=${t.id} data-id=${t.id}><td><${Link} href=${'ticket.html?id=' + t.id}>${t.number}</${Link}></td>
        <td><${StatusBadges} t=${t} />${t.escalationLevel ? html` <span class="badge warn">${App.t('escalated')} ${t.escalationLevel}</span>` : ''}${
          flagsOf(t).map(f => html` <span class="badge flag">${App.labelled(App.t('uiAlsoIn'), label(f))}</span>`)}</td>
        <td>${t.categoryName} · ${App.t(t.urgency)}</td>
        <td class="content">${t.content}${t.dissatisfaction && t.dissatisfaction.length ? html`<div class="dissatisfaction"><strong>${
          App.labelled(App.t('uiWhyDissatisfied'), '')}</strong>${t.dissatisfaction.map(App.reason).join(App.t('listSeparator'))}</div>` : ''}</td>
        <td>${App.time(dateOf(t, kind))}</td><td><${TicketActions} t=${t} /></td></tr>`)}
    </${Table}>`;
  }

  function ExtensionRows({items}) {
    return html`<${Table} heads=${[App.t('number'), App.t('deadline'), App.t('newDeadline'), App.t('extensionReason'), App.t('actions')]}>
      ${items.map(x => html`<tr key=${x.id} data-id=${x.ticketId} data-ext=${x.id}><td><${Link} href=${'ticket.html?id=' + x.ticketId}>${x.ticketNumber}</${Link}></td>
        <td>${App.time(x.previousDeadline)}</td><td>${App.time(x.requestedDeadline)}</td><td>${x.reason} <span class="hint">${x.requestedByName || x.requestedBy}</span></td>
        <td><input name="decisionNote" data-field="note" aria-label=${App.t('decisionNote')} placeholder=${App.t('decisionNote')} /><button type="button" class="action"
          data-act="approveExt">${App.t('approveExtension')}</button> <button type="button" class="secondary" data-act="refuseExt">${App.t('refuseExtension')}</button></td></tr>`)}
    </${Table}>`;
  }

  function SlipRows({items}) {
    const steps = App.SLIP_STEPS;
    return html`<${Table} heads=${[App.t('slipNumber'), App.t('slipTitle'), App.t('status'), App.t('slipDeadline'), App.t('actions')]}>
      ${items.map(s => html`<tr key=${s.id} data-slip=${s.id}><td><${Link} href=${'slips.html?id=' + s.id}>${s.number}</${Link}></td><td>${s.title}</td>
        <td><span class="badge">${App.t('slip_' + s.status)}</span>${s.overdue ? html` <span class="badge overdue">${App.t('overdue')}</span>` : ''}</td>
        <td>${App.time(s.deadline)}</td><td>${s.allowedActions.filter(a => steps[a]).map(a => html`${steps[a][1]
          ? html`<textarea name="slipText" data-field="note report" class="short" aria-label=${App.t(steps[a][1])} placeholder=${App.t(steps[a][1])}></textarea>` : ''}<button
          type="button" class="action" data-slip-act=${a} data-done=${App.slipDone(a)}>${App.t(steps[a][0])}</button>`)} <a href=${'/api/slips/' + s.id + '/sheet.pdf'} target="_blank">PDF</a></td></tr>`)}
    </${Table}>`;
  }

  function Section({sectionKey, labelKey, kind, items, flagsOf}) {
    const body = !items.length ? html`<p class="empty">${App.t('uiNothingToDo')}</p>`
      : sectionKey === 'extensions' ? html`<${ExtensionRows} items=${items} />`
        : sectionKey === 'slips' ? html`<${SlipRows} items=${items} />` : html`<${TicketRows} items=${items} kind=${kind} flagsOf=${flagsOf} />`;
    // open while it has something to do; the chief may fold or unfold it (the property is only set
    // again when its count changes between empty and not)
    return html`<details class="card desk" id=${sectionKey} data-count=${items.length} open=${items.length > 0}>
      <summary><h2>${App.t(labelKey)} <span class="badge">${items.length}</span></h2></summary>${body}</details>`;
  }

  /** What a button of the desk does: the API call for the row it is in. */
  function call(button) {
    const row = button.closest('tr');
    const act = button.dataset.act;
    const slipAct = button.dataset.slipAct;
    const id = encodeURIComponent(row.dataset.id);
    const field = name => row.querySelector('[name=' + name + ']');
    if (slipAct) {
      const text = field('slipText');
      const body = slipAct === 'report' ? {report: text.value} : {note: text ? text.value : null};
      return App.api('/slips/' + encodeURIComponent(row.dataset.slip) + '/' + slipAct, {method: 'POST', body});
    }
    if (act === 'sign') return App.api('/tickets/' + id + '/sign', {method: 'POST'});
    if (act === 'chiefApprove' || act === 'chiefSendBack') {
      return App.api('/tickets/' + id + '/chief-review', {method: 'POST', body: {
        approved: act === 'chiefApprove', comment: field('chiefComment').value || null}});
    }
    if (act === 'rectify') return App.api('/tickets/' + id + '/rectification-report', {method: 'POST', body: {report: field('report').value}});
    if (act === 'extend') {
      return App.api('/tickets/' + id + '/extensions', {method: 'POST', body: {
        newDeadline: field('newDeadline').value, reason: field('extReason').value}});
    }
    return App.decideExtension(row, act === 'approveExt');
  }

  function Desk() {
    const [desk, setDesk] = hooks.useState(null);
    const ref = hooks.useRef(null);
    UI.useKeepFocus(ref);
    const load = async () => {
      document.body.dataset.loaded = 'false';
      try {
        const d = await App.api('/desk/chief');
        document.getElementById('unitName').textContent = d.unitName;
        setDesk(d);
      } catch (err) {
        App.showError(msg, err);
      }
    };
    hooks.useEffect(() => { load(); }, []);
    // data-loaded for the tests: true once what was fetched is on screen
    hooks.useEffect(() => { if (desk) document.body.dataset.loaded = 'true'; }, [desk]);
    const onClick = e => {
      const button = e.target.closest('button[data-act], button[data-slip-act]');
      if (!button) return;
      App.run(msg, () => call(button), load, {button});
    };
    if (!desk) {
      return html`<div><div id="counts" class="counts"></div><div id="sections" ref=${ref} onClick=${onClick}>
        <p class="hint">${App.t('loading')}</p></div></div>`;
    }
    const {shown, flagsOf} = once(desk);
    // sections with something to do first, in order of urgency; the empty ones folded at the end
    const ordered = SECTIONS.filter(s => shown[s[0]].length).concat(SECTIONS.filter(s => !shown[s[0]].length));
    return html`<div>
      <div id="counts" class="counts">${SECTIONS.map(([key, labelKey, hot]) => html`<a key=${key} href=${'#' + key} id=${'count-' + key}
        class=${hot && shown[key].length ? 'hot' : ''}><b>${shown[key].length}</b>${App.t(labelKey)}</a>`)}</div>
      <div id="sections" ref=${ref} onClick=${onClick}>${ordered.map(([key, labelKey, , kind]) => html`<${Section} key=${key}
        sectionKey=${key} labelKey=${labelKey} kind=${kind} items=${shown[key]} flagsOf=${flagsOf} />`)}</div>
    </div>`;
  }

  render(html`<${Desk} />`, document.getElementById('desk'));
})();
