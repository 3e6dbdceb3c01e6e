// The median of a list of numbers (the mean of the middle two where the count is even): the one
// figure each timing in bench/ reports.

export function median(list) {
  const sorted = list.slice().sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
