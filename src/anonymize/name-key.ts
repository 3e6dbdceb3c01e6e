// The last step of `nameKey` (src/anonymize/plan.ts), on its own so that the CLI can key the
// replacements of a run as the plan does, with the library's `slug`, without a second copy of it.

/** A slug with spelled-out umlauts and their plain vowels made one: `moeller` and `moller` are `moller`. */
export function sameSpellings(slugged: string): string {
  return slugged.replace(/([aou])e/g, '$1')
}
