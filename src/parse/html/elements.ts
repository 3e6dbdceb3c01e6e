// Which elements HTML knows. A story written in HTML by hand keeps its stage directions as the
// author typed them: `Chef: <hektisch> Wo ist …` is a start tag to an HTML parser, of an element
// no browser knows (it shows nothing for it). The reader reads such a tag as the text it is.
import type {Element} from './dom.js'

const htmlNamespace = 'http://www.w3.org/1999/xhtml'

/** The elements of the HTML standard, and the obsolete ones browsers still know. */
const known = new Set([
  'a', 'abbr', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'blockquote',
  'body', 'br', 'button', 'canvas', 'caption', 'cite', 'code', 'col', 'colgroup', 'data', 'datalist',
  'dd', 'del', 'details', 'dfn', 'dialog', 'div', 'dl', 'dt', 'em', 'embed', 'fencedframe', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header',
  'hgroup', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link',
  'main', 'map', 'mark', 'math', 'menu', 'meta', 'meter', 'nav', 'noscript', 'object', 'ol', 'optgroup',
  'option', 'output', 'p', 'param', 'picture', 'portal', 'pre', 'progress', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'script', 'search', 'section', 'select', 'selectedcontent', 'slot', 'small', 'source', 'span',
  'strong', 'style', 'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea',
  'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'track', 'u', 'ul', 'var', 'video', 'wbr',
  // Obsolete, still parsed and shown by browsers (and in old blog posts).
  'acronym', 'applet', 'basefont', 'bgsound', 'big', 'blink', 'center', 'dir', 'font', 'frame',
  'frameset', 'image', 'isindex', 'keygen', 'listing', 'marquee', 'menuitem', 'multicol', 'nextid',
  'nobr', 'noembed', 'noframes', 'plaintext', 'rb', 'rtc', 'spacer', 'strike', 'tt', 'xmp'
])

/**
 * Whether `element` is a tag of no element HTML knows: in HTML (not SVG or MathML), no custom
 * element (`<my-card>`, with a hyphen) and no namespaced one (`<o:p>` from a word processor).
 */
export function isUnknownElement(element: Element): boolean {
  const name = element.tagName
  return element.namespaceURI === htmlNamespace && !known.has(name) && !name.includes('-') && !name.includes(':')
}
