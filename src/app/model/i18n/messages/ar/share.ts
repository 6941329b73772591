import type { share as en } from '../en/share';
import type { Translation } from '../translation';

export const share: Translation<typeof en> = {};
