// The export fixtures (a Blogger and a WordPress export written for these tests) against their
// reviewed summaries, and what each post's tree holds.
import {describe, expect, it} from 'vitest'
import {parse, readBlogExport, toText} from '../../src/index.js'
import {expected, fixtures} from '../util/fixtures.js'
import {summary} from './summary.js'
import {all} from '../util/tree.js'

describe('export fixtures', () => {
  for (const fixture of fixtures('export', '.xml')) {
    it(fixture.name + ' reads to the reviewed summary', () => {
      const actual = summary(readBlogExport(fixture.value))
      const reviewed = expected(fixture, '.out.txt', actual)
      expect(reviewed, 'missing ' + fixture.name + '.out.txt (UPDATE=1 writes it)').toBeDefined()
      expect(actual).toBe(reviewed)
    })
  }
})

describe('Blogger export', () => {
  const [fixture] = fixtures('export', '.xml').filter((item) => item.name === 'blogger')
  const result = readBlogExport(fixture.value)

  it('gives each comment a byline as the blog shows it, which the text keeps and the parser reads back', () => {
    const tree = result.posts[0].tree
    const comments = all(tree, 'comment')
    expect(comments.map((comment) => [comment.author, comment.byline, comment.date])).toEqual([
      ['Bernd', 'Bernd sagte...\n5. März 2012 um 10:20', '2012-03-05T10:20:00.000+01:00'],
      ['Anonym', 'Anonym sagte...\n5. März 2012 um 12:41', '2012-03-05T12:41:00.000+01:00']
    ])
    const back = all(parse(toText(tree)), 'comment')
    expect(back.map((comment) => [comment.author, comment.date])).toEqual([
      ['Bernd', '2012-03-05T10:20'],
      ['Anonym', '2012-03-05T12:41']
    ])
  })

  it('reads posts only: settings, template, page and draft are skipped and counted', () => {
    expect(result.platform).toBe('blogger')
    expect(result.posts.map((post) => post.title)).toEqual([
      'Der Drucker von $Kollegin',
      "The router that wasn't",
      'Montagmorgen',
      'Printer on fire',
      'Kurz notiert: $Kunde und die Maus'
    ])
    expect(result.skipped).toEqual({template: 1, settings: 2, draft: 1, page: 1})
    expect(result.diagnostics).toEqual([])
  })

  it('joins comments to their post through thr:in-reply-to, with author and date', () => {
    const comments = all(result.posts[0].tree, 'comment')
    expect(comments.map((node) => [(node as {author?: string}).author, (node as {date?: string}).date])).toEqual([
      ['Bernd', '2012-03-05T10:20:00.000+01:00'],
      ['Anonym', '2012-03-05T12:41:00.000+01:00']
    ])
    // A comment's text is read by the same core: turns in a comment are turns.
    const turns = all(result.posts[4].tree.children.find((node) => node.type === 'comments')!, 'turn')
    expect(turns.map((node) => (node as {who: string}).who)).toEqual(['anna', 'ich'])
  })

  it('puts comments in the order they were written, by instant, across a change of the clock', () => {
    // 02:10 in winter time is 01:10 UTC; 02:30 in summer time, earlier that night, 00:30 UTC.
    const xml = fixture.value
      .replace('2012-03-05T10:20:00.000+01:00', '2013-10-27T02:10:00.000+01:00')
      .replace('2012-03-05T12:41:00.000+01:00', '2013-10-27T02:30:00.000+02:00')
    const comments = all(readBlogExport(xml).posts[0].tree, 'comment')
    expect(comments.map((node) => (node as {author?: string}).author)).toEqual(['Anonym', 'Bernd'])
  })

  it('makes title and dateline from the export, without a position, placeholders read', () => {
    const [dateline, title] = result.posts[0].tree.children
    expect(dateline).toEqual({type: 'dateline', value: 'Montag, 5. März 2012', date: '2012-03-05'})
    expect(title).toEqual({
      type: 'title',
      children: [
        {type: 'text', value: 'Der Drucker von '},
        {type: 'placeholder', value: '$Kollegin', name: 'Kollegin'}
      ]
    })
  })

  it('keeps positions into the post content for the body', () => {
    const post = result.posts[2]
    const directions = all(post.tree, 'direction')
    expect(directions).toHaveLength(1)
    const {start, end} = directions[0].position!
    expect(post.content.slice(start.offset, end.offset)).toBe('&lt;hektisch&gt;')
  })

  it('reads only the posts `select` takes, each as it would be among all', () => {
    const seen: unknown[] = []
    const some = readBlogExport(fixture.value, {
      drafts: true,
      select(post, index) {
        seen.push([index, post.title, 'tree' in post, 'messages' in post])
        return index % 2 === 1
      }
    })
    const every = readBlogExport(fixture.value, {drafts: true})
    expect(seen).toEqual(every.posts.map((post, index) => [index, post.title, false, false]))
    expect(some.posts).toEqual(every.posts.filter((_, index) => index % 2 === 1))
    expect({...some, posts: []}).toEqual({...every, posts: []})
  })

  it('reads drafts with `drafts: true`', () => {
    const withDrafts = readBlogExport(fixture.value, {drafts: true})
    const draft = withDrafts.posts.find((post) => post.draft)
    expect(draft?.title).toBe('Unfinished: the fax story')
    expect(draft?.url).toBe('')
    expect(withDrafts.skipped.draft).toBeUndefined()
  })
})

describe('WordPress export', () => {
  const [fixture] = fixtures('export', '.xml').filter((item) => item.name === 'wordpress')
  const result = readBlogExport(fixture.value)

  it('reads items of type post; pages, attachments and drafts are skipped and counted', () => {
    expect(result.platform).toBe('wordpress')
    expect(result.posts.map((post) => post.id)).toEqual(['11', '12', '13', '14', '15'])
    expect(result.skipped).toEqual({'unapproved-comment': 2, pingback: 1, draft: 1, page: 1, attachment: 1})
  })

  it('reads approved comments only, unless `unapproved: true`', () => {
    expect(result.posts[0].comments.map((comment) => comment.author)).toEqual(['Jo', 'Kim'])
    const all = readBlogExport(fixture.value, {unapproved: true})
    expect(all.posts[0].comments.map((comment) => comment.author)).toEqual(['Jo', 'Kim', 'Cheap Pills', 'Lou'])
    expect(all.skipped['unapproved-comment']).toBeUndefined()
  })

  it('gives dates in ISO 8601 (UTC from the _gmt fields), the dateline in the blog’s local date', () => {
    const post = result.posts[3]
    expect([post.published, post.updated]).toEqual(['2018-05-07T05:30:00Z', '2018-05-07T05:30:00Z'])
    expect(post.tree.children[0]).toEqual({type: 'dateline', value: 'Montag, 7. Mai 2018', date: '2018-05-07'})
  })

  it('reads line endings in a body as line breaks (the body is stored as written)', () => {
    const dialogue = result.posts[2].tree.children.find((node) => node.type === 'dialogue')!
    expect(all(dialogue, 'turn')).toHaveLength(3)
  })

  it('labels are categories and tags', () => {
    expect(result.posts[1].labels).toEqual(['Hotline', 'Bildschirm'])
  })
})
