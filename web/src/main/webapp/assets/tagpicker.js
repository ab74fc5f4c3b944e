'use strict';
/* 问题标签选择器 (issue 12): the ~110 problem tags picked by name as chips, with the pages' one
   multi-picker (UI.MultiPicker in ui.js, "Choosing several entries" in docs/usability.md). Typing
   searches on the server (GET /api/problem-tags?q=: name, pinyin, pinyin initials, group, English
   name), best match first, each shown as "group › tag"; with nothing typed the list shows the tags in
   the order of their groups. ↓/↑ move, Enter takes the highlighted tag, Backspace in the empty field
   removes the last chip, Esc closes the list; text that names no tag is refused naming it. The page's
   markup keeps its ids: the input's id, name and data-field, the chips' id and the list's id. */
const TagPicker = (() => {
  /**
   * Builds the picker inside {@code root} (an element with .chips, input and ul.picker-list, whose ids
   * the picker keeps); returns {codes(), clear(), focus(), checked()} (see UI.mountMultiPicker).
   */
  async function create(root) {
    const input = root.querySelector('input');
    const list = root.querySelector('ul');
    const chips = root.querySelector('.chips');
    const all = await App.api('/problem-tags');
    const name = t => (App.lang === 'en' ? t.nameEn : t.nameZh);
    const groups = all.filter(t => !t.parentCode);
    const groupOf = new Map(groups.map(g => [g.code, g]));
    const label = t => (groupOf.get(t.parentCode) ? name(groupOf.get(t.parentCode)) + ' › ' : '') + name(t);
    const item = t => ({code: t.code, label: label(t)});
    // nothing typed: the choosable tags group by group
    const items = groups.flatMap(g => all.filter(t => t.parentCode === g.code && t.choosable)).map(item);
    const host = document.createElement('div');
    const props = {name: input.name, field: input.dataset.field, inputId: input.id, listId: list.id, chipsId: chips.id,
      label: App.labelText(root.querySelector('label') || input).trim() || input.getAttribute('aria-label') || '',
      placeholder: input.getAttribute('placeholder') || undefined, items,
      search: async q => (await App.api('/problem-tags?q=' + encodeURIComponent(q) + '&limit=20')).filter(t => t.choosable !== false).map(item)};
    [chips, input, list].forEach(e => e.remove());
    root.appendChild(host);
    const picker = UI.mountMultiPicker(host, props);
    return Object.assign(picker, {focus: () => host.querySelector('input').focus()});
  }
  return {create};
})();
