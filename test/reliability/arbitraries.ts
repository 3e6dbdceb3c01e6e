// fast-check generators for the property tests: arbitrary strings, and strings assembled from
// the pieces stories are made of (cues, placeholders, directions, comment headers, Markdown
// marks) mixed with the characters that break naive code (CR/LF mixes, BOM, NUL, lone
// surrogates, right-to-left text, combining marks, emoji).
import fc from 'fast-check'

/** How many runs each property gets: a fixed number in CI, more with `FUZZ_RUNS` (`npm run test:fuzz`). */
export const runs = Number(process.env.FUZZ_RUNS ?? 300)
/** Time per property: enough for the runs on a busy 2-core machine. */
export const timeout = Math.max(30_000, runs * 20)
/** A fixed seed, so a failure in CI is the same failure on your machine; `FUZZ_SEED` to vary it. */
export const seed = Number(process.env.FUZZ_SEED ?? 20261126)

const story = [
  'Ich: ', 'Chef: ', 'Anderer Chef: ', 'Kunde (leise): ', 'me: ', 'Me *beat*: ', 'Mrs Caller: ', 'mrs. caller: ',
  'Systemadministrator (SA): ', 'SA: ', 'Anna*: ', 'Kund:in: ', 'Chef : ', 'Ich\u00a0: ', 'Chef：', '$Kollegin: ', '- ', '• ',
  '#3 ', '3. ', 'Man in a very expensive suit: ', 'Suit: ', 'I: ', ' User: ', 'Er sagte: ', 'Update: ', 'PS: ', 'Nachtrag: ',
  'TL;DR: ', 'Labels: ', 'Subject: ', 'Von: ', 'Posted by X at 10:31', 'Eingestellt von X um 10:31'
]
const phrasing = [
  '$Verkäufer', '$Verkäufers', '$Verka\u0308ufer', '$Stadt_in_der_Nähe', '$A$B', '$A', '$B_', '$20', '$16.99', 'US$x', '$',
  '<hektisch>', '<', '>', '<<', '>>', '(leise)', '(', ')', '*seufzt*', '*', '[zu ihr]', '[', ']', '[...]', '[…]', '(...)',
  ':-)', ':(', '10:30', '3:1', 'https://x.example/a_(b)', 'www.x.example', 'Text. ', 'Wort ', '? ', ', '
]
const comments = [
  '2 Kommentare:', 'Keine Kommentare:', '1 Kommentar:', '3 comments:', 'No comments:', '1. ', '2. ', '12. ',
  'AntwortenLöschen', 'Antworten', 'Löschen', 'ReplyDelete', 'Reply', 'Delete', 'Anna said...', 'Anonym hat gesagt…',
  'Peter schrieb:', 'Montag, 21. Februar 2011', 'Monday, February 21, 2011', '2011-02-21', 'Monday, February 30, 2011'
]
const markdown = [
  '**Chef:** ', '__Ich__: ', '**Kunde**: ', '*', '**', '_', '__', '`', '``', '```', '~~~', '# ', '## ', '> ', '>', '1) ',
  '[a](https://x.example)', '[a](/b "t")', '[a]: /url', '[a]', '![x](y)', '<https://x.example>', '\\', '\\*', '&amp;',
  '&#42;', '&#0;', '&bogus;', '---', '***', '===', '    ', '  \n', '<b>', '<!-- x -->', '`$A`', '```\n$B\n```\n', '[d]: /$A'
]
const hostile = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"', "'", '&', '</style>']
const characters = [
  '\n', '\n', '\n\n', '\r\n', '\r', '\n\r', '\t', ' ', '  ', '\u00a0', '\uFEFF', '\u0000', '\uD800', '\uDFFF', '\u2028', '\u0085',
  '\u202E', 'שלום ', 'مرحبا ', 'a\u0308', 'e\u0301\u0301', '\u0308', '😀', '👩‍👩‍👧', '🇩🇪', '\u200b', '\u00ad', 'ß', 'İ'
]

/** One piece of a story. */
export const fragment = fc.constantFrom(...story, ...phrasing, ...comments, ...markdown, ...hostile, ...characters)

/** A string put together from story pieces, at most `maxLength` of them. */
export function storyish(maxLength = 60): fc.Arbitrary<string> {
  return fc.array(fragment, {maxLength}).map((parts) => parts.join(''))
}

/** Any string: arbitrary code units (lone surrogates too) or arbitrary graphemes. */
export const anyString = fc.oneof(fc.string({unit: 'binary', maxLength: 300}), fc.string({unit: 'grapheme', maxLength: 300}))

/** Either kind of input. */
export const input = fc.oneof({weight: 1, arbitrary: anyString}, {weight: 3, arbitrary: storyish()})

/** The input paths. */
export const format = fc.constantFrom('text' as const, 'markdown' as const, 'auto' as const)
