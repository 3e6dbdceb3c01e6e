// The names beside the tree in the browser build, which reads no HTML (html-reader.ts): no plan
// there has any (`besideInMarkup` is asked only of an HTML source, markup.ts). tsup.config.ts
// swaps src/anonymize/beside.ts for this module; were it called, it would say so.
export function gatherBeside(): never {
  throw new Error('anecdote/browser: no names beside the tree (it reads no HTML)')
}
