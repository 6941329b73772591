// A quote turned into reported speech, or back: the statement moves to the other list, in the
// order of the article (by offset) when the statements know where they are.
import type { TimelineEvent } from '../schema/dataset';
import type { StatementList } from './editOperation';

export function moveStatement(
  event: TimelineEvent,
  from: StatementList,
  index: number,
): TimelineEvent | null {
  const statement = event[from][index];
  if (!statement) return null;
  const to: StatementList = from === 'quotes' ? 'paraphrases' : 'quotes';
  const target = [...event[to]];
  const at =
    statement.offset === undefined
      ? -1
      : target.findIndex((s) => s.offset !== undefined && s.offset > (statement.offset as number));
  target.splice(at < 0 ? target.length : at, 0, statement);
  return { ...event, [from]: event[from].filter((_, i) => i !== index), [to]: target };
}
