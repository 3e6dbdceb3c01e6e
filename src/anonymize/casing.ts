// Keep the writer's casing: `$NAME` gets an upper-case replacement, `$name` a lower-case one.

export type Casing = 'upper' | 'lower' | 'as-is'

/** How a placeholder name is cased: all upper (two letters or more), all lower, or mixed. */
export function casingOf(name: string): Casing {
  let upper = 0
  let lower = 0
  for (const char of name) {
    const up = char.toUpperCase()
    const low = char.toLowerCase()
    if (up === low) continue
    if (char === up) upper++
    else lower++
  }
  if (upper >= 2 && lower === 0) return 'upper'
  if (lower > 0 && upper === 0) return 'lower'
  return 'as-is'
}

export function applyCasing(value: string, casing: Casing): string {
  if (casing === 'upper') return value.toUpperCase()
  if (casing === 'lower') return value.toLowerCase()
  return value
}
