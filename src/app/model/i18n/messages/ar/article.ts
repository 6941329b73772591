import type { article as en } from '../en/article';
import type { Translation } from '../translation';

export const article: Translation<typeof en> = {};
