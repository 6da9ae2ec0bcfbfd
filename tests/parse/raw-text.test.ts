import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import {parse} from 'parse5'
import {describe, expect, it} from 'vitest'
import {parseHtmlCutting} from '../../src/parse/parse.js'
import {cutRawText, rawTextEnd, reducedChunks, scriptDataEnd} from '../../src/parse/raw-text.js'
import {corpusPages, fixturePages} from './corpus-pages.js'

/** Where parse5 ends the script that `<script>` + `rest` opens: the start of its end tag, or -1. */
function parse5ScriptEnd(rest: string): number {
  const html = '<script>' + rest
  const document = parse(html, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  const head = (document.childNodes[0] as {childNodes: Array<{tagName?: string; sourceCodeLocation?: {endTag?: {startOffset: number}}}>}).childNodes[0] as {childNodes: Array<{tagName?: string; sourceCodeLocation?: {endTag?: {startOffset: number}}}>}
  const script = head.childNodes.find((node) => node.tagName === 'script')
  const end = script?.sourceCodeLocation?.endTag?.startOffset
  return end === undefined ? -1 : end - '<script>'.length
}

/** Pieces that move the script data states around. */
const SCRIPT_PIECES = [
  '<!--', '-->', '<!-', '--!>', '-', '--', '<', '>', '/', '!', 'a', ' ', '\n', '\r', '\0', 'x < y', '<script>', '<script ', '<script/',
  '<SCRIPT>', '<scriptx>', '</script>', '</script ', '</script/', '</SCRIPT>', '</scriptx>', '</style>', '</', '<p>', '</p>'
]
const scriptBody = fc.array(fc.constantFrom(...SCRIPT_PIECES), {maxLength: 24}).map((pieces) => pieces.join(''))

describe('scriptDataEnd', () => {
  it.each([
    ['a plain script', 'var a = 1</script>', 9],
    ['an end tag in upper case with attributes', 'x</SCRIPT foo=bar>', 1],
    ['a comparison that looks like a tag', 'if (a <b) {}</script>', 12],
    ['an end tag for another name', '</scripts></script>', 10],
    ['an escaped section: still ends the script', '<!-- x </script> -->', 7],
    ['a double-escaped section: does not', '<!-- <script> </script> --> y</script>', 29],
    ['a double-escaped section left by -->', '<!-- <script> --> </script>', 18],
    ['no end tag', '<!-- <script> </script>', -1],
    ['an end tag cut off by the end of the input', 'x</script', -1]
  ])('ends %s where parse5 does', (_, rest, expected) => {
    expect(scriptDataEnd(rest, 0)).toBe(expected)
    expect(parse5ScriptEnd(rest)).toBe(expected === -1 ? -1 : expected)
  })

  it('ends generated script data where parse5 does', () => {
    fc.assert(
      fc.property(scriptBody, (rest) => {
        // Where parse5 completes an end tag, ours is there too. (An end tag that the end of the input
        // cuts off inside its attributes is found by ours and not by parse5; the parse then rejects the cut.)
        const theirs = parse5ScriptEnd(rest)
        return theirs === -1 || scriptDataEnd(rest, 0) === theirs
      }),
      {numRuns: 3000, seed: 20261201}
    )
  })
})

describe('rawTextEnd', () => {
  it('ends raw text at the first end tag of its name followed by a delimiter', () => {
    expect(rawTextEnd('a{b:c}</styles></style >', 0, 'style')).toBe(15)
    expect(rawTextEnd('<!-- </style> -->', 0, 'style')).toBe(5)
    expect(rawTextEnd('a</style', 0, 'style')).toBe(-1)
  })
})

describe('cutRawText', () => {
  const page = '<p>a</p>\r\n<script>one\ntwo</script><style>x{}</style>\n<p>b</p>'

  it('cuts script and style contents and maps their lines and columns', () => {
    const {cuts, length} = cutRawText(page, 1)
    const text = '<p>a</p>\r\n<script></script><style></style>\n<p>b</p>'
    expect(reducedChunks(page, cuts, 7).join('')).toBe(text)
    expect(reducedChunks(page, cuts, 7).every((chunk) => chunk.length <= 7)).toBe(true)
    expect(length).toBe(text.length)
    expect(cuts.map((cut) => [cut.tagName, page.slice(cut.start, cut.end), cut.startLine, cut.startColumn, cut.endLine, cut.endColumn])).toEqual([
      ['script', 'one\ntwo', 2, 9, 3, 4],
      ['style', 'x{}', 3, 20, 3, 23]
    ])
  })

  it.each([
    ['shorter than the minimum', '<script>short</script>', 64],
    ['inside SVG', `<svg><style>${'x'.repeat(80)}</style></svg>`, 1],
    ['inside a comment', `<!-- <script>${'x'.repeat(80)}</script> -->`, 1],
    ['running to the end of the input', `<script>${'x'.repeat(80)}`, 1]
  ])('leaves a content %s', (_, html, min) => {
    expect(cutRawText(html, min).cuts).toEqual([])
  })
})

/** Pages where cutting raw text could go wrong: each must parse to the same tree cut and whole. */
const PAGE_PIECES = [
  '<p>text</p>', '<textarea>', '</textarea>', '<title>', '</title>', '<select>', '</select>', '<table>', '<tr><td>', '</table>', '<frameset>',
  '<template>', '</template>', '<noscript>', '</noscript>', '<svg>', '</svg>', '<math>', '</math>', '<svg><foreignObject>', '</foreignObject></svg>',
  '<!--', '-->', '--!>', '<div title="', '">', "<a href='", "'>", '<iframe>', '</iframe>', '<xmp>', '</xmp>', '<plaintext>', '\r\n', '\0', '😀',
  '<head>', '<body>', '</body>', '</html>', '<p>a\rb</p>', '&amp;', '&notin;', '&noti', '&#x1F600;', '&#128;', '<p title="a&amp;b">x</p>'
]
const rawElement = fc.tuple(fc.constantFrom('script', 'style', 'SCRIPT', 'Style'), fc.constantFrom('', ' type="a>b"', " data-x='<'", ' a=b>', '/', ' src=x'), scriptBody, fc.constantFrom('</script>', '</style>', '</SCRIPT >', '</style/>', '', '</script')).map(
  ([tag, attributes, body, end]) => `<${tag}${attributes}>${body}${end}`
)
const trickyPage = fc.array(fc.oneof(fc.constantFrom(...PAGE_PIECES), rawElement), {maxLength: 12}).map((pieces) => pieces.join(''))

describe('parseHtml with raw text cut out', () => {
  it('makes the same tree as parsing whole, for tricky generated pages', () => {
    fc.assert(
      fc.property(trickyPage, (html) => isDeepStrictEqual(parseHtmlCutting(html, 0), parseHtmlCutting(html, Infinity))),
      {numRuns: 3000, seed: 20261201}
    )
  })

  it('makes the same tree whatever the size of the pieces parse5 gets (tags, entities, CRLF and surrogate pairs split)', () => {
    fc.assert(
      fc.property(trickyPage, fc.integer({min: 1, max: 48}), (html, chunkLength) => isDeepStrictEqual(parseHtmlCutting(html, 0, chunkLength), parseHtmlCutting(html, Infinity))),
      {numRuns: 2000, seed: 20261202}
    )
  })

  it('makes the same tree as parsing whole, for every fixture and corpus page', () => {
    const differing = [...fixturePages(), ...corpusPages()].filter((page) => !isDeepStrictEqual(parseHtmlCutting(page.html, 0, 1000), parseHtmlCutting(page.html, Infinity)))
    expect(differing.map((page) => page.name)).toEqual([])
  })
})
