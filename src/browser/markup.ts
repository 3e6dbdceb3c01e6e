// The HTML side of `anonymizeText` in the browser build, which reads no HTML (html-reader.ts):
// a text there is never HTML, so its markup is never read. tsup.config.ts swaps
// src/anonymize/markup.ts for this module, which keeps the bundle within its 80 KB gzip.
import type {Markup, Writing} from '../anonymize/markup.js'
import type {Beside} from '../anonymize/plan.js'
import type {Splice} from '../anonymize/splices.js'
import {endsInUrl} from '../anonymize/url.js'

export type {Markup, Writing}

export function readMarkup(): Markup {
  return {attributes: [], values: [], names: []}
}

export function besideInMarkup(): Beside {
  return {texts: [], urls: []}
}

export function ownAttributeSplices(): Splice[] {
  return []
}

/** Never asked: no text here is HTML, so no replacement stands in a tag. */
export function nameForm(value: string): string {
  return value
}

export function referencesInText(): [] {
  return []
}

/** No markup to keep: the splice as it is. */
export function aroundMarkup(_source: string, item: Splice): Splice[] {
  return [item]
}

/** As text, but escaped: the markup holds no attribute to write a URL into. */
export function htmlWriting(source: string): Writing {
  return {escape: true, inUrl: (start) => endsInUrl(source, start)}
}
