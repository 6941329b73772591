// Records by id: one map per list, shared by everyone who reads the same list.
import { describe, expect, it } from 'vitest';
import { recordsById } from './recordsById';

describe('recordsById', () => {
  it('finds each record by its id, with one map per list', () => {
    const sources = [
      { id: 's1', title: 'One' },
      { id: 's2', title: 'Two' },
    ];
    const byId = recordsById(sources);
    expect(byId.get('s2')?.title).toBe('Two');
    expect(recordsById(sources)).toBe(byId);
    expect(recordsById([...sources])).not.toBe(byId);
  });
});
