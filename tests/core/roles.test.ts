import { readSettings } from '../../src/core/settings';
import { hasRole, requireRole, RoleError } from '../../src/core/roles';
import { readSheet } from '../../src/core/reader';
import { SHEETS } from '../../src/core/contract/sheets';

const settings = readSettings(
  readSheet(
    SHEETS.settings,
    [
      ['Key', 'Value'],
      ['directors', 'Boss@Demo.example, deputy@demo.example'],
      ['finance', 'money@demo.example'],
      ['owner.DE', 'de@demo.example'],
    ],
    { sheetName: 'Settings', timeZone: 'UTC' },
  ),
).settings;

describe('roles from Settings', () => {
  it('recognises a director whatever the case of the email', () => {
    expect(hasRole(settings, 'boss@demo.example', 'director')).toBe(true);
    expect(hasRole(settings, 'money@demo.example', 'director')).toBe(false);
  });

  it('gives an empty or unknown email no role at all', () => {
    expect(hasRole(settings, '', 'director')).toBe(false);
    expect(hasRole(settings, undefined, 'finance')).toBe(false);
    expect(hasRole(settings, 'stranger@else.example', 'siteOwner')).toBe(false);
  });

  it('knows site owners per site', () => {
    expect(hasRole(settings, 'de@demo.example', 'siteOwner', 'DE')).toBe(true);
    expect(hasRole(settings, 'de@demo.example', 'siteOwner', 'UK')).toBe(false);
  });

  it('refuses with a message that names the role needed', () => {
    const act = () =>
      requireRole(settings, 'intern@demo.example', 'finance', {
        zh: '入账',
        en: 'Booking a month',
      });
    expect(act).toThrow(RoleError);
    expect(act).toThrow('Booking a month needs the finance role');
    try {
      act();
    } catch (error) {
      expect((error as RoleError).text('zh')).toContain('「财务」');
    }
  });
});
