import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {articleSerializer, toArticleHtml, toMarkdown, toPlainText} from '../../src/extract/serialize.js'

const fragment = (html: string): Root => fromHtml(html, {fragment: true})

describe('toArticleHtml', () => {
  it.each([
    ['a script element', '<p>ok</p><script>alert(1)</script>', /script|alert/],
    ['an onerror handler', '<img src="/a.png" onerror="alert(1)">', /onerror|alert/],
    ['a javascript: href', '<a href="javascript:alert(1)">x</a>', /javascript|href/],
    ['an entity-obfuscated javascript: href', '<a href="jav&#x09;ascript:alert(1)">x</a>', /javascript|href|alert/],
    ['a vbscript: href', '<a href="vbscript:msgbox(1)">x</a>', /vbscript|href/],
    ['a data: URI in img src', '<img src="data:image/svg+xml;base64,PHN2Zz4=">', /data:|<img/],
    ['an svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg><p>ok</p>', /svg|onload|alert/],
    ['an iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe><p>ok</p>', /iframe|srcdoc|alert/],
    ['a base element', '<base href="https://evil.test/"><a href="/x">x</a>', /base|evil/],
    ['a style element with expression()', '<style>p{width:expression(alert(1))}</style><p>ok</p>', /style|expression/],
    ['a style attribute', '<p style="background:url(javascript:alert(1))">ok</p>', /style|javascript/],
    ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf"><p>ok</p>', /object|embed|swf/],
    ['a form with controls', '<form action="https://evil.test"><input name="q"><button>go</button></form><p>ok</p>', /form|input|button|evil/],
    ['a meta refresh and a link', '<meta http-equiv="refresh" content="0;url=https://evil.test"><link rel="stylesheet" href="x.css"><p>ok</p>', /meta|link|evil/],
    ['comments', '<!-- secret --><p>ok</p>', /secret|<!--/],
    ['a math element with an href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math><p>ok</p>', /math|javascript/]
  ])('strips %s', (_, html, forbidden) => {
    const out = toArticleHtml(fragment(html))
    expect(out).not.toMatch(forbidden)
  })

  it.each([
    ['<p>a</p>'],
    ['<h2>h</h2>'],
    ['<ul><li>a</li></ul>'],
    ['<ol start="3"><li>a</li></ol>'],
    ['<blockquote><p>q</p></blockquote>'],
    ['<pre><code class="language-js">x</code></pre>'],
    ['<figure><img src="https://ex.test/a.jpg" alt="A"><figcaption>c</figcaption></figure>'],
    ['<table><thead><tr><th>h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>'],
    ['<p><a href="https://ex.test/">l</a> <a href="mailto:a@ex.test">m</a> <a href="/rel">r</a> <a href="#top">t</a></p>'],
    ['<p><em>e</em><strong>s</strong><b>b</b><i>i</i><br><sup>1</sup><sub>2</sub></p><hr>'],
    ['<dl><dt>t</dt><dd>d</dd></dl>']
  ])('keeps %s', (html) => {
    expect(toArticleHtml(fragment(html))).toBe(html)
  })

  it('drops ids and names instead of prefixing them with user-content-', () => {
    expect(toArticleHtml(fragment('<p id="x" name="y">a</p>'))).toBe('<p>a</p>')
  })

  it('unwraps unknown elements and links left without an href', () => {
    expect(toArticleHtml(fragment('<font color="red">a<a href="javascript:x">b</a></font>'))).toBe('ab')
  })

  it('drops hidden elements', () => {
    const html = '<p>ok</p><div style="display: none"><a href="https://spam.test">spam</a></div><p hidden>h</p><span aria-hidden="true">i</span>'
    expect(toArticleHtml(fragment(html))).toBe('<p>ok</p>')
  })

  it('uses the real URL of a lazy image and drops images without a safe src', () => {
    const html = '<img src="data:image/gif;base64,R0lGOD" data-src="/big.jpg" alt="a"><img src="data:x" alt="b">'
    expect(toArticleHtml(fragment(html))).toBe('<img alt="a" src="/big.jpg">')
  })

  it('makes relative URLs absolute against baseUrl', () => {
    const html = '<a href="../b.html">b</a><img src="c.jpg"><a href="mailto:x@ex.test">m</a>'
    expect(toArticleHtml(fragment(html), {baseUrl: 'https://ex.test/news/a/1.html'})).toBe(
      '<a href="https://ex.test/news/b.html">b</a><img src="https://ex.test/news/a/c.jpg"><a href="mailto:x@ex.test">m</a>'
    )
  })

  it('ignores a baseUrl that is not an absolute http(s) URL', () => {
    expect(toArticleHtml(fragment('<a href="b.html">b</a>'), {baseUrl: 'javascript:alert(1)//'})).toBe('<a href="b.html">b</a>')
    expect(toArticleHtml(fragment('<a href="b.html">b</a>'), {baseUrl: 'not a url'})).toBe('<a href="b.html">b</a>')
  })

  it('accepts an element as well as a root', () => {
    const root = fragment('<article><p>a</p></article>')
    const article = root.children[0] as Element
    expect(toArticleHtml(article)).toBe('<article><p>a</p></article>')
  })

  it('returns an empty string for an empty tree', () => {
    expect(toArticleHtml({type: 'root', children: []})).toBe('')
  })
})

