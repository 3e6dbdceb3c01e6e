// `<b>`/`<strong>` in HTML: a bold label the core reads as a turn's cue is the speaker's markup
// (no `strong` in the tree); every other bold is `strong`, where it stands — opening a line that
// is no turn, inside speech, and on a cue whose turn the core does not accept.
import {describe, expect, it} from 'vitest'
import {parse} from '../../src/index.js'
import type {Nodes, Root} from '../../src/index.js'
import {all, textOf} from '../util/tree.js'

/** Each `strong` as [the type of its parent, its text]. */
function strongs(tree: Root): Array<[string, string]> {
  const found: Array<[string, string]> = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node)) continue
    for (const child of node.children as Nodes[]) {
      if (child.type === 'strong') found.push([node.type, textOf(child)])
      stack.push(child)
    }
  }
  return found.sort()
}

describe('bold in HTML', () => {
  const html =
    '<p><b>Achtung</b> der Drucker brennt.<br><b>Chef:</b> Wo ist der <b>Ausgang</b>?<br>' +
    '<strong>Kunde</strong>: <b>Hier</b> entlang.<br><b>Update:</b> Er fand ihn.</p>'

  for (const positions of [true, false]) {
    it(`is the speaker's markup on a turn's cue, strong elsewhere (positions: ${positions})`, () => {
      const tree = parse(html, {format: 'html', positions})
      expect(all(tree, 'turn').map((turn) => [turn.who, textOf(turn.children[0])])).toEqual([
        ['chef', 'Chef'],
        ['kunde', 'Kunde']
      ])
      expect(strongs(tree)).toEqual([
        ['narration', 'Achtung'],
        ['turn', 'Ausgang'],
        ['turn', 'Hier']
      ])
      expect(all(tree, 'note').map((note) => note.label)).toEqual(['Update:'])
    })
  }

  it('stays strong on a bold label that is no turn (no speech follows it)', () => {
    const tree = parse('<p>Es war spät.</p><p><b>Der Chef:</b></p>', {format: 'html'})
    expect(all(tree, 'turn')).toEqual([])
    expect(strongs(tree)).toEqual([['narration', 'Der Chef:']])
  })
})
