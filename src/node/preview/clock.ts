/**
 * Sets the process's clock to start at another moment and tick on from there: the server
 * functions ask `new Date()` for "now", and the demo workbook's orders, shipments and months
 * make sense only around the demo's own today. Returns what puts the real clock back.
 */
export function startClockAt(start: Date): () => void {
  const RealDate = globalThis.Date;
  const offset = start.getTime() - RealDate.now();
  const now = (): number => RealDate.now() + offset;

  // A function, not a subclass: dates made before the switch stay `instanceof Date`, and
  // `Date()` called without `new` still answers with text, as the real one does.
  function PreviewDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(now()).toString();
    if (args.length === 0) return new RealDate(now());
    return new (RealDate as unknown as new (...values: unknown[]) => Date)(...args);
  }
  PreviewDate.prototype = RealDate.prototype;
  PreviewDate.now = now;
  PreviewDate.parse = RealDate.parse;
  PreviewDate.UTC = RealDate.UTC;

  globalThis.Date = PreviewDate as unknown as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
