import type { Cell } from '../../src/core/cells';
import { SHEETS } from '../../src/core/contract/sheets';
import { AUDIT_PENDING_PROPERTY } from '../../src/gas/audit';
import { confirmAmazonUpload, getUploadBatches } from '../../src/gas/export-sidebar';
import { GOOD_PRODUCT, sheetValues } from '../core/new-products/product-sheet';
import type { ProductCells } from '../core/new-products/product-sheet';
import { installGas } from '../fakes/gas';
import type { FakeGas } from '../fakes/gas';
import { settingsTab } from '../support/settings-tab';
import { thrown } from '../support/thrown';

/** 10:00 in Shanghai, the spreadsheet's zone, on the day of the export. */
const NOW = new Date('2026-12-01T02:00:00Z');
const UPLOADER = 'uploads@example.com';
const DE_OWNER = 'de@example.com';
const RESEARCHER = 'ann@example.com';
const DIRECTOR = 'boss@example.com';
const TAB = '上新表';
const LOG = 'Audit log';
const UK_BATCH = 'AMZ-2026-12-01-UK';
const DE_BATCH = 'AMZ-2026-12-01-DE';

/** Exported to the UK and Germany today, not yet confirmed: row 2. */
const lamp: ProductCells = {
  ...GOOD_PRODUCT,
  status: '已通过',
  exportBatch: `${UK_BATCH}, ${DE_BATCH}`,
};
/** Exported to the UK today: row 3. */
const box: ProductCells = {
  ...GOOD_PRODUCT,
  sku: 'BOX-02',
  supplierUrl: 'https://detail.1688.com/offer/633333333333.html',
  status: '已通过',
  exportBatch: UK_BATCH,
};
/** An older batch, confirmed already: row 4. */
const vase: ProductCells = {
  ...GOOD_PRODUCT,
  sku: 'VASE-03',
  supplierUrl: 'https://detail.1688.com/offer/644444444444.html',
  status: '已上传',
  exportBatch: 'AMZ-2026-11-20-UK✓',
};
/** Never exported: row 5. */
const draft: ProductCells = { ...GOOD_PRODUCT, sku: 'DRAFT-04', status: '草稿' };

function sheets(): Record<string, Cell[][]> {
  return {
    Settings: settingsTab([
      ['directors', DIRECTOR],
      ['uploaders', UPLOADER],
      ['owner.DE', DE_OWNER],
    ]),
    // A Chinese sheet: the status the add-on writes is Chinese too.
    [TAB]: sheetValues(SHEETS.newProducts, [lamp, box, vase, draft], 'zh'),
  };
}

const statusAt = SHEETS.newProducts.columns.findIndex((column) => column.id === 'status');

