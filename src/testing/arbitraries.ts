// fast-check arbitraries shared by property tests.
import fc from 'fast-check';

/** An ISO partial date of any precision between the years 1000 and 2999: 2021, 2021-08, 2021-08-26. */
export const partialDate = fc
  .tuple(
    fc.integer({ min: 1000, max: 2999 }),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 28 }),
  )
  .map(([year, month, day]) => {
    const pad = (value: number) => String(value).padStart(2, '0');
    if (month === 0) return String(year);
    return day === 0 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  });
