// The timeline area's words (see README "Languages"). Keys are `timeline.meaning`; values are ICU messages.
export const timeline = {};
