// The browser's alias table: the shipped one, whose entries win, plus what the timeline adds.
import { describe, expect, it } from 'vitest';
import type { ActorTable } from '../../pipeline/runPipeline';
import { aliasTable } from './aliasTable';

const shipped: ActorTable = [
  { name: 'Harbour Authority', kind: 'organisation', aliases: ['Port Authority', 'HA'] },
  { name: 'Harbour Police', kind: 'organisation', aliases: ['port police'] },
  { name: 'Mara Ilic', kind: 'person', aliases: ['Ilic'] },
];

describe('aliasTable', () => {
  it('keeps the shipped entries as they are when the timeline has the same actors', () => {
    expect(
      aliasTable(shipped, [
        { name: 'Harbour Authority', kind: 'group', aliases: [] },
        { name: 'Mara Ilic', kind: 'person', aliases: ['Ilic'] },
      ]),
    ).toEqual(shipped);
  });

  it('adds the timeline’s other names to the shipped entry it matches, by name or alias, in any case', () => {
    const table = aliasTable(shipped, [
      { name: 'harbour authority', kind: 'group', aliases: ['Harbourmaster’s Office', 'HA'] },
      { name: 'Port Police', kind: 'organisation', aliases: ['Quay Patrol', 'Quay Patrol'] },
    ]);
    expect(table).toEqual([
      {
        name: 'Harbour Authority',
        kind: 'organisation',
        aliases: ['Port Authority', 'HA', 'harbour authority', 'Harbourmaster’s Office'],
      },
      {
        name: 'Harbour Police',
        kind: 'organisation',
        aliases: ['port police', 'Port Police', 'Quay Patrol'],
      },
      shipped[2],
    ]);
  });

  it('leaves a name another shipped entry goes by to that entry', () => {
    const table = aliasTable(shipped, [
      { name: 'Harbour Authority', kind: 'organisation', aliases: ['Port Police', 'Dock Office'] },
    ]);
    expect(table[0]?.aliases).toEqual(['Port Authority', 'HA', 'Dock Office']);
    expect(table[1]).toEqual(shipped[1]);
  });

  it('adds the timeline’s actors the shipped table lacks, after its entries', () => {
    const table = aliasTable(shipped, [{ name: 'Ferry Union', kind: 'group', aliases: ['the union'] }]);
    expect(table).toEqual([...shipped, { name: 'Ferry Union', kind: 'group', aliases: ['the union'] }]);
  });

  it('does not change the shipped table it is given', () => {
    const copy = structuredClone(shipped);
    aliasTable(shipped, [{ name: 'HA', kind: 'organisation', aliases: ['Dock Office'] }]);
    expect(shipped).toEqual(copy);
  });
});
