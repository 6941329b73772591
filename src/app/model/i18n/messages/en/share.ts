// The share area's words (see README "Languages"). Keys are `share.meaning`; values are ICU messages.
export const share = {};
