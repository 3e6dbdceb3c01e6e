// anonymize(), reidentify() and anonymizeText(), behaviour by behaviour.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {anonymize, anonymizedOf, anonymizeText, parse, reidentify, toText} from '../../src/index.js'
import type {AnonymizeOptions, Root} from '../../src/index.js'
import {keyedHash} from '../../src/anonymize/hash.js'
import {de as deLocale} from '../../src/locale/de.js'
import {en as enLocale} from '../../src/locale/en.js'

const de = deLocale.pseudonyms
const en = enLocale.pseudonyms
import {all, withoutPositions} from '../util/tree.js'
import {deepFreeze} from './util.js'

/** Placeholder name → replacement, from one run of `anonymizeText`. */
function mappingOf(value: string, options: Parameters<typeof anonymizeText>[1] = {}): Record<string, string> {
  const mapping: Record<string, string> = {}
  anonymizeText(value, {...options, mapping})
  return mapping
}

const story = [
  'Der Drucker',
  '',
  'Am Morgen kam $Kollegin aus $Heimatort. Sie rief bei der Firma $Sowieso an.',
  '',
  '$Kollegin: Wo ist Herr $Techniker?',
  'Ich: Der fährt nach $Stadt, zu $Technikers Kunden.',
  '$Kollegin: Sag $CHEF Bescheid.'
].join('\n')

