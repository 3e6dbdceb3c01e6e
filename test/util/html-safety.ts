// Whether rendered HTML is safe: parsed with a real HTML parser, it holds only the elements and
// attributes our renderer writes, no script, no event handler, no `javascript:` URL, and no
// stylesheet but ours.
import type {Element, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {stylesheet} from '../../src/index.js'

/** Tag names our renderer writes. */
const ourTags = new Set([
  'html', 'head', 'body', 'meta', 'title', 'style', 'article', 'header', 'p', 'time', 'div', 'b', 'span', 'i', 'br',
  'section', 'ol', 'li', 'em', 'strong', 'a', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'
])
/** Property names our renderer writes whose values no browser reads as a URL. */
const textProperties = new Set(['className', 'lang', 'dateTime', 'dataWho', 'dataName', 'dataMarker', 'value', 'title'])
/** Property names our renderer writes. */
const ourProperties = new Set(['className', 'lang', 'dateTime', 'dataWho', 'dataName', 'dataMarker', 'value', 'href', 'title', 'charSet', 'name', 'content'])

export function elements(node: HastRoot | Element, found: Element[] = []): Element[] {
  const stack: (HastRoot | Element)[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'element') {
      found.push(current)
      if (current.content) stack.push(current.content)
    }
    for (const child of current.children) if (child.type === 'element') stack.push(child)
  }
  return found
}

/** What is wrong with a rendering; empty when it is safe. */
export function htmlProblems(html: string, document: boolean): string[] {
  const found: string[] = []
  const tree = fromHtml(html, {fragment: !document})
  let styles = 0
  for (const element of elements(tree)) {
    const tag = element.tagName
    if (!ourTags.has(tag)) found.push('element <' + tag + '>')
    if (tag === 'script' || tag === 'iframe' || tag === 'object' || tag === 'embed') found.push('dangerous <' + tag + '>')
    if (tag === 'style') {
      styles++
      const css = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
      if (!document || css !== stylesheet()) found.push('a <style> that is not ours')
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (!ourProperties.has(name)) found.push('attribute ' + name + ' on <' + tag + '>')
      if (/^on/i.test(name)) found.push('event handler ' + name)
      const text = String(value).replace(/[\u0000-\u0020]/g, '').toLowerCase()
      // Text no browser follows (a language, a tooltip, a data attribute): `javascript:` there is inert.
      if (textProperties.has(name)) continue
      if (text.startsWith('javascript:') || text.startsWith('vbscript:') || (text.startsWith('data:') && name === 'href')) {
        found.push('URL ' + name + '=' + String(value))
      }
    }
  }
  if (styles > (document ? 1 : 0)) found.push(styles + ' style elements')
  return found
}
