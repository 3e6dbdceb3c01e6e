// `unmarked-name`'s reading of HTML's markup in the browser build, which reads no HTML
// (html-reader.ts): no story there is HTML. tsup.config.ts swaps src/anonymize/markup-words.ts for it.
export function markupWords(): void {}
