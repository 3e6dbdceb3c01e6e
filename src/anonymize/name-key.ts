// The last step of `nameKey` (src/anonymize/plan.ts), on its own so that the CLI can key the
// replacements of a run as the plan does, with the library's `slug`, without a second copy of it.

/** A slug with spelled-out umlauts and their plain vowels made one: `moeller` and `moller` are `moller`. */
export function sameSpellings(slugged: string): string {
  return slugged.replace(/([aou])e/g, '$1')
}

/** Letters that do not come apart into a plain one and a mark (`ø`, `ł`), as their plain ones. */
const plainLetters: Readonly<Record<string, string>> = {ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ı: 'i', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe'}
const plainLetterRe = /[øØłŁıđĐæÆœŒ]/g

/** `text` with `plainLetters` written plain (`Søren` → `Soren`). */
export function withPlainLetters(text: string): string {
  return text.replace(plainLetterRe, (letter) => plainLetters[letter])
}

/** A slug's words as a `who` is matched by them, spellings made one (`jurgen`, `juergen`; `soren`, `søren`). */
export function wordKey(slugged: string): string {
  return sameSpellings(withPlainLetters(slugged))
}
