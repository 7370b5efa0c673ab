import type { FakeCloud } from './cloud';
import { GasObject } from './counting';
import type { Implements } from './counting';
import { fakePdf, htmlTitle } from './pdf';

/** Apps Script bytes are Java's: signed, -128 to 127. */
export function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte));
}

/** Bytes from a string (UTF-8) or from Apps Script's signed (or plain unsigned) byte array. */
export function bytesOf(data: string | ArrayLike<number>): Uint8Array {
  if (typeof data === 'string') return new Uint8Array(Buffer.from(data, 'utf8'));
  return Uint8Array.from(Array.from(data), (byte) => byte & 0xff);
}

/** What Blob.getAs converts to PDF: documents, as Google's converters read them. */
const TO_PDF = new Set(['text/html', 'text/plain']);

/** The extension getAs gives a converted blob's name. */
const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf' };

/** A name with its extension (what follows the last period) replaced, as getAs does. */
function renamed(name: string | null, extension: string): string | null {
  if (name === null) return null;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
}

type BlobMethods =
  | 'copyBlob'
  | 'getAs'
  | 'getBytes'
  | 'getContentType'
  | 'getDataAsString'
  | 'getName'
  | 'isGoogleType'
  | 'setBytes'
  | 'setContentType'
  | 'setDataFromString'
  | 'setName';

/** Data with a content type and a name (`Blob`). */
export class FakeBlob
  extends GasObject
  implements Implements<GoogleAppsScript.Base.Blob, BlobMethods>
{
  readonly gasType = 'Blob';

  constructor(
    cloud: FakeCloud,
    public bytes: Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    super(cloud);
  }

  /** A copy. */
  copyBlob(): FakeBlob {
    return new FakeBlob(this.cloud, this.bytes.slice(), this.contentType, this.name);
  }

  /**
   * The data converted to another content type, the name's extension replaced: an HTML or
   * plain-text blob converts to a PDF (see pdf.ts for what the fake's PDF holds), a blob to
   * its own type is a copy, anything else is refused as Apps Script refuses it.
   */
  getAs(contentType: string): FakeBlob {
    const from = (this.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (from === contentType) return this.copyBlob();
    if (contentType === 'application/pdf' && TO_PDF.has(from)) {
      const text = this.getDataAsString();
      const title = from === 'text/html' ? htmlTitle(text) : '';
      return new FakeBlob(
        this.cloud,
        fakePdf(title),
        contentType,
        renamed(this.name, EXTENSIONS[contentType]),
      );
    }
    throw new Error(
      `Converting from ${from || 'an unknown type'} to ${contentType} is not supported.`,
    );
  }

  /** The data as signed bytes. */
  getBytes(): number[] {
    return signedBytes(this.bytes);
  }

  /** Replaces the data. */
  setBytes(data: number[]): this {
    this.bytes = bytesOf(data);
    return this;
  }

  /** The content type, or null. */
  getContentType(): string | null {
    return this.contentType;
  }

  /** Sets the content type. */
  setContentType(contentType: string): this {
    this.contentType = contentType;
    return this;
  }

  /** The data read as text (UTF-8 unless US_ASCII is asked for). */
  getDataAsString(charset?: string): string {
    const encoding = charset === 'US-ASCII' || charset === 'US_ASCII' ? 'ascii' : 'utf8';
    return Buffer.from(this.bytes).toString(encoding);
  }

  /** Replaces the data with text. */
  setDataFromString(string: string): this {
    this.bytes = bytesOf(string);
    return this;
  }

  /** The name, or null. */
  getName(): string | null {
    return this.name;
  }

  /** Sets the name. */
  setName(name: string): this {
    this.name = name;
    return this;
  }

  /** Blobs made by the add-on are never Google Docs types. */
  isGoogleType(): boolean {
    return false;
  }
}
