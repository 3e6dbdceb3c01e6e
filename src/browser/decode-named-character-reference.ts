// `decode-named-character-reference` for the browser build (tsup.config.ts puts it in place of
// the package). The package's browser variant decodes with the DOM and throws where there is no
// `document` (a Web Worker, Node); its other variant carries the table of 2,125 HTML named
// references (12 KB gzip). This one does both: in a page the DOM decodes and the table is never
// loaded; without a `document` the table is imported, once, before the module finishes loading
// (in the build, from one string: src/browser/entities.ts, 10 KB gzip).
const table: Record<string, string> | undefined =
  typeof document === 'undefined' ? (await import('character-entities')).characterEntities : undefined
const element = table ? undefined : document.createElement('i')
const own = {}.hasOwnProperty

/** The character(s) a named reference (`auml`, without `&` and `;`) stands for, or `false`. */
export function decodeNamedCharacterReference(value: string): string | false {
  if (table) return own.call(table, value) ? table[value] : false
  const reference = '&' + value + ';'
  element!.innerHTML = reference
  const character = element!.textContent ?? ''
  // A name the DOM does not know as written with `;` comes back as text, or decoded without it.
  if (character.charCodeAt(character.length - 1) === 59 /* `;` */ && value !== 'semi') return false
  return character === reference ? false : character
}
