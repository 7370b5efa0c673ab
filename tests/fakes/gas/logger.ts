import { format } from 'node:util';

import { GasObject } from './counting';
import type { Implements } from './counting';

/** How Apps Script prints a logged value: objects as JSON, the rest as text. */
function text(value: unknown): string {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return JSON.stringify(value);
  }
  return String(value);
}

/** The `Logger` global: lines go to `fake.logs`. */
export class FakeLogger
  extends GasObject
  implements Implements<GoogleAppsScript.Base.Logger, 'clear' | 'getLog' | 'log'>
{
  readonly gasType = 'Logger';

  /** Forgets the lines logged so far. */
  clear(): void {
    this.cloud.logs.length = 0;
  }

  /** Every line logged, one per line. */
  getLog(): string {
    return this.cloud.logs.join('\n');
  }

  /** log(data) or log(format, ...values) with %s placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    let line = text(data);
    for (const value of values) line = line.replace(/%s/, text(value));
    this.cloud.logs.push(line);
    return this;
  }
}

/** The `console` Apps Script gives scripts: each call adds a line to `fake.logs`. */
export class FakeConsole extends GasObject {
  readonly gasType = 'console';

  /** A line of information. */
  log(...data: unknown[]): void {
    this.cloud.logs.push(format(...data));
  }

  /** A line of information. */
  info(...data: unknown[]): void {
    this.cloud.logs.push(format(...data));
  }

  /** A debugging line. */
  debug(...data: unknown[]): void {
    this.cloud.logs.push(format(...data));
  }

  /** A warning line. */
  warn(...data: unknown[]): void {
    this.cloud.logs.push(format(...data));
  }

  /** An error line. */
  error(...data: unknown[]): void {
    this.cloud.logs.push(format(...data));
  }
}
