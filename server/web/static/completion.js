// Completion for the search box (/api/suggest), as an ARIA combobox: arrow keys move through
// the suggestions, Enter takes one, Escape closes the list. A word completes the word being
// typed and searches; a document title opens that document.
import { h, replaceChildren } from './dom.js';

const DEBOUNCE_MS = 120;

/**
 * Attaches completion to `input`. `fetchSuggestions(text, signal)` → [{text, id?}];
 * `submit()` runs the search, `open(id)` shows a document.
 */
export function attachCompletion(input, fetchSuggestions, submit, open) {
  const list = document.getElementById(input.getAttribute('aria-controls'));
  let items = [];
  let active = -1;
  let timer = null;
  let controller = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const choose = (item) => {
    close();
    if (item.id) {
      open(item.id);
      return;
    }
    input.value = completeWith(input.value, item.text);
    submit();
  };

  const show = (suggestions) => {
    items = suggestions.slice(0, 10);
    active = -1;
    if (!items.length || document.activeElement !== input) {
      close();
      return;
    }
    replaceChildren(list, items.map((item, i) => h('li', { id: `suggestion-${i}`, role: 'option',
      class: item.id ? 'suggestion-title' : 'suggestion-word', 'aria-selected': 'false',
      onmousedown: (e) => { e.preventDefault(); choose(item); } },
    item.id && item.number ? h('span', { class: 'suggestion-number' }, item.number) : null, item.text)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const move = (delta) => {
    if (list.hidden || !items.length) return;
    active = (active + delta + items.length) % items.length;
    list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', `suggestion-${active}`);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      close();
      return;
    }
    timer = setTimeout(async () => {
      if (controller) controller.abort();
      controller = new AbortController();
      try {
        show(await fetchSuggestions(text, controller.signal));
      } catch (_) {
        close(); // completion is a convenience: a failure just shows nothing
      }
    }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter' && active >= 0 && !list.hidden) { e.preventDefault(); choose(items[active]); }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// A one-word suggestion completes the word being typed; a longer one (a title) replaces all.
function completeWith(value, suggestion) {
  if (/\s/.test(suggestion.trim())) return suggestion;
  const parts = value.trimEnd().split(/(\s+)/);
  parts[parts.length - 1] = suggestion;
  return parts.join('');
}
