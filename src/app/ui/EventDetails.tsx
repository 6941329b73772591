// What an event rests on, as the panel and a story slide both show it: the quotes with their
// speakers, the reported statements kept apart from them, and each source with its excerpts and an
// http(s) link (safeUrl). Text only.
import type { Source, SourceRef, TimelineEvent } from '../../schema/dataset';
import type { DatasetLookups } from '../model/datasetLookups';
import { formatPartialDate } from '../model/dates/formatDate';
import { safeUrl } from '../model/url/safeUrl';
import { Highlighted } from './Highlighted';
import { t } from '../model/i18n/intl';

export function StatementsSection({
  event,
  lookups,
  kind,
  idPrefix,
}: {
  event: TimelineEvent;
  lookups: DatasetLookups;
  kind: 'quotes' | 'paraphrases';
  /** Makes the section's heading id unique on the page (the panel's, a story slide's). */
  idPrefix: string;
}) {
  const statements = event[kind];
  if (statements.length === 0) return null;
  const headingId = `${idPrefix}-${kind}`;
  return (
    <section className="panel__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(kind === 'quotes' ? 'timeline.quotes' : 'timeline.reportedStatements')}</h3>
      {kind === 'paraphrases' && <p className="panel__note">{t('timeline.reportedNote')}</p>}
      {statements.map((statement, index) => {
        const speaker = statement.speakerId ? lookups.actorsById.get(statement.speakerId)?.name : undefined;
        const source = lookups.sourcesById.get(statement.sourceId);
        return (
          <figure key={index} className={`statement statement--${kind}`}>
            <blockquote className="statement__text" dir="auto">
              {kind === 'quotes' ? t('timeline.openQuote') : ''}
              <Highlighted text={statement.text} />
              {kind === 'quotes' ? t('timeline.closeQuote') : ''}
            </blockquote>
            <figcaption className="statement__credit">
              {source
                ? t('timeline.statementCredit', {
                    speaker: speaker ?? t('timeline.speakerNotStated'),
                    source: sourceLabel(source),
                  })
                : t('timeline.statementCreditNoSource', {
                    speaker: speaker ?? t('timeline.speakerNotStated'),
                  })}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}

export function SourcesSection({
  refs,
  lookups,
  idPrefix,
}: {
  refs: readonly SourceRef[];
  lookups: DatasetLookups;
  idPrefix: string;
}) {
  const bySource = new Map<string, string[]>();
  for (const ref of refs) bySource.set(ref.sourceId, [...(bySource.get(ref.sourceId) ?? []), ref.excerpt]);
  return (
    <section className="panel__section" aria-labelledby={`${idPrefix}-sources`}>
      <h3 id={`${idPrefix}-sources`}>{t('timeline.sources')}</h3>
      <ul className="source-list">
        {[...bySource].map(([sourceId, excerpts]) => {
          const source = lookups.sourcesById.get(sourceId);
          return source ? (
            <li key={sourceId} className="source">
              <SourceCard source={source} />
              {excerpts.map((excerpt, index) => (
                <blockquote key={index} className="source__excerpt" dir="auto">
                  <Highlighted text={excerpt} />
                </blockquote>
              ))}
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}

function SourceCard({ source }: { source: Source }) {
  const href = safeUrl(source.url);
  const title = source.title ?? t('timeline.untitledArticle');
  return (
    <div className="source__card">
      <p className="source__publisher">
        {source.publisher ?? t('timeline.publisherNotStated')}
        {source.via ? <span className="source__via"> {t('timeline.via', { via: source.via })}</span> : null}
      </p>
      <p className="source__title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {title}
            <span className="visually-hidden"> {t('timeline.opensInNewTab')}</span>
          </a>
        ) : (
          title
        )}
      </p>
      <p className="source__meta">
        {source.published ? (
          <time dateTime={source.published}>
            {t('timeline.published', { date: formatPartialDate(source.published) })}
          </time>
        ) : (
          t('timeline.publicationDateNotStated')
        )}
        {!href && source.url ? ` · ${source.url}` : ''}
        {!source.url ? ` · ${t('timeline.noLink')}` : ''}
      </p>
    </div>
  );
}

function sourceLabel(source: Source): string {
  return source.publisher ?? source.title ?? t('timeline.articleWithoutPublisher');
}
