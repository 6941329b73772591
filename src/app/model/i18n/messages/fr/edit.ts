import type { edit as en } from '../en/edit';
import type { Translation } from '../translation';

export const edit: Translation<typeof en> = {};
