/// <reference lib="dom" />
import type { SettingItem, SettingsView } from '../../gas/settings-sidebar';
import { call } from '../bridge';
import {
  byId,
  element,
  failureText,
  field,
  openPage,
  pageState,
  showHeading,
  setProblem,
  textInput,
} from './page-parts';

const state = pageState();
let view: SettingsView | null = null;

/** The value each key had when the page showed it: what "changed" is measured against. */
const shown = new Map<string, string>();
const inputs = new Map<string, HTMLInputElement>();

function inputId(key: string): string {
  return `setting-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function settingField(item: SettingItem, text: SettingsView['text']): HTMLElement {
  const input = textInput(item.value, { spellcheck: 'false' });
  const hints = [
    item.meaning,
    item.note,
    item.defaultValue ? `${text.defaultIs}: ${item.defaultValue}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const group = field(inputId(item.key), item.key, input, hints);
  group.classList.add('setting');
  group.dataset.search = `${item.key} ${item.meaning} ${item.note}`.toLowerCase();
  group.querySelector('label')!.replaceChildren(element('code', { text: item.key }));
  input.addEventListener('input', () => {
    group.classList.toggle('changed', input.value !== shown.get(item.key));
    setProblem(input, null);
  });
  inputs.set(item.key, input);
  shown.set(item.key, item.value);
  if (item.problem) setProblem(input, item.problem);
  return group;
}

function render(next: SettingsView): void {
  view = next;
  showHeading(next.lang, next.title, next.intro);
  byId('save').textContent = next.text.save;
  byId('close').textContent = next.text.close;

  inputs.clear();
  shown.clear();
  const filter = textInput('', { type: 'search' });
  filter.addEventListener('input', () => {
    const words = filter.value.trim().toLowerCase();
    for (const group of Array.from(byId('fields').children) as HTMLElement[]) {
      group.hidden = words !== '' && !(group.dataset.search ?? '').includes(words);
    }
  });
  byId('filter-box').replaceChildren(
    field('filter', next.text.filter, filter, next.text.filterHint),
  );
  byId('fields').replaceChildren(...next.items.map((item) => settingField(item, next.text)));

  const missing = byId('missing');
  missing.replaceChildren();
  if (next.missing.length > 0) {
    missing.append(
      element('p', { text: next.missingNote, className: 'gray' }),
      element('p', { text: next.missing.join(', '), className: 'gray' }),
    );
  }
  byId('form').hidden = next.sheet === '';
}

async function save(): Promise<void> {
  if (!view || state.busy) return;
  const text = view.text;
  const changes = [...inputs].flatMap(([key, input]) =>
    input.value !== shown.get(key) ? [{ key, value: input.value, was: shown.get(key) ?? '' }] : [],
  );
  if (changes.length === 0) {
    state.say(text.nothingChanged);
    return;
  }
  state.start(text.saving);
  try {
    const answer = await call('saveSettings', changes);
    if (!answer.saved) {
      // Every field keeps what was typed; the refused ones say why.
      state.fail(answer.message);
      for (const { key, problem } of answer.problems) {
        const input = inputs.get(key);
        if (input) setProblem(input, problem);
      }
      const first = answer.problems.map((problem) => inputs.get(problem.key)).find(Boolean);
      first?.focus();
      return;
    }
    render(answer.view);
    state.idle();
    state.say(answer.message, 'done');
  } catch (error) {
    state.fail(failureText(error, view.lang));
  }
}

byId('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void save();
});
openPage({
  state,
  failed: '无法加载设置。Could not load the settings:',
  load: async () => render(await call('getSettingsView')),
});
