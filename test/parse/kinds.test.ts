// Issue 13, kind by kind: each fixture's facts. The whole trees are compared in fixtures.test.ts;
// here a failing test names what broke.
import {describe, expect, it} from 'vitest'
import type {Root} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'
import {commentsOf, parseFixture, speech} from '../util/story.js'
import {all, textOf} from '../util/tree.js'
import {kindFixtures, kinds} from './kinds.js'

/** Each turn as `<line> <speaker as written>`. */
function turns(tree: Root): string[] {
  return all(tree, 'turn').map((turn) => turn.position!.start.line + ' ' + textOf(turn.children[0]))
}

/** Each top-level block that is not dialogue, as `<type>@<first line>`. */
function others(tree: Root): string[] {
  return tree.children.filter((node) => node.type !== 'dialogue').map((node) => node.type + '@' + node.position!.start.line)
}

function fixture(name: string, facts: (tree: Root) => void): void {
  describe(name, () => facts(parseFixture(name)))
}

describe('issue 13 kinds', () => {
  it('each list fixtures that exist', () => {
    const names = new Set(fixtures('text').map((fixture) => fixture.name))
    expect([...kindFixtures].filter((name) => !names.has(name))).toEqual([])
    for (const kind of kinds) expect(kind.positive.length * kind.negative.length, String(kind.id)).toBeGreaterThan(0)
  })
})

// 1. A one-off label between turns, blank lines apart.
fixture('one-off-paragraphs-de', (tree) => {
  it('takes the one-off label between two turns across blank lines', () => {
    expect(turns(tree)).toEqual(['3 Ich', '5 Mann mit Regenschirm', '7 Ich'])
  })
})
fixture('one-off-paragraphs-en', (tree) => {
  it('takes the one-off label between two turns across blank lines', () => {
    expect(turns(tree)).toEqual(['3 Me', '5 Girl with headphones', '7 Me'])
  })
})
fixture('one-off-paragraphs-not', (tree) => {
  it('keeps `Problem:` / `Lösung:` paragraphs between turns narration, and `Update:` a note', () => {
    expect(turns(tree)).toEqual(['3 Chef', '4 Ich', '10 Chef'])
    expect(others(tree)).toEqual(['narration@1', 'narration@6', 'narration@8', 'note@12'])
  })
})

// 2. Role nouns.
fixture('role-labels-de', (tree) => {
  it('takes role nouns said once as speakers, with an article or a possessive', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Kunde', '5 Ich', '9 Kundin', '13 Meine Kollegin', '15 Der Azubi', '16 Ich'])
  })
})
fixture('role-labels-en', (tree) => {
  it('takes role nouns said once as speakers, with an adjective or an article', () => {
    expect(turns(tree)).toEqual(['3 Me', '4 Customer', '5 Me', '9 Elderly customer', '11 The new guy', '13 Manager', '14 Me'])
  })
})
fixture('role-labels-not', (tree) => {
  it('keeps a ticket’s fields narration, a role field (`Kunde: Firma Schulz`) among them', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Chef', '5 Ich', '12 Chef'])
    expect(others(tree)).toEqual(['narration@1', 'narration@7'])
  })
})

// 3. A direction after a comma before the colon.
fixture('comma-direction-de', (tree) => {
  it('reads the words after the comma as a direction of the speaker', () => {
    expect(turns(tree)).toEqual(['3 Kunde', '4 Ich', '5 Verkäuferin', '6 Kunde'])
    const [, , third, fourth] = all(tree, 'turn')
    expect(third.children[1]).toMatchObject({type: 'direction', marker: 'comma'})
    expect(textOf(third.children[1])).toBe('mit einem breiten Grinsen')
    expect(textOf(fourth.children[1])).toBe('ohne aufzusehen')
    expect(fourth.who).toBe('kunde')
  })
})
fixture('comma-direction-en', (tree) => {
  it('reads the words after the comma as a direction of the speaker', () => {
    expect(turns(tree)).toEqual(['3 Me', '4 Coworker', '5 Me', '6 Boss', '7 Coworker'])
    expect(textOf(all(tree, 'turn')[1].children[1])).toBe('picking up the phone')
    expect(speech(all(tree, 'turn')[3])).toBe('without looking upWho was it?')
  })
})
fixture('comma-direction-not', (tree) => {
  it('keeps `Er sagte, …:`, `Also, …:` and `Well, …:` narration, and takes a speaker’s comma direction', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Beamter', '10 Beamter', '11 Beamter'])
    expect(others(tree)).toEqual(['narration@1', 'narration@6'])
  })
})

