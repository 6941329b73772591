import { describe, expect, it } from 'vitest';
import { searchScheduler } from './searchScheduler';

describe('searchScheduler', () => {
  it('runs one search at a time and then only the latest query that waited', async () => {
    const started: string[] = [];
    const finish: (() => void)[] = [];
    const schedule = searchScheduler(
      (query) =>
        new Promise<void>((resolve) => {
          started.push(query);
          finish.push(resolve);
        }),
    );
    schedule('p');
    schedule('pi');
    schedule('pip');
    expect(started).toEqual(['p']);
    finish.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual(['p', 'pip']);
    finish.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    schedule('pipeline');
    expect(started).toEqual(['p', 'pip', 'pipeline']);
  });

  it('keeps going after a search fails', async () => {
    const started: string[] = [];
    const schedule = searchScheduler(async (query) => {
      started.push(query);
      if (query === 'bad') throw new Error('worker gone');
    });
    schedule('bad');
    await new Promise((resolve) => setTimeout(resolve, 0));
    schedule('good');
    expect(started).toEqual(['bad', 'good']);
  });
});
