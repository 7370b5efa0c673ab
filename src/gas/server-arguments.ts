/**
 * Checks of what a page sends to a server function. Any page, or anyone with the browser's
 * console, can call any server function with anything: a server function checks each
 * argument before it acts on it.
 */

/** Thrown when a server function gets an argument it cannot use; the page shows the message. */
export class InvalidArgumentError extends Error {
  constructor(name: string, expected: string) {
    super(`Invalid argument ${name}: expected ${expected}`);
    this.name = 'InvalidArgumentError';
  }
}

/** A string of at most `maxLength` characters. */
export function textArgument(value: unknown, name: string, maxLength = 10_000): string {
  if (typeof value !== 'string' || value.length > maxLength) {
    throw new InvalidArgumentError(name, `text of at most ${maxLength} characters`);
  }
  return value;
}

/** A whole number between `min` and `max`, both included. */
export function integerArgument(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(name, `a whole number from ${min} to ${max}`);
  }
  return value;
}

/** One of a fixed set of strings. */
export function oneOfArgument<T extends string>(
  value: unknown,
  name: string,
  allowed: readonly T[],
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(name, `one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A list of at most `maxItems` strings, each checked as text. */
export function textListArgument(value: unknown, name: string, maxItems = 1_000): string[] {
  if (!Array.isArray(value) || value.length > maxItems) {
    throw new InvalidArgumentError(name, `a list of at most ${maxItems} texts`);
  }
  return value.map((item, i) => textArgument(item, `${name}[${i}]`));
}
