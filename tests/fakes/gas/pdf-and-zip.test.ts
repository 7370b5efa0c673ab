import JSZip from 'jszip';

import { installGas } from '.';
import type { FakeGas } from '.';

let gas: FakeGas;

afterEach(() => gas.uninstall());

/** Apps Script's signed bytes as the file's bytes. */
function bytes(blob: GoogleAppsScript.Base.Blob): Buffer {
  return Buffer.from(Uint8Array.from(blob.getBytes(), (byte) => byte & 0xff));
}

describe('Blob.getAs', () => {
  it('converts an HTML blob to a PDF named after it, titled after the page', () => {
    gas = installGas();
    const html = '<html><head><title>月报 2026-11 &amp; more</title></head><body>x</body></html>';

    const pdf = Utilities.newBlob(html, 'text/html', 'month-end-2026-11.html').getAs(
      'application/pdf',
    );

    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('month-end-2026-11.pdf');
    const text = bytes(pdf).toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    // UTF-16BE of the title, in hex, as PDF text strings hold it: "月" is U+6708.
    const title = Buffer.from('月报 2026-11 & more', 'utf16le').swap16().toString('hex');
    expect(text).toContain(`/Title <FEFF${title.toUpperCase()}>`);
    expect(gas.calls['Blob.getAs']).toBe(1);
  });

  it('points the PDF cross-reference table at each object', () => {
    gas = installGas();

    const pdf = Utilities.newBlob('<title>t</title>', 'text/html').getAs('application/pdf');

    const text = bytes(pdf).toString('latin1');
    const start = Number(/startxref\n(\d+)\n/.exec(text)?.[1]);
    expect(text.slice(start, start + 4)).toBe('xref');
    const offsets = [...text.slice(start).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    );
    expect(offsets.map((offset) => text.slice(offset, offset + 7))).toEqual(
      offsets.map((_, i) => `${i + 1} 0 obj`),
    );
    expect(pdf.getName()).toBeNull();
  });

  it('replaces only the last extension, and adds one to a name without', () => {
    gas = installGas();

    expect(
      Utilities.newBlob('a', 'text/plain', 'List.12.25.2014').getAs('application/pdf').getName(),
    ).toBe('List.12.25.pdf');
    expect(Utilities.newBlob('a', 'text/plain', 'notes').getAs('application/pdf').getName()).toBe(
      'notes.pdf',
    );
  });

  it('refuses a conversion Apps Script does not make', () => {
    gas = installGas();
    const zip = Utilities.zip([Utilities.newBlob('a', 'text/plain', 'a.txt')], 'a.zip');

    expect(() => zip.getAs('application/pdf')).toThrow(
      'Converting from application/zip to application/pdf is not supported.',
    );
  });
});

describe('Utilities.zip', () => {
  it('makes a real zip of the blobs, folders from the names, that a zip reader opens', async () => {
    gas = installGas();
    const parts = [
      Utilities.newBlob('<a>表</a>', 'application/xml', 'xl/workbook.xml'),
      Utilities.newBlob('{"ok":true}', 'application/json', '[Content_Types].xml'),
      Utilities.newBlob('x'.repeat(5000), 'text/plain', 'big.txt'),
    ];

    const zip = Utilities.zip(parts, 'book.zip');

    expect(zip.getContentType()).toBe('application/zip');
    expect(zip.getName()).toBe('book.zip');
    // Deflated: 5,000 equal bytes take far fewer.
    expect(zip.getBytes().length).toBeLessThan(1000);
    const archive = await JSZip.loadAsync(bytes(zip));
    expect(Object.keys(archive.files).filter((name) => !archive.files[name].dir)).toEqual([
      'xl/workbook.xml',
      '[Content_Types].xml',
      'big.txt',
    ]);
    expect(await archive.file('xl/workbook.xml')!.async('string')).toBe('<a>表</a>');
    expect(await archive.file('big.txt')!.async('string')).toBe('x'.repeat(5000));
  });

  it('refuses a blob without a name and two blobs of the same name', () => {
    gas = installGas();

    expect(() => Utilities.zip([Utilities.newBlob('a')])).toThrow('needs a name');
    expect(() =>
      Utilities.zip([
        Utilities.newBlob('a', 'text/plain', 'a'),
        Utilities.newBlob('b', 'text/plain', 'a'),
      ]),
    ).toThrow('duplicate entry: a');
  });

  it('can be renamed and retyped, as an .xlsx is', () => {
    gas = installGas();

    const xlsx = Utilities.zip([Utilities.newBlob('a', 'text/plain', 'a.txt')], 'r.xlsx');
    xlsx.setContentType('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    expect(xlsx.getName()).toBe('r.xlsx');
    expect(xlsx.getContentType()).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(bytes(xlsx).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });
});
