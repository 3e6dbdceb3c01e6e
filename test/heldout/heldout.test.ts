// The held-out set (issue 13): 20 stories written for this check and annotated before the rules
// were written. Do not tune rules against single misses here; add a fixture for the phenomenon.
import {describe, expect, it} from 'vitest'
import {score, stories, storiesFolder2, storiesFolder3, summary} from './score.js'

/** Annotated turns (`story:line<TAB>label`) whose line lacks the label's first word or a colon: typos in the annotation. */
function linesWithoutTheirLabel(set: ReturnType<typeof stories>): string[] {
  const wrong: string[] = []
  for (const story of set) {
    const lines = story.value.split('\n')
    for (const key of story.annotation.turns) {
      const [line, label] = key.split('\t')
      const text = (lines[Number(line) - 1] ?? '').normalize('NFC')
      if (!text.includes(label.split(' ')[0]) || !text.includes(':')) wrong.push(story.name + ':' + key)
    }
  }
  return wrong
}

// Set 1: the 20 stories of issue 13. Set 2: 16 stories written and annotated blind (before their
// author read src/parse/ or fixtures/), when set 1 was well known to the rules. Set 3: 12 more,
// written the same way when sets 1 and 2 were known. The figure each
// asserts is the one measured (test/heldout/README.md, where the scores are; `HELDOUT_REPORT=1`
// prints them); a miss becomes a fixture of its phenomenon, never a rule for a story.
const sets = [
  {title: 'held-out stories', folder: undefined, count: 20, f1: 0.98},
  {title: 'held-out stories, set 2', folder: storiesFolder2, count: 16, f1: 1},
  {title: 'held-out stories, set 3', folder: storiesFolder3, count: 12, f1: 1}
]

for (const {title, folder, count, f1} of sets) {
  describe(title, () => {
    const set = stories(folder)

    it(`has ${count} stories, each with its annotation`, () => {
      expect(set.length).toBe(count)
    })

    // Guards the annotations against typos: each annotated line holds its label before a colon.
    it('annotates lines that hold their label', () => {
      expect(linesWithoutTheirLabel(set)).toEqual([])
    })

    it(`finds the annotated turns (F1 ≥ ${f1})`, () => {
      const {score: total} = score(set)
      if (process.env.HELDOUT_REPORT) console.log(summary(total))
      expect(total.f1).toBeGreaterThanOrEqual(f1)
    })
  })
}
