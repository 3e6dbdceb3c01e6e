// `xml:id`s: valid NCNames (XML Namespaces 1.0), made from a wish (`who`, a code point), unique
// within one document. Characters a name cannot hold become `_`; a clash gets `-2`, `-3`, ….

// XML 1.0 (fifth edition) NameStartChar and NameChar, without the colon; written out as
// literals so the ReDoS audit reads them (test/reliability/regex-audit.test.ts).

/** One NCName: a name start character, then name characters. */
export const ncNameRe =
  /^[A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}][A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/u
const nameStartRe =
  /^[A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]/u
const notNameCharRe =
  /[^A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]/gu

/** The NCName closest to `wish`: other characters become `_`, and one that cannot start a name gets `_` before it. */
export function ncName(wish: string): string {
  // Lone surrogates are no code points of a name: `u` mode matches them as one character each.
  const name = wish.replace(notNameCharRe, '_')
  if (name.length === 0) return '_'
  return nameStartRe.test(name) ? name : '_' + name
}

/** A source of unique ids for one document. */
export function createIds(): (wish: string) => string {
  const used = new Set<string>()
  // The next suffix to try for each base, so many equal wishes take linear time.
  const next = new Map<string, number>()
  return (wish) => {
    const base = ncName(wish)
    let id = base
    let suffix = next.get(base) ?? 2
    while (used.has(id)) id = base + '-' + suffix++
    next.set(base, suffix)
    used.add(id)
    return id
  }
}
