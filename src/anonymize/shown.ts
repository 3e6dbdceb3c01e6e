// A name as it shows to the eye: a value that writes `Anna` in letters of another script that
// look Latin (a Cyrillic `А`, a mathematical `𝐀`, a small capital `ᴀ`), or with a blank letter or
// an invisible character inside, still shows the name.

import {decodeReferences} from './references.js'

// Letters that look like Latin ones, and those Latin letters: Cyrillic, Greek, Cherokee, small
// capitals, the dotless `ı`. A small letter whose capital is here is that letter small (`а`, `м`,
// `ꭺ`), so only small letters that look otherwise are listed (`ӏ` is `l`, `ν` is `v`).
const lookalikeFrom = 'АВЕКМНОРСТХУІЈЅԀԚԜҺӀӏҮѴԌΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹϒνϳυᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᎡᏚᎢᏙᎳᏃᎥᎩᏫᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢıȷ'
const lookalikeTo = 'ABEKMHOPCTXYIJSDQWHIlYVGABEZHIKMNOPTYXCYvjuABCDEGHJKLMPRSTVWZiyOabcdefghijklmnoprstuvwyzij'
const lookalike = new Map([...lookalikeFrom].map((letter, index) => [letter, lookalikeTo[index]!]))

/** `value` as it shows: compatibility forms folded (`𝐀` is `A`), look-alikes written Latin, invisible and blank letters gone. */
export function shownLatin(value: string): string {
  let latin = ''
  for (const char of value.normalize('NFKC')) {
    if (!invisibleRe.test(char)) latin += lookalike.get(char) ?? lookalike.get(char.toUpperCase())?.toLowerCase() ?? char
  }
  return latin
}

/** Format and control characters (a soft hyphen, a zero-width space, DEL), line and paragraph separators and the Hangul fillers, letters shown blank. */
const invisibleRe = /^[\p{Cf}\p{Cc}\u2028\u2029\u115F\u1160\u3164\uFFA0]$/u

/**
 * `value` as Markdown or HTML would show it, written into a story as it is: character references
 * decoded (`A&#110;na`), tags and emphasis marks left out (`An<b>n</b>a`, `An**n**a`).
 */
export function shownAsMarkup(value: string): string {
  return decodeReferences(value.replace(/<[^<>]*>/g, '')).replace(/[*~`\\]/g, '')
}
