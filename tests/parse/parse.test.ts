import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import {fromHtml} from 'hast-util-from-html'
import {fromParse5} from 'hast-util-from-parse5'
import {toHtml} from 'hast-util-to-html'
import {parse} from 'parse5'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseFragmentTree, parseHtml} from '../../src/parse/parse.js'
import {repairDocument} from '../../src/parse/repair.js'
import {htmlArb, pageArb} from '../robustness/generators.js'
import {corpusPages, fixturePages} from './corpus-pages.js'

/**
 * The tree parseHtml must make: rehype-parse's (parse5 with its default tree, then
 * hast-util-from-parse5), with the location and depth repairs applied to parse5's tree first.
 */
function reference(html: string) {
  const document = parse(html, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  repairDocument(document, html.length)
  return fromParse5(document, {file: new VFile(html)})
}

describe('parseHtml', () => {
  it('makes the reference tree for every fixture and corpus page', () => {
    const differing = [...fixturePages(), ...corpusPages()].filter((page) => !isDeepStrictEqual(parseHtml(page.html), reference(page.html)))
    expect(differing.map((page) => page.name)).toEqual([])
  })

  it('makes the reference tree for generated messy HTML', () => {
    fc.assert(fc.property(fc.oneof(htmlArb, pageArb), (html) => isDeepStrictEqual(parseHtml(html), reference(html))), {numRuns: 500, seed: 20261201})
  })

  it('makes the reference tree for prose, whose text nodes grow word by word', () => {
    const html = '<article>' + '<p>Word after\r\nword, <a href="/x">a link</a>\tand <em>emphasis</em>  with  spaces.</p>\n'.repeat(50) + '</article>'
    expect(isDeepStrictEqual(parseHtml(html), reference(html))).toBe(true)
  })
})

describe('parseFragmentTree', () => {
  const same = (html: string): boolean => toHtml(parseFragmentTree(html)) === toHtml(fromHtml(html, {fragment: true}))

  it.each([
    ['nested paragraphs', '<p>a<p>b</p></p>'],
    ['a table with stray text', '<table><tr><td>a</td>b</table>'],
    ['templates, SVG and MathML', '<template><p>t</p></template><svg><foreignObject><p>f</p></foreignObject></svg><math><mi>x</mi></math>'],
    ['nesting past the parser cap', '<blockquote>'.repeat(300) + 'deep']
  ])('serialises like a fromHtml fragment for %s', (_, html) => {
    expect(same(html)).toBe(true)
  })

  it('serialises like a fromHtml fragment for generated messy HTML', () => {
    fc.assert(fc.property(fc.oneof(htmlArb, pageArb), same), {numRuns: 500, seed: 20261201})
  })
})
