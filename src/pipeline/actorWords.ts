// General English words that tell what a capitalised name is: the heads of organisations' and
// places' names, titles and roles that come before a person's name, and the short forms of
// countries. General knowledge of the language and the world, not of any article.
import nlp from 'compromise';

// The last word of an organisation's name: "Bank of England", "Foreign Office", "Bengaluru FC".
export const ORGANISATION_HEAD =
  /^(?:Ministry|Ministries|Department|Dept|Council|Party|Army|Forces|Force|Navy|Agency|Bank|Company|Corporation|Corp|Inc|Ltd|LLC|University|College|School|Committee|Commission|Court|Parliament|Government|Office|Association|Union|Front|Movement|Organization|Organisation|Federation|Institute|Foundation|Assembly|Nations|Survey|Reserve|Bureau|Authority|Administration|Service|Services|Presidency|Senate|Congress|Cabinet|Police|Guard|Guards|Command|Club|FC|League|Team|Group|Alliance|Coalition|Network|News|Times|Post|Tribune|Press|Journal|Herald|Agency|Fund|Board|Secretariat|Embassy|Consulate|Chamber|Tribunal|Brigade|Battalion|Regiment|Division|Mission|Programme|Program|Emirate|Caliphate|Junta)$/;

// The last word of the name of a place, an event or a document, none of which acts:
// "Evercare Hospital", "Cape Canaveral Air Force Station", "Economic Forum", "First Step Act".
export const NON_ACTOR_HEAD =
  /^(?:Airport|Airports|Airfield|Stadium|Arena|Hospital|Clinic|Station|Square|Gate|Street|St|Road|Rd|Avenue|Ave|Boulevard|Bridge|Hotel|Base|Airbase|Province|District|City|Town|Village|Line|Port|Harbour|Harbor|Palace|Mosque|Church|Cathedral|Temple|Shrine|Camp|Prison|Jail|Park|Mountains|Mountain|Mount|River|Sea|Ocean|Gulf|Bay|Lake|Island|Islands|Hall|Centre|Center|Headquarters|Building|Tower|Valley|Desert|Border|Region|County|Corridor|Highway|Strait|Canal|Plaza|Market|Mall|Forum|Summit|Conference|Games|Cup|Championship|Olympics|Festival|Act|Law|Bill|Treaty|Accord|Agreement|Convention|Plan|Report|Prize|Award|Trophy|Final|Finals)$/;

// Titles before a name ("Senator Ann Lee", "Judge Oleg Petrov") that the lexicon does not mark.
export const TITLE_WORD =
  /^(?:Senator|Sen\.|Governor|Gov\.|General|Gen\.|Ambassador|Chancellor|Mayor|Judge|Justice|Justices|Commander|Colonel|Col\.|Captain|Capt\.|Admiral|Sheikh|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Rabbi|Imam|Mullah|Mawlawi|Maulvi|Mawlana|Maulana|Hafiz|Haji|Spokesman|Spokeswoman|Spokesperson|Representative|Rep\.|Deputy|Secretary|Secretary-General|Premier|Chairman|Chairwoman|Chairperson|Chief|Minister|Ministers|President|Vice|Acting|Interim|Former|Prime|Foreign|Defence|Defense|Interior|Finance|Coach|Director|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|H\.E\.|Lt\.?|Sgt\.?|Marshal|Field|Lord|Lady|Sir|Dame|Emir|Crown|Supreme|Leader|Head|Officer|Envoy|Special|Attorney|Speaker|Sultan|Laureate|Winner|Commissioner|Barrister|Advocate|Inspector|Superintendent)$/;

// Roles written in lower case before a name: "political spokesman Suhail Shaheen", "head coach X".
export const ROLE_NOUN =
  /^(?:spokesman|spokeswoman|spokesperson|minister|coach|president|leader|official|ambassador|envoy|secretary|director|commander|chief|judge|justice|goalkeeper|captain|striker|player|chairman|chairwoman|chairperson|founder|ceo|governor|mayor|senator|lawmaker|legislator|prosecutor|lawyer|attorney|adviser|advisor|aide|deputy|general|colonel|officer|analyst|economist|scientist|researcher|professor|reporter|correspondent|journalist|editor|representative|negotiator|counterpart|premier|king|queen|prince|cleric|activist|candidate|manager|executive|head|owner|boss|physician|doctor|surgeon|president-elect|strongman|militant|commander-in-chief)$/i;

// Before a place: "in Kabul", "at Bagram", "near Balao".
export const PLACE_PREPOSITION =
  /(?:^|\s)(?:in|at|near|from|to|into|across|via|outside|inside|toward|towards|around|through|within|between)\s+(?:the\s+)?$/i;

// Short forms of countries that the lexicon does not list under the country's name.
export const COUNTRY_SHORT_FORMS: Readonly<Record<string, string>> = {
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  'United States of America': 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  UAE: 'United Arab Emirates',
  'U.A.E.': 'United Arab Emirates',
  Czechia: 'Czech Republic',
  'DR Congo': 'Democratic Republic of the Congo',
  DRC: 'Democratic Republic of the Congo',
  'North Korea': 'North Korea',
  'South Korea': 'South Korea',
  'People’s Republic of China': 'China',
  "People's Republic of China": 'China',
  PRC: 'China',
};

const { lexicon, tagSet } = (
  nlp.model() as {
    one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> };
  }
).one;
const tagCache = new Map<string, Set<string>>();
const POSSESSIVE = /['\u2019]s?$/;

/** A word's (or phrase's) tags from compromise's lexicon, with their parents (MaleName → FirstName → Person). */
export function lexiconTags(words: string): Set<string> {
  const key = words.toLowerCase().replace(POSSESSIVE, '').replace(/\.$/, '');
  let tags = tagCache.get(key);
  if (!tags) {
    tags = new Set<string>();
    for (const tag of [lexicon[key] ?? []].flat()) {
      tags.add(tag);
      for (const parent of tagSet[tag]?.parents ?? []) tags.add(parent);
    }
    tagCache.set(key, tags);
  }
  return tags;
}

/** The latest of these people who may be of that gender (their first name does not say otherwise). */
export function latestOfGender<T extends { name: string }>(
  people: readonly T[],
  gender: 'male' | 'female',
): T | undefined {
  for (let i = people.length - 1; i >= 0; i--) {
    const known = nameGender(people[i]!.name);
    if (known === null || known === gender) return people[i];
  }
  return undefined;
}

/** A person's gender as their first name tells it in the lexicon, or null when it does not. */
export function nameGender(name: string): 'male' | 'female' | null {
  const first = name.split(/\s+/)[0] ?? '';
  const tags = lexiconTags(first);
  if (tags.has('MaleName') && !tags.has('FemaleName')) return 'male';
  if (tags.has('FemaleName') && !tags.has('MaleName')) return 'female';
  return null;
}
