import type { FakeCloud } from './cloud';

/**
 * The base of every fake Apps Script object. Host code never holds one directly: it gets a
 * counting proxy (see `expose`), while the fakes hold and call each other uncounted.
 */
export abstract class GasObject {
  /** The name calls are counted under, as in 'Range.getValues'. */
  abstract readonly gasType: string;

  constructor(readonly cloud: FakeCloud) {}

  /** Apps Script objects print as their class name. */
  toString(): string {
    return this.gasType;
  }
}

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();
const UNCOUNTED = new Set(['constructor', 'toString', 'valueOf', 'toJSON']);

/**
 * The host's view of a fake: every method call through it is counted under
 * 'Type.method', checked against the authorization mode, given back its own fakes (not
 * their proxies) as arguments, and its fakes in results are exposed in turn.
 */
export function expose<T extends GasObject>(fake: T): T {
  const known = proxies.get(fake);
  if (known) return known as T;

  const proxy = new Proxy(fake, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function' || typeof property === 'symbol') return value;
      if (UNCOUNTED.has(property)) return value;

      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) =>
        target.cloud.call(target.gasType, property, () =>
          reveal(method.apply(target, args.map(unwrap))),
        );
    },
  });
  proxies.set(fake, proxy);
  targets.set(proxy, fake);
  return proxy;
}

/** The fake behind a proxy the host passed back in, found in arrays and plain objects too. */
export function unwrap(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const target = targets.get(value);
  if (target) return target;
  if (Array.isArray(value)) return value.map(unwrap);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;

  const plain: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) plain[key] = unwrap(item);
  return plain;
}

function holdsFakes(value: unknown[]): boolean {
  return value.some(
    (item) => item instanceof GasObject || (Array.isArray(item) && holdsFakes(item)),
  );
}

function reveal(value: unknown): unknown {
  if (value instanceof GasObject) return expose(value);
  if (Array.isArray(value) && holdsFakes(value)) return value.map(reveal);
  return value;
}

/** The fake an argument stands for, or the error Apps Script gives for a wrong argument. */
export function fakeOf<T extends GasObject>(
  value: unknown,
  type: abstract new (...args: never[]) => T,
  name: string,
): T {
  const fake = unwrap(value);
  if (fake instanceof type) return fake;
  throw new Error(`Invalid argument: ${name}`);
}

/**
 * Names the methods of a real Apps Script interface that a fake implements: a misspelt name
 * or a missing method fails to compile. Signatures stay the fake's own, since fakes return
 * fakes; host code is checked against the real types where it calls the globals.
 */
export type Implements<Real, Method extends keyof Real> = Record<
  Method,
  (...args: never[]) => unknown
>;
