import { createHash } from 'node:crypto';

import { FakeBlob, bytesOf, signedBytes } from './blob';
import { formatDate } from './calendar';
import { GasObject, fakeOf } from './counting';
import type { Implements } from './counting';
import { Charset, DigestAlgorithm } from './enums';
import { zipArchive } from './zip';

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** The longest `Utilities.sleep` Apps Script accepts. */
const MAX_SLEEP_MS = 300000;

/** RFC 4180 CSV: quoted fields may hold delimiters, quotes ("") and line breaks. */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;

  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** `Utilities.formatString`: %s, %d, %i, %f (with .n precision) and %%. */
function formatString(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(/%(\.\d+)?([sdif%])/g, (_, precision: string | undefined, kind) => {
    if (kind === '%') return '%';
    const value = args[next++];
    if (kind === 's') return String(value);
    if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(value)));
    return Number(value).toFixed(precision ? Number(precision.slice(1)) : 6);
  });
}

type UtilitiesMethods =
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'computeDigest'
  | 'formatDate'
  | 'formatString'
  | 'getUuid'
  | 'newBlob'
  | 'parseCsv'
  | 'sleep'
  | 'zip';

/** The `Utilities` global. Bytes are Java's signed bytes, as in Apps Script. */
export class FakeUtilities
  extends GasObject
  implements Implements<GoogleAppsScript.Utilities.Utilities, UtilitiesMethods>
{
  readonly gasType = 'Utilities';
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;

  /** Base64 text to signed bytes. */
  base64Decode(encoded: string): number[] {
    return signedBytes(new Uint8Array(Buffer.from(encoded, 'base64')));
  }

  /** Web-safe base64 text to signed bytes. */
  base64DecodeWebSafe(encoded: string): number[] {
    return signedBytes(new Uint8Array(Buffer.from(encoded, 'base64url')));
  }

  /** A string (as UTF-8) or bytes to base64. */
  base64Encode(data: string | number[]): string {
    return Buffer.from(bytesOf(data)).toString('base64');
  }

  /** A string or bytes to web-safe base64 (with padding, as Apps Script gives it). */
  base64EncodeWebSafe(data: string | number[]): string {
    return this.base64Encode(data).replace(/\+/g, '-').replace(/\//g, '_');
  }

  /** A digest of a string (as UTF-8) or bytes, as signed bytes. */
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
  ): number[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw new Error(`The fake cannot compute ${String(algorithm)} digests.`);
    return signedBytes(new Uint8Array(createHash(name).update(bytesOf(value)).digest()));
  }

  /** Formats a date with a Java SimpleDateFormat pattern in a time zone. */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new Error('Invalid argument: date');
    }
    return formatDate(date, timeZone, format);
  }

  /** sprintf-style formatting. */
  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, args);
  }

  /** A UUID; the fake's are counted, so tests can predict them. */
  getUuid(): string {
    const serial = this.cloud.next('uuid').toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${serial}`;
  }

  /** A blob from a string or bytes. */
  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    return new FakeBlob(this.cloud, bytesOf(data), contentType ?? null, name ?? null);
  }

  /** CSV text to a grid of strings. */
  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(csv, delimiter);
  }

  /**
   * A zip archive (`application/zip`, deflated, a real one) of the blobs, each under its name
   * (a name with `/` puts it in a folder of the archive). Like Apps Script, refuses a blob
   * without a name and two blobs of the same name.
   */
  zip(blobs: FakeBlob[], name?: string): FakeBlob {
    if (!Array.isArray(blobs)) throw new Error('Invalid argument: blobs');
    const seen = new Set<string>();
    const entries = blobs.map((value) => {
      const blob = fakeOf(value, FakeBlob, 'blobs');
      const entry = blob.getName();
      if (!entry) throw new Error('Invalid argument: every blob to zip needs a name');
      if (seen.has(entry)) throw new Error(`duplicate entry: ${entry}`);
      seen.add(entry);
      return { name: entry, bytes: blob.bytes };
    });
    const archive = zipArchive(entries, this.cloud.now());
    return new FakeBlob(this.cloud, archive, 'application/zip', name ?? null);
  }

  /** Lets fake time pass; never really waits. */
  sleep(milliseconds: number): void {
    if (!(milliseconds >= 0) || milliseconds > MAX_SLEEP_MS) {
      throw new Error('Invalid argument: milliseconds');
    }
    this.cloud.advance(milliseconds);
  }
}