// 4. A qualifier in brackets in the label.
fixture('label-qualifier-de', (tree) => {
  it('takes a role with a qualifier in brackets as a speaker', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Kunde', '8 Schichtleiterin', '10 Ich'])
    expect(all(tree, 'turn')[2].children[1]).toMatchObject({type: 'direction', marker: 'paren'})
  })
})
fixture('label-qualifier-en', (tree) => {
  it('takes `Supervisor (the night one):` as a turn', () => {
    expect(turns(tree)).toEqual(['3 Me', '5 Supervisor', '7 Me'])
    expect(textOf(all(tree, 'turn')[1].children[1])).toBe('the night one')
  })
})
fixture('label-qualifier-not', (tree) => {
  it('keeps `Öffnungszeiten (laut Schild):` narration and reads `Nachtrag (am Abend):` as a note', () => {
    expect(turns(tree)).toEqual(['3 Chef', '4 Ich'])
    expect(others(tree)).toEqual(['narration@1', 'narration@6', 'note@7'])
    expect(tree.children[3]).toMatchObject({type: 'note', label: 'Nachtrag (am Abend):'})
  })
})

// 5. A symbol before the label.
fixture('symbol-before-label-de', (tree) => {
  it('finds the turn and keeps the symbol as its bullet', () => {
    expect(turns(tree)).toEqual(['3 Chef', '4 Ich', '5 Ich'])
    expect(all(tree, 'turn').map((turn) => turn.bullet)).toEqual(['»', '»', '🙄'])
  })
})
fixture('symbol-before-label-en', (tree) => {
  it('finds the turn after `#3`, `»` and an emoji', () => {
    expect(turns(tree)).toEqual(['3 Me', '4 Customer', '5 Me', '6 Customer'])
    expect(all(tree, 'turn').map((turn) => turn.bullet)).toEqual(['#3', '#4', '»', '😅'])
  })
})
fixture('symbol-before-label-not', (tree) => {
  it('keeps a time, a URL and a one-off phrase after a symbol narration', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Chef'])
    expect(others(tree)).toEqual(['narration@1', 'narration@6'])
  })
})

// 6. A numeral or letter after the role.
fixture('numbered-roles-de', (tree) => {
  it('takes `Kunde I`, `Kunde II`, `Azubi 2`, `Chef A` as speakers, each its own', () => {
    expect(turns(tree)).toEqual(['3 Ich', '7 Kunde I', '8 Kunde II', '10 Azubi 2', '12 Chef A', '13 Ich'])
    expect(all(tree, 'turn').map((turn) => turn.who)).toEqual(['ich', 'kunde-i', 'kunde-ii', 'azubi-2', 'chef-a', 'ich'])
  })
})
fixture('numbered-roles-en', (tree) => {
  it('takes `Kid 1` and `Kid 2` as two speakers', () => {
    expect(turns(tree)).toEqual(['3 Me', '7 Kid 1', '8 Kid 2', '10 Me'])
  })
})
fixture('numbered-roles-not', (tree) => {
  it('keeps `Schritt 1:`, `Raum 2:`, `Step 3:` narration', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Chef'])
    expect(others(tree)).toEqual(['narration@1', 'narration@6'])
  })
})

// 7. A label alone on its line, speech below.
fixture('label-alone-de', (tree) => {
  it('takes a role label alone on its line, with the speech below, as a turn', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Kollegin', '6 Azubi', '9 Ich'])
    expect(speech(all(tree, 'turn')[2])).toBe('\nIch hab den Drucker nicht angefasst.')
  })
})
fixture('label-alone-en', (tree) => {
  it('takes a role label alone on its line, with the speech below, as a turn', () => {
    expect(turns(tree)).toEqual(['3 Me', '4 Coworker', '6 Intern', '9 Me'])
  })
})
fixture('label-alone-not', (tree) => {
  it('keeps `Zutaten:` and `Ergebnis:` over their lines narration', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Kollegin'])
    expect(others(tree)).toEqual(['narration@1', 'narration@6', 'narration@9'])
  })
})

