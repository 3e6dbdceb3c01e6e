// The browser build's `vfile`, for `anonymizeText` (src/anonymize/text.ts), which is all of the
// build that imports it: it makes one VFile of the text it is given, `new VFile(source)`, for
// `parse` to write its messages to, and reads those messages back. `parse` reads a VFile's
// `value` and calls its `message` and `info` (src/parse/); a VFile of the caller's is their
// copy's. Such a VFile of ours has no path, so its messages are vfile's own: a `VFileMessage`,
// `fatal` false (`info`: undefined), pushed to `messages`. Left out: the paths, `cwd`, `data`,
// `history`, `fail`, `toString`; about 0.8 KB gzip.
//
// And vfile-message's `VFileMessage` as `parse` makes them (src/parse/parse-using.ts: a reason,
// and options with `place`, `ruleId` and `source`): the same fields in the same order, the same
// prototype, without the other ways of calling it (a place, a node or an error as argument, an
// `origin`, `ancestors`, `cause`); about 0.2 KB gzip.
import type {Point, Position} from 'unist'
// vfile-message's (and mdast-util-from-markdown's, which the build bundles too) dependency.
import {stringifyPosition} from 'unist-util-stringify-position'

/** What `parse` hands to `message` and `info`. */
interface Options {
  place?: Point | Position | null | undefined
  ruleId?: string | null | undefined
  source?: string | null | undefined
}

export class VFileMessage extends Error {
  declare ancestors: undefined
  declare cause: undefined
  declare column: number | undefined
  declare fatal: boolean | null | undefined
  declare file: string
  declare line: number | undefined
  declare place: Point | Position | undefined
  declare reason: string
  declare ruleId: string | undefined
  declare source: string | undefined
  declare actual: undefined
  declare expected: undefined
  declare note: undefined
  declare url: undefined

  constructor(reason: string, options: Options) {
    super()
    const start = options.place && 'start' in options.place ? options.place.start : options.place
    this.ancestors = undefined
    this.cause = undefined
    this.column = start ? start.column : undefined
    this.fatal = undefined
    this.file = ''
    this.message = reason
    this.line = start ? start.line : undefined
    this.name = stringifyPosition(options.place) || '1:1'
    this.place = options.place || undefined
    this.reason = this.message
    this.ruleId = options.ruleId || undefined
    this.source = options.source || undefined
    this.stack = ''
    this.actual = undefined
    this.expected = undefined
    this.note = undefined
    this.url = undefined
  }
}

// vfile-message's: each field on the prototype, enumerable (`{...message}` copies the instance's own).
Object.defineProperties(VFileMessage.prototype, {
  file: {configurable: true, enumerable: true, value: '', writable: true},
  name: {configurable: true, enumerable: true, value: '', writable: true},
  reason: {configurable: true, enumerable: true, value: '', writable: true},
  message: {configurable: true, enumerable: true, value: '', writable: true},
  stack: {configurable: true, enumerable: true, value: '', writable: true},
  column: {configurable: true, enumerable: true, writable: true},
  line: {configurable: true, enumerable: true, writable: true},
  ancestors: {configurable: true, enumerable: true, writable: true},
  cause: {configurable: true, enumerable: true, writable: true},
  fatal: {configurable: true, enumerable: true, writable: true},
  place: {configurable: true, enumerable: true, writable: true},
  ruleId: {configurable: true, enumerable: true, writable: true},
  source: {configurable: true, enumerable: true, writable: true}
})

export class VFile {
  messages: VFileMessage[] = []
  value: string

  constructor(value: string) {
    this.value = value
  }

  message(reason: string, options: Options): VFileMessage {
    const message = new VFileMessage(reason, options)
    message.fatal = false
    this.messages.push(message)
    return message
  }

  info(reason: string, options: Options): VFileMessage {
    const message = this.message(reason, options)
    message.fatal = undefined
    return message
  }
}
