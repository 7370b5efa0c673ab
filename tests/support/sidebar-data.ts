import { SERVER_DATA_ID } from '../../src/gas/sidebar';
import type { FakeGas } from '../fakes/gas';

/** The view a menu action embedded in the last sidebar it opened. */
export function embeddedView<T>(fake: FakeGas): T {
  const html = fake.ui.sidebars[fake.ui.sidebars.length - 1].html;
  const match = new RegExp(
    `<script type="application/json" id="${SERVER_DATA_ID}">([\\s\\S]*?)</script>`,
  ).exec(html);
  if (!match) throw new Error('the sidebar carries no data');
  return JSON.parse(match[1]) as T;
}
