import { describe, expect, it } from 'vitest';
import { DatasetSchema, type Dataset } from '../../../schema/dataset';
import { datasetFixture } from '../../../testing/datasetFixture';
import { searchCorpus } from './searchCorpus';
import { searchEvents } from './searchIndex';

/** The fixture's events renamed: titles written to tell the search's rules apart. */
function withTitles(titles: Record<string, string>): Dataset {
  const dataset = datasetFixture();
  return DatasetSchema.parse({
    ...dataset,
    events: dataset.events.map((event) => {
      const title = titles[event.id] ?? event.title;
      return { ...event, title, summary: `${title}.` };
    }),
  });
}

const dataset = withTitles({
  early: 'Rebels keep the equipment as war spoils',
  middle: 'The spoils of war are returned to the army',
  bound: 'A war on two fronts',
  late: 'Ministry counts what was left',
});
const found = (query: string) => [...(searchEvents(searchCorpus(dataset), query)?.ids ?? [])].sort();

describe('searchEvents', () => {
  it('needs every word the query is about, but not its common words', () => {
    expect(found('spoils of war')).toEqual(['early', 'middle']);
    expect(found('the war')).toEqual(['bound', 'early', 'middle']);
    expect(found('spoils of peace')).toEqual([]);
  });

  it('finds a quoted phrase only where its words stand in that order', () => {
    expect(found('"spoils of war"')).toEqual(['middle']);
    expect(found('“war spoils”')).toEqual(['early']);
    expect(found('"of war" army')).toEqual(['middle']);
  });

  it('searches a query of common words only as whole words, as typed', () => {
    expect(found('on')).toEqual(['bound']);
    expect(found('a')).toEqual(['bound']); // not "as", "are" or "army"
    expect(found('what was')).toEqual(['late']);
  });

  it('still finds words by their start and despite a typo', () => {
    expect(found('minis')).toEqual(['late']);
    expect(found('equipmnet')).toEqual(['early']);
  });

  it('answers null to an empty query, and nothing to one of punctuation', () => {
    expect(searchEvents(searchCorpus(dataset), '  ')).toBeNull();
    expect(found('""')).toEqual([]);
  });
});
