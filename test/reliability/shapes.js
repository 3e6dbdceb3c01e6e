// Pathological inputs, shared by test/reliability/pathological.test.ts and bench/pathological.js.
// Each builder takes a target size in UTF-16 code units and returns a string at least that long
// (whole repetitions of its unit, so the shape is the same at every size).

/** Repeat `unit` until the result is at least `size` long. */
function fill(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length))
}

/** `count` numbered lines made by `line(index)`, at least `size` long in all. */
function lines(size, line) {
  const parts = []
  let length = 0
  for (let index = 1; length < size; index++) {
    const part = line(index)
    parts.push(part)
    length += part.length
  }
  return parts.join('')
}

export const shapes = [
  // The plain-text shapes (read by both paths).
  {name: 'one line', build: (size) => 'Ich: ' + fill('a', size)},
  {name: 'one line of words', build: (size) => 'Ich: ' + fill('Wort ', size)},
  {name: '`a:` lines', build: (size) => fill('a:\n', size)},
  {name: '`$` repeated', build: (size) => 'Ich: ' + fill('$', size)},
  {name: '`<` repeated', build: (size) => 'Ich: ' + fill('<', size)},
  {name: '`<a` nested, then `>`', build: (size) => 'Ich: ' + fill('<a', size / 2) + fill('>', size / 2)},
  {name: '`(` unclosed', build: (size) => 'Ich: ' + fill('(a', size)},
  {name: '`[...]` repeated', build: (size) => 'Ich: ' + fill('[...]', size)},
  {name: 'blank lines', build: (size) => fill('\n', size)},
  {name: 'numbered comments', build: (size) => '1 Kommentar:\n\n' + lines(size, (index) => index + '. Kenne ich\n')},
  {name: '`1. ` lines', build: (size) => '1 Kommentar:\n\n' + fill('1. \n', size)},
  {name: 'labels of 100,000 characters', build: (size) => fill('A'.repeat(100_000) + ': Hallo\n' + 'Wort '.repeat(20_000) + ': Hallo\n', size)},
  {name: 'distinct placeholders', build: (size) => 'Ich: ' + lines(size, (index) => '$Person_' + index + ' ')},
  // Two names, each some 90,000 times per MiB on one line (anonymize: planned once, replaced at each).
  {name: 'two names repeated', build: (size) => 'Ich: ' + fill('$Anna $Bert ', size)},
  // Names glued to each other after a URL: each is looked up as in the URL or not (anonymize).
  {name: 'placeholders glued after a URL', build: (size) => 'Ich: https://e.x/' + lines(size, (index) => '$P' + index + 'q')},
  // Issue 18: `toHtml` on CR-only line ends and on nested directions, line after line.
  {name: 'CR-only line ends', build: (size) => fill('Chef: <laut> Wo ist $Verkäufer?\rIch: (leise) Weiß nicht.\rEr ging.\r\r', size)},
  {name: 'nested directions', build: (size) => fill('Ich: <a (b [c *d* c] b) a> Hallo (x <y> x).\n', size)},
  // Issue 18: one Markdown heading on top of a long plain text (`auto` read all of it as Markdown).
  {name: 'heading over plain text', auto: true, build: (size) => '# T\n\n' + fill('Chef: Wo ist $Verkäufer?\nIch: Weiß nicht.\n\n', size)},
  // The benign baseline the bench compares every shape with: a story's dialogue, repeated.
  {name: 'dialogue', baseline: true, build: (size) => lines(size, (index) => (index % 2 ? 'Chef: <laut> Wo ist $Verkäufer?\n' : 'Ich: (leise) Weiß nicht [...]\n'))},
  // The shapes known to slow CommonMark parsers.
  {name: 'nested emphasis runs', markdown: true, build: (size) => fill('*'.repeat(40) + 'a' + '_'.repeat(40) + ' ', size)},
  {name: '`*a_` runs', markdown: true, build: (size) => fill('*a_', size)},
  {name: 'unclosed links', markdown: true, build: (size) => fill('[a](', size)},
  {name: 'bracket runs', markdown: true, build: (size) => fill('[', size / 2) + fill(']', size / 2)},
  {name: 'backtick ladder', markdown: true, build: (size) => lines(size, (index) => '`'.repeat((index % 80) + 1) + 'a ')},
  {name: 'separate `>` quotes', markdown: true, build: (size) => fill('> **Chef:** ' + 'Hallo '.repeat(30) + '\n\n', size)},
  {name: 'deep `>` nesting', markdown: true, build: (size) => fill('>'.repeat(1000) + ' Chef: tief\n', size)},
  {name: 'deep lists', markdown: true, build: (size) => fill(Array.from({length: 500}, (_, index) => ' '.repeat(index * 2) + '- Chef: x\n').join('') + '\n', size)},
  {name: 'list markers nested on a line', markdown: true, build: (size) => fill('- '.repeat(5_000) + 'Chef: x\n\n', size)},
  {name: 'link definitions', markdown: true, build: (size) => lines(size, (index) => '[d' + index + ']: https://x.example/' + index + '\n')}
]
