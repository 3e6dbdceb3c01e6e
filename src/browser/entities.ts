// The table of HTML's named character references (`character-entities`) as the browser build's
// chunk holds it (tsup.config.ts writes it from the package at build time), which only a context
// without a `document` loads (src/browser/decode-named-character-reference.ts): one string, a
// sixth smaller gzipped than the package's object literal. Each entry is the length of the
// prefix its name shares with the name before (one digit), the rest of the name, `:` and its code
// points in base 36 joined by `.`; the entries are joined by `,`.

/** `table` as one string. */
export function encodeEntities(table: Readonly<Record<string, string>>): string {
  const entries: string[] = []
  let previous = ''
  for (const [name, value] of Object.entries(table)) {
    let shared = 0
    while (shared < 9 && shared < name.length && name[shared] === previous[shared]) shared++
    const points = Array.from(value, (char) => char.codePointAt(0)!.toString(36))
    entries.push(shared + name.slice(shared) + ':' + points.join('.'))
    previous = name
  }
  return entries.join(',')
}

/** The table `encodeEntities` wrote, in its order. */
export function decodeEntities(encoded: string): Record<string, string> {
  const table: Record<string, string> = {}
  let previous = ''
  for (const entry of encoded.split(',')) {
    const colon = entry.indexOf(':')
    const name = previous.slice(0, Number(entry[0])) + entry.slice(1, colon)
    let value = ''
    for (const point of entry.slice(colon + 1).split('.')) value += String.fromCodePoint(Number.parseInt(point, 36))
    table[name] = value
    previous = name
  }
  return table
}
