import type {PhrasingContent, Root} from 'mdast'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import {describe, expect, it} from 'vitest'
import {markdownRoot} from '../../src/extract/markdown-safe.js'

const plain: Options = {bullet: '-', extensions: [gfmToMarkdown()]}
const fast: Options = {...plain, handlers: {root: markdownRoot}}

let seed = 17
function rand(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
  return (seed >>> 16) % n
}

/** Letters, spaces and every character an escaping rule is about (and some neighbours of theirs). */
const ALPHABET = 'ab 1.\n\t\r#*+-_=~`<>[]()!"&\\|:@/?wpsx9 '

function randomText(): string {
  return Array.from({length: 1 + rand(12)}, () => ALPHABET[rand(ALPHABET.length)]).join('')
}

function randomPhrasing(depth: number): PhrasingContent[] {
  return Array.from({length: 1 + rand(4)}, (): PhrasingContent => {
    const kind = depth > 2 ? 0 : rand(7)
    if (kind === 1) return {type: 'emphasis', children: randomPhrasing(depth + 1)}
    if (kind === 2) return {type: 'strong', children: randomPhrasing(depth + 1)}
    if (kind === 3) return {type: 'link', url: randomText(), title: rand(2) ? randomText() : null, children: randomPhrasing(depth + 1)}
    if (kind === 4) return {type: 'inlineCode', value: randomText()}
    if (kind === 5) return {type: 'image', url: randomText(), alt: randomText()}
    return {type: 'text', value: randomText()}
  })
}

describe('markdownRoot', () => {
  it('gives the Markdown that mdast-util-to-markdown gives without it', () => {
    for (let round = 0; round < 400; round++) {
      const tree: Root = {
        type: 'root',
        children: [
          {type: 'heading', depth: 2, children: randomPhrasing(0)},
          {type: 'paragraph', children: randomPhrasing(0)},
          {type: 'list', ordered: rand(2) === 1, children: [{type: 'listItem', children: [{type: 'paragraph', children: randomPhrasing(0)}]}]},
          {type: 'blockquote', children: [{type: 'paragraph', children: randomPhrasing(0)}]},
          {type: 'table', children: [{type: 'tableRow', children: [{type: 'tableCell', children: randomPhrasing(1)}, {type: 'tableCell', children: randomPhrasing(1)}]}]},
          {type: 'code', lang: randomText().replace(/\n/g, ''), value: randomText()}
        ]
      }
      expect(toMarkdown(tree, fast)).toBe(toMarkdown(tree, plain))
    }
  })

  it('still escapes what needs escaping', () => {
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: '*a* [b](c)'}]}]}
    expect(toMarkdown(tree, fast)).toBe('\\*a\\* \\[b]\\(c)\n')
  })
})
