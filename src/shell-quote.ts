/** A POSIX shell word that stands for `text` exactly: single-quoted, a quote inside closed, escaped and reopened. */
export const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `text` as a shell word, quoted only when it needs to be, so that a printed command reads plainly. */
export const shellWord = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : shellQuote(text));
