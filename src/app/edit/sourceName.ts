// How edit mode names one of the timeline's articles: its publisher and its headline, or its date
// (or id) where it has none, so that two articles of one publisher can be told apart.
import type { Source } from '../../schema/dataset';

export function sourceName(source: Source): string {
  return `${source.publisher ?? 'Publisher not stated'}: ${source.title ?? source.published ?? source.id}`;
}
