import type { Site } from './contract/sheets';
import type { Lang, Localized } from './i18n';
import type { Settings } from './settings';

/** The roles the Settings sheet assigns by email (R3.5, R4.5, R6.2f, R7.5). */
export type Role = 'director' | 'uploader' | 'finance' | 'purchasing' | 'siteOwner';

const ROLE_NAMES: Record<Role, Localized> = {
  director: { zh: '总监', en: 'director' },
  uploader: { zh: '上传人员', en: 'uploader' },
  finance: { zh: '财务', en: 'finance' },
  purchasing: { zh: '采购', en: 'purchasing' },
  siteOwner: { zh: '站点负责人', en: 'site owner' },
};

/** The emails that hold a role; site owners of one site, or of any site. */
function holders(settings: Settings, role: Role, site?: Site): string[] {
  switch (role) {
    case 'director':
      return settings.directors;
    case 'uploader':
      return settings.uploaders;
    case 'finance':
      return settings.finance;
    case 'purchasing':
      return settings.purchasing;
    case 'siteOwner':
      return site ? settings.siteOwners[site] : Object.values(settings.siteOwners).flat();
  }
}

/** Whether a user holds a role. An empty or unknown email holds none. */
export function hasRole(
  settings: Settings,
  email: string | null | undefined,
  role: Role,
  site?: Site,
): boolean {
  const user = (email ?? '').trim().toLowerCase();
  return user !== '' && holders(settings, role, site).includes(user);
}

/** Refused because the acting user lacks a role; the message names the role needed. */
export class RoleError extends Error {
  readonly localized: Localized;

  constructor(
    readonly role: Role,
    readonly user: string,
    action: Localized,
    /** Other roles that would do as well, named in the message after the first. */
    readonly alternatives: readonly Role[] = [],
  ) {
    const who =
      user.trim() === '' ? { zh: '未知用户', en: 'an unknown user' } : { zh: user, en: user };
    const roles = [role, ...alternatives];
    const zhRoles = roles.map((one) => `「${ROLE_NAMES[one].zh}」`).join('或');
    const enRoles = roles.map((one) => ROLE_NAMES[one].en).join(' or ');
    const localized = {
      zh: `${action.zh}需要${zhRoles}角色（在“设置”中配置）；${who.zh}没有此角色`,
      en: `${action.en} needs the ${enRoles} role (set in Settings); ${who.en} does not have it`,
    };
    super(localized.en);
    this.name = 'RoleError';
    this.localized = localized;
  }

  text(lang: Lang): string {
    return this.localized[lang];
  }
}

/** Throws a RoleError unless the user holds the role: the first thing a state change does. */
export function requireRole(
  settings: Settings,
  email: string | null | undefined,
  role: Role,
  action: Localized,
  site?: Site,
): void {
  if (!hasRole(settings, email, role, site)) throw new RoleError(role, email ?? '', action);
}

/**
 * Everyone holding one of the roles (a site owner of any site), each once: the editors of what
 * those roles own, such as the rows they write through the add-on.
 */
export function roleHolders(settings: Settings, roles: readonly Role[]): string[] {
  return [...new Set(roles.flatMap((role) => holders(settings, role)))];
}

/** Throws a RoleError unless the user holds one of the roles; the refusal names them all. */
export function requireAnyRole(
  settings: Settings,
  email: string | null | undefined,
  roles: readonly Role[],
  action: Localized,
): void {
  if (!roles.some((role) => hasRole(settings, email, role))) {
    throw new RoleError(roles[0], email ?? '', action, roles.slice(1));
  }
}