describe('confirming an Amazon upload in Google Sheets', () => {
  let fake: FakeGas;

  beforeEach(() => jest.useFakeTimers({ now: NOW }));
  afterEach(() => {
    fake.uninstall();
    jest.useRealTimers();
  });

  function open(user: string, userLocale = 'en-GB'): void {
    fake = installGas({
      user,
      owner: DIRECTOR,
      editors: [UPLOADER, DE_OWNER, RESEARCHER],
      userLocale,
      sheets: sheets(),
      now: () => NOW,
    });
  }

  function statuses(): unknown[] {
    return fake.values(TAB).map((row) => row[statusAt]);
  }

  it('lists the batches awaiting confirmation with the rows not yet Uploaded', () => {
    open(UPLOADER);

    const view = getUploadBatches();

    expect(view.batches).toEqual([
      {
        batchId: UK_BATCH,
        site: 'UK',
        label: 'UK',
        date: '2026-12-01',
        rows: 2,
        notUploaded: [
          { row: 2, sku: 'LAMP-01' },
          { row: 3, sku: 'BOX-02' },
        ],
        mayConfirm: true,
      },
      {
        batchId: DE_BATCH,
        site: 'DE',
        label: 'DE',
        date: '2026-12-01',
        rows: 1,
        notUploaded: [{ row: 2, sku: 'LAMP-01' }],
        mayConfirm: true,
      },
    ]);
    expect(view.text.confirm).toBe('I uploaded this file to Seller Central');
  });

  it("tells a site's owner which batches are not theirs to confirm", () => {
    open(DE_OWNER);

    const view = getUploadBatches();

    expect(view.batches.map((batch) => [batch.batchId, batch.mayConfirm])).toEqual([
      [UK_BATCH, false],
      [DE_BATCH, true],
    ]);
  });

  it("marks an uploader's confirmed batch Uploaded in the sheet's language, and audits it", () => {
    open(UPLOADER);

    const done = confirmAmazonUpload(UK_BATCH);

    expect(statuses()).toEqual(['状态', '已上传', '已上传', '已上传', '草稿']);
    expect(done).toMatchObject({ batchId: UK_BATCH, marked: 2, alreadyUploaded: 0 });
    expect(done.summary).toBe('AMZ-2026-12-01-UK: 2 rows marked Uploaded.');
    expect(done.view.batches.map((batch) => batch.batchId)).not.toContain(UK_BATCH);
    expect(fake.values(LOG).slice(1)).toEqual([
      [
        NOW,
        UPLOADER,
        'Confirming an Amazon upload',
        TAB,
        '2–3',
        'AMZ-2026-12-01-UK: 2 rows marked, 0 already uploaded',
        'done',
      ],
    ]);
  });

  it('changes nothing when the same batch is confirmed a second time, and says so', () => {
    open(UPLOADER);
    confirmAmazonUpload(UK_BATCH);
    const after = fake.values(TAB);

    const again = confirmAmazonUpload(UK_BATCH);

    expect(fake.values(TAB)).toEqual(after);
    expect(again).toMatchObject({ marked: 0, alreadyUploaded: 2 });
    expect(again.summary).toBe('AMZ-2026-12-01-UK: nothing changed, 2 rows already Uploaded.');
  });

  it('lets the owner of the batch’s site confirm it, in Chinese', () => {
    open(DE_OWNER, 'zh-CN');

    const done = confirmAmazonUpload(DE_BATCH);

    expect(done.summary).toBe('AMZ-2026-12-01-DE：已将 1 行标记为“已上传”。');
    expect(statuses()).toEqual(['状态', '已上传', '已通过', '已上传', '草稿']);
  });

  it("keeps another site's batch waiting after one site's upload is confirmed", () => {
    open(DE_OWNER);
    confirmAmazonUpload(DE_BATCH);

    const view = fake.runAs(UPLOADER, () => getUploadBatches());

    expect(view.batches.map((batch) => batch.batchId)).toEqual([UK_BATCH]);
    expect(view.batches[0].notUploaded.map((row) => row.sku)).toEqual(['LAMP-01', 'BOX-02']);
  });

  it('refuses a researcher, changes nothing, and keeps the refusal for the Audit log', () => {
    open(RESEARCHER);
    const before = fake.values(TAB);

    const error = thrown(() => confirmAmazonUpload(UK_BATCH));

    expect(error.message).toBe(
      'Confirming an Amazon upload needs the uploader or site owner role (set in Settings); ' +
        `${RESEARCHER} does not have it`,
    );
    expect(fake.values(TAB)).toEqual(before);
    expect(fake.documentProperties[AUDIT_PENDING_PROPERTY]).toContain(RESEARCHER);
  });

  it("refuses the owner of another site's batch and changes nothing", () => {
    open(DE_OWNER);
    const before = fake.values(TAB);

    const error = thrown(() => confirmAmazonUpload(UK_BATCH));

    expect(error.message).toContain('needs the uploader role');
    expect(fake.values(TAB)).toEqual(before);
  });

  it.each([[42], ['=HYPERLINK("x")'], ['AMZ-2026-12-01-US'], [`${UK_BATCH}, ${DE_BATCH}`]])(
    'refuses a batch id the export never writes (%p)',
    (batchId) => {
      open(UPLOADER);
      const before = fake.values(TAB);

      const error = thrown(() => confirmAmazonUpload(batchId));

      expect(error.message).toContain('The sidebar sent something the add-on cannot use');
      expect(fake.values(TAB)).toEqual(before);
    },
  );

  it('refuses a batch no row belongs to, naming it', () => {
    open(UPLOADER);
    const before = fake.values(TAB);

    const error = thrown(() => confirmAmazonUpload('AMZ-2026-10-01-UK'));

    expect(error.message).toContain('no row belongs to the export batch "AMZ-2026-10-01-UK"');
    expect(fake.values(TAB)).toEqual(before);
  });
});
