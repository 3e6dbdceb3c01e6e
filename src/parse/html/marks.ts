// Inline HTML that means something beyond its text: `<a href>` becomes a link, `<code>` inline
// code, over the text nodes the core made of their content.
import type {Context} from '../context.js'
import type {Root} from '../../types.js'
import type {Mark} from './project.js'

export function linkMarks(_context: Context, _tree: Root, _marks: Mark[]): void {}
