// A binary search over ascending numbers (offsets): where the first one at or after a value stands.

/** The index of the first of `sorted` that is `value` or more; `sorted.length` when none is. */
export function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}
