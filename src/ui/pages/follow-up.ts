/// <reference lib="dom" />
import type { FollowUpReport, FollowUpView } from '../../gas/follow-up-sidebar';
import { call } from '../bridge';
import { byId, element, failureText, openPage, pageState, showHeading } from './page-parts';

const state = pageState();
let view: FollowUpView | null = null;

/** A follow-up's changes, one list per kind of change. */
function showReport(report: FollowUpReport, done: boolean): void {
  const box = byId('report');
  const parts: HTMLElement[] = [
    element('p', { text: report.summary, className: done ? 'summary done' : 'summary' }),
  ];
  report.groups.forEach((group, g) => {
    const heading = element('h2', {
      text: `${group.title} (${group.lines.length})`,
      attrs: { id: `group-${g}` },
    });
    const list = element('ul', { className: 'list', attrs: { 'aria-labelledby': heading.id } });
    for (const line of group.lines) {
      list.append(
        element(
          'li',
          { attrs: { 'data-order': line.orderId, 'data-change': group.change } },
          element('strong', { text: `${line.orderId} · ${line.site}` }),
          element('div', {
            text: `${line.trackingNumber} · ${line.days} · ${line.stage}`,
            className: 'gray',
          }),
        ),
      );
    }
    parts.push(heading, list);
  });
  if (report.mailed) parts.push(element('p', { text: report.mailed, className: 'gray' }));
  box.replaceChildren(...parts);
  box.hidden = false;
}

function render(next: FollowUpView): void {
  view = next;
  showHeading(next.lang, next.title, next.intro);
  const run = byId('run');
  run.textContent = next.text.run;
  run.hidden = false;
  const close = byId('close');
  close.textContent = next.text.close;
  close.hidden = false;
  showReport(next.pending, false);
}

async function runNow(): Promise<void> {
  if (!view || state.busy) return;
  state.start(view.text.running);
  try {
    const report = await call('runFollowUpNow');
    state.idle();
    state.say(view.text.done, 'done');
    showReport(report, true);
  } catch (error) {
    state.fail(failureText(error, view.lang));
  }
}

byId('run').addEventListener('click', () => void runNow());
openPage({
  state,
  failed: '无法加载物流跟进。Could not load the follow-up:',
  load: async () => render(await call('getFollowUpView')),
});
