// The held-out set (issue 13): 20 stories written for this check and annotated before the rules
// were written. Do not tune rules against single misses here; add a fixture for the phenomenon.
import {describe, expect, it} from 'vitest'
import {score, stories, storiesFolder2, summary} from './score.js'

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

describe('held-out stories', () => {
  const set = stories()

  it('has 20 stories, each with its annotation', () => {
    expect(set.length).toBe(20)
  })

  // Guards the annotations against typos: each annotated line holds its label before a colon.
  it('annotates lines that hold their label', () => {
    expect(linesWithoutTheirLabel(set)).toEqual([])
  })

  // Scores are in test/heldout/README.md (`HELDOUT_REPORT=1` prints the figures).
  it('finds the annotated turns (F1 ≥ 0.98)', () => {
    const {score: total} = score(set)
    if (process.env.HELDOUT_REPORT) console.log(summary(total))
    expect(total.f1).toBeGreaterThanOrEqual(0.98)
  })
})

// Set 2: 16 stories written and annotated blind (before their author read src/parse/ or
// fixtures/), when set 1 was well known to the rules. The figure asserted is the one measured
// (test/heldout/README.md); a miss becomes a fixture of its phenomenon, never a rule for a story.
describe('held-out stories, set 2', () => {
  const set = stories(storiesFolder2)

  it('has 16 stories, each with its annotation', () => {
    expect(set.length).toBe(16)
  })

  it('annotates lines that hold their label', () => {
    expect(linesWithoutTheirLabel(set)).toEqual([])
  })

  it('finds the annotated turns (F1 ≥ 0.99)', () => {
    const {score: total} = score(set)
    if (process.env.HELDOUT_REPORT) console.log(summary(total))
    expect(total.f1).toBeGreaterThanOrEqual(0.99)
  })
})
