// Front matter: metadata for a site's generator, no text of the story: no element (a `handlers`
// entry can render it).
export function frontmatter(): undefined {
  return undefined
}
