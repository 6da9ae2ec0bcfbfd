/**
 * fast-check generators of hostile input: arbitrary strings and bytes, and messy HTML built by a
 * recursive `fc.letrec` grammar (random nesting, unclosed tags, stray `</`, unquoted attributes,
 * good and bad entities, comments, CDATA, CJK and RTL text, hidden styles). Shared by the property
 * tests and bench/fuzz.ts.
 */
import fc from 'fast-check'

/** Text inside `<script>`, `<style>` and `<template>`: it must never reach the article. */
export const SCRIPT_MARKER = 'zqscriptmark'
/** Text inside hidden elements: it must never reach the article. */
export const HIDDEN_MARKER = 'zqhiddenmark'
export const MARKERS = [SCRIPT_MARKER, HIDDEN_MARKER] as const

const TAGS = [
  'div', 'p', 'span', 'a', 'ul', 'li', 'table', 'tr', 'td', 'b', 'i', 'em', 'h1', 'h2', 'blockquote', 'pre', 'article',
  'section', 'svg', 'math', 'template', 'noscript', 'frameset', 'iframe', 'form', 'select', 'font', 'marquee', 'details'
] as const

const WORDS = [
  'the', 'article', 'reports', 'that', 'council', 'voted', 'on', 'Tuesday,', 'budget', 'river.',
  'casino', 'viagra', 'online', 'betting', 'loans', 'cheap', 'replica', 'bitcoin', 'porn', 'free',
  '博彩', '赌场', '六合彩', '新闻', '记者', '报道', '，', '。', 'ニュース', '東京', '한국어',
  'שלום', 'مرحبا', '\u202e', '\u200f', '\u00a0', 'café', 'naïve', '😀', '\ud83d', '\udc00', '\u0000', '\r\n', '\t'
]

const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&#x1F600;', '&#0;', '&#x0;', '&#xD800;', '&#1114112;', '&#99999999999;', '&bogus;', '&amp', '&#', '&#x;', '&copy', '&notit;', '&', '&#128;', '&#x80;']

const word = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...WORDS)},
  {weight: 2, arbitrary: fc.constantFrom(...ENTITIES)},
  {weight: 1, arbitrary: fc.string({maxLength: 8})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})}
)

/** A run of text: words, entities and junk. */
export const textArb = fc.array(word, {minLength: 1, maxLength: 14}).map((words) => words.join(' '))

const attrValue = fc.oneof(
  fc.constantFrom('x', 'javascript:alert(1)', 'https://example.com/a?b=1&c=2', '/relative', 'data:text/html,<script>alert(1)</script>', 'a b', '"', "'", '>', '<', ''),
  textArb
)

const attribute = fc.oneof(
  fc.tuple(fc.constantFrom('href', 'src', 'title', 'alt', 'class', 'id', 'lang', 'dir', 'onclick', 'onerror', 'srcdoc', 'data-src', 'rel'), attrValue, fc.constantFrom('"', "'", '')).map(
    ([name, value, quote]) => (quote === '' ? `${name}=${value.replace(/[\s>]/g, '')}` : `${name}=${quote}${value.replace(quote, '')}${quote}`)
  ),
  fc.constantFrom('hidden', 'disabled', 'aria-hidden=true', 'style="color:red"', 'style=display:none', 'x=', '=', '"junk"', '/')
)

/** A hidden element holding the hidden marker. */
const hiddenArb = fc.tuple(fc.constantFrom('div', 'span', 'p', 'a', 'li'), fc.constantFrom('hidden', 'style="display:none"', "style='visibility: hidden'", 'style="DISPLAY:NONE;"'), textArb).map(
  ([tag, attr, text]) => `<${tag} ${attr}>${text} ${HIDDEN_MARKER} ${text}</${tag}>`
)

/** Non-rendered elements holding the script marker. */
const scriptArb = fc.constantFrom(
  `<script>var a = "${SCRIPT_MARKER}"; document.write("<p>${SCRIPT_MARKER}</p>")</script>`,
  `<style>.${SCRIPT_MARKER}::after{content:"${SCRIPT_MARKER}"}</style>`,
  `<template><p>${SCRIPT_MARKER} template</p></template>`,
  `<script type="text/template"><div><p>${SCRIPT_MARKER}</p></div></script>`,
  `<textarea>${SCRIPT_MARKER}</textarea>`,
  `<iframe srcdoc="<p>x</p>">${SCRIPT_MARKER}</iframe>`
)

