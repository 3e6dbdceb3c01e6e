// A link from Markdown input. Only http(s), mailto and relative URLs become an `href`; any other
// scheme (`javascript:`, `data:`, …) is dropped and the link text stays.
import type {ElementContent, Properties} from 'hast'
import type {Link} from '../../../types.js'
import type {State} from '../index.js'

const safeSchemes = new Set(['http', 'https', 'mailto'])

export function link(state: State, node: Link): ElementContent {
  const properties: Properties = {}
  const href = safeUrl(node.url)
  if (href !== undefined) properties.href = href
  if (typeof node.title === 'string' && node.title) properties.title = node.title
  return state.element(node, 'a', properties, state.all(node))
}

/** The URL when its scheme is allowed or it is relative; `undefined` otherwise. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  // Browsers drop tabs and line feeds anywhere in a URL and C0 controls and spaces around it.
  const value = trimControls(url.replace(/[\t\n\r]/g, ''))
  const colon = value.indexOf(':')
  if (colon < 0) return value
  const end = firstOf(value, '/?#')
  if (end >= 0 && end < colon) return value
  return safeSchemes.has(value.slice(0, colon).toLowerCase()) ? value : undefined
}

/** Without C0 controls and spaces at either end (a loop: `/[…]+$/` backtracks on a long run inside). */
function trimControls(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && value.charCodeAt(start) <= 0x20) start++
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--
  return value.slice(start, end)
}

function firstOf(value: string, characters: string): number {
  for (let index = 0; index < value.length; index++) if (characters.includes(value.charAt(index))) return index
  return -1
}
