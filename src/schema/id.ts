// The shape of an id, apart from zod so that code which only checks ids (the URL) needs no validator.
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;
export const ID_RULE = 'must be lowercase letters, digits and dashes (max 128)';

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** An id made from text ("Abdul Qahar Balkhi" → "abdul-qahar-balkhi"), or the fallback if none is left. */
export function idFromText(text: string, fallback: string, maxLength = 100): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength)
      .replace(/-+$/, '') || fallback
  );
}

/** The base id, or base-2, base-3…: the first that is not taken; it is then taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