// 8. A pronoun or a kinship word as a label once.
fixture('pronoun-kin-labels-de', (tree) => {
  it('takes `Sie:` alone between narration as a turn', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Vater', '8 Sie', '12 Mama', '13 Ich'])
  })
})
fixture('pronoun-kin-labels-en', (tree) => {
  it('takes `She:` and `Grandma:` as turns', () => {
    expect(turns(tree)).toEqual(['3 Me', '4 Uncle', '8 She', '10 Grandma', '11 Me'])
  })
})
fixture('pronoun-kin-labels-not', (tree) => {
  it('keeps `Er sagte:`, `Sie meinte nur:`, `Ich dachte mir:`, `She said:` narration', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Beamtin'])
    expect(others(tree)).toEqual(['narration@1', 'narration@6'])
  })
})

// 9. A long descriptive first label opening a dialogue.
fixture('long-first-label-de', (tree) => {
  it('takes the long label with a relative clause as the first speaker', () => {
    expect(turns(tree)).toEqual(['3 Älterer Herr mit Hut, der jeden Freitag um fünf vor sechs anruft', '4 Ich', '5 Herr'])
  })
})
fixture('long-first-label-en', (tree) => {
  it('takes a label of ten words as the first speaker', () => {
    expect(turns(tree)).toEqual(['3 Customer who calls every Friday at five to six', '4 Me', '5 Customer'])
  })
})
fixture('long-first-label-not', (tree) => {
  it('keeps a long phrase that names no person out of the turns', () => {
    expect(turns(tree)).toEqual(['3 Me', '4 Customer', '6 Customer'])
  })
})

// 10. No space after the colon.
fixture('glued-speech-de', (tree) => {
  it('takes turns with the speech glued to the colon', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Kunde', '5 Ich', '9 Kundin'])
    expect(all(tree, 'turn')[3].children[1]).toMatchObject({type: 'direction', marker: 'paren'})
  })
})
fixture('glued-speech-en', (tree) => {
  it('takes turns with the speech glued to the colon, a quote or a direction first', () => {
    expect(turns(tree)).toEqual(['3 Customer', '4 Me', '5 Customer', '6 Me'])
    expect(all(tree, 'turn')[3].children[1]).toMatchObject({type: 'direction', marker: 'star'})
  })
})
fixture('glued-speech-not', (tree) => {
  it('keeps `Re:Re:`, `Std.:`, `10:30` and `http://` narration', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Chef'])
    expect(others(tree)).toEqual(['narration@1', 'narration@6'])
  })
})

// 11. Turns run on in one line, an abbreviation introduced in the first label.
fixture('run-on-alias-de', (tree) => {
  it('splits the line into three turns; the abbreviation is the first speaker', () => {
    expect(turns(tree)).toEqual(['3 Ich', '5 Hausmeister (HM)', '5 Ich', '5 HM'])
    expect(all(tree, 'turn').map((turn) => turn.who)).toEqual(['ich', 'hausmeister', 'ich', 'hausmeister'])
  })
})
fixture('run-on-alias-en', (tree) => {
  it('splits the line into three turns, for a speaker who is no role', () => {
    expect(turns(tree)).toEqual(['3 Me', '5 Big Steve (BS)', '5 Me', '5 BS'])
    expect(all(tree, 'turn').map((turn) => turn.who)).toEqual(['me', 'big-steve', 'me', 'big-steve'])
  })
})
fixture('run-on-alias-not', (tree) => {
  it('does not split `Ergebnis:` or `Uhrzeit:` off a turn', () => {
    expect(turns(tree)).toEqual(['3 Ich', '4 Kunde', '5 Ich'])
    expect(speech(all(tree, 'turn')[0])).toBe('Ich habe das Log geprüft. Ergebnis: nichts. Uhrzeit: 10:30.')
  })
})

// 12. A gloss or translation label starts a note.
fixture('gloss-notes-de', (tree) => {
  it('reads `Übersetzt:` and `Gemeint war:` as notes', () => {
    expect(turns(tree)).toEqual(['3 Kunde', '4 Ich', '6 Kunde'])
    expect(all(tree, 'note').map((note) => note.label)).toEqual(['Übersetzt:', 'Gemeint war:'])
  })
})
fixture('gloss-notes-en', (tree) => {
  it('reads `Translation:` and `In plain words:` as notes', () => {
    expect(turns(tree)).toEqual(['3 Customer', '4 Me', '6 Customer'])
    expect(all(tree, 'note').map((note) => note.label)).toEqual(['Translation:', 'In plain words:'])
  })
})
fixture('gloss-notes-not', (tree) => {
  it('keeps the interpreter a speaker', () => {
    expect(turns(tree)).toEqual(['3 Notar', '4 Ich', '5 Dolmetscherin', '6 Notar'])
  })
})

