// The text a parse reads, as one run of characters in memory. A string built by `+`
// (`stories.join('\n\n') + '\n'`) is, in V8, a pair of strings; the first read of a character
// joins them, but the string keeps the pair's shape and every later `charCodeAt` goes through it.
// The parse reads each character several times: on such a string the 1 MB parse took about
// 15 % longer than on a file's text (bench/README.md, issue 16, step 21).

interface WellFormed {
  toWellFormed?: () => string
}

/**
 * `text`, or an equal string of one run: `toWellFormed` returns the joined string where `text`
 * has no lone surrogate (it copies no other string, and scans a megabyte in about 0.3 ms). A
 * text with one keeps its own string: U+FFFD in its place would lose a character.
 */
export function flat(text: string): string {
  const wellFormed = (text as WellFormed).toWellFormed?.()
  return wellFormed === text ? wellFormed : text
}