describe('anonymize', () => {
  it('returns a new tree and leaves its input as it was', () => {
    const tree = deepFreeze(parse(story))
    const copy = JSON.parse(JSON.stringify(tree))
    for (const strategy of ['pseudonym', 'generic', 'redact', 'map', 'keep'] as const) {
      const result = anonymize(tree, {strategy, map: {Kollegin: 'Sabine'}, fallback: 'generic'})
      expect(result).not.toBe(tree)
    }
    expect(tree).toEqual(copy)
  })

  it('copies a tree made of objects without a prototype too, and leaves it as it was', () => {
    /** `value` again, every object in it without a prototype (as `Object.create(null)` makes). */
    const bare = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(bare) : value && typeof value === 'object' ? Object.assign(Object.create(null), Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bare(item)]))) : value
    const tree = deepFreeze(bare(parse(story)) as Root)
    const copy = JSON.parse(JSON.stringify(tree))
    const result = anonymize(tree, {strategy: 'map', map: {Kollegin: 'Sabine'}, fallback: 'generic'})
    expect(JSON.parse(JSON.stringify(tree))).toEqual(copy)
    expect(toText(result)).toBe(toText(anonymize(parse(story), {strategy: 'map', map: {Kollegin: 'Sabine'}, fallback: 'generic'})))
  })

  it('replaces a placeholder by a text node without position that records the replacement', () => {
    const tree = anonymize(parse('Wo ist $Kollegin?'), {strategy: 'map', map: {Kollegin: 'Sabine'}})
    expect(withoutPositions(tree.children[0])).toEqual({
      type: 'narration',
      children: [
        {type: 'text', value: 'Wo ist '},
        {type: 'text', value: 'Sabine', data: {anonymized: {replacement: 'Sabine'}}},
        {type: 'text', value: '?'}
      ]
    })
    expect(all(tree, 'text')[1].position).toBeUndefined()
    expect(anonymizedOf(all(tree, 'text')[1])).toEqual({replacement: 'Sabine'})
    expect(anonymizedOf(all(tree, 'text')[0])).toBeUndefined()
    expect(anonymizedOf({data: {anonymized: 'Sabine'}})).toBeUndefined()
  })

  it('pseudonym: in a phrase of a name, its head tells the gender, whatever the seed', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const mapping = mappingOf('Da standen $Frau_mit_Hut, $Kundin_mit_Hund, $Kollegin_aus_Berlin und $Mann_mit_Hut.', {seed, lang: 'de'})
      expect([seed, de.female]).toEqual([seed, expect.arrayContaining([mapping.Frau_mit_Hut, mapping.Kundin_mit_Hund, mapping.Kollegin_aus_Berlin])])
      expect([seed, de.male]).toEqual([seed, expect.arrayContaining([mapping.Mann_mit_Hut])])
      const english = mappingOf('There stood $Woman_with_a_hat and $Man_in_black.', {seed, lang: 'en'})
      expect([seed, en.female, en.male]).toEqual([seed, expect.arrayContaining([english.Woman_with_a_hat]), expect.arrayContaining([english.Man_in_black])])
    }
  })

  it('pseudonym: where the head tells no gender, a title or a role before it does (`$Herr_Meier`, `$Kollegin_Müller`)', () => {
    for (let seed = 0; seed <= 8; seed++) {
      const mapping = mappingOf('Da kamen $Herr_Meier, $Frau_Müller und $Kollegin_Müller.', {seed, lang: 'de'})
      expect([seed, de.male]).toEqual([seed, expect.arrayContaining([mapping.Herr_Meier])])
      expect([seed, de.female]).toEqual([seed, expect.arrayContaining([mapping.Frau_Müller, mapping.Kollegin_Müller])])
      const english = mappingOf('Then came $Mr_Smith and $Mrs_Jones.', {seed, lang: 'en'})
      expect([seed, en.male, en.female]).toEqual([seed, expect.arrayContaining([english.Mr_Smith]), expect.arrayContaining([english.Mrs_Jones])])
    }
  })

  it('pseudonym: a given name of the pseudonym lists tells its gender (`$Klaus` a man, `$Maren` a woman), whatever the seed', () => {
    for (let seed = 0; seed <= 8; seed++) {
      // After a title, a given name is a surname (`$Frau_Paul` is a woman).
      const mapping = mappingOf('Da kamen $Klaus, $Maren, $Klaus_Meier, $Frau_Paul und $Doris.', {seed, lang: 'de'})
      expect([seed, de.male]).toEqual([seed, expect.arrayContaining([mapping.Klaus, mapping.Klaus_Meier])])
      expect([seed, de.female]).toEqual([seed, expect.arrayContaining([mapping.Maren, mapping.Frau_Paul, mapping.Doris])])
      const english = mappingOf('Then came $Tom and $Grace.', {seed, lang: 'en'})
      expect([seed, en.male, en.female]).toEqual([seed, expect.arrayContaining([english.Tom]), expect.arrayContaining([english.Grace])])
    }
  })

  it('redact: the result reads back with its turns, a mask being a speaker label (`who` `speaker`)', () => {
    const tree = parse('Ich: Wer da?\n$Kollegin: Ich bin es.\nIch: Ach so.\n$Kollegin: Ja.\n')
    const back = parse(anonymizeText(toText(tree), {strategy: 'redact'}))
    expect(all(back, 'turn').map((turn) => turn.who)).toEqual(['ich', 'speaker', 'ich', 'speaker'])
    expect(withoutPositions(parse(toText(anonymize(tree, {strategy: 'redact'}))))).toEqual(withoutPositions(back))
  })

  it('pseudonym: `$Person` tells no gender (it ends like `son`): the hash chooses', () => {
    const names = Array.from({length: 16}, (_, seed) => mappingOf('Dann kam $Person herein.', {seed, lang: 'de'}).Person)
    expect(names.some((name) => de.female.includes(name))).toBe(true)
    expect(names.some((name) => de.male.includes(name))).toBe(true)
  })

  it('pseudonym: the kind of name follows the context and the name', () => {
    const mapping = mappingOf(story, {seed: 1})
    expect(de.female).toContain(mapping.Kollegin)
    expect(mapping.Heimatort).toMatch(new RegExp('^(' + de.townStems.join('|') + ')(' + de.townEndings.join('|') + ')$'))
    expect(mapping.Stadt).toMatch(new RegExp('^(' + de.townStems.join('|') + ')'))
    expect(de.companyStems.some((stem) => mapping.Sowieso.startsWith(stem + ' '))).toBe(true)
    expect(de.surnames).toContain(mapping.Techniker)
    // `$CHEF`: upper case kept.
    expect(mapping.CHEF).toBe(mapping.CHEF.toUpperCase())
    expect([...de.female, ...de.male].map((name) => name.toUpperCase())).toContain(mapping.CHEF)
  })

  it('anonymizeText tells of a placeholder typo (`placeholder-typo`), which it replaces as a second person', () => {
    const file = new VFile()
    const result = anonymizeText('Ich: $Kollegin? $Kollegin!\nChef: $Kolegin kommt.\n', {strategy: 'generic'}, file)
    expect(result).toBe('Ich: Person A? Person A!\nChef: Person B kommt.\n')
    expect(file.messages.map((message) => message.ruleId + ' ' + String(message))).toEqual([
      'placeholder-typo 2:7-2:15: Placeholder `$Kolegin` is written once and is one letter away from `$Kollegin`: a typo?'
    ])
  })

  it('a name in another letter case (`$ANNA`, `$anna` beside `$Anna`) is the same person: its replacement in that casing', () => {
    const value = '$Anna: Hallo.\n$ANNA: HALLO!\nIch: Ja, $anna. $ANNAS Auto.\n'
    const expected = (name: string) => `${name}: Hallo.\n${name.toUpperCase()}: HALLO!\nIch: Ja, ${name.toLowerCase()}. ${name.toUpperCase()}S Auto.\n`
    for (const options of [{seed: 1}, {strategy: 'map', map: {Anna: 'Eva Maria'}}, {mapping: {Anna: 'Gerda'}}] as AnonymizeOptions[]) {
      const mapping: Record<string, string> = {...options.mapping}
      const result = anonymize(parse(value), {...options, mapping})
      expect(toText(result)).toBe(expected(mapping.Anna!))
      expect(mapping.ANNA).toBe(mapping.Anna!.toUpperCase())
      expect(mapping.anna).toBe(mapping.Anna!.toLowerCase())
      expect(toText(reidentify(result, mapping))).toBe(value)
    }
    expect(anonymizeText(value, {strategy: 'generic'})).toBe("Person A: Hallo.\nPERSON A: HALLO!\nIch: Ja, person a. PERSON A'S Auto.\n")
    // Without a spelling as mostly written, the first leads; a value of its own goes first.
    expect(anonymizeText('Ich: $anna, $ANNA.', {strategy: 'map', map: {anna: 'gerda'}})).toBe('Ich: gerda, GERDA.')
    expect(anonymizeText('Ich: $Anna, $ANNA.', {strategy: 'map', map: {Anna: 'Gerda', ANNA: 'FRIEDA'}})).toBe('Ich: Gerda, FRIEDA.')
    // In a later story, from a carried `mapping` or `map` of the name as mostly written; not the other way round.
    expect(anonymizeText('Ich: $ANNA! $anna?', {mapping: {Anna: 'Gerda'}})).toBe('Ich: GERDA! gerda?')
    expect(anonymizeText('Ich: $ANNA! $anna?', {strategy: 'map', map: {Anna: 'Gerda'}})).toBe('Ich: GERDA! gerda?')
    expect(anonymizeText('Ich: $Anna!', {mapping: {ANNA: 'GERDA'}, seed: 1})).not.toMatch(/gerda/i)
    // Two spellings of one casing would share a replacement that `reidentify` cannot tell apart: two names.
    const twice: Record<string, string> = {}
    anonymize(parse('Ich: $McDonald, $Mcdonald, $MCDONALD.'), {seed: 1, mapping: twice})
    expect(twice.MCDONALD).toBe(twice.McDonald!.toUpperCase())
    expect(twice.Mcdonald).not.toBe(twice.McDonald)
  })

  it('pseudonym: a person noun before the name tells its gender; so do a masculine role and a name ending in `a`', () => {
    for (const seed of [1, 2, 3, 'x']) {
      const mapping = mappingOf('Ich: Meine Kollegin $Tobias, mein Kollege $Mausi, der $Verkäufer, $Chef, $Lisa und $Julia.\nMe: My wife $Sam.', {seed})
      expect([mapping.Tobias, mapping.Lisa, mapping.Julia, mapping.Sam].every((name) => de.female.includes(name!) || en.female.includes(name!)), JSON.stringify(mapping)).toBe(true)
      expect([mapping.Mausi, mapping.Verkäufer, mapping.Chef].every((name) => de.male.includes(name!)), JSON.stringify(mapping)).toBe(true)
    }
    // A numbered role is its role (`$Kunde1`, `$Kunde_2`, `$Kundin1`), as a name with a number is that name.
    for (const seed of [1, 2, 3, 4, 5, 'x']) {
      const mapping = mappingOf('$Kunde1: Hallo.\n$Kunde_2: Tag.\n$Kundin1: Hi.\nIch: Und $Anna2.', {seed})
      expect([mapping.Kunde1, mapping.Kunde_2].every((name) => de.male.includes(name!)), JSON.stringify(mapping)).toBe(true)
      expect([mapping.Kundin1, mapping.Anna2].every((name) => de.female.includes(name!)), JSON.stringify(mapping)).toBe(true)
    }
    // A man's name ending in `a` is not taken for a woman's: the hash chooses, as for `$Boss`.
    for (const name of ['Luca', 'Hamza', 'Nikola', 'Ezra']) {
      const genders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => de.female.includes(mappingOf(`Ich: $${name}.`, {seed})[name]!)))
      expect(genders, name).toEqual(new Set([true, false]))
    }
  })

  it('pseudonym: English contexts, Mrs and Mr take surnames, `company` and `in` their kinds', () => {
    const mapping = mappingOf('Me: Hello Mrs $Caller, is Mr. $Boss in?\nCaller: He went to the company $Vendor in $Place_1.\nMe: Ask $Anna.', {seed: 'x'})
    expect(en.surnames).toContain(mapping.Caller)
    expect(en.surnames).toContain(mapping.Boss)
    expect(en.companyStems.some((stem) => mapping.Vendor.startsWith(stem))).toBe(true)
    expect(en.townStems.some((stem) => mapping.Place_1.startsWith(stem))).toBe(true)
    expect([...en.female, ...en.male]).toContain(mapping.Anna)
  })

  it('an institution keeps its own noun, whose article the story has: `in der $Schule` → `in der Schule Birkenfeld`, `Schule A`', () => {
    const text = 'Ich: Ich war in der $Schule, dann ins $Krankenhaus und zur $Hochschule.'
    const mapping = mappingOf(text, {seed: 1})
    const town = (list: typeof de) => '(' + list.townStems.join('|') + ')(' + list.townEndings.join('|') + ')'
    expect(mapping.Schule).toMatch(new RegExp('^Schule ' + town(de) + '$'))
    expect(mapping.Krankenhaus).toMatch(new RegExp('^Krankenhaus ' + town(de) + '$'))
    expect(mapping.Hochschule).toMatch(new RegExp('^Hochschule ' + town(de) + '$'))
    expect(anonymizeText(text, {strategy: 'generic'})).toBe('Ich: Ich war in der Schule A, dann ins Krankenhaus B und zur Hochschule C.')
    // Of one noun, each its own town (no mask), and back through reidentify.
    const schools = 'Ich: Ich war am $Goethe_Gymnasium, sie am $Schiller_Gymnasium und er am $Lessing_Gymnasium.\n'
    const given: Record<string, string> = {}
    const tree = anonymize(parse(schools), {seed: 1, mapping: given})
    expect(Object.values(given).every((value) => new RegExp('^Gymnasium ' + town(de) + '$').test(value))).toBe(true)
    expect(new Set(Object.values(given)).size).toBe(3)
    expect(toText(reidentify(tree, given))).toBe(schools)
    // The author's own values may hold the noun; a carried one too, with no message.
    expect(anonymizeText('Ich: In der $Schule und $Grundschule.', {strategy: 'map', map: {Schule: 'Schule am Park', Grundschule: 'Grundschule Nord'}})).toBe('Ich: In der Schule am Park und Grundschule Nord.')
    const file = new VFile()
    expect(anonymizeText('Ich: In der $Schule.', {mapping: {Schule: 'Schule Tannenhagen'}}, file)).toBe('Ich: In der Schule Tannenhagen.')
    expect(file.messages).toEqual([])
    // Not a noun ending a name (`$Nikita`), nor one with a title or a speaker's label.
    expect([...de.female, ...de.male]).toContain(mappingOf('Ich: $Nikita lachte.', {seed: 1}).Nikita)
    expect([...de.female, ...de.male]).toContain(mappingOf('$Kita: Hallo.\nIch: Ja?', {seed: 1}).Kita)
    expect(de.surnames).toContain(mappingOf('Ich: Herr $Klinik kam.', {seed: 1}).Klinik)
    // The noun first, as German names institutions (`Kita Sonnenschein`, `Praxis Dr. Schmidt`).
    for (const [name, noun] of [['Kita_Sonnenschein', 'Kita'], ['Praxis_Dr_Schmidt', 'Praxis'], ['Uni_Hamburg', 'Uni']]) {
      expect(mappingOf('Ich: Ich war in der $' + name + '.', {seed: 1})[name]).toMatch(new RegExp('^' + noun + ' ' + town(de) + '$'))
    }
    // Only as a name's head or first word: `$Leiterin_der_Schule` is a woman.
    expect(de.female).toContain(mappingOf('Ich: Frag $Leiterin_der_Schule.', {seed: 1}).Leiterin_der_Schule)
    // Two of one noun: each its own town, neither a mask.
    const two = mappingOf('Ich: Erst die $Grundschule, dann die $Schule.', {seed: 1})
    expect(two.Grundschule).toMatch(new RegExp('^Schule ' + town(de) + '$'))
    expect(two.Schule).toMatch(new RegExp('^Schule ' + town(de) + '$'))
    expect(two.Schule).not.toBe(two.Grundschule)
    // The genitive inflects the noun, beside the name or alone (`des $Krankenhauses`), and goes back through reidentify.
    const genitive = 'Ich: Im $Krankenhaus? Die Ärzte des $Krankenhauses! Der Chef des $Vereins und des $Gymnasiums.\n'
    expect(anonymizeText(genitive, {strategy: 'generic'})).toBe('Ich: Im Krankenhaus A? Die Ärzte des Krankenhauses A! Der Chef des Vereins B und des Gymnasiums C.\n')
    const inflected: Record<string, string> = {}
    const inflectedTree = anonymize(parse(genitive), {seed: 1, mapping: inflected})
    expect(toText(inflectedTree)).toMatch(new RegExp('^Ich: Im Krankenhaus (' + town(de) + ')\\? Die Ärzte des Krankenhauses \\1! '))
    expect(inflected.Vereins).toMatch(new RegExp('^Vereins ' + town(de) + '$'))
    expect(toText(reidentify(inflectedTree, inflected))).toBe(genitive)
    // A genitive alone takes its name's value from `map` or a carried `mapping`, with the ending.
    const quiet = new VFile()
    expect(anonymizeText('Ich: Die Ärzte des $Krankenhauses und $Uwes Hund.', {strategy: 'map', map: {Krankenhaus: 'St.-Marien-Krankenhaus', Uwe: 'Olaf'}}, quiet)).toBe(
      'Ich: Die Ärzte des St.-Marien-Krankenhauses und Olafs Hund.'
    )
    expect(quiet.messages).toEqual([])
    const carried: Record<string, string> = {Krankenhaus: 'Krankenhaus Erlenheim', Anna: 'Person A'}
    const alone = 'Ich: Die Ärzte des $Krankenhauses und $Annas Hund.\n'
    const aloneTree = anonymize(parse(alone), {mapping: carried})
    expect(toText(aloneTree)).toBe("Ich: Die Ärzte des Krankenhauses Erlenheim und Person A's Hund.\n")
    expect(toText(reidentify(aloneTree, carried))).toBe(alone)
    // In capitals, and a value of the author's that ends in the noun.
    expect(anonymizeText('Ich: Im $KRANKENHAUS. Die Ärzte des $KRANKENHAUSES. $ANNAS Hund, $ANNA.', {strategy: 'generic'})).toBe(
      "Ich: Im KRANKENHAUS A. Die Ärzte des KRANKENHAUSES A. PERSON B'S Hund, PERSON B."
    )
    expect(anonymizeText('Ich: Im $Krankenhaus. Die Ärzte des $Krankenhauses.', {strategy: 'map', map: {Krankenhaus: 'St.-Anna-Krankenhaus'}})).toBe(
      'Ich: Im St.-Anna-Krankenhaus. Die Ärzte des St.-Anna-Krankenhauses.'
    )
    // English: the town first. The noun is the author's word, not the name; a town that is a
    // word of the name itself is not used (`Ashford` for `$Ashford_School`).
    const english = mappingOf('Me: The nurse at $Hospital said hi.\nMe: I teach at $Ashford_School.', {seed: 'x'})
    expect(english.Hospital).toMatch(new RegExp('^' + town(en) + ' Hospital$'))
    expect(english.Ashford_School).toMatch(new RegExp('^' + town(en) + ' School$'))
    for (const seed of 'abcdefghijklmnopqrstuvwxyz') expect(mappingOf('Me: At $Ashford_School.', {seed}).Ashford_School).not.toMatch(/ashford/i)
    expect(anonymizeText('Me: The nurse at $Hospital said hi.', {strategy: 'generic'})).toBe('Me: The nurse at Hospital A said hi.')
  })

  it("pseudonym: `in $X's office` is no town", () => {
    const mapping = mappingOf("Me: I was in $Boss's office, then in $Town.", {seed: 'x'})
    expect([...en.female, ...en.male]).toContain(mapping.Boss)
    expect(en.townStems.some((stem) => mapping.Town.startsWith(stem))).toBe(true)
  })

  it('pseudonym: a company before a legal form leaves out its own', () => {
    const mapping: Record<string, string> = {}
    const text = anonymizeText('Ich war bei der $Firma_1 GmbH. Die $Firma_1 ist gut.', {seed: 'anecdote', mapping})
    const ending = de.companyEndings.find((item) => mapping.Firma_1.endsWith(item))!
    const stem = mapping.Firma_1.slice(0, -ending.length)
    expect(text).toBe('Ich war bei der ' + stem + ' GmbH. Die ' + mapping.Firma_1 + ' ist gut.')
  })

  it('pseudonym: the genitive `$Technikers` gets the name plus `s`, or an apostrophe after s', () => {
    const tree = anonymize(parse('Herr $Techniker kam. Das ist $Technikers Auto.'), {strategy: 'map', map: {Techniker: 'Lindner'}})
    expect(all(tree, 'text').map((node) => node.value).join('')).toBe('Herr Lindner kam. Das ist Lindners Auto.')
    const other = anonymize(parse('Herr $Techniker kam. Das ist $Technikers Auto.'), {strategy: 'map', map: {Techniker: 'Albers'}})
    expect(all(other, 'text').map((node) => node.value).join('')).toBe("Herr Albers kam. Das ist Albers' Auto.")
    expect(all(other, 'text')[3].data).toEqual({anonymized: {replacement: 'Albers', suffix: 's'}})
  })

  it("the genitive apostrophe (`$Hans' Idee`, `$James’ car`) gets the replacement's genitive in the story's language, as the author wrote the apostrophe", () => {
    const cases: [string, AnonymizeOptions, string][] = [
      ["Ich: $Hans' Idee, $Hans’ Auto.", {strategy: 'map', map: {Hans: 'Georg'}}, 'Ich: Georgs Idee, Georgs Auto.'],
      ["Ich: $Hans' Idee, $Hans’ Auto.", {strategy: 'map', map: {Hans: 'Jens'}}, "Ich: Jens' Idee, Jens’ Auto."],
      ["Ich: $HANS' Idee.", {strategy: 'map', map: {HANS: 'GEORG'}}, 'Ich: GEORGS Idee.'],
      ["Me: $James' car, $James’ dog.", {strategy: 'map', map: {James: 'George'}}, "Me: George's car, George’s dog."],
      ["Me: $James' car, $James’ dog.", {strategy: 'map', map: {James: 'Lucas'}}, "Me: Lucas' car, Lucas’ dog."],
      ["Ich: $Hans' Idee.", {strategy: 'generic'}, "Ich: Person A's Idee."],
      ["Ich: $HANS' IDEE.", {strategy: 'generic'}, "Ich: PERSON A'S IDEE."],
      ["Ich: $Hans' Idee.", {strategy: 'redact'}, 'Ich: █████ Idee.']
    ]
    for (const [value, options, expected] of cases) {
      expect(anonymizeText(value, options)).toBe(expected)
      const mapping: Record<string, string> = {}
      const tree = anonymize(parse(value), {...options, mapping})
      expect(toText(tree)).toBe(expected + '\n')
      expect(toText(reidentify(tree, mapping))).toBe(value + '\n')
    }
    // In HTML markup too (an attribute, a comment), but not where the apostrophe closes a quoted value.
    const html = `<p>Ich: Hallo $Hans.</p><img alt="$Hans’ Foto" src="a.png"><img alt='Foto von $Hans' title="b"><!-- $Hans' Notiz -->`
    expect(anonymizeText(html, {format: 'html', strategy: 'map', map: {Hans: 'Georg'}})).toBe(
      `<p>Ich: Hallo Georg.</p><img alt="Georgs Foto" src="a.png"><img alt='Foto von Georg' title="b"><!-- Georgs Notiz -->`
    )
    // Markup between the name and its apostrophe stays (an author trial: `</em>` was cut out).
    expect(anonymizeText("<p>Ich: <em>$Hans</em>' Idee, <b>$Hans</b>&rsquo; Plan.</p>", {format: 'html', strategy: 'map', map: {Hans: 'Georg'}})).toBe(
      '<p>Ich: <em>Georgs</em> Idee, <b>Georgs</b> Plan.</p>'
    )
    // A speaker's identity has no apostrophe.
    const tree = anonymize(parse("$Hans' Frau: Hallo.\n$Hans: Na?"), {strategy: 'map', map: {Hans: 'Georg'}})
    expect(all(tree, 'turn').map((turn) => turn.who)).toEqual(['georg-frau', 'georg'])
  })

  it('pseudonym: one seed gives a name the same pseudonym in every story, another seed may not', () => {
    const first = mappingOf('Heute rief $Kollegin an, und ich war noch nicht da. Dann kam $Anderer.', {seed: 'blog'})
    const second = mappingOf('Eine ganz andere Geschichte mit $Zeuge und $Kollegin, die ist auch schön.', {seed: 'blog'})
    expect(second.Kollegin).toBe(first.Kollegin)
    expect(de.female).toContain(first.Kollegin)
    const seeds = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => mappingOf('Heute rief $Kollegin an.', {seed}).Kollegin))
    expect(seeds.size).toBeGreaterThan(1)
  })

  it('pseudonym: two names that collide are moved apart, whatever their order in the story', () => {
    // Two names whose hash picks the same surname under seed 0.
    const size = de.surnames.length
    const names = Array.from({length: 400}, (_, index) => 'Name' + index)
    const byPlace = new Map<number, string>()
    let pair: [string, string] | undefined
    for (const name of names) {
      const place = keyedHash('0', name) % size
      const other = byPlace.get(place)
      if (other) {
        pair = [other, name]
        break
      }
      byPlace.set(place, name)
    }
    expect(pair).toBeDefined()
    const [a, b] = pair!
    const forward = mappingOf('Herr $' + a + ' und Herr $' + b + ' kamen.')
    const backward = mappingOf('Herr $' + b + ' und Herr $' + a + ' kamen.')
    expect(forward[a]).not.toBe(forward[b])
    expect(backward).toEqual(forward)
    expect(forward[a]).toBe(de.surnames[keyedHash('0', a) % size])
  })

  it('pseudonym: never the name of another placeholder of the story', () => {
    const female = de.female
    const text = female.map((name) => '$' + name).join(' ') + ' und $Kollegin.'
    const mapping = mappingOf(text)
    for (const name of female) expect(Object.values(mapping)).not.toContain(name)
  })

  it('generic: role labels in the language, letters in order of first appearance', () => {
    expect(anonymizeText(story, {strategy: 'generic'})).toBe(
      [
        'Der Drucker',
        '',
        'Am Morgen kam Person A aus Ort B. Sie rief bei der Firma C an.',
        '',
        'Person A: Wo ist Herr D.?',
        "Ich: Der fährt nach Ort E, zu Person D's Kunden.",
        'Person A: Sag PERSON F Bescheid.'
      ].join('\n')
    )
    expect(anonymizeText('Me: I called the company $Vendor in $Town.', {strategy: 'generic'})).toBe(
      'Me: I called the company A in Place B.'
    )
  })

  it('redact: a fixed mask, configurable; no genitive', () => {
    expect(anonymizeText('Das ist $Technikers Auto, sagt $Techniker.', {strategy: 'redact'})).toBe('Das ist █████ Auto, sagt █████.')
    expect(anonymizeText('Sagt $Techniker.', {strategy: 'redact', mask: '[…]'})).toBe('Sagt […].')
  })

  it('keep: nothing changes', () => {
    const tree = parse(story)
    expect(anonymize(tree, {strategy: 'keep'})).toEqual(tree)
  })

  it('map: names missing from the map stay and are reported, or go to the fallback', () => {
    const file = new VFile(story)
    const tree = anonymize(parse(story), {strategy: 'map', map: {Kollegin: 'Sabine', $Stadt: 'Hameln'}}, file)
    expect(all(tree, 'placeholder').map((node) => node.name)).toEqual(['Heimatort', 'Sowieso', 'Techniker', 'Techniker', 'CHEF'])
    expect(file.messages.map((message) => message.ruleId + ' ' + message.line + ':' + message.column)).toEqual([
      'unmapped-placeholder 3:29',
      'unmapped-placeholder 3:64',
      'unmapped-placeholder 5:24',
      'unmapped-placeholder 6:32',
      'unmapped-placeholder 7:16'
    ])
    const fallback = anonymizeText(story, {strategy: 'map', map: {Kollegin: 'Sabine'}, fallback: 'redact'})
    expect(fallback).toContain('Sabine: Wo ist Herr █████?')
  })

  it('map: a name of the map no placeholder has is told, with the placeholder a letter away', () => {
    const text = 'Ich: Hallo $Anna.\n$Anna: Hallo, $Annas Hund bellt. $JOE auch.\n'
    const file = new VFile(text)
    const map = {Ana: 'Bea', $Joe: 'Tim', Anna: 'Eva', Zora: 'Uta', Ole: 'Per'}
    const result = anonymizeText(text, {strategy: 'map', map, reserved: ['Ole']}, file)
    expect(result).toBe('Ich: Hallo Eva.\nEva: Hallo, Evas Hund bellt. TIM auch.\n')
    expect(file.messages.map((message) => [message.ruleId, message.line, String(message.reason)])).toEqual([
      ['unused-map-key', undefined, 'Map name `$Ana` is no placeholder: not used; did you mean `$Anna`?'],
      ['unused-map-key', undefined, 'Map name `$Zora` is no placeholder: not used']
    ])
    // The tree: the same messages; another strategy reads no map.
    const again = new VFile(text)
    anonymize(parse(text), {strategy: 'map', map: {Ana: 'Bea'}, fallback: 'generic'}, again)
    expect(again.messages.map((message) => message.ruleId)).toEqual(['unused-map-key'])
    const pseudonyms = new VFile(text)
    anonymize(parse(text), {strategy: 'pseudonym', map: {Ana: 'Bea'}}, pseudonyms)
    expect(pseudonyms.messages).toEqual([])
  })

  it('map: a map of thousands of names no placeholder has, one of them very long, tells each, with the near one', () => {
    const text = 'Ich: Hallo $Anna und $Bernd.\n'
    const map: Record<string, string> = {Ana: 'Bea', ['A'.repeat(100_000)]: 'Long'}
    for (let index = 0; index < 5000; index++) map['Name' + index] = 'Wert' + index
    const file = new VFile(text)
    anonymizeText(text, {strategy: 'map', map, fallback: 'generic'}, file)
    const reasons = file.messages.map((message) => String(message.reason))
    expect(reasons).toHaveLength(5002)
    expect(reasons[0]).toBe('Map name `$Ana` is no placeholder: not used; did you mean `$Anna`?')
    expect(reasons.filter((reason) => reason.includes('did you mean'))).toHaveLength(1)
  })

  it('map: a name spelled as the map does not look it up (`Mueller` for `$Müller`) is told as not used', () => {
    const text = 'Ich: Hallo $Müller.\n'
    const file = new VFile(text)
    const result = anonymizeText(text, {strategy: 'map', map: {Mueller: 'Schmidt'}, fallback: 'generic'}, file)
    expect(result).not.toContain('Schmidt')
    expect(file.messages.map((message) => [message.ruleId, String(message.reason)])).toEqual([
      ['unused-map-key', 'Map name `$Mueller` is no placeholder: not used']
    ])
  })

  it('map: a title or kind word the context already has is not repeated', () => {
    expect(anonymizeText('Herr $X und die Firma $Y.', {strategy: 'map', map: {X: 'Herr Albers', Y: 'Firma Kranich'}})).toBe(
      'Herr Albers und die Firma Kranich.'
    )
  })

  it('fills the mapping, and keeps entries a carried-over mapping already has', () => {
    const mapping: Record<string, string> = {Kollegin: 'Person Z'}
    anonymize(parse(story), {strategy: 'generic', mapping})
    expect(mapping).toEqual({
      Kollegin: 'Person Z',
      Heimatort: 'Ort A',
      Sowieso: 'Firma B',
      Techniker: 'Person C',
      Stadt: 'Ort D',
      CHEF: 'PERSON E'
    })
  })

  it('a carried mapping handed to story after story: what the caller adds or changes between them is taken too', () => {
    // What `$Bernd` gets alone.
    const alone: Record<string, string> = {}
    anonymizeText('Ich: $Bernd.', {mapping: alone})
    const bernds = alone.Bernd!
    // Added after the mapping was read for a story, or an entry changed: no other name gets it.
    const added: Record<string, string> = {}
    anonymizeText('Ich: $Anna.', {mapping: added})
    added.Carla = bernds
    anonymizeText('Ich: $Bernd.', {mapping: added})
    expect(added.Bernd).not.toBe(bernds)
    const changed: Record<string, string> = {}
    anonymizeText('Ich: $Anna.', {mapping: changed})
    // Read by the next story, then changed.
    anonymizeText('Ich: $Dora.', {mapping: changed})
    changed.Anna = bernds
    anonymizeText('Ich: $Bernd.', {mapping: changed})
    expect(changed.Bernd).not.toBe(bernds)
    // Given back: the value is free again.
    delete changed.Anna
    delete changed.Bernd
    anonymizeText('Ich: $Dora.', {mapping: changed})
    anonymizeText('Ich: $Bernd.', {mapping: changed})
    expect(changed.Bernd).toBe(bernds)
  })

  it('a speaker label that is a placeholder: `who` follows the replacement, and comes back', () => {
    const tree = parse(story)
    expect(all(tree, 'turn').map((turn) => turn.who)).toEqual(['Kollegin', 'ich', 'Kollegin'])
    const mapping: Record<string, string> = {}
    const anonymized = anonymize(tree, {strategy: 'map', map: {Kollegin: 'Sabine Krüger'}, fallback: 'pseudonym', mapping})
    expect(all(anonymized, 'turn').map((turn) => turn.who)).toEqual(['sabine-krueger', 'ich', 'sabine-krueger'])
    expect(withoutPositions(reidentify(anonymized, mapping))).toEqual(withoutPositions(tree))
  })

  it('a comment byline with a placeholder is replaced inside the string', () => {
    const value = 'Text von $Anna.\n\n1 Kommentar:\n\n1. $Kollegin said...\n   Toll, $Anna!\n'
    expect(anonymizeText(value, {strategy: 'generic'})).toBe('Text von Person A.\n\n1 Kommentar:\n\n1. Person B said...\n   Toll, Person A!\n')
    const comment = all(anonymize(parse(value), {strategy: 'generic'}), 'comment')[0]
    expect([comment.author, comment.byline]).toEqual(['Person B', 'Person B said...'])
  })

  it('a byline with two placeholders glued (`$Anna$Bert said...`) has both replaced, as the parser reads them', () => {
    const value = 'Text von $Anna.\n\n1 Kommentar:\n\n$Anna$Bert said...\nToll!\n'
    const text = anonymizeText(value, {strategy: 'generic'})
    expect(text).toBe('Text von Person A.\n\n1 Kommentar:\n\nPerson APerson B said...\nToll!\n')
    const comment = all(anonymize(parse(value), {strategy: 'generic'}), 'comment')[0]
    expect([comment.author, comment.byline]).toEqual(['Person APerson B', 'Person APerson B said...'])
  })

  it('a comment byline with placeholders comes back through reidentify; an unrestorable one stays, recorded', () => {
    const tree = parse('Text.\n\n1 Kommentar:\n\n1. $Kollegin und $Anna schrieb:\n   Toll, $Anna!\n')
    const mapping: Record<string, string> = {}
    const anonymized = anonymize(tree, {strategy: 'map', map: {Kollegin: 'Sabine Krüger', Anna: 'Eva'}, mapping})
    const comment = all(anonymized, 'comment')[0]
    expect([comment.author, comment.byline]).toEqual(['Sabine Krüger und Eva', 'Sabine Krüger und Eva schrieb:'])
    expect(comment.data?.anonymized).toEqual([
      {field: 'author', start: 0, end: 13, replacement: 'Sabine Krüger'},
      {field: 'byline', start: 0, end: 13, replacement: 'Sabine Krüger'},
      {field: 'author', start: 18, end: 21, replacement: 'Eva'},
      {field: 'byline', start: 18, end: 21, replacement: 'Eva'}
    ])
    expect(withoutPositions(reidentify(anonymized, mapping))).toEqual(withoutPositions(tree))

    const file = new VFile()
    const partly = all(reidentify(anonymized, {Anna: 'Eva'}, file), 'comment')[0]
    expect([partly.author, partly.byline]).toEqual(['Sabine Krüger und $Anna', 'Sabine Krüger und $Anna schrieb:'])
    expect(partly.data?.anonymized).toEqual([
      {field: 'author', start: 0, end: 13, replacement: 'Sabine Krüger'},
      {field: 'byline', start: 0, end: 13, replacement: 'Sabine Krüger'}
    ])
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Cannot restore `Sabine Krüger`: not in the mapping',
      'Cannot restore `Sabine Krüger`: not in the mapping'
    ])
  })

  it('anonymizeText: replaces a placeholder in an indented byline with a date line under it', () => {
    const value = 'Text von $Anna.\n\n1 Kommentar:\n\n    $Anna schrieb:\n    21.02.2011 10:31\n    Ja, $Anna.\n'
    expect(anonymizeText(value, {strategy: 'generic'})).toBe('Text von Person A.\n\n1 Kommentar:\n\n    Person A schrieb:\n    21.02.2011 10:31\n    Ja, Person A.\n')
  })

  it('anonymizeText: every byte but the replaced spans as it was (CRLF, tabs, odd spacing)', () => {
    const value = '  Chef :\t<leise>  Wo ist $Kollegin ?\r\n\r\n\t$Kollegin  ist   in $Stadt.\r\n'
    expect(anonymizeText(value, {strategy: 'generic'})).toBe('  Chef :\t<leise>  Wo ist Person A ?\r\n\r\n\tPerson A  ist   in Ort B.\r\n')
  })

  it('anonymizeText: takes a VFile, and reports unmapped names on it', () => {
    const file = new VFile(new TextEncoder().encode('Wo ist $Kollegin?'))
    expect(anonymizeText(file, {strategy: 'map', map: {}})).toBe('Wo ist $Kollegin?')
    expect(file.messages.map((message) => message.reason)).toEqual(['Placeholder `$Kollegin` is not in the map: left as it is'])
  })
})

