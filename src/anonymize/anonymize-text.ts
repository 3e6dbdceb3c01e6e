// `anonymizeText` with both readers (src/parse/index.ts), apart from ./text.ts: the CLI calls that
// with readers it loads only when an input needs one, so anonymizing plain text loads no parse5 or micromark.
import type {VFile} from 'vfile'
import {formatReaders} from '../parse/index.js'
import {anonymizedText, type AnonymizeTextOptions} from './text.js'

/**
 * `anonymize` on text: the text with its placeholders replaced, everything else as it was. The
 * result is parsed again: a replaced name that is still there (written in a way no step found)
 * throws, rather than a partial anonymization passing silently. A parse option (`lang`, `format`,
 * `cast`, `maxLength`, `positions`) that is none of its documented values throws a `TypeError`.
 */
export function anonymizeText(value: string | VFile, options?: AnonymizeTextOptions | null, file?: VFile | null): string {
  return anonymizedText(formatReaders, value, options, file).value
}
