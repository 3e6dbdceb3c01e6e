// Strings kept beyond a parse. V8 cuts a substring of 13 or more code units as a view into the
// text it was cut from, so a cache that keeps such a view keeps the whole text alive: a label of
// a 16 MB story, kept by the slug cache, held all of it after the caller had let go of it.

/** V8 copies a substring shorter than this; a longer one is a view into the text it is cut from. */
export const copiedBelow = 13

/** `text` as a string of its own, not a view into a larger one: for what outlives the parse. */
export function detached(text: string): string {
  // Joining flattens into a new string; the slice is then a view into that copy, not the input.
  return text.length < copiedBelow ? text : (' ' + text).slice(1)
}

/**
 * What `work` gives for `key`, kept in `cache` for the next asks: the process's caches of folded
 * names and labels. Cleared when it holds `limit`; key and result are kept as copies (`detached`).
 */
export function remembered(cache: Map<string, string>, limit: number, key: string, work: (key: string) => string): string {
  let result = cache.get(key)
  if (result === undefined) {
    if (cache.size >= limit) cache.clear()
    result = work(key)
    cache.set(detached(key), detached(result))
  }
  return result
}
