// What keeps Fountain from misreading a story's text (docs/exports.md, "Escaping"):
// inline, the markup characters `\`, `*` and a word-initial `_` get a backslash; on a line,
// `[[` (a note) and `/*` (a boneyard) get a word joiner inside, since Fountain has no escape for them;
// an action line that would read as something else starts with `!` (forced action), and one
// ending in ` TO:` also ends in a word joiner (fountain-js reads it as a transition even forced).

/**
 * Inline text with Fountain's emphasis markup escaped (`*`, `_` that can open an underline, `\`);
 * a carriage return is a line end to Fountain, so it is written as one.
 */
export function escapeInline(value: string): string {
  return value.replace(/\\|\*|(?<![A-Za-z\d])_/g, '\\$&').replace(/\r\n?/g, '\n')
}

/** A word joiner (U+2060): invisible, and keeps `[[` from opening a note. */
export const wordJoiner = '\u2060'

/**
 * `[[` with a word joiner between; also `[` before an escape, which fountain-js turns into
 * `[{{{…}}}]` for a while; and `/*`, which opens a boneyard (fountain-js drops all up to the next
 * `*\/`, a later turn's too): only an emphasis mark after a `/` writes one, every other `*` is
 * escaped, and the mark still reads as one after the joiner.
 */
export function breakOpeners(line: string): string {
  return line.replace(/\[(?=[[\\])/g, '[' + wordJoiner).replace(/\/\*/g, '/' + wordJoiner + '*')
}

/**
 * `left` then `right`, with a word joiner between where an emphasis mark ends `left` and another
 * starts `right` (`*a*` then `*b*`): run together, `**` would open strong emphasis.
 */
export function joinInline(left: string, right: string): string {
  if (right.charCodeAt(0) !== 42 || left.charCodeAt(left.length - 1) !== 42) return left + right
  // A `*` after an odd run of backslashes is an escaped one (`\*`): no mark.
  let backslashes = 0
  while (left.charCodeAt(left.length - 2 - backslashes) === 92) backslashes++
  return backslashes % 2 === 1 ? left + right : left + wordJoiner + right
}

/** A line starting with one of these means something else than action. */
const markRe = /^\s*[!@~=#>.]/
/** A scene heading (`INT. `, `EXT `, `EST.`, `I/E `), as Fountain parsers read one. */
const sceneRe = /^\s*(?:\*{0,3}_?)?(?:(?:int|i)\.?\/(?:ext|e)|int|ext|est)[. ]/i
/** A transition (`CUT TO:`, `FADE OUT.`). */
const transitionRe = / TO:\s*$|^\s*(?:FADE (?:TO BLACK|OUT)|CUT TO BLACK)\.\s*$/
/** The first key of a title page: a script without one must not start with it. */
export const titleKeyRe = /^\s*(?:title|credit|authors?|source|notes|draft ?date|date|contact|copyright|revisions?):/i

/**
 * One line of action as Fountain reads it back: forced with `!` where it would read as a
 * character cue (no lower-case letter, or none before an extension like `(V.O.)`), a scene heading, a transition, or begins with a mark
 * (`!`, `@`, `~`, `=`, `#`, `>`, `.`).
 */
export function actionLine(line: string): string {
  // An empty line inside a paragraph is two spaces: a blank one would end the paragraph.
  if (line.trim().length === 0) return '  '
  line = breakOpeners(line)
  const force = markRe.test(line) || !/[a-z]/.test(line) || readsAsCue(line) || sceneRe.test(line) || transitionRe.test(line)
  if (!force) return line
  // fountain-js reads `… TO:` as a transition even when forced: a word joiner after the colon stops it.
  return forceAction(/ TO:\s*$/.test(line) ? line + wordJoiner : line)
}

/**
 * Whether fountain-js reads `line` as a character cue: no lower-case letter, bracket or `^`
 * before an extension in brackets at its end (`NAME (V.O.)`), or before a final `^`. Written
 * without a regex: the one fountain-js uses backtracks polynomially on a long line.
 */
function readsAsCue(line: string): boolean {
  const end = line.trimEnd()
  const first = end.search(/[()^a-z]/)
  if (first === -1) return true
  if (first === 0) return false
  if (end.charCodeAt(first) === 0x5e) return first === end.length - 1
  if (end.charCodeAt(first) !== 0x28) return false
  let last = end.length
  if (end.charCodeAt(last - 1) === 0x5e) last--
  while (last > first && ' *_'.includes(end.charAt(last - 1))) last--
  return last > first + 1 && end.charCodeAt(last - 1) === 0x29
}

/** A line forced to be action: `!` after its indentation (a `!` before a space would not count). */
export function forceAction(line: string): string {
  const indent = line.length - line.trimStart().length
  return line.slice(0, indent) + '!' + line.slice(indent)
}

/**
 * One line of dialogue: trimmed, `[[` broken, a leading `~` (lyrics) escaped; a line wholly in
 * brackets (an elision `(...)`) ends in a word joiner, so it is no parenthetical; empty is two spaces.
 */
export function dialogueLine(line: string): string {
  line = breakOpeners(line.trim())
  if (line.length === 0) return '  '
  if (/^[*_]*\(.*\)[*_]*$/.test(line)) line += wordJoiner
  return line.charCodeAt(0) === 0x7e ? '\\' + line : line
}

/**
 * How a name fountain-js takes for a character may not end, before an extension in brackets
 * (`CUT TO:(...)`, `FADE OUT. (V.O.)`): as a transition does.
 */
const cueEndRe = /(?:TO:|(?:BLACK|OUT)\.)\s*$/

/** A cue's name before its first bracket: fountain-js reads the rest as the extension. */
function beforeExtension(name: string): string {
  const bracket = name.indexOf('(')
  return bracket < 0 ? name : name.slice(0, bracket)
}

/**
 * A character cue: the label in capitals, forced with `@` where Fountain would not read it as
 * a cue (no letter, a leading mark, a scene heading or transition, only digits). Fountain cannot
 * hold `^` in a cue, nor brackets other than one extension at its end: those become `ˆ`, `[`, `]`.
 */
export function cue(label: string): string {
  let name = label.replace(/\s+/g, ' ').trim().toUpperCase().replace(/\^/g, '\u02c6')
  if (/[()]/.test(name) && !/^[^()]+\(.*\)$/.test(name)) name = name.replace(/\(/g, '[').replace(/\)/g, ']')
  const force =
    name.length === 0 || !/\p{L}/u.test(name) || /[a-z]/.test(name) || /^[!.>~=#@\\]/.test(name) ||
    sceneRe.test(name) || transitionRe.test(name) || cueEndRe.test(beforeExtension(name)) || /^[\d _*]+(?:\(.*\))?$/.test(name)
  return (force ? '@' : '') + escapeInline(name)
}

/** Text inside a boneyard (`/* … *\/`): its end mark broken with a word joiner. */
export function boneyardText(value: string): string {
  return value.replace(/\*\//g, '*' + wordJoiner + '/')
}
