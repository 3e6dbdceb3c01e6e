// Trees for the export properties: any shape the types allow (and some they do not: odd `who`s,
// markers, empty labels), with hostile strings — control characters XML 1.0 forbids, lone
// surrogates, U+FFFE, `]]>`, CR, markup, Fountain's marks.
import fc from 'fast-check'
import type {Root} from '../../src/types.js'

const pieces = [
  '\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\r', '\r\n', '\n', '\t', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '😀',
  ']]>', ']]', '>', '<', '&', '"', "'", '<!--', '-->', '<?xml', ']]]>', '&amp;', '$Name', 'Ich', 'Me', 'INT. ', 'EXT ', '> ', '!', '@',
  '~', '=', '#', '[[', ']]', '/*', '*/', '*', '_', '\\', 'CUT TO:', 'NEIN', 'a', ' ', '(', ')', '^', ':', 'xml:id'
]

/** A hostile string: arbitrary code units, or a mix of the pieces above. */
export const hostile = fc.oneof(
  fc.string({unit: 'binary', maxLength: 40}),
  fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map((parts) => parts.join(''))
)

const text = hostile.map((value) => ({type: 'text', value}))
const placeholder = hostile.map((value) => ({type: 'placeholder', value: '$' + value, name: value}))
const elision = fc.constantFrom('[...]', '[…]', '(...)').map((value) => ({type: 'elision', value}))
const hardBreak = fc.constant({type: 'break'})
const code = hostile.map((value) => ({type: 'inlineCode', value}))

const {phrasing} = fc.letrec<{phrasing: unknown; parent: unknown}>((tie) => ({
  phrasing: fc.oneof({depthSize: 'small', withCrossShrink: true}, text, placeholder, elision, hardBreak, code, tie('parent')),
  parent: fc.oneof(
    fc.record({type: fc.constant('direction'), marker: fc.constantFrom('angle', 'paren', 'star', 'bracket'), children: fc.array(tie('phrasing'), {maxLength: 3})}),
    fc.record({type: fc.constant('emphasis'), children: fc.array(tie('phrasing'), {maxLength: 3})}),
    fc.record({type: fc.constant('strong'), children: fc.array(tie('phrasing'), {maxLength: 3})}),
    fc.record({type: fc.constant('link'), url: hostile, children: fc.array(tie('phrasing'), {maxLength: 3})})
  )
}))

const phrasings = fc.array(phrasing, {maxLength: 5})
const who = fc.oneof(fc.constantFrom('ich', 'me', 'chef', '', '1', 'a:b', '__proto__', 'U0001', 'ich-2'), hostile)
const turn = fc.record({
  type: fc.constant('turn'),
  who,
  separator: fc.constant(':'),
  children: fc.tuple(fc.record({type: fc.constant('speaker'), children: phrasings}), phrasings).map(([speaker, rest]) => [speaker, ...rest])
})
const block = fc.oneof(
  fc.record({type: fc.constant('narration'), children: phrasings}),
  fc.record({type: fc.constant('dialogue'), children: fc.array(turn, {maxLength: 4})}),
  fc.record({type: fc.constant('note'), label: hostile, children: phrasings})
)
const comment = fc.record(
  {
    type: fc.constant('comment'),
    index: fc.integer({min: 0, max: 99}),
    author: hostile,
    date: fc.oneof(fc.constant('2012-03-03T09:15'), fc.constant('2011-02-21'), hostile),
    byline: hostile,
    children: fc.array(block, {maxLength: 2})
  },
  {requiredKeys: ['type', 'children']}
)

/** A whole story, as the types allow it (and a little more). */
export const tree: fc.Arbitrary<Root> = fc
  .record({
    lang: fc.constantFrom(undefined, 'de', 'en', 'x y'),
    dateline: fc.option(fc.record({type: fc.constant('dateline'), value: hostile, date: fc.option(fc.constant('2011-02-21'), {nil: undefined})}), {nil: undefined}),
    title: fc.option(fc.record({type: fc.constant('title'), children: phrasings}), {nil: undefined}),
    blocks: fc.array(block, {maxLength: 5}),
    comments: fc.option(fc.record({type: fc.constant('comments'), label: hostile, children: fc.array(comment, {maxLength: 3})}), {nil: undefined})
  })
  .map(({lang, dateline, title, blocks, comments}) => {
    const children: unknown[] = []
    if (dateline) children.push(dateline)
    if (title) children.push(title)
    for (const block of blocks) children.push(block)
    if (comments) children.push(comments)
    return {type: 'root', ...(lang === undefined ? {} : {lang}), children} as unknown as Root
  })
