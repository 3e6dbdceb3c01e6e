// The text reader: plain text as it is. Its lines are the source lines (a blank line is a block
// boundary), the format says nothing about them, and phrasing is the core's character scanner.
import type {Context} from '../context.js'
import {parseInline} from '../core/inline/index.js'
import {scanLines} from '../lines.js'
import type {Reading} from '../reader.js'

export function readText(context: Context): Reading {
  const lines = scanLines(context.value)
  context.lines = lines
  return {
    lines,
    source: lines,
    phrasing: (line, from, to, options) => parseInline(context, line, from, to, options),
    text: (_line, from, to) => context.value.slice(from, to),
    fitted: true
  }
}