describe('toMarkdown', () => {
  it('writes a table as a GFM table', () => {
    const html = '<table><tr><th>Name</th><th>Votes</th></tr><tr><td>Ann</td><td>12</td></tr></table>'
    expect(toMarkdown(fragment(html))).toBe('| Name | Votes |\n| ---- | ----- |\n| Ann  | 12    |')
  })

  it('writes headings, lists, quotes, code, images and links', () => {
    const html =
      '<h1>T</h1><p>Some <em>x</em> and <a href="https://ex.test/">link</a>.</p><ul><li>a</li><li>b</li></ul>' +
      '<blockquote><p>q</p></blockquote><pre><code>let x = 1</code></pre><figure><img src="/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>'
    expect(toMarkdown(fragment(html))).toBe(
      '# T\n\nSome *x* and [link](https://ex.test/).\n\n- a\n- b\n\n> q\n\n```\nlet x = 1\n```\n\n![A](/a.jpg)\n\nCap'
    )
  })

  it('carries no unsafe link into Markdown', () => {
    const md = toMarkdown(fragment('<p><a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AA" alt="i"></p>'))
    expect(md).toBe('x')
  })

  it('resolves relative URLs against baseUrl', () => {
    expect(toMarkdown(fragment('<a href="/b">b</a>'), {baseUrl: 'https://ex.test/a'})).toBe('[b](https://ex.test/b)')
  })
})

