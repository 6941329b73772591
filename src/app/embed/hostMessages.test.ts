import { describe, expect, it } from 'vitest';
import { judgeHostMessage } from './hostMessages';

const HOST = 'https://news.example.org';
const select = { namespace: 'newsline', version: 1, type: 'select-event', eventId: 'trump-rally' };

describe('judgeHostMessage', () => {
  it('accepts a well-formed message from the allowed origin', () => {
    expect(judgeHostMessage(HOST, select, HOST)).toEqual({ accept: true, message: select });
    const window = {
      namespace: 'newsline',
      version: 1,
      type: 'set-window',
      start: '2021-01-01',
      end: '2025-12-31',
    };
    expect(judgeHostMessage(HOST, window, HOST).accept).toBe(true);
  });

  it('refuses every message when no origin is allowed, and messages from any other origin', () => {
    expect(judgeHostMessage(HOST, select, null).accept).toBe(false);
    expect(judgeHostMessage('https://evil.example', select, HOST)).toEqual({
      accept: false,
      reason: 'origin https://evil.example is not https://news.example.org',
    });
  });

  it('refuses malformed messages', () => {
    const bad: unknown[] = [
      null,
      'select-event',
      { ...select, version: 2 },
      { ...select, namespace: 'other' },
      { ...select, eventId: '<img src=x onerror=alert(1)>' },
      { ...select, extra: true },
      { namespace: 'newsline', version: 1, type: 'set-filter', actorIds: 'taliban' },
      { namespace: 'newsline', version: 1, type: 'set-window', start: '2025-01-01', end: '2021-01-01' },
      { namespace: 'newsline', version: 1, type: 'launch-missiles' },
    ];
    for (const data of bad)
      expect(judgeHostMessage(HOST, data, HOST).accept, JSON.stringify(data)).toBe(false);
  });
});
