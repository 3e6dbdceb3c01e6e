// The options of parse(): `lang` and `cast` (what any option may be: test/reliability/never-throws.test.ts).
import {describe, expect, it} from 'vitest'
import {parse, toText} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'
import {parseFixture, readFixture, speakers} from '../util/story.js'
import {all} from '../util/tree.js'

describe('option `lang`', () => {
  const german = ['fahren-sie-mal-da-hin', 'directions-de', 'notes-de', 'gendered-label', 'comments-one-de', 'dateline-iso']
  const english = ['directions-en', 'lowercase-chat', 'speaker-variants', 'comments-many-en', 'dateline-en-us', 'money']

  it('detects German stories by default', () => {
    expect(german.map((name) => [name, parseFixture(name).lang])).toEqual(german.map((name) => [name, 'de']))
  })

  it('detects English stories by default', () => {
    expect(english.map((name) => [name, parseFixture(name).lang])).toEqual(english.map((name) => [name, 'en']))
  })

  it('detects the language each fixture is written in', () => {
    const written: Record<string, 'de' | 'en'> = {
      'abbreviation-alias': 'de', 'blog-furniture-de': 'de', 'blog-furniture-en': 'en', 'bullets-de': 'de',
      'colon-spacing': 'de', 'comments-bylines-de': 'de', 'comments-byline-blank': 'de', 'comments-dated': 'de', 'comments-en-separate': 'en', 'comments-many-en': 'en',
      'comments-none-de': 'de', 'comments-one-de': 'de', 'comments-one-en': 'en', 'continued-turn': 'en',
      'dateline-en-uk': 'en', 'dateline-en-us': 'en', 'dateline-iso': 'de', 'dateline-slashes-en': 'en', 'dateline-slashes-not': 'de', 'dateline-weekday-short-de': 'de', 'decomposed-umlauts': 'de',
      'dialogue-paragraphs': 'de', 'directions-de': 'de', 'directions-en': 'en', 'email-headers': 'de',
      'fahren-sie-mal-da-hin': 'de', 'gendered-label': 'de', 'genitive-placeholder': 'de', 'glued-marker': 'de', 'label-own-line': 'de',
      'list-lines-de': 'de', 'list-lines-en': 'en', 'long-label': 'en', 'lowercase-chat': 'en', 'money': 'en',
      'multi-word-labels': 'de', 'narration-colon': 'de', 'no-space-after-colon': 'de', 'not-cues': 'de',
      'notes-de': 'de', 'notes-en': 'en', 'numbered-cues': 'en', 'numbered-customers': 'en', 'placeholder-labels': 'de',
      'run-on-turns': 'en', 'self-labels': 'en', 'speaker-variants': 'en', 'speech-verbs-de': 'de', 'speech-verbs-en': 'en',
      'strangers': 'de', 'title-no-dateline': 'de',
      // The parity fixtures of issue 12.
      'comments-unnumbered': 'de', 'dateline-first-line': 'de', 'note-numbered': 'en', 'said-after-turn': 'de', 'title-plain': 'de',
      // Issue 18's round trips.
      'comment-empty': 'de', 'direction-extra-closer': 'de',
      // Held-out set 2: chat transcripts with times in brackets, forum bylines, lists after a colon, a German WordPress comment header.
      'chat-times-de': 'de', 'chat-times-en': 'en', 'dateline-forum-byline-de': 'de', 'dateline-forum-byline-en': 'en', 'list-after-colon-de': 'de', 'list-after-colon-en': 'en', 'comment-header-antworten-de': 'de', 'comment-date-footer-de': 'de', 'comment-date-footer-en': 'en',
      // Held-out set 3: the other German WordPress comment header, a one-off after the dialogue.
      'comment-header-gedanken-de': 'de', 'one-off-after-dialogue-de': 'de', 'one-off-after-dialogue-en': 'en', 'one-off-after-dialogue-not': 'en', 'role-labels-law-en': 'en', 'note-among-fields-de': 'de', 'note-among-fields-en': 'en',
      // German WordPress bylines.
      'comments-wordpress-de': 'de',
      // A number word and a reply noun in the story.
      'comment-header-reply-not-de': 'de', 'comment-header-reply-not-en': 'en',
      'comment-header-thought-not-de': 'de', 'comment-header-thought-not-en': 'en',
      'run-on-long-label-de': 'de', 'run-on-long-label-en': 'en', 'long-label-head-de': 'de', 'long-label-head-en': 'en', 'lead-in-de': 'de', 'lead-in-en': 'en', 'comments-numbered-gap-de': 'de', 'comments-numbered-gap-en': 'en', 'run-on-role-de': 'de', 'run-on-role-en': 'en', 'placeholder-label-comma-de': 'de', 'placeholder-label-comma-en': 'en', 'dateline-then-narration-de': 'de', 'dateline-then-narration-en': 'en',
      // The header of one comment.
      'comment-header-eine-de': 'de', 'comment-header-one-en': 'en',
      // A story redacted by `anonymize`.
      'redacted-speakers': 'de',
      // Front matter.
      'frontmatter-not': 'de', 'frontmatter-yaml': 'de',
      // Issue 13's kinds.
      'comma-direction-de': 'de', 'comma-direction-en': 'en', 'comma-direction-not': 'de', 'comma-direction-titled-de': 'de', 'comma-direction-titled-en': 'en', 'comma-direction-titled-not': 'de', 'comment-headers-de': 'de', 'comment-headers-de-2': 'de', 'comment-headers-de-3': 'de', 'comment-headers-en': 'en', 'comment-headers-en-2': 'en', 'comment-headers-en-3': 'en', 'comment-headers-not': 'de', 'dateline-below-title-de': 'de', 'dateline-below-title-en': 'en', 'dateline-below-title-not': 'de', 'dateline-below-title-not-2': 'de', 'dateline-below-title-not-3': 'en', 'dateline-below-title-not-note-de': 'de', 'dateline-below-title-not-note-en': 'en', 'dateline-in-byline-de': 'de', 'dateline-in-byline-en': 'en', 'dateline-in-byline-not': 'de', 'dateline-in-byline-not-note-de': 'de', 'dateline-in-byline-not-note-en': 'en', 'dateline-in-byline-not-turn-de': 'de', 'dateline-in-byline-not-turn-en': 'en', 'dateline-ordinal-en': 'en', 'dateline-ordinal-en-2': 'en', 'dateline-ordinal-not': 'en', 'gloss-notes-de': 'de', 'gloss-notes-en': 'en', 'gloss-notes-not': 'de', 'glued-speech-de': 'de', 'glued-speech-en': 'en', 'glued-speech-not': 'de', 'label-alone-de': 'de', 'label-alone-en': 'en', 'label-alone-not': 'de', 'label-qualifier-de': 'de', 'label-qualifier-en': 'en', 'label-qualifier-not': 'de', 'long-first-label-de': 'de', 'long-first-label-en': 'en', 'long-first-label-not': 'en', 'numbered-roles-de': 'de', 'numbered-roles-en': 'en', 'numbered-roles-not': 'de', 'one-off-paragraphs-de': 'de', 'one-off-paragraphs-en': 'en', 'one-off-paragraphs-not': 'de', 'pronoun-kin-labels-de': 'de', 'pronoun-kin-labels-en': 'en', 'pronoun-kin-labels-not': 'de', 'role-labels-de': 'de', 'role-labels-en': 'en', 'role-labels-not': 'de', 'run-on-alias-de': 'de', 'run-on-alias-en': 'en', 'run-on-alias-not': 'de', 'symbol-before-label-de': 'de', 'symbol-before-label-en': 'en', 'symbol-before-label-not': 'de'
    }
    const detected = Object.fromEntries(fixtures('text').map((fixture) => [fixture.name, parse(fixture.value).lang]))
    expect(detected).toEqual(written)
  })

  it('detects the language of a story of one or two lines of dialogue', () => {
    const stories = {
      '$Anna: Kommst du morgen?': 'de',
      'Mutter: Iss dein Gemüse, $Anna!': 'de',
      '$Anna: Guten Morgen!': 'de',
      '$Anna: Tschüss!': 'de',
      'Good morning, $Anna!': 'en',
      'Kunde: Bitte zwei Brötchen.\nIch: Hier, danke.': 'de',
      'Boss: Where were your keys, $Tom?': 'en',
      '$Tom: Could you help me?\nMe: Why?': 'en',
      '$Tom: Please, get out!': 'en'
    }
    expect(Object.fromEntries(Object.keys(stories).map((text) => [text, parse(text).lang]))).toEqual(stories)
  })

  it("leaves a blog's share and like lines out of the language (`Share to Twitter` under a German story)", () => {
    const blogger = '\n\nEmail This\nBlogThis!\nShare to Twitter\nShare to Facebook\nShare to Pinterest\n'
    const wordpress = '\n\nShare this:\n\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nRelated\n'
    const german = '\n\nTeilen mit:\n\nGefällt mir:\nGefällt mir Wird geladen …\n\nÄhnliche Beiträge\n'
    expect(parse('$Anna: Kommst du morgen?' + blogger).lang).toBe('de')
    expect(parse('Kunde: Bitte zwei Brötchen.\nIch: Hier, danke.' + wordpress).lang).toBe('de')
    expect(parse('$Tom: Could you help me?' + german).lang).toBe('en')
    // On one line, spaced or glued, as Blogger's footer is copied (an author trial).
    expect(parse('Ich: Wo ist $Chef?\n\nShare to Twitter Share to Facebook Email This BlogThis! Share to Pinterest\n').lang).toBe('de')
    expect(parse('Ich: Wo ist $Chef?\n\nEmail ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest\n').lang).toBe('de')
    // The same words in a line of the story count.
    expect(parse('$Anna: Kommst du morgen?\nIch: Share this with me, to the end.').lang).toBe('en')
    // Nothing else changes: the lines are the story's text.
    expect(toText(parse('$Anna: Kommst du morgen?' + blogger))).toBe('$Anna: Kommst du morgen?' + blogger)
  })

  it('detects the same with `lang: "auto"`', () => {
    expect(parseFixture('directions-de', {lang: 'auto'}).lang).toBe('de')
    expect(parseFixture('directions-en', {lang: 'auto'}).lang).toBe('en')
  })

  it('takes the language as given over the detected one', () => {
    expect(parseFixture('directions-de', {lang: 'en'}).lang).toBe('en')
    expect(parseFixture('directions-en', {lang: 'de'}).lang).toBe('de')
  })

  it('leaves `lang` out when nothing tells', () => {
    expect(parse('Xyz: 123.').lang).toBeUndefined()
    expect(parse('')).not.toHaveProperty('lang')
  })

  it('does not change how the story is read', () => {
    const auto = parseFixture('directions-de')
    const forced = parseFixture('directions-de', {lang: 'en'})
    expect({...forced, lang: 'de'}).toEqual(auto)
  })
})

