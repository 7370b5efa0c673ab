import type { FakeCloud } from './cloud';
import { GasObject } from './counting';
import type { Implements } from './counting';

/** Apps Script's quota: 9 KB per value. */
export const MAX_VALUE_BYTES = 9 * 1024;
/** Apps Script's quota: 500 KB per store (keys and values). */
export const MAX_STORE_BYTES = 500 * 1024;

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

type PropertiesMethods =
  | 'deleteAllProperties'
  | 'deleteProperty'
  | 'getKeys'
  | 'getProperties'
  | 'getProperty'
  | 'setProperties'
  | 'setProperty';

/** One property store (document, user or script): strings by key, within the quotas. */
export class FakeProperties
  extends GasObject
  implements Implements<GoogleAppsScript.Properties.Properties, PropertiesMethods>
{
  readonly gasType = 'Properties';

  constructor(
    cloud: FakeCloud,
    readonly store: Map<string, string>,
  ) {
    super(cloud);
  }

  /** Applies changes only if the store stays within its quotas, as the real service does. */
  private commit(next: Map<string, string>): this {
    let total = 0;
    for (const [key, value] of next) {
      if (bytes(value) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      total += bytes(key) + bytes(value);
    }
    if (total > MAX_STORE_BYTES) {
      throw new Error(
        'You have exceeded the property storage quota. ' +
          'Please remove some properties and try again.',
      );
    }
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return this;
  }

  /** Empties the store. */
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }

  /** Removes one key. */
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }

  /** The keys. */
  getKeys(): string[] {
    return [...this.store.keys()];
  }

  /** A copy of every key and value. */
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  /** One value, or null. */
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  /** Sets several values (as strings); with deleteAllOthers, removes every other key. */
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of Object.entries(properties)) next.set(key, String(value));
    return this.commit(next);
  }

  /** Sets one value (as a string). */
  setProperty(key: string, value: unknown): this {
    return this.commit(new Map(this.store).set(key, String(value)));
  }
}

/** Where the three kinds of store live: the document's and script's shared, users' apart. */
export class PropertyStores {
  readonly document = new Map<string, string>();
  readonly script = new Map<string, string>();
  private readonly users = new Map<string, Map<string, string>>();

  /** One user's store, created empty. */
  user(email: string): Map<string, string> {
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return store;
  }
}

type ServiceMethods = 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties';

/** The `PropertiesService` global. */
export class FakePropertiesService
  extends GasObject
  implements Implements<GoogleAppsScript.Properties.PropertiesService, ServiceMethods>
{
  readonly gasType = 'PropertiesService';

  constructor(
    cloud: FakeCloud,
    private readonly stores: PropertyStores,
  ) {
    super(cloud);
  }

  /** The spreadsheet's store, shared by everyone using the add-on in it. */
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.cloud, this.stores.document);
  }

  /** The script's store, shared by every user and document. */
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.cloud, this.stores.script);
  }

  /** The running user's own store. */
  getUserProperties(): FakeProperties {
    return new FakeProperties(this.cloud, this.stores.user(this.cloud.user));
  }
}