describe('a business named by its trade (`$Spedition_Kranz`, `$Bakery_Lane`)', () => {
  it('is a company, and the trade written alone is no name left unmarked', () => {
    const file = new VFile()
    const value = 'Am Apparat: $Frau_Brandt von der Spedition.\nIch: Nie wieder $Spedition_Kranz, nie wieder Kranz.\n'
    expect(anonymizeText(value, {strategy: 'generic'}, file)).toBe('Am Apparat: Person A von der Spedition.\nIch: Nie wieder Firma B, nie wieder Kranz.\n')
    expect(file.messages.map(String)).toEqual([
      '2:46: `Kranz` is written here without a `$`, though `$Spedition_Kranz` is a placeholder of this story: it stays as it is'
    ])
    expect(anonymizeText('Me: The bakery? $Bakery_Lane never opens.\n', {strategy: 'generic'})).toBe('Me: The bakery? Company A never opens.\n')
  })
})

describe('a genitive in a string field', () => {
  it('is the name it is the genitive of, as in text: one person, one pseudonym (a dateline’s `$Annas` was a second person)', () => {
    const text = 'Montag, 3. April 2023 | $Annas Blog\n\nIch: $Anna kommt. $Annas Auto.\nChef: Ja.\n'
    expect(toText(anonymize(parse(text), {seed: 1}))).toBe('Montag, 3. April 2023 | Veras Blog\n\nIch: Vera kommt. Veras Auto.\nChef: Ja.\n')
    expect(anonymizeText(text, {seed: 1})).toBe('Montag, 3. April 2023 | Veras Blog\n\nIch: Vera kommt. Veras Auto.\nChef: Ja.\n')
    const matter = '---\nauthor: $Annas Mann\n---\n\nIch: $Anna kommt.\nChef: Ja.\n'
    expect(anonymizeText(matter, {strategy: 'map', map: {Anna: 'Eva'}})).toBe('---\nauthor: Evas Mann\n---\n\nIch: Eva kommt.\nChef: Ja.\n')
    // The tree given is not changed.
    const tree = parse(text)
    const before = JSON.stringify(tree)
    anonymize(tree, {seed: 1})
    expect(JSON.stringify(tree)).toBe(before)
  })
})

