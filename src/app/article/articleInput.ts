// The article form's fields, empty to start, and the checks they pass before the pipeline reads
// them: what the pipeline would refuse, refused first and in the reporter's terms.
import { isPartialDate } from '../../schema/partialDate';
import { t } from '../model/i18n/intl';
import { safeUrl } from '../model/url/safeUrl';
import type { ArticleInput } from './extractArticle';

export const EMPTY_ARTICLE: ArticleInput = { text: '', publisher: '', title: '', published: '', url: '' };

/** Refuses what the pipeline would refuse, in the reporter's terms, before reading the article. */
export function articleInputProblems(input: ArticleInput): string[] {
  const problems: string[] = [];
  if (input.text.trim() === '') problems.push(t('article.noText'));
  if (input.published.trim() !== '' && !isPartialDate(input.published.trim())) {
    problems.push(t('article.badPublished'));
  }
  if (input.url.trim() !== '' && safeUrl(input.url.trim()) === null) problems.push(t('article.badAddress'));
  return problems;
}
