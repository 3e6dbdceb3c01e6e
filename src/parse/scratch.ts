// A parse's working arrays that grow with the input (the reader's lines, a region's lines, their
// classes, the blocks being built), taken from a few kept from earlier parses and given back
// when the parse ends. Past about 16,000 elements a JavaScript array is a large object, which V8
// maps in fresh each time one is made (page faults, zeroing): reused, the 1 MB parse takes about
// 7% less time (bench/README.md, step 19). None of these arrays ends up in the tree. `parse`
// gives them back when it ends (`Context.scratch`), emptied, and they are kept weakly: the
// collector takes them back at its next full collection once the task that used them has ended,
// so a long text of the past holds no memory (test/reliability/retention.test.ts).

/** Shorter arrays are made as before: the young generation makes them cheaply. */
export const minLength = 16_000
/** Longer ones are not kept: one huge input must not hold its arrays for the rest of the process. */
export const maxKeptLength = 1 << 17
/**
 * How many are kept at most: a parse of one long region takes four (the reader's lines, and the
 * region's lines, classes and blocks).
 */
export const maxKept = 4

const kept: Array<WeakRef<unknown[]>> = []

/**
 * An array of `length` slots for a working list of the parse whose arrays `taken` records: every
 * slot is to be written (a kept array's slots are `undefined` until then).
 */
export function scratchArray<T>(taken: unknown[][], length: number): T[] {
  if (length < minLength) return new Array<T>(length)
  const array = (takeKept() ?? new Array(length)) as T[]
  // Within its room a kept array only changes its length; beyond it, V8 grows it once.
  array.length = length
  taken.push(array)
  return array
}

/** A kept array the collector has not taken back, if any. */
function takeKept(): unknown[] | undefined {
  while (kept.length > 0) {
    const array = kept.pop()!.deref()
    if (array) return array
  }
  return undefined
}

/** `list.slice(start, end)`, in a scratch array. */
export function scratchSlice<T>(taken: unknown[][], list: readonly T[], start: number, end: number): T[] {
  const length = end - start
  if (length < minLength) return list.slice(start, end)
  const copy = scratchArray<T>(taken, length)
  for (let index = 0; index < length; index++) copy[index] = list[start + index]
  return copy
}

/** Give back the arrays of a parse, emptied: a kept array must not hold a tree's nodes alive. */
export function giveBackScratch(taken: unknown[][]): void {
  for (const array of taken) {
    if (array.length > maxKeptLength || kept.length >= maxKept) continue
    array.fill(undefined)
    kept.push(new WeakRef(array))
  }
  taken.length = 0
}
