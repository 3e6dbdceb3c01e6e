// Pass: the root: the children the build passes made, the language (the caller's, or told by the
// dateline's words and the story's most frequent short words), and a position over all the input.
import type {Root} from '../../../types.js'
import {point} from '../../context.js'
import {detectLang} from '../lang.js'
import type {CoreState} from '../state.js'

export function root(state: CoreState): void {
  const source = state.reading.source
  const last = source[source.length - 1]
  // Grown by the build passes' `push`: fitted here, as the blocks are (see `compactChildren`).
  const children = state.children.slice()
  const node: Root = state.context.positions
    ? {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: point(last, last.end)}}
    : {type: 'root', children}
  const option = state.options.lang
  const lang = option === 'de' || option === 'en' ? option : detectLang(state.value, [state.datelineLang], source)
  if (lang) node.lang = lang
  state.root = node
}
