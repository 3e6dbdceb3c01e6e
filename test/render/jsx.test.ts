// The React and Preact recipe of docs/rendering.md: `toJsxRuntime(toHast(tree), {Fragment, jsx,
// jsxs})`, rendered on the server, gives the same markup as `toHtml` (the same elements,
// attributes and text, read back with an HTML parser: React writes `<br/>` where toHtml writes
// `<br>`), for every fixture, so the class names and the default stylesheet hold in apps too.
import {fromHtml} from 'hast-util-from-html'
import {toJsxRuntime} from 'hast-util-to-jsx-runtime'
import * as preact from 'preact/jsx-runtime'
import {render} from 'preact-render-to-string'
import * as react from 'react/jsx-runtime'
import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, it} from 'vitest'
import {anonymize, parse, stylesheet, toHast, toHtml, type ToHastOptions} from '../../src/index.js'
import {fixtures} from '../util/fixtures.js'
import {withoutPositions} from '../util/tree.js'

/** The markup as an HTML parser reads it. */
function markup(html: string) {
  return withoutPositions(fromHtml(html, {fragment: true}))
}

const stories = [...fixtures('text'), ...fixtures('markdown')]

describe('React (react-dom/server)', () => {
  for (const fixture of stories) {
    it(`renders ${fixture.name} as toHtml does`, () => {
      const tree = parse(fixture.value)
      const element = toJsxRuntime(toHast(tree), {Fragment: react.Fragment, jsx: react.jsx, jsxs: react.jsxs})
      expect(markup(renderToStaticMarkup(element))).toEqual(markup(toHtml(tree)))
    })
  }

  it('renders options and an anonymized story as toHtml does', () => {
    const tree = anonymize(parse('Titel mit $Kollegin\n\n$Kollegin: <leise> Wo ist $Stadt_in_der_Nähe?\nIch: Weit.'), {seed: 1})
    const options: ToHastOptions = {classPrefix: 'story-', headingRank: 3, placeholders: 'name'}
    const element = toJsxRuntime(toHast(tree, options), {Fragment: react.Fragment, jsx: react.jsx, jsxs: react.jsxs})
    expect(markup(renderToStaticMarkup(element))).toEqual(markup(toHtml(tree, options)))
  })

  it('renders the stylesheet in a style element as it is', () => {
    expect(renderToStaticMarkup(react.jsx('style', {children: stylesheet()}))).toBe(`<style>${stylesheet()}</style>`)
  })
})

describe('Preact (preact-render-to-string)', () => {
  for (const fixture of stories) {
    it(`renders ${fixture.name} as toHtml does`, () => {
      const tree = parse(fixture.value)
      const element = toJsxRuntime(toHast(tree), {Fragment: preact.Fragment, jsx: preact.jsx, jsxs: preact.jsxs})
      expect(markup(render(element))).toEqual(markup(toHtml(tree)))
    })
  }
})
