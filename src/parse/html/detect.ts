// The `format: 'auto'` rule for HTML: a document, or a fragment made of known HTML elements.
// A story's directions (`<hektisch>`, `<seufz>`, `<b>`-less angle brackets) are no HTML.

/** How much of the input is read to decide. */
const detectLength = 65_536
/** Known-element tags needed in a fragment. */
const minimumTags = 3

/** Elements that blog post bodies are made of. */
const known = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'center', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em', 'font',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'li', 'ol', 'p', 'pre', 's', 'small',
  'span', 'strike', 'strong', 'sub', 'sup', 'table', 'td', 'th', 'tr', 'u', 'ul'
])

/** Whether `name` (any case) is one of the HTML elements blog post bodies are made of (`b`, `span`). */
export function isKnownElement(name: string): boolean {
  return known.has(name.toLowerCase())
}

/**
 * Whether `value` reads as HTML: it starts (after white space) with `<!doctype html` or
 * `<html`, or its first {@link detectLength} characters hold at least {@link minimumTags} tags
 * (opening, closing or self-closing) of known elements, such as `<p>`, `<br />`, `</div>`,
 * `<b>`, `<a href="…">`, not after a backslash.
 */
export function looksLikeHtml(value: string): boolean {
  const head = value.slice(0, 1024).trimStart().slice(0, 14).toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true
  const length = Math.min(value.length, detectLength)
  let count = 0
  for (let index = value.indexOf('<'); index >= 0 && index < length; index = value.indexOf('<', index + 1)) {
    // `\<b>` is how Markdown writes the text `<b>` (toMarkdown does): no tag.
    if (value.charCodeAt(index - 1) !== 92 && isKnownTag(value, index + 1) && ++count >= minimumTags) return true
  }
  return false
}

/** A known element's name after `<` or `</`, then `>`, `/>` or white space and attributes. */
function isKnownTag(value: string, index: number): boolean {
  if (value.charCodeAt(index) === 47) index++
  let end = index
  while (end < index + 10 && isNameChar(value.charCodeAt(end))) end++
  if (end === index || !known.has(value.slice(index, end).toLowerCase())) return false
  const next = value.charCodeAt(end)
  if (next === 62) return true
  if (next === 47) return value.charCodeAt(end + 1) === 62
  if (next !== 32 && next !== 9 && next !== 10 && next !== 13) return false
  // Attributes or ` />`: a `>` on the same line, with no `<` before it.
  for (let cursor = end; cursor < end + 512 && cursor < value.length; cursor++) {
    const code = value.charCodeAt(cursor)
    if (code === 62) return true
    if (code === 60 || code === 10) return false
  }
  return false
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
}
