import type { timeline as en } from '../en/timeline';
import type { Translation } from '../translation';

export const timeline: Translation<typeof en> = {};
