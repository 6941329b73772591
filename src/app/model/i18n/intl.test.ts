// The interface's words: the engine's answer for a locale is asked once, by the formatter t() uses.
import { describe, expect, it, vi } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { t } from './intl';

describe('t', () => {
  it('formats through the message formatter whose locale answers are kept', () => {
    const asked = vi.spyOn(IntlMessageFormat, 'resolveLocale');
    // A message not formatted before in this file: its formatter is made now, asking for the locale.
    expect(t('common.events', { count: 3 })).toBe('3 events');
    expect(asked).toHaveBeenCalled();
    asked.mockRestore();
  });

  it('gives the same answer for a locale without asking the engine again', () => {
    const engine = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
    const first = IntlMessageFormat.resolveLocale('fr-CA');
    const again = IntlMessageFormat.resolveLocale('fr-CA');
    expect(again).toBe(first);
    expect(String(first)).toBe('fr-CA');
    expect(engine).toHaveBeenCalledTimes(1);
    engine.mockRestore();
  });
});
