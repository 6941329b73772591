// Generates a deterministic corpus of synthetic news articles (~700 words each) for the extraction benchmark.

export interface CorpusFile {
  path: string;
  bytes: Uint8Array;
}

import { mulberry32, pick, slug, type Rng } from '../../src/testing/random';

interface Person {
  first: string;
  last: string;
  title: string;
  country: string;
  pronoun: 'he' | 'she';
}

interface Org {
  /** How the text names it mid-sentence ("the Finance Ministry", "ISIS-K"). */
  name: string;
}

interface Topic {
  issue: string;
  thing: string;
  activity: string;
  headline: string;
}

interface Article {
  rng: Rng;
  people: Person[];
  countries: string[];
  orgs: Org[];
  topic: Topic;
  publisher: string | null;
  /** Year, month (1-12) and day the article's own dates are built around. */
  year: number;
  month: number;
  day: number;
  mentioned: Set<Person>;
  lastPerson: Person | null;
}

const FEMALE_FIRST = (
  'Amara Lina Sofia Nadia Mariam Elena Priya Hana Fatima Ingrid Leila Chioma Yasmin Clara ' +
  'Aiko Zara Irina Noor Helena Aylin Greta Rosa Meera Selin Dana Olga Laila Beatriz Wanjiru ' +
  'Mei'
).split(' ');
const MALE_FIRST = (
  'Tomas Rashid Daniel Kofi Arjun Viktor Omar Lucas Kenji Mateo Samir Emeka Jonas Farid ' +
  'Andrei Hamid Marco Tariq Pavel Diego Yusuf Anton Bilal Rafael Idris Stefan Karim Felix ' +
  'Nikolai Jamal'
).split(' ');
const SURNAMES = (
  'Okafor Haddad Varga Mensah Rahimi Lindqvist Castellano Nakamura Petrov Adeyemi Kowalczyk ' +
  'Farouk Delacroix Osei Karimov Brennan Sadeghi Moreau Tanaka Qureshi Abernathy Volkov ' +
  'Achebe Santoro Yildiz Hakimi Novak Mwangi Fischer Durrani Albrecht Cardoso Nasser ' +
  'Ivanova Kapoor Sorensen Balogun Ferreira Zaman Ostrowski Maalouf Hendricks Rinaldi Bakr ' +
  'Lazarev Otieno Shirazi Kuznetsov Amiri Waller Dubois Nwosu Halvorsen Popescu Jaffari ' +
  'Montoya Tsvetkov Aziz Lambert Sultani'
).split(' ');
const TITLES = (
  'President|Prime Minister|Foreign Minister|Finance Minister|Defence Minister|General|' +
  'Ambassador|Senator|Governor|Minister|Deputy Minister|Mayor'
).split('|');
const COUNTRIES = (
  'Afghanistan|Pakistan|China|Russia|India|Iran|Turkey|Germany|France|Brazil|Kenya|Nigeria|' +
  'Egypt|Japan|Indonesia|Mexico|Ukraine|Uzbekistan|Qatar|the U.S.'
).split('|');
const ORGS: Org[] = (
  'the National Security Council|the Finance Ministry|the Foreign Ministry|the Defence Ministry|' +
  'the Central Electoral Commission|the Eastern Development Bank|the United Farmers Union|' +
  'the Meridian Energy Corporation|the Coastal Fisheries Agency|the Supreme Court|' +
  "the Regional Trade Council|the People's Renewal Party|the Northern Liberation Front|" +
  'the Taliban|ISIS-K'
)
  .split('|')
  .map((name) => ({ name }));
const TOPICS: Topic[] = [
  {
    issue: 'the border dispute',
    thing: 'the new checkpoints',
    activity: 'negotiations',
    headline: 'Border Talks',
  },
  { issue: 'trade tariffs', thing: 'the proposed tariffs', activity: 'trade', headline: 'Tariff Row' },
  {
    issue: 'energy security',
    thing: 'the gas pipeline',
    activity: 'construction',
    headline: 'Pipeline Deal',
  },
  { issue: 'the refugee crisis', thing: 'the new camps', activity: 'displacement', headline: 'Refugee Plan' },
  { issue: 'military aid', thing: 'the weapons shipment', activity: 'conflict', headline: 'Arms Dispute' },
  {
    issue: 'the national election',
    thing: 'the disputed ballots',
    activity: 'campaigning',
    headline: 'Vote Count',
  },
  { issue: 'water rights', thing: 'the upstream dam', activity: 'drought', headline: 'Dam Dispute' },
  {
    issue: 'mining concessions',
    thing: 'the lithium contracts',
    activity: 'exploration',
    headline: 'Mining Deal',
  },
  { issue: 'public health', thing: 'the vaccine rollout', activity: 'preparation', headline: 'Health Drive' },
  { issue: 'climate finance', thing: 'the adaptation fund', activity: 'talks', headline: 'Climate Fund' },
];
const PUBLISHERS = (
  'Example Times|The Daily Ledger|Regional Herald|Global Wire|Northern Observer|' +
  'Capital Post|Asia Monitor|Frontier News'
).split('|');
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const PEOPLE: Person[] = SURNAMES.map((last, i) => ({
  first: (i % 2 === 0 ? FEMALE_FIRST : MALE_FIRST)[Math.floor(i / 2)] ?? 'Alex',
  last,
  title: TITLES[i % TITLES.length] ?? 'Minister',
  country: COUNTRIES[(i * 7) % COUNTRIES.length] ?? 'Kenya',
  pronoun: i % 2 === 0 ? 'she' : 'he',
}));

