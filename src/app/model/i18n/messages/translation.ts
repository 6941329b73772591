// A language's catalog of one area: every key of the English one, and no other (tsc checks both;
// the catalog test checks again at run time, with each message's placeholders and plural forms).
export type Translation<English> = { readonly [Key in keyof English]: string };
