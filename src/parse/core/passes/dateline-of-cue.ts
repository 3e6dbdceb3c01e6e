// Pass: the dateline on a first line shaped like a cue or a note, which the first dateline pass
// left to the cast (`Kunde: Hallo | 1. Mai 2020` once is no turn, and the dateline; `Ich: Hallo |
// 1. Mai 2020` and `Update: - 1. Mai 2020` are a turn and a note): after the cast, by the rule the
// dateline under a title follows (`mayBeDateline`).
import type {CoreState} from '../state.js'
import {nextWithContent, takeIfDateline} from './dateline.js'

export function datelineOfCue(state: CoreState): void {
  if (state.dateline) return
  const first = nextWithContent(state.story.lines, 0)
  if (first < state.story.lines.length) takeIfDateline(state, first)
}
