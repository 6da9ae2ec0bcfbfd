import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import {fromParse5} from 'hast-util-from-parse5'
import {parse} from 'parse5'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {repairDocument} from '../../src/parse/repair.js'
import {toHast} from '../../src/parse/to-hast.js'
import {htmlArb, pageArb} from '../robustness/generators.js'

/** Parse without raw-text cuts. */
function parseDocument(html: string) {
  return parse(html, {sourceCodeLocationInfo: true, scriptingEnabled: false})
}

/**
 * Our tree, and the reference: rehype-parse's converter on the same parse, repaired beforehand as a
 * whole (toHast repairs as it goes, and uses its document up, so each gets a parse of its own).
 */
function both(html: string) {
  const reference = parseDocument(html)
  repairDocument(reference, html.length)
  return {ours: toHast(parseDocument(html), html), reference: fromParse5(reference, {file: new VFile(html)})}
}

describe('toHast', () => {
  it.each([
    ['plain elements and text', '<p class="a  b" id=x>Hello <b>world</b></p>'],
    ['boolean, numeric and list attributes', '<input disabled checked=checked maxlength=10 accept="a, b"><td colspan=2 headers="a b">'],
    ['data and unknown attributes', '<div data-foo-bar=1 data-x="y" foo=bar aria-hidden=true></div>'],
    ['class given twice through classname', '<div class="a" classname="b c"></div>'],
    ['attribute names that are Object.prototype keys', '<div constructor=x __proto__=y toString=z hasOwnProperty=q></div>'],
    ['a tag name read as a selector by hastscript', '<a.b#c class=d>x</a.b#c><x.y>z</x.y>'],
    ['SVG with camel-cased names', '<svg viewBox="0 0 1 1"><foreignObject><p>in html</p></foreignObject><clipPath/><linearGradient/></svg>'],
    ['MathML and templates in each namespace', '<math><template><mi>x</mi></template></math><svg><template><g/></template></svg>'],
    ['an HTML template', '<template id=t><p>inside</p><template><b>nested</b></template></template>'],
    ['an unclosed template', '<template><p>never closed'],
    ['a doctype, comments and quirks mode', '<!doctype html public "-//W3C//DTD HTML 3.2//EN"><!-- c --><p>x'],
    ['unclosed elements ending at their last child', '<div><p>one<p>two<ul><li>a<li>b'],
    ['misnested formatting elements', '<b><i>x</b>y</i><p>z<a href=1>q<a href=2>r'],
    ['foster-parented text', '<table><tr><td>a</td>b<td>c</table>'],
    ['line breaks of every kind', '<p>a\r\nb\rc\nd</p>\r\n<p>\u{1F600}</p>'],
    ['an empty document', '']
  ])('makes the tree of hast-util-from-parse5 for %s', (_, html) => {
    const {ours, reference} = both(html)
    expect(ours).toEqual(reference)
    expect(isDeepStrictEqual(ours, reference)).toBe(true)
  })

  it('makes the tree of hast-util-from-parse5 for generated messy HTML', () => {
    fc.assert(
      fc.property(fc.oneof(htmlArb, pageArb), (html) => {
        const {ours, reference} = both(html)
        return isDeepStrictEqual(ours, reference)
      }),
      {numRuns: 400, seed: 20261201}
    )
  })

  it.each([
    ['misnested markup where locations need repairs', '<p><b>one<p>two</b>three<table><td>a</td>b</table><i>x</p>y'],
    ['nesting deeper than the cap, with hidden containers', '<div>'.repeat(300) + '<p>deep <b>bold</b></p><div hidden><div><p>hidden</p></div></div>' + '<template>' + '<i>'.repeat(300) + 't</template>']
  ])('repairs like repairDocument for %s', (_, html) => {
    const {ours, reference} = both(html)
    expect(isDeepStrictEqual(ours, reference)).toBe(true)
  })

  it('converts 100,000-deep nesting without overflowing the stack', () => {
    const html = '<div>'.repeat(100_000) + 'deep'
    let node = toHast(parseDocument(html), html, {maxDepth: Infinity})!.children[0]
    let depth = 0
    while (node && 'children' in node && node.children.length > 0) {
      node = node.children[node.children.length - 1]
      depth++
    }
    expect(depth).toBeGreaterThan(100_000)
    expect(node).toMatchObject({type: 'text', value: 'deep'})
  })
})
