// The shape of an id, apart from zod so that code which only checks ids (the URL) needs no validator.
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;
export const ID_RULE = 'must be lowercase letters, digits and dashes (max 128)';

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
