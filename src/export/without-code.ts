// An HTML text without its code, apart from ./anonymize.ts: the CLI's `anonymize` and `check` read
// every input's names with it, and that module loads the readers of HTML and blog exports.

/** Elements of code in a post's HTML, and those a browser does not show as text. */
const codeStartRe = /<(code|pre|kbd|samp|script|style)(?=[\s/>])/gi
const codeEndRes: Record<string, RegExp> = {
  code: /<\/code\s*>/gi,
  pre: /<\/pre\s*>/gi,
  kbd: /<\/kbd\s*>/gi,
  samp: /<\/samp\s*>/gi,
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi
}

/**
 * `html` with each code element blanked, from its start tag to its end tag. Linear: each end tag
 * is looked for from its start tag on, and a name never closed is not looked for again. With
 * `scripts` false, `<script>` and `<style>` stay.
 */
export function withoutCode(html: string, scripts = true): string {
  let result = ''
  let copied = 0
  const unclosed = new Set<string>()
  codeStartRe.lastIndex = 0
  for (let start = codeStartRe.exec(html); start; start = codeStartRe.exec(html)) {
    const name = start[1].toLowerCase()
    if (unclosed.has(name) || (!scripts && (name === 'script' || name === 'style'))) continue
    const endRe = codeEndRes[name]
    endRe.lastIndex = start.index
    const end = endRe.exec(html)
    if (!end) {
      unclosed.add(name)
      continue
    }
    result += html.slice(copied, start.index) + ' '
    copied = end.index + end[0].length
    codeStartRe.lastIndex = copied
  }
  return result + html.slice(copied)
}