/** `count` articles, the same for the same seed; article i does not depend on the count. */
export function generateCorpus(count: number, seed = 20250330): CorpusFile[] {
  const encoder = new TextEncoder();
  return Array.from({ length: count }, (_, index) => {
    const { path, text } = generateArticle(index, seed);
    return { path, bytes: encoder.encode(text) };
  });
}

/** Words of an article's body, without its front matter. */
export function bodyWordCount(text: string): number {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.match(/\S+/g)?.length ?? 0;
}

function pickSome<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(...pool.splice(Math.floor(rng() * pool.length), 1));
  return chosen;
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function generateArticle(index: number, seed: number): { path: string; text: string } {
  // Mixing the index into the seed keeps each article independent of how many come before it.
  const rng = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const article = castArticle(rng);
  const dated = rng() >= 0.1;
  const bare = rng() < 0.05;
  const lines = bodyLines(article, int(rng, 620, 780));
  const id = `${slug(article.publisher ?? 'unattributed')}-${String(index).padStart(5, '0')}`;
  const published = dated ? `${article.year}-${pad(article.month)}-${pad(article.day)}` : null;
  const title = `${cap(article.countries[0] ?? 'Region')} ${article.topic.headline}: ${pick(rng, HEADLINE_TAILS)}`;
  const name = `${String(index).padStart(5, '0')}_${Math.floor(rng() * 0xffffffff)
    .toString(16)
    .padStart(8, '0')}`;
  if (bare) {
    const trailer = [`${slug(article.publisher ?? 'newsdesk').replace(/-/g, '')}.com`];
    if (published) trailer.push(`${MONTHS[article.month - 1]} ${article.day}, ${article.year}`);
    return { path: `bench-corpus/${name}.txt`, text: [...lines, ...trailer].join('\n') + '\n' };
  }
  const frontMatter = [
    '---',
    `id: ${id}`,
    `publisher: ${article.publisher === null ? 'null' : JSON.stringify(article.publisher)}`,
    `title: ${rng() < 0.7 ? JSON.stringify(title) : 'null'}`,
    `url: ${article.publisher && rng() < 0.6 ? `https://www.${slug(article.publisher)}.example/${id}` : 'null'}`,
    `published: ${published ?? 'null'}`,
    '---',
  ];
  return { path: `bench-corpus/${name}.md`, text: [...frontMatter, ...lines].join('\n') + '\n' };
}

const HEADLINE_TAILS = [
  'Officials Trade Accusations',
  'Talks Resume After Months of Deadlock',
  'Government Rejects Demand',
  'What Comes Next',
  'Critics Warn of Fallout',
];

function castArticle(rng: Rng): Article {
  return {
    rng,
    people: pickSome(rng, PEOPLE, int(rng, 3, 6)),
    countries: pickSome(rng, COUNTRIES, int(rng, 2, 4)),
    orgs: pickSome(rng, ORGS, int(rng, 1, 3)),
    topic: pick(rng, TOPICS),
    publisher: rng() < 0.85 ? pick(rng, PUBLISHERS) : null,
    year: int(rng, 2019, 2025),
    month: int(rng, 1, 12),
    day: int(rng, 1, 28),
    mentioned: new Set(),
    lastPerson: null,
  };
}

