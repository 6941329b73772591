// The edit area's words (see README "Languages"). Keys are `edit.meaning`; values are ICU messages.
export const edit = {};
