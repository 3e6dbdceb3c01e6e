// The core: a story from a reader's lines, by small named passes run in order (parse-latin's
// `lib/plugin` manner). Each pass reads what the passes before it wrote to the state and adds its
// own; none knows the input format.
import type {Root} from '../../types.js'
import type {Context} from '../context.js'
import type {Reading} from '../reader.js'
import {colonsOf} from './colons.js'
import {acceptTurns} from './passes/accept-turns.js'
import {collectAliases} from './passes/collect-aliases.js'
import {commentBylines} from './passes/comment-bylines.js'
import {commentControls} from './passes/comment-controls.js'
import {commentHeader} from './passes/comment-header.js'
import {commentItems} from './passes/comment-items.js'
import {comments} from './passes/comments.js'
import {dateline} from './passes/dateline.js'
import {datelineOfCue} from './passes/dateline-of-cue.js'
import {datelineUnderTitle} from './passes/dateline-under-title.js'
import {establishedSpeakers} from './passes/established-speakers.js'
import {genitives} from './passes/genitives.js'
import {lineClasses} from './passes/line-classes.js'
import {longLabels} from './passes/long-labels.js'
import {placeholderTypos} from './passes/placeholder-typos.js'
import {roleSpeakers} from './passes/role-speakers.js'
import {root} from './passes/root.js'
import {selfLabels} from './passes/self-labels.js'
import {splitRunOnTurns} from './passes/split-run-on-turns.js'
import {story} from './passes/story.js'
import {title} from './passes/title.js'
import type {CoreOptions, CoreState, Pass} from './state.js'

export type {CastOption, CoreOptions} from './state.js'

/** The passes, in the order they run. */
export const passes: readonly Pass[] = [
  // Where the story ends and the comments begin; what stands over the story.
  commentHeader,
  dateline,
  // The comment section: its comments, and what the blog left in them.
  commentItems,
  commentControls,
  commentBylines,
  // What each line is, then the cast: who speaks, and which cues are turns.
  lineClasses,
  collectAliases,
  selfLabels,
  longLabels,
  establishedSpeakers,
  roleSpeakers,
  acceptTurns,
  splitRunOnTurns,
  // What stands over the story, once the turns are known: a turn is no title, and a turn or a
  // note no dateline.
  datelineOfCue,
  datelineUnderTitle,
  title,
  // The tree: the story's blocks (turns, notes, narration), the comments, the placeholders
  // across the story (genitives, typos), the root.
  story,
  comments,
  genitives,
  placeholderTypos,
  root
]

export function runCore(context: Context, reading: Reading, options: CoreOptions): Root {
  const state: CoreState = {
    context,
    reading,
    // Copied into a record of one place, kept like the context (see `createContext`): the
    // caller's literal is made once per parse, and its hidden class died between parses.
    options: coreOptions(options.lang, options.cast),
    value: context.value,
    colons: colonsOf(context.value),
    headerIndex: -1,
    header: undefined,
    story: {lines: [], classes: []},
    comments: [],
    dateline: undefined,
    datelineBelowTitle: false,
    datelineLang: undefined,
    title: undefined,
    cast: {ids: new Map(), aliases: new Map(), labels: new Map(), established: new Set(), fields: new Set(), accepted: [], runOn: []},
    children: [],
    root: undefined
  }
  for (const pass of passes) pass(state)
  return state.root!
}

let keptOptions: CoreOptions | undefined

function coreOptions(lang: CoreOptions['lang'], cast: CoreOptions['cast']): CoreOptions {
  const options = makeOptions(lang, cast)
  keptOptions ??= makeOptions(undefined, undefined)
  return options
}

function makeOptions(lang: CoreOptions['lang'], cast: CoreOptions['cast']): CoreOptions {
  return {lang, cast}
}
