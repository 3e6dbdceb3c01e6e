// One reading for every input: a story with nothing that means something in Markdown gives the
// same tree, positions included, through the text reader and the Markdown reader. The generator
// writes stories as blogs do, in German and English: a dateline, a title, narration, turns with
// directions and placeholders, run-on turns, notes, elisions, and a comment section with bylines,
// dates and controls. It leaves out `* _ [ ] < > \ ` #`, lines that start with a number and `.` or
// `)` or with `-`, `+`, `>`, two spaces before a line end, and the plain characters docs/syntax-tree.md
// names (§ Markdown input: what the parity leaves out).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'

/** At least 2,000 runs (the floor); more with `FUZZ_RUNS`. */
const numRuns = Math.max(2000, Number(process.env.FUZZ_RUNS ?? 0))
const seed = Number(process.env.FUZZ_SEED ?? 20261201)

const pick = <T>(...values: T[]) => fc.constantFrom(...values)
const join = (parts: string[], separator = '') => parts.join(separator)

const word = pick(
  'Hallo', 'ja', 'nein', 'der', 'Drucker', 'ist', 'kaputt', 'Wo', 'Toner', 'mal', 'über', 'Straße', 'Büro', 'Chef',
  'the', 'printer', 'is', 'on', 'fire', 'why', 'ok', 'please', 'Me', 'Kunde', 'Herr $Verkäufer', '$Verkäufer',
  '$Verkäufers', '$Sowieso', '$Anna$Bert', '$Stadt', '$20', '$16.99', 'US$x', '(leise)', '(sighs)', '(wie immer)', '(...)',
  '(…)', '10:30', '3:1', ':-)', ':(', 'https://x.example/a', 'www.x.example', '&', '"Nein"', '„Ja“', '...', '…', 'e-mail',
  "don't", 'a\u0308', 'Kund:innen', 'Mrs. Caller', 'Nr. 5', '2011', '100%', 'A/B', '@anna', '{x}', '|', '!', '?', '~'
)
const sentence = fc
  .tuple(fc.array(word, {minLength: 1, maxLength: 7}), pick('.', '?', '!', '', '...', '…', ':', ';', ','))
  .map(([words, end]) => join(words, ' ') + end)

const label = pick(
  'Ich', 'Chef', 'Anderer Chef', 'Kunde', 'Kundin', 'Me', 'me', 'I', 'Customer', 'Customer 2', 'Mrs Caller', 'mrs. caller',
  'Kund:in', '$Kollegin', 'Systemadministrator (SA)', 'SA', 'Man in a very expensive suit', 'Suit', 'Anna', 'Frau Müller',
  'old lady', 'Techniker'
)
const separator = pick(': ', ':', ' : ', '\u00a0: ', '：', ': ')
const before = pick('', '', '', ' (leise)', ' (sighs)')
const turn = fc
  .tuple(label, before, separator, fc.oneof(sentence, pick('')), fc.option(fc.tuple(label, sentence), {freq: 4}))
  .map(([name, direction, colon, speech, runOn]) => name + direction + colon + speech + (runOn ? ' ' + runOn[0] + ': ' + runOn[1] : ''))
const note = fc
  .tuple(pick('Update', 'Update 2', 'update', 'PS', 'P.S.', 'Nachtrag', 'Edit', 'Edit2', 'TL;DR', 'Fazit', 'Labels', 'Tags', 'Note'), pick(': ', ':'), sentence)
  .map(([name, colon, text]) => name + colon + text)
const narration = fc.oneof(
  {weight: 4, arbitrary: sentence},
  {weight: 1, arbitrary: sentence.map((text) => 'Er sagte: ' + text)},
  {weight: 1, arbitrary: sentence.map((text) => 'Then he asked: ' + text)},
  {weight: 1, arbitrary: pick('Von: Anna', 'Subject: Printer', 'Posted by Anna at 10:31', 'Eingestellt von Anna um 10:31', 'Mein Chef rief an:')}
)
const line = fc.oneof({weight: 3, arbitrary: turn}, {weight: 1, arbitrary: note}, {weight: 3, arbitrary: narration})
const paragraph = fc.array(line, {minLength: 1, maxLength: 5}).map((lines) => join(lines, '\n'))

const dateline = pick('Montag, 21. Februar 2011', 'Monday, February 21, 2011', '2011-02-21', 'Feb. 21, 2011', '21 February 2011', 'Sonntag, 30. Februar 2011')
const title = pick('Fahren Sie mal da hin...', 'The printer again', 'Der Drucker', 'Ein Tag im Büro…', 'Chef: Der Anruf')

const indent = pick('', '', '    ', '  ')
const commentBody = fc
  .tuple(
    fc.option(pick('Anna said...', 'Anonym hat gesagt…', 'Bernd schrieb:', '$Anna$Bert said...', 'Peter sagte...'), {nil: undefined}),
    fc.option(pick('March 4, 2012 at 8:02 PM', 'Montag, 3. März 2012 um 09:15', '2012-03-04, 20:02 Uhr', 'Sunday, March 4, 2012 at 8:02 PM'), {nil: undefined}),
    fc.array(sentence, {minLength: 1, maxLength: 3}),
    pick('', '', 'AntwortenLöschen', 'ReplyDelete', 'Reply\nDelete', 'Antworten'),
    fc.boolean(),
    indent
  )
  .map(([byline, date, body, controls, glued, space]) => {
    const lines: string[] = []
    if (byline) lines.push(byline)
    if (byline && date) lines.push(date)
    const text = body.map((part) => space + part)
    if (controls && glued && !controls.includes('\n')) text[text.length - 1] += controls
    else if (controls) text.push(...controls.split('\n').map((part) => space + part))
    return join(lines.concat(text), '\n')
  })
const comments = fc
  .tuple(pick('2 Kommentare:', '1 Kommentar:', 'Keine Kommentare:', '3 comments:', 'No comments', '1 comment:', 'Kommentare'), fc.array(commentBody, {maxLength: 3}), pick('\n\n', '\n'))
  .map(([header, bodies, gap]) => header + '\n\n' + join(bodies, gap + '\n'))

const story = fc
  .tuple(
    fc.option(dateline, {nil: undefined}),
    fc.option(title, {nil: undefined}),
    fc.array(paragraph, {minLength: 1, maxLength: 5}),
    fc.option(comments, {nil: undefined}),
    pick('\n', '\n', '\r\n')
  )
  .map(([date, heading, paragraphs, section, eol]) => {
    const blocks: string[] = []
    if (date) blocks.push(date)
    if (heading) blocks.push(heading)
    for (const text of paragraphs) blocks.push(text)
    if (section) blocks.push(section)
    return join(blocks, '\n\n').replace(/\n/g, eol) + eol
  })

/** Nothing in it means something in Markdown (the list; the spec names the rest). */
function isPlain(value: string): boolean {
  if (/[*_[\]<>\\`#]/.test(value)) return false
  if (/ {2}\r?\n/.test(value)) return false
  return !value.split(/\r?\n/).some((text) => /^\s*(\d+[.)]|[-+>])/.test(text))
}

describe('parity of the readers', () => {
  it('gives the same tree for a plain story through the text and the Markdown reader, positions included', {timeout: 600_000}, () => {
    fc.assert(
      fc.property(story.filter(isPlain), (value) => {
        expect(parse(value, {format: 'markdown'})).toEqual(parse(value, {format: 'text'}))
      }),
      {numRuns, seed}
    )
  })
})
