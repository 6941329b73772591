// Generates a deterministic, schema-valid Newsline dataset of N events (a synthetic archive) for the
// timeline benchmark, the screenshots and the scale tests:
// decades of news, denser towards the present and in bursts around big stories, with every kind of
// date (day, month, year, spans, approximate, relative, bounded), 60 actors, quotes and sources.
import type { Actor, Dataset, EventDate, Source, TimelineEvent } from '../schema/dataset';
import { mulberry32, pick, slug, type Rng } from './random';

const FIRST_YEAR = 1975;
const LAST_YEAR = 2025;
const EVENTS_PER_SOURCE = 4;
const STORY_COUNT = 400;

const PEOPLE = (
  'Amara Okafor|Rashid Haddad|Sofia Varga|Kofi Mensah|Nadia Rahimi|Viktor Lindqvist|Elena Castellano|' +
  'Kenji Nakamura|Priya Petrov|Emeka Adeyemi|Hana Kowalczyk|Samir Farouk|Ingrid Delacroix|Jonas Osei|' +
  'Leila Karimov|Andrei Brennan|Chioma Sadeghi|Marco Moreau|Yasmin Tanaka|Tariq Qureshi|Clara Abernathy|' +
  'Pavel Volkov|Aiko Achebe|Diego Santoro|Zara Yildiz'
).split('|');
const ORGANISATIONS = (
  'National Security Council|Finance Ministry|Foreign Ministry|Defence Ministry|Central Electoral Commission|' +
  'Eastern Development Bank|United Farmers Union|Meridian Energy Corporation|Coastal Fisheries Agency|' +
  'Supreme Court|Regional Trade Council|World Health Assembly|Harbour Workers Guild|Northern Rail Authority|' +
  'Federal Reserve Board'
).split('|');
const COUNTRIES =
  'Afghanistan|Pakistan|China|Russia|India|Iran|Turkey|Germany|France|Brazil|Kenya|Nigeria|Egypt|Japan|Mexico'.split(
    '|',
  );
const GROUPS = 'Taliban|ISIS-K|Northern Liberation Front|Green Coalition|Dockworkers Alliance'.split('|');
const VERBS = (
  'meets|sanctions|signs a deal with|criticises|hosts|negotiates with|warns|visits|accuses|backs|' +
  'suspends talks with|announces aid for'
).split('|');
const TOPICS = (
  'border checkpoints|trade tariffs|the gas pipeline|refugee camps|a weapons shipment|disputed ballots|' +
  'the upstream dam|lithium contracts|the vaccine rollout|the adaptation fund|port security|grain exports'
).split('|');
const PUBLISHERS = (
  'Example Times|The Daily Ledger|Regional Herald|Global Wire|Northern Observer|Capital Post|Asia Monitor|' +
  'Frontier News'
).split('|');
const SAYINGS = [
  'We will not accept any deal that ignores the people on the ground',
  'This agreement opens a new chapter for the whole region',
  'The numbers speak for themselves and they are alarming',
  'Nobody was consulted before the decision was taken',
  'We are ready to talk, but not under these conditions',
  'The talks were difficult but honest and we will meet again',
];

export function generateArchive(eventCount: number, seed = 20251126): Dataset {
  const rng = mulberry32(seed);
  const actors = castActors();
  const stories = Array.from({ length: STORY_COUNT }, () => ({
    day: randomDay(rng),
    spread: 3 + rng() * 60,
  }));
  const days = Array.from({ length: eventCount }, () => {
    // Two events in three belong to a story and fall within weeks of it: news comes in bursts.
    if (rng() < 2 / 3) {
      const story = pick(rng, stories);
      return clampDay(story.day + Math.round(gaussian(rng) * story.spread));
    }
    return randomDay(rng);
  }).sort((a, b) => a - b);

  const sources: Source[] = [];
  const events: TimelineEvent[] = days.map((day, index) => {
    if (index % EVENTS_PER_SOURCE === 0) sources.push(makeSource(rng, sources.length, day));
    const source = sources[sources.length - 1]!;
    return makeEvent(rng, index, day, source, actors);
  });
  return {
    schemaVersion: 1,
    title: `Benchmark archive: ${eventCount.toLocaleString('en-US')} events`,
    description: 'Generated for the timeline benchmark: decades of invented news.',
    sources,
    actors,
    events,
  };
}

