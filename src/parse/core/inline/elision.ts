// Elisions: `[...]`, `[…]`, `(...)`, `(…)`, in any block.

/** End offset of an elision starting at `index` (a `[` or `(`), or 0. */
export function elisionEnd(value: string, index: number, to: number): number {
  const close = value.charCodeAt(index) === 91 ? 93 : 41
  let end = index + 1
  if (value.charCodeAt(end) === 0x2026) end++
  else {
    let dots = 0
    while (end < to && value.charCodeAt(end) === 46) {
      end++
      dots++
    }
    if (dots < 2) return 0
  }
  return end < to && value.charCodeAt(end) === close ? end + 1 : 0
}
