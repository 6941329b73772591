// The edits an editor made in the browser, as the text of a curation file with only `edits:`: what
// a newsroom that rebuilds its dataset from the articles applies after its own curation file.
// The same edits give the same text: the caller says when they were made.
import { Document } from 'yaml';
import type { EditOperation } from './editOperation';

export function editsFileText(
  edits: readonly EditOperation[],
  about: { title: string; made: string /* ISO date */ },
): string {
  const document = new Document({ edits });
  document.commentBefore = [
    ` Newsline edits to "${oneLine(about.title)}", made in the browser's edit mode on ${oneLine(about.made)}.`,
    ' Apply them after data/curation.yaml when the dataset is rebuilt from the articles:',
    '   npm run extract -- --edits <this file>',
    " or paste the edits: list below at the end of data/curation.yaml's edits: list.",
    ' They name events and actors by their id in the dataset, in order: an edit that no longer',
    ' applies is reported, and no dataset is written.',
  ].join('\n');
  return document.toString({ lineWidth: 0 });
}

/** Text in a comment: a line break in a title would end the comment and start YAML of its own. */
function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}