describe('toPlainText', () => {
  it('separates paragraphs and headings by one blank line and collapses whitespace', () => {
    const html = '<h1> Title </h1>\n\n<p>First   line\n of text</p><p></p><p>&nbsp;</p><div>Second <b>para</b></div>'
    expect(toPlainText(fragment(html))).toBe('Title\n\nFirst line of text\n\nSecond para')
  })

  it('puts list items on their own lines', () => {
    expect(toPlainText(fragment('<p>Intro</p><ul><li>one</li><li>two <i>2</i></li></ul><p>End</p>'))).toBe(
      'Intro\n\none\ntwo 2\n\nEnd'
    )
  })

  it('writes table rows as lines with tab-separated cells', () => {
    const html = '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>'
    expect(toPlainText(fragment(html))).toBe('A\tB\n1\t2')
  })

  it('keeps text between blocks as its own paragraph', () => {
    expect(toPlainText(fragment('<div>loose<p>inner</p>tail</div>'))).toBe('loose\n\ninner\n\ntail')
  })

  it('keeps line breaks from br and the indentation of pre', () => {
    expect(toPlainText(fragment('<p>a<br>b</p><pre>  x\n    y  </pre>'))).toBe('a\nb\n\n  x\n    y')
  })

  it('joins Chinese lines broken in the source without a space', () => {
    expect(toPlainText(fragment('<p>中文第一行\n  中文第二行</p><p>English\nline</p>'))).toBe('中文第一行中文第二行\n\nEnglish line')
  })

  it('trims full-width indentation of Chinese paragraphs', () => {
    expect(toPlainText(fragment('<p>\u3000\u3000正文。</p><p>&nbsp;&nbsp;第二段。</p>'))).toBe('正文。\n\n第二段。')
  })

  it('leaves out scripts, styles and hidden text', () => {
    const html = '<p>a</p><script>var x</script><style>p{}</style><p style="display:none">spam</p><noscript>n</noscript>'
    expect(toPlainText(fragment(html))).toBe('a')
  })

  it('keeps figure captions and blockquotes as paragraphs', () => {
    const html = '<figure><img src="/a.jpg" alt="A"><figcaption>Cap</figcaption></figure><blockquote>Quote</blockquote>'
    expect(toPlainText(fragment(html))).toBe('Cap\n\nQuote')
  })
})

describe('articleSerializer', () => {
  const html =
    '<article><h1>T</h1><p>a <b>b <strong>c</strong></b> <i><em>d</em></i> e</p>' +
    '<blockquote>'.repeat(14) + '<p>deep</p>' + '</blockquote>'.repeat(14) +
    '<ul><li>one<li>two</ul><p><a href="/x">x</a> and text<!-- c -->more<img src="/i.png" alt="i"></p></article>'

  it.each([
    ['HTML first', ['html', 'markdown'] as const],
    ['Markdown first', ['markdown', 'html'] as const]
  ])('gives the HTML and Markdown of the separate serialisers, %s', (_, order) => {
    const serializer = articleSerializer(fragment(html), {baseUrl: 'https://ex.test/a/'})
    const out: Record<string, string> = {}
    for (const which of order) out[which] = serializer[which]()
    expect(out['html']).toBe(toArticleHtml(fragment(html), {baseUrl: 'https://ex.test/a/'}))
    expect(out['markdown']).toBe(toMarkdown(fragment(html), {baseUrl: 'https://ex.test/a/'}))
    expect(serializer.html()).toBe(out['html'])
    expect(serializer.markdown()).toBe(out['markdown'])
  })
})

describe('the input tree', () => {
  it('is unchanged by all three serialisers', () => {
    const html =
      '<article id="a"><p style="color:red" onclick="x()">中文\n中文 <a href="/x">x</a> <a href="javascript:y">y</a></p>' +
      '<img src="data:x" data-src="/real.jpg"><div hidden>h</div><table><tr><td>1</td></tr></table><script>z</script></article>'
    const tree = fromHtml(html)
    const before = structuredClone(tree)
    toArticleHtml(tree, {baseUrl: 'https://ex.test/'})
    toMarkdown(tree, {baseUrl: 'https://ex.test/'})
    toPlainText(tree)
    expect(tree).toEqual(before)
  })
})

describe('large input', () => {
  it('handles long runs of whitespace and CJK text in linear time', () => {
    const text = '中'.repeat(200_000) + ' '.repeat(200_000) + '\n'.repeat(200_000) + 'x'
    const tree: Root = {type: 'root', children: [{type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: text}]}]}
    const started = Date.now()
    expect(toPlainText(tree).length).toBeGreaterThan(200_000)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('does not choke on a huge style attribute', () => {
    const style = 'display:block;'.repeat(100_000)
    const started = Date.now()
    expect(toArticleHtml(fragment(`<p style="${style}">ok</p>`))).toBe('<p>ok</p>')
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
