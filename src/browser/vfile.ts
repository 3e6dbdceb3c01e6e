// The browser build's `vfile`, for `anonymizeText` (src/anonymize/text.ts), which is all of the
// build that imports it: it makes one VFile of the text it is given, `new VFile(source)`, for
// `parse` to write its messages to, and reads those messages back. `parse` reads a VFile's
// `value` and calls its `message` and `info` (src/parse/); a VFile of the caller's is their
// copy's. Such a VFile of ours has no path, so its messages are vfile's own: a `VFileMessage`,
// `fatal` false (`info`: undefined), pushed to `messages`. Left out: the paths, `cwd`, `data`,
// `history`, `fail`, `toString`; about 0.8 KB gzip.
import {VFileMessage, type Options} from 'vfile-message'

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
