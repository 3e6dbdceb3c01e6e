// Pass: a comment whose first line of text is a byline (`Anna said...`, `Bernd schrieb:`) gets
// `author` and `byline`; the date line right under it (`3. März 2012 um 09:15`) joins the byline
// and gives `date` (ISO 8601). Without one, a date line that ends the comment gives `date` and
// stays in its text, where Blogger's classic layout writes it.
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
  const byline = line ? readByline(state, line) : undefined
  if (!byline) return
  part.fields.author = byline.author
  part.fields.byline = byline.text
  lines[index] = blankView(line)
  if (byline.date !== undefined) {
    part.fields.date = byline.date
    return
  }
  const next = lines[index + 1]
  const dateLine = next ? readDateLine(state, next) : undefined
  if (!dateLine) {
    part.fields.date = footerDate(state, lines, index + 1)
    return
  }
  part.fields.byline = byline.text + '\n' + dateLine.text
  part.fields.date = dateLine.date
  lines[index + 1] = blankView(next!)
}

/** The date of the comment's last line of text, after `from`, if that line is a date line. */
function footerDate(state: CoreState, lines: readonly StoryLine[], from: number): string | undefined {
  let last = lines.length - 1
  while (last >= from && isBlankLine(lines[last])) last--
  return last >= from ? readDateLine(state, lines[last])?.date : undefined
}

/**
 * A comment's byline (`Anna said...`, `Bernd schrieb:`): its text, as the format reads it (Markdown
 * writes `\* hat gesagt`, else a list item), its author and a date written on it (`Paula (4.2.12
 * 09:41)`, `Jens am 4.2.12 10:03`); undefined for a line that is none.
 */
export function readByline(state: CoreState, line: StoryLine): {text: string; author: string; date?: string} | undefined {
  const text = bylineText(state, line)
  if (text === undefined) return undefined
  const dated = datedByline(text)
  if (dated) return {text, author: dated.author, date: dated.date}
  const author = bylineAuthor(text)
  return author === undefined ? undefined : {text, author}
}

/** The date line under a byline (`3. März 2012 um 09:15`): its text without indentation (the renderers indent it again) and its date. */
export function readDateLine(state: CoreState, line: StoryLine): {text: string; date: string} | undefined {
  const text = plainText(state, line)
  const date = text === undefined ? undefined : parseCommentDate(text)
  return date === undefined ? undefined : {text: text!, date}
}

/**
 * A line as a byline reads it: plain, or a bold name and plain text after it (`**Anna** sagte...`,
 * `<b>Anna</b> said...`: the format's markup of an author), else undefined.
 */
function bylineText(state: CoreState, line: StoryLine): string | undefined {
  const bold = line.format?.leadingBold
  if (isPlain(line) || !bold || bold.start !== line.contentStart) return plainText(state, line)
  // Only text after the name: no emphasis, link, code, tag, escape or reference.
  if (/[*_`[<\\&]/.test(state.value.slice(bold.end, line.contentEnd))) return undefined
  return bold.text + state.reading.text(line, bold.end, line.contentEnd)
}
