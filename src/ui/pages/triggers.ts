/// <reference lib="dom" />
import type { DailyJobItem, TriggersChanged, TriggersView } from '../../gas/triggers-sidebar';
import { call } from '../bridge';
import { button, byId, element, failureText, openPage, pageState, showHeading } from './page-parts';

const state = pageState();
let view: TriggersView | null = null;

function jobNode(job: DailyJobItem, text: TriggersView['text']): HTMLElement {
  const action = button(job.installed ? text.remove : text.install, !job.installed);
  action.setAttribute('aria-label', `${job.installed ? text.remove : text.install}: ${job.name}`);
  action.addEventListener('click', () => void change(job));
  return element(
    'li',
    { className: 'job', attrs: { 'data-handler': job.handler } },
    element('span', { text: job.name, className: 'name' }),
    element('span', { text: job.when, className: 'when gray' }),
    element('span', {
      text: job.installed ? text.installed : text.notInstalled,
      className: `badge ${job.installed ? 'ok' : 'info'}`,
    }),
    action,
  );
}

function render(next: TriggersView): void {
  view = next;
  showHeading(next.lang, next.title, next.intro);
  byId('jobs').replaceChildren(...next.jobs.map((job) => jobNode(job, next.text)));
  const others = byId('others');
  others.replaceChildren();
  if (next.others.length > 0) {
    others.append(
      element('h2', { text: next.text.othersHeading }),
      element(
        'ul',
        {},
        ...next.others.map((handler) => element('li', {}, element('code', { text: handler }))),
      ),
    );
  }
  const close = byId('close');
  close.textContent = next.text.close;
  close.hidden = false;
}

async function change(job: DailyJobItem): Promise<void> {
  if (!view || state.busy) return;
  state.start(view.text.working);
  try {
    const answer: TriggersChanged = job.installed
      ? await call('removeDailyJob', job.handler)
      : await call('installDailyJob', job.handler);
    render(answer.view);
    state.idle();
    state.say(answer.message, 'done');
    byId('jobs')
      .querySelector<HTMLButtonElement>(`[data-handler="${job.handler}"] button`)
      ?.focus();
  } catch (error) {
    state.fail(failureText(error, view.lang));
  }
}

openPage({
  state,
  failed: '无法加载每日任务。Could not load the daily jobs:',
  load: async () => render(await call('getTriggersView')),
});
