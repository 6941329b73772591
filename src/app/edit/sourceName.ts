// How edit mode names one of the timeline's articles: its publisher and its headline, or its date
// (or id) where it has none, so that two articles of one publisher can be told apart.
import type { Source } from '../../schema/dataset';
import { t } from '../model/i18n/intl';

export function sourceName(source: Source): string {
  return t('edit.source.name', {
    publisher: source.publisher ?? t('edit.source.noPublisher'),
    title: source.title ?? source.published ?? source.id,
  });
}
