// The held-out score: the turns the parser finds in the held-out stories against their reviewed
// annotations. A turn counts when its line and its speaker label are right.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse, type Root} from '../../src/index.js'
import {all, textOf} from '../util/tree.js'

export const storiesFolder = new URL('./stories/', import.meta.url).pathname
/** Set 2: 16 stories written and annotated blind, after set 1 was known to the rules. */
export const storiesFolder2 = new URL('./stories-2/', import.meta.url).pathname
/** Set 3: 12 stories written and annotated blind, after sets 1 and 2 were known to the rules. */
export const storiesFolder3 = new URL('./stories-3/', import.meta.url).pathname

export interface Annotation {
  /** `line<TAB>label`, one per turn, in order (a line holds as many turns as run on it). */
  turns: string[]
  /** The dateline's ISO date, when the story has one. */
  dateline?: string
  /** The comment count the section's header declares, when the story has one. */
  comments?: number
}

export interface Story {
  name: string
  value: string
  annotation: Annotation
}

export interface Score {
  stories: number
  /** Turns annotated, turns found, turns found with the right line and label. */
  expected: number
  found: number
  correct: number
  precision: number
  recall: number
  f1: number
  /** Datelines annotated / read as the annotated ISO date. */
  datelines: number
  datelinesRight: number
  /** Comment sections annotated / found with the annotated count. */
  commentSections: number
  commentSectionsRight: number
}

export function stories(folder = storiesFolder): Story[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4)
      return {
        name,
        value: readFileSync(join(folder, file), 'utf8'),
        annotation: readAnnotation(readFileSync(join(folder, name + '.turns'), 'utf8'))
      }
    })
}

/**
 * The annotation format: `#` starts a comment line; `dateline: <ISO date>` and
 * `comments: <count>` give the story's dateline and comment header; every other line is
 * `<line number><TAB><speaker label>`.
 */
export function readAnnotation(text: string): Annotation {
  const annotation: Annotation = {turns: []}
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('dateline:')) annotation.dateline = line.slice(9).trim()
    else if (line.startsWith('comments:')) annotation.comments = Number(line.slice(9).trim())
    else {
      const tab = raw.indexOf('\t')
      if (tab < 0) throw new Error('Annotation line without a tab: ' + raw)
      annotation.turns.push(Number(raw.slice(0, tab)) + '\t' + normalizeLabel(raw.slice(tab + 1)))
    }
  }
  return annotation
}

/**
 * A label as compared: bracketed parts (an abbreviation `(HM)`, a qualifier or a direction) and
 * surrounding space left out, inner space collapsed, composed. The words must be the same.
 */
export function normalizeLabel(label: string): string {
  return label
    .replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC')
}

/** Each turn of a tree as `line<TAB>label` (the line its speaker label starts on). */
export function turnsOf(tree: Root): string[] {
  return all(tree, 'turn').map((turn) => {
    const speaker = turn.children[0]
    return speaker.position!.start.line + '\t' + normalizeLabel(textOf(speaker))
  })
}

export interface StoryResult {
  name: string
  missed: string[]
  extra: string[]
  correct: number
}

/** Compare found turns with annotated ones as multisets. */
export function compare(name: string, expected: string[], found: string[]): StoryResult {
  const left = new Map<string, number>()
  for (const key of expected) left.set(key, (left.get(key) ?? 0) + 1)
  const extra: string[] = []
  let correct = 0
  for (const key of found) {
    const count = left.get(key) ?? 0
    if (count > 0) {
      left.set(key, count - 1)
      correct++
    } else extra.push(key)
  }
  const missed: string[] = []
  for (const [key, count] of left) for (let index = 0; index < count; index++) missed.push(key)
  return {name, missed, extra, correct}
}

export function score(set: Story[] = stories()): {score: Score; results: StoryResult[]} {
  const results: StoryResult[] = []
  const total: Score = {
    stories: set.length,
    expected: 0,
    found: 0,
    correct: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    datelines: 0,
    datelinesRight: 0,
    commentSections: 0,
    commentSectionsRight: 0
  }
  for (const story of set) {
    const tree = parse(story.value)
    const found = turnsOf(tree)
    const result = compare(story.name, story.annotation.turns, found)
    results.push(result)
    total.expected += story.annotation.turns.length
    total.found += found.length
    total.correct += result.correct
    if (story.annotation.dateline !== undefined) {
      total.datelines++
      const dateline = tree.children.find((node) => node.type === 'dateline')
      if (dateline?.type === 'dateline' && dateline.date === story.annotation.dateline) total.datelinesRight++
    }
    if (story.annotation.comments !== undefined) {
      total.commentSections++
      const comments = tree.children.find((node) => node.type === 'comments')
      if (comments?.type === 'comments' && comments.count === story.annotation.comments) total.commentSectionsRight++
    }
  }
  total.precision = total.found === 0 ? 0 : total.correct / total.found
  total.recall = total.expected === 0 ? 0 : total.correct / total.expected
  total.f1 = total.precision + total.recall === 0 ? 0 : (2 * total.precision * total.recall) / (total.precision + total.recall)
  return {score: total, results}
}

/** One line for a report: the turn figures, then datelines and comment sections. */
export function summary(total: Score): string {
  const percent = (value: number) => (value * 100).toFixed(1) + ' %'
  return (
    `held-out (${total.stories} stories): turns precision ${percent(total.precision)}, recall ${percent(total.recall)}, ` +
    `F1 ${percent(total.f1)} (${total.correct} right of ${total.found} found, ${total.expected} annotated); ` +
    `datelines ${total.datelinesRight}/${total.datelines}; comment sections ${total.commentSectionsRight}/${total.commentSections}`
  )
}
