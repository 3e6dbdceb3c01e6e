// The text of an export as the XML holds it: each text run (CDATA sections and escaped text, as
// @rgrove/parse-xml merges them into one node) decoded, with where each decoded code unit was
// written, so that a name found in the decoded text (a post body's HTML) is replaced in the XML.
import {XmlElement, XmlText} from '@rgrove/parse-xml'

export interface XmlTextRun {
  /** Where the run is written in the XML: `[start, end)`. */
  start: number
  end: number
  /** The name of the element it is in (`wp:post_name`). */
  element: string
}

export interface DecodedRun {
  value: string
  /** Per code unit of `value`: where its character starts and ends in the XML. */
  starts: Int32Array
  ends: Int32Array
}

/** Every text run in the document under `root`, in document order (a loop, no recursion). */
export function textRuns(root: XmlElement): XmlTextRun[] {
  const runs: XmlTextRun[] = []
  const stack: Array<XmlElement | XmlText> = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node instanceof XmlText) runs.push({start: node.start, end: node.end, element: node.parent instanceof XmlElement ? node.parent.name : ''})
    else for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]
      if (child instanceof XmlElement || child instanceof XmlText) stack.push(child)
    }
  }
  return runs
}

const predefined: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"}
const referenceRe = /^&(?:#x([\da-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/

/** A run decoded as XML reads it: CDATA markers left out, references replaced (an undefined one stays). */
export function decodeRun(xml: string, run: XmlTextRun): DecodedRun {
  const capacity = run.end - run.start
  const starts = new Int32Array(capacity)
  const ends = new Int32Array(capacity)
  let value = ''
  let length = 0
  /** `[start, end)` of the XML as it is written. */
  const asWritten = (start: number, end: number) => {
    value += xml.slice(start, end)
    for (let at = start; at < end; at++) {
      starts[length] = at
      ends[length++] = at + 1
    }
  }
  let index = run.start
  while (index < run.end) {
    if (xml.startsWith('<![CDATA[', index)) {
      const close = xml.indexOf(']]>', index + 9)
      const stop = close < 0 || close > run.end ? run.end : close
      asWritten(index + 9, stop)
      index = stop + 3
      continue
    }
    const reference = xml.charCodeAt(index) === 38 ? referenceRe.exec(xml.slice(index, index + 12)) : null
    const char = reference ? referenced(reference) : undefined
    if (reference && char !== undefined) {
      value += char
      for (let unit = 0; unit < char.length; unit++) {
        starts[length] = index
        ends[length++] = index + reference[0].length
      }
      index += reference[0].length
      continue
    }
    // Up to the next reference or CDATA section, as written.
    let next = index + 1
    while (next < run.end && xml.charCodeAt(next) !== 38 && xml.charCodeAt(next) !== 60) next++
    asWritten(index, next)
    index = next
  }
  return {value, starts: starts.subarray(0, length), ends: ends.subarray(0, length)}
}

function referenced(match: RegExpExecArray): string | undefined {
  const [, hex, decimal, name] = match
  if (name !== undefined) return predefined[name]
  const code = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(decimal, 10)
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}
