import type { shell as en } from '../en/shell';
import type { Translation } from '../translation';

export const shell: Translation<typeof en> = {};
