/** Synthetic pages for the scaling benchmark: each kind stresses one dimension, generated to a target size. */

export const KINDS = ['article', 'links', 'deep', 'textnode', 'attributes'] as const
export type Kind = (typeof KINDS)[number]

export const KIND_NOTES: Record<Kind, string> = {
  article: 'long article: headings + paragraphs of prose with inline links and emphasis',
  links: 'link farm: one <ul> of <li><a href> items (50,000 links ≈ 4 MB)',
  deep: 'nesting: <div> inside <div> … (100,000 deep ≈ 1.1 MB), six paragraphs at the bottom',
  textnode: 'one text node inside one <p> (5 MB at the 5 MB size)',
  attributes: 'attribute values of up to 1 MB each, five kinds in equal shares: img alt, a href, div class, p style, span title'
}

const WORDS = (
  'the city council met on tuesday to discuss the budget for the coming year and members agreed that ' +
  'spending on schools roads and parks should rise while the mayor warned that revenue from taxes ' +
  'would fall short of the plan unless the state sends more money before the end of the summer'
).split(' ')
const CJK = '市议会周二开会讨论明年的预算成员们同意增加学校道路和公园的支出'

/** Deterministic prose of about `chars` characters (mostly English with a little Chinese). */
export function prose(chars: number, seed = 1): string {
  let out = ''
  let i = seed
  while (out.length < chars) {
    i = (i * 1103515245 + 12345) & 0x7fffffff
    out += i % 37 === 0 ? CJK.slice(0, 8 + (i % 20)) + '。' : WORDS[i % WORDS.length]! + (i % 13 === 0 ? ', ' : i % 17 === 0 ? '. ' : ' ')
  }
  return out.slice(0, chars)
}

const HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic page</title></head><body>'
const TAIL = '</body></html>'

/** A page of `kind` of about `bytes` UTF-16 units (≈ bytes for these mostly-ASCII pages). */
export function generate(kind: Kind, bytes: number): {html: string; note: string} {
  const budget = Math.max(bytes - HEAD.length - TAIL.length, 100)
  const parts: string[] = [HEAD]
  let size = HEAD.length
  const push = (s: string): void => {
    parts.push(s)
    size += s.length
  }
  let note = ''
  switch (kind) {
    case 'article': {
      push('<article><h1>Council agrees budget</h1>')
      let n = 0
      while (size < budget) {
        if (n % 12 === 0) push(`<h2>Part ${n / 12 + 1}</h2>`)
        push(`<p>${prose(200, n)}<a href="/story/${n}">related story ${n}</a> ${prose(150, n + 7)} <em>${prose(30, n + 3)}</em> ${prose(200, n + 11)}</p>\n`)
        n++
      }
      push('</article>')
      note = `${n} paragraphs`
      break
    }
    case 'links': {
      push('<p>Links:</p><ul>')
      let n = 0
      while (size < budget) {
        push(`<li><a href="https://example${n % 97}.com/page/${n}">Link number ${n}</a></li>\n`)
        n++
      }
      push('</ul>')
      note = `${n} links`
      break
    }
    case 'deep': {
      const open = '<div>'
      const close = '</div>'
      const depth = Math.max(1, Math.floor((budget - 1900) / (open.length + close.length)))
      const bottom = Array.from({length: 6}, (_, i) => `<p>${prose(300, i)}</p>`).join('')
      push(open.repeat(depth) + bottom + close.repeat(depth))
      note = `${depth} deep`
      break
    }
    case 'textnode': {
      push('<p>' + prose(budget - 8) + '</p>')
      note = `one ${(budget / 1e6).toFixed(2)} M-char text node`
      break
    }
    case 'attributes': {
      // The five kinds of value in equal shares at every size, so that time per KB compares.
      const max = 1_000_000
      const length = Math.max(50, Math.min(max, Math.floor((budget - 600) / 5)))
      let n = 0
      push('<article><p>' + prose(400) + '</p>')
      while (size + length < budget || n < 5) {
        const value = prose(length, n).replace(/["<>&]/g, ' ')
        switch (n % 5) {
          case 0: push(`<p><img src="/a.png" alt="${value}"> caption ${n}</p>`); break
          case 1: push(`<p><a href="https://example.com/?q=${encodeURIComponent(value).slice(0, length)}">link ${n}</a> text</p>`); break
          case 2: push(`<div class="${value}"><p>${prose(200, n)}</p></div>`); break
          case 3: push(`<p style="color: red; ${value}">styled ${n}</p>`); break
          default: push(`<p><span title="${value}">titled ${n}</span> words</p>`)
        }
        n++
      }
      push('</article>')
      note = `${n} values of ${length >= 1e6 ? '1 M' : length >= 1000 ? Math.round(length / 1000) + ' K' : length} chars`
      break
    }
  }
  parts.push(TAIL)
  return {html: parts.join(''), note}
}
