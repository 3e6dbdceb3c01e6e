// Links between the docs: every relative link of README.md and docs/**/*.md points at a file of
// the repository, and every `#fragment` into a Markdown file at one of its headings (GitHub's
// slugs), so no link leads outside the repository or to a section that moved.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, normalize} from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentationFiles, root} from './blocks.js'

/** The text without code: fenced blocks and inline code hold link-like text that is no link. */
function prose(file: string): string {
  return readFileSync(join(root, file), 'utf8')
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n {0,3}\1[^\n]*$/gm, '')
    .replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '')
}

/** GitHub's slug of a heading. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-')
}

function headings(file: string): Set<string> {
  const text = readFileSync(join(root, file), 'utf8').replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n {0,3}\1[^\n]*$/gm, '')
  return new Set(Array.from(text.matchAll(/^#{1,6}\s+(.*)$/gm), (match) => slug(match[1].replace(/`/g, ''))))
}

describe('links in the docs', () => {
  for (const file of documentationFiles()) {
    it(`${file}: relative links resolve`, () => {
      const broken: string[] = []
      const text = prose(file)
      const links = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), ...text.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1])
      for (const link of links) {
        if (/^[a-z]+:/i.test(link)) continue
        const [path, fragment] = link.split('#')
        const target = path ? normalize(join(dirname(file), path)) : file
        if (target.startsWith('..') || !existsSync(join(root, target))) broken.push(`${link}: no file ${target}`)
        else if (fragment && target.endsWith('.md') && !headings(target).has(fragment)) broken.push(`${link}: no heading #${fragment} in ${target}`)
      }
      expect(broken).toEqual([])
    })
  }
})