// 13. A dateline below the title.
fixture('dateline-below-title-de', (tree) => {
  it('reads the date under the title as the dateline', () => {
    expect(others(tree)).toEqual(['title@1', 'dateline@3', 'narration@5'])
    expect(tree.children[1]).toMatchObject({type: 'dateline', value: 'Mittwoch, 14. Juni 2017', date: '2017-06-14'})
  })
})
fixture('dateline-below-title-en', (tree) => {
  it('reads the date under the title as the dateline', () => {
    expect(others(tree)).toEqual(['title@1', 'dateline@3', 'narration@5'])
    expect(tree.children[1]).toMatchObject({type: 'dateline', value: 'June 14, 2017', date: '2017-06-14'})
  })
})
fixture('dateline-below-title-not', (tree) => {
  it('keeps a sentence with a date under the title narration', () => {
    expect(others(tree)).toEqual(['title@1', 'narration@3'])
  })
})
fixture('dateline-below-title-not-2', (tree) => {
  it('keeps a date under an opening turn narration: a turn is no title', () => {
    expect(others(tree)).toEqual(['narration@3'])
    expect(turns(tree)).toEqual(['1 Kunde', '5 Ich', '6 Kunde'])
  })
})
for (const lang of ['de', 'en']) {
  fixture('dateline-below-title-not-note-' + lang, (tree) => {
    it('keeps a note with a date under a title a note (`Update: fixed | June 14, 2017`)', () => {
      expect(others(tree)).toEqual(['title@1', 'note@3', 'narration@5'])
    })
  })
}
fixture('dateline-below-title-not-3', (tree) => {
  it('keeps a note with a date (`Update (later): - May 1, 2020`) under an opening turn a note', () => {
    expect(others(tree)).toEqual(['note@3'])
    expect(turns(tree)).toEqual(['1 Me', '5 Customer', '6 Me'])
  })
})

// 14. A date inside a byline or meta line at the top.
fixture('dateline-in-byline-de', (tree) => {
  it('reads `Veröffentlicht am … von …` as the dateline, with its date', () => {
    expect(others(tree)).toEqual(['dateline@1', 'title@3', 'narration@5'])
    expect(tree.children[0]).toMatchObject({type: 'dateline', value: 'Veröffentlicht am 3. März 2012 von Ben', date: '2012-03-03'})
  })
})
fixture('dateline-in-byline-en', (tree) => {
  it('reads a meta line with `|` and a date as the dateline', () => {
    expect(others(tree)).toEqual(['dateline@1', 'title@3', 'narration@5'])
    expect(tree.children[0]).toMatchObject({type: 'dateline', value: 'Filed under Work | by Ann | March 2, 2020', date: '2020-03-02'})
  })
})
fixture('dateline-in-byline-not', (tree) => {
  it('keeps a first sentence with a date narration', () => {
    expect(others(tree)).toEqual(['narration@1'])
    expect(turns(tree)).toEqual(['3 Ben', '4 Ich'])
  })
})
for (const lang of ['de', 'en']) {
  fixture('dateline-in-byline-not-note-' + lang, (tree) => {
    it('keeps a first line that is a note a note, a meta line with a date though it reads as', () => {
      expect(others(tree)).toEqual(['note@1', 'narration@3'])
      expect(turns(tree)).toHaveLength(2)
    })
  })
  fixture('dateline-in-byline-not-turn-' + lang, (tree) => {
    it('keeps a first line that is a turn a turn, a meta line with a date though it reads as', () => {
      expect(others(tree)).toEqual([])
      expect(turns(tree).map((turn) => turn.split(' ')[0])).toEqual(['1', '3', '4'])
    })
  })
}

