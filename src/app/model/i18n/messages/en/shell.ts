// The shell area's words (see README "Languages"). Keys are `shell.meaning`; values are ICU messages.
export const shell = {};
