// Where a name stands in a URL written out (`endsInUrl`): the rule, and that a text of many
// names is read in one pass.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {anonymize, anonymizeText, parse, reidentify, toHtml, toMarkdown, toText} from '../../src/index.js'
import type {Root} from '../../src/index.js'
import {endsInUrl, hostForm, inHost, urlEnds, urlForm} from '../../src/anonymize/url.js'

/**
 * The rule written another way: what follows the last white space, quote, angle or square bracket
 * before `end` (parentheses are an address's characters), at most 2,048 long, starts a URL, after
 * an opening parenthesis too.
 */
function oracle(text: string, end: number): boolean {
  const tail = /[^\s<>"'[\]]*$/.exec(text.slice(0, end))![0]
  return tail.length <= 2048 && /^\(?(?:[a-z][a-z\d+.-]*:\/\/|www\.)/i.test(tail)
}

describe('endsInUrl', () => {
  it('says what the rule says, for every end of any text', () => {
    const piece = fc.constantFrom('https://', 'HTTP://', 'www.', 'WWW.', 'mailto:', 'a+b.c-d://', '1http://', ':', '/', 'e.x', '$Anna', ' ', '\u00a0', '\u3000', '(', ')', '[', ']', '<', '>', '"', "'", 'ß', '%24', '\n')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 14}), (pieces) => {
        const text = pieces.join('')
        const ends = urlEnds(text)
        for (let end = 0; end <= text.length; end++) {
          const expected = oracle(text, end)
          expect(endsInUrl(text, end)).toBe(expected)
          expect(ends(end)).toBe(expected)
        }
      }),
      {numRuns: 2000}
    )
  })

  it('asked out of order, answers as asked in order', () => {
    const text = 'a https://e.x/$A (b) www.e.x/$B $C'
    const ends = urlEnds(text)
    const order = [30, 16, 2, 32, 14, 28]
    expect(order.map((end) => ends(end))).toEqual(order.map((end) => endsInUrl(text, end)))
    expect(order.map((end) => endsInUrl(text, end))).toEqual([true, true, false, false, true, true])
  })

  it('no address is longer than 2,048 characters', () => {
    const text = 'https://e.x/' + 'a'.repeat(2036)
    expect(endsInUrl(text, 2048)).toBe(true)
    expect(endsInUrl(text + 'a', 2049)).toBe(false)
    expect(endsInUrl(' ' + text, 2049)).toBe(true)
    expect(endsInUrl(' ' + text + 'a', 2050)).toBe(false)
    expect(urlEnds(' ' + text + 'a')(2050)).toBe(false)
  })
})