// 15. English ordinals and abbreviated months, with a time run on.
fixture('dateline-ordinal-en', (tree) => {
  it('reads `Nov. 2nd, 2014 8:07 pm` as the dateline 2014-11-02', () => {
    expect(others(tree)).toEqual(['dateline@1', 'title@3', 'narration@5'])
    expect(tree.children[0]).toMatchObject({type: 'dateline', value: 'Nov. 2nd, 2014 8:07 pm', date: '2014-11-02'})
  })
})
fixture('dateline-ordinal-en-2', (tree) => {
  it('reads `Sept. 3rd 2019, 9:15 pm` as the dateline 2019-09-03', () => {
    expect(tree.children[0]).toMatchObject({type: 'dateline', value: 'Sept. 3rd 2019, 9:15 pm', date: '2019-09-03'})
  })
})
fixture('dateline-ordinal-not', (tree) => {
  it('keeps a sentence starting with an ordinal date and no year narration', () => {
    expect(others(tree)).toEqual(['narration@1'])
  })
})

// 16. Comment headers and bylines of other blog systems.
fixture('comment-headers-de', (tree) => {
  it('reads `bisher 3 Kommentar(e)` and `Name am d.m.yy hh:mm` bylines', () => {
    const comments = commentsOf(tree)
    expect(comments).toMatchObject({type: 'comments', label: 'bisher 3 Kommentar(e)', count: 3})
    expect(comments!.children.map((comment) => [comment.author, comment.date])).toEqual([
      ['Jens', '2012-02-04T10:03'],
      ['Frieda', '2012-02-04T12:47'],
      ['Kai', '2012-02-05T19:02']
    ])
  })
})
fixture('comment-headers-de-2', (tree) => {
  it('reads `Kommentare (2)` and `Name (d.m.yy hh:mm)` bylines', () => {
    const comments = commentsOf(tree)
    expect(comments).toMatchObject({label: 'Kommentare (2)', count: 2})
    expect(comments!.children.map((comment) => [comment.author, comment.date])).toEqual([
      ['Paula', '2012-02-04T09:41'],
      ['Jens', '2012-02-04T10:03']
    ])
  })
})
fixture('comment-headers-de-3', (tree) => {
  it('reads `5 Kommentar(e)` with five comments', () => {
    expect(commentsOf(tree)).toMatchObject({label: '5 Kommentar(e)', count: 5})
    expect(commentsOf(tree)!.children).toHaveLength(5)
  })
})
fixture('comment-headers-en', (tree) => {
  it('reads `3 Responses to “Title”` with three comments', () => {
    expect(commentsOf(tree)).toMatchObject({label: '3 Responses to “School pickup”', count: 3})
    expect(commentsOf(tree)!.children).toHaveLength(3)
  })
})
fixture('comment-headers-en-2', (tree) => {
  it('reads `One thought on “Title”` with one comment', () => {
    expect(commentsOf(tree)).toMatchObject({label: 'One thought on “Call center”', count: 1})
    expect(commentsOf(tree)!.children).toHaveLength(1)
  })
})
fixture('comment-headers-en-3', (tree) => {
  it('reads `2 thoughts on “Title”` and dated bylines', () => {
    const comments = commentsOf(tree)
    expect(comments).toMatchObject({label: '2 thoughts on “Open office”', count: 2})
    expect(comments!.children.map((comment) => [comment.author, comment.date])).toEqual([
      ['Lee', '2020-03-02T12:05'],
      ['Ravi', '2020-03-02T18:40']
    ])
  })
})
fixture('comment-headers-not', (tree) => {
  it('keeps lines that only mention comments or thoughts narration', () => {
    expect(commentsOf(tree)).toBeUndefined()
    expect(others(tree)).toEqual(['title@1', 'narration@6'])
  })
})

describe('the `cast` option still overrides the word lists', () => {
  it('makes a field label it names a speaker, in a paragraph of fields too', () => {
    const tree = parseFixture('role-labels-not', {cast: {kunde: ['Kunde'], problem: ['Problem']}})
    expect(turns(tree)).toEqual(['3 Ich', '4 Chef', '5 Ich', '8 Kunde', '9 Problem', '12 Chef'])
  })

  it('gives a role, a comma cue and a symbol cue the identity it names', () => {
    expect(all(parseFixture('role-labels-en', {cast: {tom: ['The new guy']}}), 'turn').map((turn) => turn.who)).toContain('tom')
    expect(all(parseFixture('comma-direction-de', {cast: {anna: ['Verkäuferin']}}), 'turn')[2].who).toBe('anna')
    expect(all(parseFixture('symbol-before-label-de', {cast: {boss: ['Chef']}}), 'turn')[0].who).toBe('boss')
  })
})