describe('a replacement with a line break', () => {
  const text = 'Ich: Hallo $Anna.\nChef: Ja.\n'

  it('is written on one line, in every strategy that takes a value: the break would start a turn of its own', () => {
    // Was `Ich: Hallo Eva\nChef: Geheim.`: a third turn, `Chef: Geheim.`, in the story.
    expect(anonymizeText(text, {strategy: 'map', map: {Anna: 'Eva\n  Chef:\r\n Geheim'}})).toBe('Ich: Hallo Eva Chef: Geheim.\nChef: Ja.\n')
    expect(anonymizeText(text, {strategy: 'redact', mask: 'X\u2028Y\n'})).toBe('Ich: Hallo X Y.\nChef: Ja.\n')
    const mapping: Record<string, string> = {Anna: 'Eva\nMaria'}
    expect(toText(anonymize(parse(text), {mapping}))).toBe('Ich: Hallo Eva Maria.\nChef: Ja.\n')
    expect(mapping).toEqual({Anna: 'Eva Maria'})
  })
})

describe('reidentify', () => {
  const tree = parse(story)

  for (const strategy of ['pseudonym', 'generic', 'keep'] as const) {
    it(strategy + ': restores the tree (positions aside), leaving its input as it was', () => {
      const mapping: Record<string, string> = {}
      const anonymized = deepFreeze(anonymize(tree, {strategy, mapping}))
      expect(withoutPositions(reidentify(anonymized, mapping))).toEqual(withoutPositions(tree))
    })
  }

  it('redact is one-way: masks shared by every name stay, and are reported', () => {
    const mapping: Record<string, string> = {}
    const anonymized = anonymize(tree, {strategy: 'redact', mapping})
    const file = new VFile()
    const restored: Root = reidentify(anonymized, mapping, file)
    expect(all(restored, 'placeholder')).toEqual([])
    expect(new Set(file.messages.map((message) => message.ruleId))).toEqual(new Set(['unrestorable-replacement']))
    expect(file.messages).toHaveLength(all(tree, 'placeholder').length)
  })
})
