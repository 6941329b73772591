// A message of the interface whose placeholders are code (a file name, a command, a URL
// parameter): the words are translated, the code is not and is shown as <code>, left to right
// even in an Arabic sentence.
import { t, type MessageId, type MessageValues } from '../model/i18n/intl';

/** Marks a placeholder's place in the formatted message (a private-use character, never typed). */
const MARK = '\uE000';

/** A file name or a parameter, not a command: read whole, so never broken across lines. */
function isShort(code: string | undefined): boolean {
  return code !== undefined && code.length <= 24 && !code.includes(' ');
}

export function CodeMessage({
  id,
  code,
  values = {},
}: {
  id: MessageId;
  /** Placeholder name → the code it stands for. */
  code: Record<string, string>;
  values?: MessageValues;
}) {
  const marked = Object.fromEntries(Object.keys(code).map((name) => [name, `${MARK}${name}${MARK}`]));
  const parts = t(id, { ...values, ...marked }).split(MARK);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} dir="ltr" className={isShort(code[part]) ? 'code-message--unbroken' : undefined}>
            {code[part]}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
