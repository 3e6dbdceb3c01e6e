// Pass: a comment whose first line of text is a byline (`Anna said...`, `Bernd schrieb:`) gets
// `author` and `byline`; the date line right under it (`3. März 2012 um 09:15`) joins the byline
// and gives `date` (ISO 8601).
import {isBlankLine, type StoryLine} from '../../reader.js'
import {bylineAuthor, datedByline} from '../comment-lines.js'
import {parseCommentDate} from '../dates.js'
import {blankView, type CommentPart, type CoreState} from '../state.js'
import {isPlain, plainText} from './plain.js'

export function commentBylines(state: CoreState): void {
  for (const part of state.comments) takeOutByline(state, part)
}

function takeOutByline(state: CoreState, part: CommentPart): void {
  const lines = part.region.lines
  let index = 0
  while (index < lines.length && isBlankLine(lines[index])) index++
  const line = lines[index]
  // As the format reads it: Markdown writes `\* hat gesagt` (else a list item).
  const text = line ? bylineText(state, line) : undefined
  if (text === undefined) return
  // A byline with its date on the line (`Paula (4.2.12 09:41)`, `Jens am 4.2.12 10:03`).
  const dated = datedByline(text)
  if (dated) {
    part.fields.author = dated.author
    part.fields.byline = text
    part.fields.date = dated.date
    lines[index] = blankView(line)
    return
  }
  const author = bylineAuthor(text)
  if (author === undefined) return
  part.fields.author = author
  part.fields.byline = text
  lines[index] = blankView(line)
  const next = lines[index + 1]
  // Each line without its indentation, as the renderers indent them again.
  const dateLine = next ? plainText(state, next) : undefined
  const date = dateLine === undefined ? undefined : parseCommentDate(dateLine)
  if (date === undefined) return
  part.fields.byline = text + '\n' + dateLine
  part.fields.date = date
  lines[index + 1] = blankView(next!)
}

/**
 * A line as a byline reads it: plain, or a bold name and plain text after it (`**Anna** sagte...`,
 * `<b>Anna</b> said...`: the format's markup of an author), else undefined.
 */
export function bylineText(state: CoreState, line: StoryLine): string | undefined {
  const bold = line.format?.leadingBold
  if (isPlain(line) || !bold || bold.start !== line.contentStart) return plainText(state, line)
  // Only text after the name: no emphasis, link, code, tag, escape or reference.
  if (/[*_`[<\\&]/.test(state.value.slice(bold.end, line.contentEnd))) return undefined
  return bold.text + state.reading.text(line, bold.end, line.contentEnd)
}