const junk = fc.constantFrom(
  '</', '</>', '<', '<!', '<!-- comment -->', '<!-- unclosed', '<![CDATA[ cdata ]]>', '<?php echo 1 ?>', '<!DOCTYPE html>',
  '</div>', '</p>', '</table>', '</body>', '</html>', '<br>', '<br/>', '<hr>', '<img src=x.png alt="an image">', '<img src=x onerror=alert(1)>',
  '<p', '<a href="x', '<div class="a', '&', '<html>', '<body>', '<head>', '<frameset>', '</frameset>', '<plaintext>',
  '<select><option>opt</option>', '<input value=x>', '<math><mi>x</mi><mtext><p>mtext', '<svg><foreignObject><p>fo</p></svg>',
  '<table><tr><td>cell', '</td>', '<li>item', '<dd>', '<noscript><p>', '<xmp><p>xmp</xmp>', '\u0000', '\ufeff'
)

/** Generated messy HTML fragments, random depth. */
export const htmlArb: fc.Arbitrary<string> = fc.letrec<{node: string; nodes: string}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 5, arbitrary: textArb},
    {weight: 1, arbitrary: junk},
    {weight: 1, arbitrary: hiddenArb},
    {weight: 1, arbitrary: scriptArb},
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, {maxLength: 3}), tie('nodes'), fc.constantFrom('close', 'close', 'close', 'open', 'stray')).map(
        ([tag, attrs, inner, end]) => {
          const open = `<${tag}${attrs.map((a) => ' ' + a).join('')}>`
          if (end === 'open') return open + inner
          if (end === 'stray') return `${open}${inner}</${tag === 'div' ? 'span' : 'div'}>`
          return `${open}${inner}</${tag}>`
        }
      )
    }
  ),
  nodes: fc.array(tie('node'), {maxLength: 5}).map((nodes) => nodes.join(''))
})).nodes

/** A page: generated body content, sometimes inside a realistic shell with an article. */
export const pageArb: fc.Arbitrary<string> = fc.oneof(
  htmlArb,
  fc.tuple(htmlArb, htmlArb, fc.array(textArb, {minLength: 1, maxLength: 4})).map(
    ([before, inside, paragraphs]) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body>${before}<article><h1>Headline</h1>` +
      paragraphs.map((p) => `<p>${p} ${p}, and more words of prose about the council, as it said.</p>`).join('') +
      `${inside}</article><footer>${before}</footer></body></html>`
  )
)

/** Options that change the pipeline's path. */
export const optionsArb = fc.record(
  {
    format: fc.constantFrom('auto' as const, 'html' as const, 'text' as const),
    removeLevel: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
    url: fc.constantFrom('https://example.com/news/a.html', 'not a url', 'javascript:alert(1)')
  },
  {requiredKeys: []}
)

/** Bytes: random, or a page encoded (or mis-encoded) with a BOM or a lying `<meta charset>`. */
export const bytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({maxLength: 400}),
  fc.tuple(pageArb, fc.constantFrom('', '<meta charset="windows-1252">', '<meta charset="utf-16">', '<meta charset=gbk>', '<meta charset="shift_jis">', '<meta http-equiv="Content-Type" content="text/html; charset=big5">', '<meta charset="bogus-enc">'), fc.constantFrom('none', 'utf8bom', 'utf16le', 'utf16be', 'truncate')).map(
    ([page, meta, mode]) => {
      const text = meta + page
      const utf8 = new TextEncoder().encode(text)
      if (mode === 'utf8bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
      if (mode === 'truncate') return utf8.subarray(0, Math.max(0, utf8.length - 1))
      if (mode === 'utf16le' || mode === 'utf16be') {
        const out = new Uint8Array(2 + text.length * 2)
        out.set(mode === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff])
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i)
          out[2 + 2 * i] = mode === 'utf16le' ? c & 0xff : c >> 8
          out[3 + 2 * i] = mode === 'utf16le' ? c >> 8 : c & 0xff
        }
        return out
      }
      return utf8
    }
  )
)
