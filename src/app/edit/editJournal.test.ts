import { describe, expect, it } from 'vitest';
import type { EditOperation } from '../../editing/editOperation';
import { withPending } from './editJournal';

const title = (text: string): EditOperation => ({ op: 'event.title', eventId: 'late', title: text });

describe('the edit journal', () => {
  it('applies journaled edits and cursor moves over what the database has, in order', () => {
    const stored = [title('A'), title('B')];
    expect(
      withPending(stored, 2, [
        { kind: 'edit', seq: 1, edit: title('Bc') }, // typing on: replaces the last
        { kind: 'edit', seq: 2, edit: title('C') },
        { kind: 'cursor', cursor: 1 }, // two undos
        { kind: 'edit', seq: 1, edit: title('D') }, // a new edit drops the undone ones
      ]),
    ).toEqual({ edits: [title('A'), title('D')], cursor: 2 });
  });

  it('leaves the stored edits as they are when nothing is pending', () => {
    expect(withPending([title('A')], 0, [])).toEqual({ edits: [title('A')], cursor: 0 });
  });
});
