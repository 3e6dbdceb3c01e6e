// The browser build's element serializer of hast-util-to-html (its `handle/element.js`, 9.0):
// `toHtml` calls hast-util-to-html without options, so every setting this reads is its default,
// and this is that code with them in place: no optional tag omitted (the optional-tag rules are
// left out with it), no self-closing slash (SVG elements are closed, voids are HTML's), attributes
// double-quoted and apart, with the characters that default writes as references (no parse
// errors or dangerous characters allowed), lists comma- or space-separated with a space.
// Left out: the code of the other settings, about 0.5 KB gzip. tsup.config.ts loads it in place of
// that file, from the package's folder, so its imports are hast-util-to-html's own.
import type {Element, Parents, Properties, Root} from 'hast'
import {stringify as commas} from 'comma-separated-tokens'
import {find, html, type Schema, svg} from 'property-information'
import {stringify as spaces} from 'space-separated-tokens'
import {stringifyEntities} from 'stringify-entities'

/** What this reads of hast-util-to-html's state. */
interface State {
  schema: Schema
  settings: {voids: readonly string[]}
  all: (node: Parents | Root) => string
}

const htmlIntegrationPoints = new Set(['desc', 'foreignObject', 'title'])

/** The characters escaped in an attribute's name and in its double-quoted value (hast-util-to-html's `constants.name[1][1]`, `constants.double[1][1]`). */
const nameSubset = '\0\t\n\f\r "&\'/<=>`'.split('')
const valueSubset = '\0"&\'`'.split('')

export function element(node: Element, _index: number | undefined, _parent: Parents | undefined, state: State): string {
  const {schema} = state
  let selfClosing = schema.space === 'svg' ? false : state.settings.voids.includes(node.tagName.toLowerCase())
  if (schema.space === 'html' && node.tagName === 'svg') state.schema = svg
  const attributes = serializeAttributes(state, node.properties)
  // HTML integration points are HTML.
  if (state.schema.space === 'svg' && htmlIntegrationPoints.has(node.tagName)) state.schema = html
  const content = state.all(schema.space === 'html' && node.tagName === 'template' ? (node.content as Root) : node)
  state.schema = schema
  // A void element with children is not void.
  if (content) selfClosing = false
  return '<' + node.tagName + (attributes ? ' ' + attributes : '') + '>' + content + (selfClosing ? '' : '</' + node.tagName + '>')
}

function serializeAttributes(state: State, properties: Properties | null | undefined): string {
  const values: string[] = []
  if (properties) {
    for (const key in properties) {
      if (properties[key] !== null && properties[key] !== undefined) {
        const value = serializeAttribute(state, key, properties[key])
        if (value) values.push(value)
      }
    }
  }
  return values.join(' ')
}

function serializeAttribute(state: State, key: string, value: Properties[string]): string {
  const info = find(state.schema, key)
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value)
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return ''
  const name = stringifyEntities(info.attribute, {subset: nameSubset})
  if (value === true) return name
  const text = Array.isArray(value) ? (info.commaSeparated ? commas : spaces)(value, {padLeft: true}) : String(value)
  return name + '="' + stringifyEntities(text, {subset: valueSubset, attribute: true}) + '"'
}
