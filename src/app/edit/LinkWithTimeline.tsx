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
import { t } from '../model/i18n/intl';
import { CopyableText } from '../ui/CopyableText';
import { CodeMessage } from '../ui/CodeMessage';

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

  if (!encoded) return <p>{t('edit.link.packing')}</p>;
  if (!encoded.ok)
    return (
      <p>
        <CodeMessage
          id="edit.link.tooLarge"
          values={{ chars: encoded.chars, max: formatCount(MAX_FRAGMENT_CHARS) }}
          code={{ file: 'events.json', param: '?data=' }}
        />
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
        <CodeMessage
          id="edit.link.travels"
          values={{ count: formatCount(encoded.fragment.length), max: MAX_FRAGMENT_CHARS }}
          code={{ hash: '#' }}
        />
      </p>
      <CopyableText
        label={t('edit.link.link')}
        text={`${APP_URL}${encoded.fragment}`}
        rows={3}
        copyLabel={t('edit.link.copyLink')}
      />
      <CopyableText
        label={t('edit.link.embed')}
        text={snippet}
        rows={4}
        copyLabel={t('edit.link.copyEmbed')}
      />
    </>
  );
}
