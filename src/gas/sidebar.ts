/** The id of the element that carries a page's first data, embedded by the server. */
export const SERVER_DATA_ID = 'server-data';

/**
 * JSON that may stand inside a `<script>` element: no `<` can close the element, and the two
 * line separators that old JavaScript parsers reject are escaped too.
 */
export function embeddableJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Opens a built page (dist/<page>.html) as the sidebar. `data`, when given, travels inside
 * the page, so that the page shows what the menu action computed without asking the server
 * a second time.
 */
export function openSidebar(page: string, title: string, data?: unknown): void {
  const output = HtmlService.createHtmlOutputFromFile(page).setTitle(title);
  if (data !== undefined) {
    output.append(
      `<script type="application/json" id="${SERVER_DATA_ID}">${embeddableJson(data)}</script>`,
    );
  }
  SpreadsheetApp.getUi().showSidebar(output);
}