/** The body: paragraphs (one a line), a few subheadings and teaser lines, until `targetWords`. */
function bodyLines(article: Article, targetWords: number): string[] {
  const { rng } = article;
  const lines: string[] = [paragraph(article, true)];
  let words = countWords(lines[0] ?? '');
  while (words < targetWords) {
    const roll = rng();
    const line = roll < 0.06 ? subheading(article) : roll < 0.1 ? teaser(article) : paragraph(article, false);
    lines.push(line);
    words += countWords(line);
  }
  if (rng() < 0.6)
    lines.push(`Read More : ${cap(pick(rng, COUNTRIES))} ${pick(rng, TOPICS).headline} Deepens`);
  return lines;
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function subheading(article: Article): string {
  return `${pick(article.rng, ['Regional Reactions', 'What Officials Said', 'Background', 'The Road Ahead'])} on ${cap(article.topic.issue.replace(/^the /, ''))}`;
}

function teaser(article: Article): string {
  const { rng } = article;
  return pick(rng, [
    `Read More : ${cap(pick(rng, COUNTRIES))} ${pick(rng, TOPICS).headline} Draws Criticism`,
    `Also Read: ${pick(rng, TOPICS).headline} Enters Its Final Week`,
    'Follow us on social media for the latest updates.',
    'Subscribe to our newsletter for daily briefings.',
  ]);
}

type SentenceMaker = (article: Article) => string;

function paragraph(article: Article, lead: boolean): string {
  const { rng } = article;
  const first: SentenceMaker = lead ? datedEvent : pick(rng, SENTENCE_KINDS);
  const sentences = [first(article)];
  const length = int(rng, 2, 5);
  while (sentences.length < length) sentences.push(pick(rng, SENTENCE_KINDS)(article));
  return sentences.join(' ');
}

/** A person as the text names them: in full the first time, then by surname or title. */
function refer(article: Article, person: Person): string {
  const { rng } = article;
  const full = `${person.first} ${person.last}`;
  article.lastPerson = person;
  if (!article.mentioned.has(person)) {
    article.mentioned.add(person);
    return pick(rng, [
      `${person.title} ${full}`,
      `${full}, the ${person.title.toLowerCase()} of ${person.country},`,
      `${possessive(person.country)} ${person.title.toLowerCase()} ${full}`,
      `${person.title} ${full}`,
    ]);
  }
  return pick(rng, [person.last, person.last, `${person.title} ${person.last}`, full]);
}

function possessive(country: string): string {
  return `${cap(country)}'s`;
}

function someone(article: Article): string {
  return refer(article, pick(article.rng, article.people));
}

function datePhrase(article: Article): string {
  const { rng, year, month, day } = article;
  const pastYear = year - int(rng, 0, 5);
  const someMonth = pick(rng, MONTHS.slice(0, month));
  const someDay = int(rng, 1, Math.max(1, day));
  return pick(rng, [
    `on ${someMonth} ${someDay}, ${pastYear}`,
    `on ${someDay} ${pick(rng, MONTHS)} ${pastYear}`,
    `on ${someMonth} ${someDay}`,
    `in ${pick(rng, MONTHS)} ${pastYear}`,
    `in ${pastYear}`,
    `since ${pastYear - int(rng, 1, 10)}`,
    'last year',
    'last week',
    'last month',
    `on ${pick(rng, WEEKDAYS)}`,
    'yesterday',
    'earlier this month',
  ]);
}

function datedEvent(article: Article): string {
  const { rng, topic } = article;
  const date = datePhrase(article);
  const [country, other] = pickSome(rng, article.countries, 2);
  const subject = someone(article);
  // Thunks, so that only the chosen action marks its person as mentioned.
  const action = pick(rng, [
    () => `met ${someone(article)} in ${other ?? country}`,
    () => `announced a new plan on ${topic.issue}`,
    () => `travelled to ${country} for talks on ${topic.issue}`,
    () => `signed an agreement on ${topic.thing} with ${country}`,
    () => `criticised ${pick(rng, article.orgs).name} over ${topic.thing}`,
    () => `visited ${country} to discuss ${topic.issue}`,
    () => `called for an inquiry into ${topic.thing}`,
  ])();
  return rng() < 0.35 ? `${cap(date)}, ${subject} ${action}.` : `${cap(subject)} ${action} ${date}.`;
}

function orgEvent(article: Article): string {
  const { rng, topic } = article;
  const verb = pick(rng, [
    `approved a review of ${topic.thing}`,
    `suspended work on ${topic.thing}`,
    `published a report on ${topic.issue}`,
    `rejected the proposal on ${topic.issue}`,
    `opened an investigation into ${topic.thing}`,
  ]);
  return `${cap(pick(rng, article.orgs).name)} ${verb} ${datePhrase(article)}.`;
}

function countryEvent(article: Article): string {
  const { rng, topic } = article;
  const [a, b] = pickSome(rng, article.countries, 2);
  const date = datePhrase(article);
  return pick(rng, [
    `${cap(a ?? 'Kenya')} and ${b ?? 'Egypt'} agreed to resume talks on ${topic.issue} ${date}.`,
    `${possessive(a ?? 'Kenya')} parliament voted to extend ${topic.thing} ${date}.`,
    `${cap(a ?? 'Kenya')} became the first country to back ${topic.thing} ${date}, officials said.`,
  ]);
}

const QUOTES = [
  'We will not accept any deal that ignores the needs of our people',
  'This is a decisive moment for {issue} and we intend to act',
  'Our position on {thing} has not changed and will not change',
  'The door to dialogue remains open, but patience is running out',
  'Nobody should doubt our commitment to {issue}',
  'We have asked for clear guarantees and we are still waiting',
  'The numbers speak for themselves, and they are not good',
  'I think everyone at the table understands what is at stake',
  'We are ready to sign tomorrow if the other side is serious',
  'These are not promises, they are obligations under the agreement',
  'If they want our cooperation, they must respect our sovereignty',
  'It would be a mistake to rush into a decision on {thing}',
];

function quoteText(article: Article): string {
  return pick(article.rng, QUOTES)
    .replace('{issue}', article.topic.issue)
    .replace('{thing}', article.topic.thing);
}

function quote(article: Article): string {
  const { rng } = article;
  const words = quoteText(article);
  const [open, close] = rng() < 0.6 ? ['\u201c', '\u201d'] : ['"', '"'];
  const repeat = article.lastPerson !== null && rng() < 0.25;
  const speaker = repeat ? (article.lastPerson?.pronoun ?? 'he') : someone(article).replace(/,$/, '');
  return pick(rng, [
    `${open}${words},${close} ${speaker} said.`,
    `${open}${words},${close} ${speaker} told reporters.`,
    `${open}${words},${close} ${speaker} added.`,
    `${cap(speaker)} said: ${open}${words}.${close}`,
    repeat ? `${open}${words},${close} ${speaker} insisted.` : `${open}${words},${close} said ${speaker}.`,
  ]);
}

const CLAUSES = [
  'the government would not back down on {issue}',
  '{thing} had been delayed by several months',
  'talks with {country} would continue next week',
  'the dispute over {thing} could be settled by the end of the year',
  'the previous administration had mishandled {issue}',
  '{country} had failed to honour its commitments on {issue}',
  'more than $2 billion had already been spent on {thing}',
  'the ministry was preparing a new proposal on {issue}',
  'foreign companies would be welcome to invest in {thing}',
];

function clause(article: Article): string {
  return pick(article.rng, CLAUSES)
    .replace('{issue}', article.topic.issue)
    .replace('{thing}', article.topic.thing)
    .replace('{country}', pick(article.rng, article.countries));
}

function reported(article: Article): string {
  const { rng } = article;
  const verb = pick(rng, ['said', 'stated', 'warned', 'stressed', 'insisted', 'argued', 'suggested']);
  const text = clause(article);
  const source = article.publisher ?? 'local media';
  return pick(rng, [
    () => `${cap(someone(article))} ${verb} that ${text}.`,
    () => `${cap(someone(article))} ${verb} that ${text}, ${source} reported.`,
    () => `${cap(pick(rng, article.orgs).name)} ${verb} that ${text}.`,
    () => `${cap(article.lastPerson?.pronoun ?? 'she')} also ${verb} that ${text}.`,
  ])();
}

function duration(article: Article): string {
  const { rng, topic } = article;
  const span =
    `${pick(rng, ['nearly', 'almost', 'more than', 'about', ''])} ${pick(rng, ['two decades', 'a decade', 'three years', 'five years', '15 years'])}`.trim();
  return pick(rng, [
    () => `The move comes after ${span} of ${topic.activity}.`,
    () => `${cap(pick(rng, article.countries))} has endured ${span} of ${topic.activity} in the region.`,
    () => `${cap(someone(article))} has worked through ${span} of ${topic.activity} on ${topic.issue}.`,
  ])();
}

function pronounFollowUp(article: Article): string {
  const pronoun = cap(article.lastPerson?.pronoun ?? 'they');
  return `${pronoun} ${pick(article.rng, ['also', 'later', 'repeatedly'])} ${pick(article.rng, [
    `pointed to ${article.topic.thing} as evidence of bad faith.`,
    `expressed frustration over the pace of progress on ${article.topic.issue}.`,
    `declined to give a timeline for ${article.topic.thing}.`,
  ])}`;
}

function background(article: Article): string {
  const { rng, topic } = article;
  return pick(rng, [
    `Analysts say the outcome could reshape ${topic.issue} across the region.`,
    `The cost of ${topic.thing} is estimated at $${int(rng, 2, 90)} million, according to budget documents.`,
    `Critics have questioned whether ${topic.thing} will deliver what was promised.`,
    `Residents in border towns say they have seen little change so far.`,
    `The issue has dominated the political debate for months, with no sign of a compromise.`,
    `Diplomats familiar with the talks described the mood as tense but constructive.`,
    `Opposition lawmakers have demanded a full account of how the funds were spent.`,
    `${cap(pick(rng, article.countries))} remains one of the largest stakeholders in ${topic.issue}.`,
  ]);
}

const SENTENCE_KINDS: SentenceMaker[] = [
  datedEvent,
  datedEvent,
  orgEvent,
  countryEvent,
  quote,
  quote,
  reported,
  reported,
  duration,
  pronounFollowUp,
  background,
  background,
  background,
];
