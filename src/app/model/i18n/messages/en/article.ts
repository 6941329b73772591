// The article area's words (see README "Languages"). Keys are `article.meaning`; values are ICU messages.
export const article = {};
