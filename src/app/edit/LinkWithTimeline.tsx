// Publish, for a small timeline: a link and an embed code that carry the dataset themselves, in
// the URL fragment (never sent to a server), or why the timeline is too large for one.
import { useEffect, useState } from 'react';
import type { Dataset } from '../../schema/dataset';
import { datasetToJson } from '../../schema/datasetJson';
import { embedSnippet } from '../model/url/embedSnippet';
import {
  encodeDatasetFragment,
  MAX_FRAGMENT_CHARS,
  type FragmentEncoding,
} from '../model/url/datasetFragment';
import { formatCount } from '../model/formatCount';
import { CopyableText } from '../ui/CopyableText';

const APP_URL = new URL(import.meta.env.BASE_URL, window.location.href).href;

export function LinkWithTimeline({ dataset }: { dataset: Dataset }) {
  const [encoded, setEncoded] = useState<FragmentEncoding | null>(null);
  useEffect(() => {
    let current = true;
    void encodeDatasetFragment(datasetToJson(dataset, { alreadyValidated: true })).then((result) => {
      if (current) setEncoded(result);
    });
    return () => {
      current = false;
    };
  }, [dataset]);

  if (!encoded) return <p>Packing the timeline into a link…</p>;
  if (!encoded.ok)
    return (
      <p>
        This timeline is too large to travel in a link: it would take {formatCount(encoded.chars)} characters,
        and a link carries at most {formatCount(MAX_FRAGMENT_CHARS)}. Download the site above, or host{' '}
        <code>events.json</code> and link to it with <code>?data=</code>.
      </p>
    );
  const snippet = embedSnippet({
    appUrl: APP_URL,
    title: dataset.title,
    eventId: null,
    actorIds: [],
    window: null,
    width: '100%',
    height: 560,
    parentOrigin: null,
    fragment: encoded.fragment,
  });
  return (
    <>
      <p>
        The timeline travels inside the link ({formatCount(encoded.fragment.length)} of{' '}
        {formatCount(MAX_FRAGMENT_CHARS)} characters), after the <code>#</code>, which browsers never send to
        a server. Readers see it as published now: later edits need a new link.
      </p>
      <CopyableText label="Link" text={`${APP_URL}${encoded.fragment}`} rows={3} copyLabel="Copy link" />
      <CopyableText label="Embed code" text={snippet} rows={4} copyLabel="Copy embed code" />
    </>
  );
}
