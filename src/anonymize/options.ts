// The options of `anonymize` and `anonymizeText`.
import type {Lang} from '../types.js'

/** How placeholders are replaced. */
export type Strategy = 'map' | 'pseudonym' | 'generic' | 'redact' | 'keep'

export interface AnonymizeOptions {
  /** How to replace placeholders (default: `'pseudonym'`). */
  strategy?: Strategy | null | undefined
  /** Key for pseudonyms: the same seed gives a name the same pseudonym in every story (default: `0`). */
  seed?: number | string | null | undefined
  /** For `strategy: 'map'`: placeholder name (without `$`) → replacement. */
  map?: Readonly<Record<string, string>> | null | undefined
  /** For `strategy: 'map'`: the strategy for names not in `map`; without it they stay and are reported. */
  fallback?: Exclude<Strategy, 'map'> | null | undefined
  /**
   * Filled with placeholder name → replacement, for `reidentify`. Entries already in it are used
   * as they are, so one mapping carried across stories keeps their names stable.
   */
  mapping?: Record<string, string> | null | undefined
  /**
   * The names of the other stories of a run (placeholder names, with or without `$`): no
   * replacement writes one, and where the story writes one in code or escaped, it is replaced.
   * Give every story of a run the names of them all, with one `mapping` carried across, and the
   * mapping stays one replacement per name in every story. A `Map` gives each name the story it
   * is written in (a file's name), which messages about it name.
   */
  reserved?: Iterable<string> | ReadonlyMap<string, string> | null | undefined
  /** For `strategy: 'redact'`: the mask (default: `'█████'`). */
  mask?: string | null | undefined
  /** Language of pseudonyms and generic labels (default: the tree's `lang`, else `'en'`). */
  lang?: Lang | 'auto' | null | undefined
}

export const defaultMask = '█████'
