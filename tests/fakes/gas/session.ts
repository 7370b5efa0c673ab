import type { FakeCloud } from './cloud';
import { GasObject } from './counting';
import type { Implements } from './counting';

/** A person (`User`): only the email is known. */
export class FakeUser
  extends GasObject
  implements Implements<GoogleAppsScript.Base.User, 'getEmail' | 'getUserLoginId'>
{
  readonly gasType = 'User';

  constructor(
    cloud: FakeCloud,
    private readonly email: string,
  ) {
    super(cloud);
  }

  /** The email address, '' when Google does not reveal it. */
  getEmail(): string {
    return this.email;
  }

  /** The deprecated alias of getEmail. */
  getUserLoginId(): string {
    return this.email;
  }
}

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** The domain part of an email, lower-cased. */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

type SessionMethods =
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getActiveUserLocale'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey';

/**
 * The `Session` global. As Google documents, the active user's email is hidden ('') where
 * the script runs without that user's authorization (simple triggers, custom functions:
 * AuthMode LIMITED and CUSTOM_FUNCTION), unless the user is in the owner's Workspace domain.
 */
export class FakeSession
  extends GasObject
  implements Implements<GoogleAppsScript.Base.Session, SessionMethods>
{
  readonly gasType = 'Session';

  /** The person at the keyboard. */
  getActiveUser(): FakeUser {
    const { user, authMode } = this.cloud.execution;
    if (authMode === 'FULL') return new FakeUser(this.cloud, user);

    const domain = domainOf(user);
    const sameWorkspace =
      domain === domainOf(this.cloud.settings.owner) && !CONSUMER_DOMAINS.has(domain);
    return new FakeUser(this.cloud, sameWorkspace ? user : '');
  }

  /** The person the script runs as: for an add-on, the one using it. */
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.cloud, this.cloud.user);
  }

  /** The user's language setting, e.g. 'zh-CN'. */
  getActiveUserLocale(): string {
    return this.cloud.settings.userLocale;
  }

  /** The script project's time zone. */
  getScriptTimeZone(): string {
    return this.cloud.settings.scriptTimeZone;
  }

  /** A key unique to the active user that does not reveal who they are. */
  getTemporaryActiveUserKey(): string {
    let hash = 0x811c9dc5;
    for (const char of this.cloud.user) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
    return `temporary-key-${(hash >>> 0).toString(16).padStart(8, '0')}`;
  }
}