describe('option `cast`', () => {
  const cast = {verkaeufer: ['Kollege', 'Verkäufer']}

  it('gives both labels of the seed’s salesman the identity `verkaeufer`', () => {
    const tree = parse(readFixture('fahren-sie-mal-da-hin'), {cast})
    const turns = all(tree, 'turn').filter((turn) => turn.who === 'verkaeufer')
    expect(turns.map((turn) => turn.position!.start.line)).toEqual([15, 17, 27])
    expect(speakers(tree).filter((entry) => entry.endsWith('verkaeufer'))).toEqual([
      'Kollege → verkaeufer', 'Kollege → verkaeufer', 'Verkäufer → verkaeufer'
    ])
  })

  it('without it, the two labels are two identities', () => {
    const tree = parse(readFixture('fahren-sie-mal-da-hin'))
    expect(speakers(tree).filter((entry) => /Kollege|Verkäufer/.test(entry))).toEqual([
      'Kollege → kollege', 'Kollege → kollege', 'Verkäufer → verkaeufer'
    ])
  })

  it('matches labels as slugs: case, umlaut spelling and punctuation do not matter', () => {
    const tree = parse('Mrs. Caller: Hello.\nMe: Hi.\n', {cast: {caller: ['mrs caller'], self: ['ME']}})
    expect(speakers(tree)).toEqual(['Mrs. Caller → caller', 'Me → self'])
  })

  it('makes a one-off label the caller named a speaker', () => {
    const text = 'Ein ruhiger Tag.\nPförtner: Guten Morgen.\nDanach war es still.\n'
    expect(speakers(parse(text))).toEqual([])
    expect(speakers(parse(text, {cast: {pfoertner: ['Pförtner']}}))).toEqual(['Pförtner → pfoertner'])
  })

  it('throws a TypeError naming an entry that is no list of strings, or the label that is no string (they were left out without a word)', () => {
    const text = 'Ich: Hallo.\nChef: Ja.\n'
    // @ts-expect-error: callers in JavaScript pass anything.
    expect(() => parse(text, {cast: {chef: 'Chef'}})).toThrow(new TypeError('parse: options.cast.chef must be an array of strings, not "Chef"'))
    // @ts-expect-error: callers in JavaScript pass anything.
    expect(() => parse(text, {cast: {boss: ['Boss', 3]}})).toThrow(new TypeError('parse: options.cast.boss.1 must be a string, not 3'))
  })
})