describe('a name in a URL, beside other names', () => {
  const options = {strategy: 'map', map: {A: 'Anna (Chefin)', B: 'Frau Müller'}} as const

  it('is in the URL whatever the names before it are replaced by', () => {
    // `$A`'s replacement holds parentheses, which end a URL written out: read after it was put in,
    // `$B` stood outside the URL and a space was left in the address.
    const text = 'Ich: Siehe https://e.x/$A$B und $B.\n'
    const expected = 'Ich: Siehe https://e.x/Anna%20(Chefin)Frau%20M%C3%BCller und Frau Müller.\n'
    expect(toText(anonymize(parse(text), options))).toBe(expected)
    expect(anonymizeText(text, options)).toBe(expected)
  })

  it('an address may hold parentheses (`https://de.wikipedia.org/wiki/Foo_($Anna)`); a name in parentheses after one is no part of it', () => {
    const text = 'Ich: Siehe https://de.wikipedia.org/wiki/Foo_($Anna) (von $Anna) und (https://e.x/$Anna).\n'
    const expected = 'Ich: Siehe https://de.wikipedia.org/wiki/Foo_(Person%20A) (von Person A) und (https://e.x/Person%20A).\n'
    expect(anonymizeText(text, {strategy: 'generic'})).toBe(expected)
    // In speech the tree has `(…)` as a direction: `anonymize` reads it with its marks.
    expect(toText(anonymize(parse(text), {strategy: 'generic'}))).toBe(expected)
    const nested = 'Ich: Siehe https://e.x/a_(b)/$Anna <und https://e.x/(c_$Anna)>.\n'
    const encoded = 'Ich: Siehe https://e.x/a_(b)/Person%20A <und https://e.x/(c_Person%20A)>.\n'
    expect(toText(anonymize(parse(nested), {strategy: 'generic'}))).toBe(encoded)
    expect(anonymizeText(nested, {strategy: 'generic'})).toBe(encoded)
    // A tree from elsewhere: a direction whose children are no array is read as empty.
    const odd = {type: 'root', children: [{type: 'paragraph', children: [{type: 'direction', marker: 'paren', children: 'x'}, {type: 'placeholder', value: '$A', name: 'A'}]}]}
    expect(toText(anonymize(odd as unknown as Root, {strategy: 'generic'}))).toContain('Person A')
  })

  it('in a text of many names, each name is encoded where it stands in a URL, up to 2,048 characters into it', () => {
    // Each name ends in `q`: a name ending in `s` would be read as a genitive (`$N1s` is `$N1`'s).
    const names = Array.from({length: 3000}, (_, index) => 'N' + index.toString(36) + 'q')
    const map = Object.fromEntries(names.map((name, index) => [name, 'X ' + index]))
    const text = 'Ich: https://e.x/' + names.map((name) => '$' + name).join('') + ' ' + names.map((name) => '$' + name).join(' ') + '\n'
    let offset = 'https://e.x/'.length
    const inUrl = names.map((name, index) => {
      const encoded = offset <= 2048
      offset += 1 + name.length
      return (encoded ? 'X%20' : 'X ') + index
    })
    const expected = 'Ich: https://e.x/' + inUrl.join('') + ' ' + names.map((_, index) => 'X ' + index).join(' ') + '\n'
    expect(inUrl.filter((value) => value.startsWith('X%20')).length).toBe(415)
    expect(anonymizeText(text, {strategy: 'map', map})).toBe(expected)
    expect(toText(anonymize(parse(text), {strategy: 'map', map}))).toBe(expected)
  })
})

describe("a name in a URL's host", () => {
  it('is read in the host after `//`, after a starting `www.` and after the user, not in a password, a port, a path, a query or a fragment', () => {
    const text = 'https://$A.x www.$A.x https://u@$A.x https://u:$A@h.x https://h.x:$A https://h.x/$A https://h.x?$A https://h.x#$A https://h.x/?u=https://$A.x'
    const starts = [...text.matchAll(/\$A/g)].map((match) => match.index)
    expect(starts.map((start) => inHost(text, start))).toStrictEqual([true, true, true, false, false, false, false, false, true])
  })

  it('becomes letters, digits and hyphens there: a host holds no percent-encoded character', () => {
    expect(['Person A', 'Frau Müller', 'A. M.', 'Heike', '█████', ' '].map((value) => hostForm(value))).toStrictEqual(['Person-A', 'Frau-Müller', 'A-M', 'Heike', 'xxxxx', 'x'])
    expect(urlForm('https://$A.x/$A', 8, 'Person A')).toBe('Person-A')
    expect(urlForm('https://$A.x/$A', 13, 'Person A')).toBe('Person%20A')
  })

  const story = 'Ich: Mein Blog ist www.$Anna.example, der Link [hier](https://$Anna.example/$Anna "$Anna").\n'

  it('in every output of the text and of the tree, and the tree still gives the name back', () => {
    expect(String(anonymizeText(story, {strategy: 'generic'}))).toBe('Ich: Mein Blog ist www.Person-A.example, der Link [hier](https://Person-A.example/Person%20A "Person A").\n')
    expect(String(anonymizeText('<p>Ich: <a href="https://$Anna.example/$Anna">www.$Anna.example</a></p>', {strategy: 'generic'}))).toBe(
      '<p>Ich: <a href="https://Person-A.example/Person%20A">www.Person-A.example</a></p>'
    )
    const mapping: Record<string, string> = {}
    const tree = anonymize(parse(story, {format: 'markdown'}), {strategy: 'generic', mapping})
    expect(toText(tree)).toBe('Ich: Mein Blog ist www.Person-A.example, der Link hier (https://Person-A.example/Person%20A "Person A").\n')
    expect(toHtml(tree)).toContain('<a href="https://Person-A.example/Person%20A" title="Person A">hier</a>')
    expect(toMarkdown(reidentify(tree, mapping))).toBe('**Ich:** Mein Blog ist www.$Anna.example, der Link [hier](https://$Anna.example/$Anna "$Anna").\n')
  })
})
