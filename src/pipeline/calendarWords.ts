// The names of months and weekdays, as patterns: what the date, clause and actor stages share.

/** A month's name, full or short ("September", "Sept.", "Sep"). */
export const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';

/** A weekday's name. */
export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** A word that is a month's or a weekday's name, and no one's. */
export const CALENDAR_WORD = new RegExp(`^(?:${MONTH_NAME}|${WEEKDAY_NAME})$`);