function castActors(): Actor[] {
  const named = (names: string[], kind: Actor['kind']) =>
    names.map((name) => ({ id: slug(name), name, kind, aliases: kind === 'person' ? [lastName(name)] : [] }));
  return [
    ...named(PEOPLE, 'person'),
    ...named(ORGANISATIONS, 'organisation'),
    ...named(COUNTRIES, 'country'),
    ...named(GROUPS, 'group'),
  ];
}

function makeSource(rng: Rng, index: number, day: number): Source {
  const publisher = rng() < 0.9 ? pick(rng, PUBLISHERS) : null;
  const id = `src-${index}`;
  return {
    id,
    publisher,
    title:
      rng() < 0.9 ? `${pick(rng, TOPICS)}: the week in review`.replace(/^./, (c) => c.toUpperCase()) : null,
    url: publisher && rng() < 0.8 ? `https://www.${slug(publisher)}.example/${id}` : null,
    published: rng() < 0.95 ? isoDay(day + Math.floor(rng() * 3)) : null,
  };
}

function makeEvent(rng: Rng, index: number, day: number, source: Source, actors: Actor[]): TimelineEvent {
  // A few actors appear everywhere and most rarely, as in real coverage.
  const cast = uniqueActors(rng, actors, 1 + Math.floor(rng() * 3));
  const subject = cast[0]!;
  const object = cast[1] ?? pick(rng, actors);
  const topic = pick(rng, TOPICS);
  const title = `${subject.name} ${pick(rng, VERBS)} ${object.name} over ${topic}`;
  const summary =
    `${title}, in a move that observers said could shape ${topic} for months. ` +
    `Officials from ${object.name} did not comment immediately.`;
  const person = cast.find((actor) => actor.kind === 'person') ?? null;
  const quotes =
    person && rng() < 0.35 ? [{ text: pick(rng, SAYINGS), speakerId: person.id, sourceId: source.id }] : [];
  const paraphrases =
    rng() < 0.15
      ? [
          {
            text: `${object.name} said it would respond to ${topic} next week`,
            speakerId: object.id,
            sourceId: source.id,
          },
        ]
      : [];
  return {
    id: `e${index}`,
    title,
    summary,
    date: makeDate(rng, day, source),
    actorIds: cast.map((actor) => actor.id),
    quotes,
    paraphrases,
    sources: [{ sourceId: source.id, excerpt: summary }],
  };
}

function makeDate(rng: Rng, day: number, source: Source): EventDate {
  const iso = isoDay(day);
  const roll = rng();
  const stated = (start: string, phrase: string, end?: string, approximate = false): EventDate => ({
    basis: 'stated',
    start,
    ...(end !== undefined ? { end } : {}),
    approximate,
    phrase,
  });
  if (roll < 0.62) return stated(iso, `on ${iso}`);
  if (roll < 0.8) return stated(iso.slice(0, 7), `in ${iso.slice(0, 7)}`);
  if (roll < 0.88) return stated(iso.slice(0, 4), `in ${iso.slice(0, 4)}`, undefined, rng() < 0.3);
  if (roll < 0.91) {
    // A span: days to years, most of them short (log-uniform from 2 days to 8 years).
    const end = isoDay(Math.min(day + 1 + Math.floor(Math.exp(rng() * Math.log(3_000))), lastDay()));
    return stated(iso, `from ${iso} to ${end}`, end, rng() < 0.3);
  }
  if (roll < 0.97 && source.published !== null) {
    return { basis: 'relative', start: iso, approximate: false, phrase: 'last week', relativeTo: source.id };
  }
  return { basis: 'bounded', before: isoDay(Math.min(day + 10, lastDay())), phrase: null };
}

function uniqueActors(rng: Rng, actors: Actor[], count: number): Actor[] {
  const chosen = new Set<Actor>();
  while (chosen.size < count) chosen.add(actors[Math.floor(rng() ** 2.5 * actors.length)]!);
  return [...chosen];
}

/** A day number (days since 1970-01-01), weighted towards recent years: coverage grows. */
function randomDay(rng: Rng): number {
  const first = Date.UTC(FIRST_YEAR, 0, 1) / 86_400_000;
  return Math.floor(first + Math.sqrt(rng()) * (lastDay() - first));
}

function lastDay(): number {
  return Date.UTC(LAST_YEAR, 11, 31) / 86_400_000;
}

function clampDay(day: number): number {
  return Math.min(Math.max(day, Date.UTC(FIRST_YEAR, 0, 1) / 86_400_000), lastDay());
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

function lastName(name: string): string {
  return name.split(' ').pop() ?? name;
}
