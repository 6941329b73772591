// A title for an event, written from its lead: the lead's happening without what a headline leaves
// out: an opening phrase of time or manner ("On Thursday,", "In a press briefing,"), the
// attribution at the end (", an official said", ", according to X"), the closing full stop; a dated
// clause gets back the noun its pronoun stands for ("which seized power in 2021" → "The Taliban
// seized power in 2021"). Long leads are cut at a clause break, else at a word.

const MAX_TITLE = 90;
const OPENING_PHRASE =
  /^(?:(?:in|on|at|after|before|during|despite|following|amid|meanwhile|however|still|yet|also|separately|earlier|later|last\s+\p{L}+|just\s+\S+\s+\S+\s+ago|\S+\s+\S+\s+ago)\b[^,]{0,60},\s+)(?=\p{L})/iu;
const ATTRIBUTION_TAIL =
  /,\s+(?:(?:an?|the|two|three|several)\s+)?[^,]{0,60}?\b(?:said|says|told\s+\S+|reported|reports|added|stated|according to\s+[^,]{1,60})\.?["\u201d]?$/u;
const ACCORDING_TAIL = /,\s+according to\s+[^,]{1,80}$/iu;
const END = /[.!?]["\u201d\u2019]?$/u;
const RELATIVE_OPENING = /^(?:which|who)\s+/iu;

/** A headline-length title for an event whose lead is `lead`, a sentence or a clause of `sentence`. */
export function eventTitle(lead: string, sentence = lead): string {
  let title = lead.replace(END, '').replace(/^where\s+/iu, '');
  if (RELATIVE_OPENING.test(title)) {
    const before = sentence.slice(0, Math.max(0, sentence.indexOf(lead))).replace(/[\s,]+$/u, '');
    const antecedent = /(?:^|[,;]\s*)([^,;]{1,60})$/u.exec(before)?.[1];
    if (antecedent) title = `${antecedent} ${title.replace(RELATIVE_OPENING, '')}`;
  }
  const withoutOpening = title.replace(OPENING_PHRASE, '');
  if (withoutOpening.split(/\s+/).length >= 4) title = withoutOpening;
  const withoutTail = title.replace(ACCORDING_TAIL, '').replace(ATTRIBUTION_TAIL, '');
  if (withoutTail.split(/\s+/).length >= 4) title = withoutTail;
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return shorten(title);
}

function shorten(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  // A comma often opens an apposition ("Ann Lee, the mayor"): cut only at a semicolon or a dash.
  const clause = Math.max(cut.lastIndexOf('; '), cut.lastIndexOf(' \u2014 '));
  if (clause >= MAX_TITLE / 2) return cut.slice(0, clause);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
