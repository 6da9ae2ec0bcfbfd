import type {FlaggedBlock, Level} from '../types.js'
import {VERSION} from '../version.js'
import {escapeHtml} from './html-escape.js'
import {LEVEL_ORDER} from './levels.js'
import type {PageAnalysis} from './page-analysis.js'
import {LineIndex} from './text-position.js'

/** Characters of unflagged source shown on each side of a finding; longer stretches fold into a `<details>`. */
const CONTEXT_CHARS = 600
/** A stretch is only folded when it would hide at least this many characters (folding less saves nothing). */
const MIN_FOLDED_CHARS = 400
/** Longest excerpt of a block's text in the findings panel. */
const EXCERPT_CHARS = 240
/** Distinct terms listed per finding. */
const TERMS_SHOWN = 20

/**
 * Inline style sheet. The report has no scripts and no external assets; the CSP below forbids both,
 * so even a slip in escaping could not load or run anything.
 */
const STYLE = `
:root{--high:#ffb4b4;--high-edge:#c62828;--medium:#ffd8a8;--medium-edge:#e8590c;--low:#fff3a3;--low-edge:#b59f00;--none:#e9ecef;--none-edge:#868e96;--ink:#1d2125;--muted:#5c6670;--line:#d8dde2}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;color:var(--ink);background:#f6f7f9}
header{padding:16px 24px;background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:18px;margin:0 0 6px;word-break:break-all}
h2{font-size:15px;margin:0 0 10px}
.meta{color:var(--muted);margin:0}
.meta b{color:var(--ink);font-weight:600}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:700;font-size:12px;text-transform:uppercase;border:1px solid}
.badge.high{background:var(--high);border-color:var(--high-edge)}
.badge.medium{background:var(--medium);border-color:var(--medium-edge)}
.badge.low{background:var(--low);border-color:var(--low-edge)}
.badge.none{background:var(--none);border-color:var(--none-edge)}
main{display:grid;gap:16px;padding:16px 24px;grid-template-columns:1fr}
@media (min-width:1000px){main{grid-template-columns:3fr 2fr}.article{grid-column:1 / -1}}
@media (min-width:1500px){main{grid-template-columns:5fr 3fr 3fr}.article{grid-column:auto}section,aside{max-height:calc(100vh - 120px);overflow:auto}}
section,aside{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px;min-width:0}
pre.source{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;font:12px/1.45 ui-monospace,"SFMono-Regular",Menlo,Consolas,"Noto Sans Mono CJK SC",monospace}
mark{border-bottom:2px solid;padding:0 1px;color:inherit}
mark.high{background:var(--high);border-color:var(--high-edge)}
mark.medium{background:var(--medium);border-color:var(--medium-edge)}
mark.low{background:var(--low);border-color:var(--low-edge)}
mark.none{background:var(--none);border-color:var(--none-edge)}
a.tag{font:700 10px/1 system-ui,sans-serif;vertical-align:super;text-decoration:none;color:#fff;background:var(--ink);border-radius:3px;padding:1px 3px;margin-right:1px}
details.fold{display:inline}
details.fold summary{display:inline;cursor:pointer;color:var(--muted);font-style:italic;background:#f1f3f5;border-radius:3px;padding:0 4px}
ol.findings{list-style:none;margin:0;padding:0}
ol.findings>li{border-left:4px solid var(--none-edge);padding:6px 10px;margin:0 0 10px;background:#fafbfc}
ol.findings>li.high{border-color:var(--high-edge)}
ol.findings>li.medium{border-color:var(--medium-edge)}
ol.findings>li.low{border-color:var(--low-edge)}
.finding-head{font-weight:600}
.excerpt{margin:4px 0;color:var(--muted);overflow-wrap:anywhere}
table.reasons{border-collapse:collapse;width:100%;font-size:12px}
table.reasons td{border-top:1px solid var(--line);padding:2px 4px;vertical-align:top}
table.reasons td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.terms{font-size:12px;overflow-wrap:anywhere}
.terms code{background:#f1f3f5;border-radius:3px;padding:0 3px;margin-right:3px}
.article p{margin:0 0 10px;overflow-wrap:anywhere;white-space:pre-line}
.empty{color:var(--muted);font-style:italic}
footer{padding:0 24px 16px;color:var(--muted);font-size:12px}
`

/**
 * A self-contained HTML page about one analysed page: a header with the verdict, the decoded
 * source with each flagged block's `[start, end)` range wrapped in `<mark class="LEVEL">`, a panel
 * with each finding's score, level, reasons and terms, and the clean article as text.
 *
 * Everything from the page is escaped text: no markup of the analysed page reaches the report
 * (the article is shown as text, not as its sanitized HTML, so no image or link loads anything).
 * Inline CSS only, no scripts; a Content-Security-Policy forbids everything else.
 */
export function renderReportHtml(analysis: PageAnalysis): string {
  const {article, report} = analysis.result
  const name = analysis.page.name
  const index = new LineIndex(analysis.source)
  const n = report.blocks.length
  const counts = (['high', 'medium', 'low'] as const)
    .map((level) => [level, report.blocks.filter((b) => b.level === level).length] as const)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${count} ${level}`)
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>article-guard: ${escapeHtml(name)} (${report.level})</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(name)} <span class="badge ${report.level}">${report.level}</span></h1>
<p class="meta">Score <b>${report.score.toFixed(2)}</b> · <b>${n}</b> flagged block${n === 1 ? '' : 's'}${counts.length > 0 ? ` (${counts.join(', ')})` : ''} · encoding <b>${escapeHtml(report.encoding)}</b> · ${analysis.source.length.toLocaleString('en')} characters</p>
<p class="meta">Title <b>${escapeHtml(article.title || '-')}</b> · byline ${escapeHtml(article.byline || '-')} · published ${escapeHtml(article.published ?? '-')} · site ${escapeHtml(article.siteName || '-')} · language ${escapeHtml(article.lang || '-')}</p>
</header>
<main>
<section class="source" aria-label="Page source">
<h2>Page source, flagged blocks highlighted</h2>
<pre class="source">${renderSource(analysis.source, report.blocks)}</pre>
</section>
<aside class="findings" aria-label="Findings">
<h2>Findings</h2>
${n === 0 ? '<p class="empty">No flagged blocks.</p>' : `<ol class="findings">\n${report.blocks.map((block, i) => renderFinding(block, i, index)).join('\n')}\n</ol>`}
</aside>
<section class="article" aria-label="Clean article">
<h2>Clean article</h2>
${renderArticle(article.title, article.byline, article.published, article.text)}
</section>
</main>
<footer>article-guard ${escapeHtml(VERSION)} · offsets are UTF-16 code units in the decoded page · the article is shown as text; its sanitized HTML is in <code>--json</code></footer>
</body>
</html>
`
}

/** An elementary stretch of the source and the blocks covering it. */
interface Piece {
  start: number
  end: number
  /** Indices of the covering blocks. */
  blocks: number[]
}

/** Cut the source at every block boundary, so overlapping blocks become runs of pieces. */
function pieces(length: number, blocks: readonly FlaggedBlock[]): Piece[] {
  const cuts = new Set<number>([0, length])
  const ranges = blocks.map((b) => [clamp(b.start, length), clamp(Math.max(b.start, b.end), length)] as const)
  for (const [start, end] of ranges) {
    cuts.add(start)
    cuts.add(end)
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: Piece[] = []
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!
    const end = sorted[i + 1]!
    const covering: number[] = []
    ranges.forEach(([s, e], j) => {
      if (s <= start && end <= e) covering.push(j)
    })
    out.push({start, end, blocks: covering})
  }
  return out
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(n, length))
}

/** The escaped source with marks around flagged stretches (the highest covering level wins) and long clean stretches folded. */
function renderSource(source: string, blocks: readonly FlaggedBlock[]): string {
  const out: string[] = []
  const anchored = new Set<number>()
  const all = pieces(source.length, blocks)
  all.forEach((piece, i) => {
    const text = source.slice(piece.start, piece.end)
    if (piece.blocks.length === 0) {
      out.push(foldClean(text, i === 0, i === all.length - 1))
      return
    }
    for (const j of piece.blocks) {
      if (anchored.has(j)) continue
      anchored.add(j)
      out.push(`<a class="tag" id="block-${j + 1}" href="#finding-${j + 1}">${j + 1}</a>`)
    }
    const top = piece.blocks.reduce((best, j) => (LEVEL_ORDER[blocks[j]!.level] > LEVEL_ORDER[blocks[best]!.level] ? j : best))
    const level: Level = blocks[top]!.level
    const title = piece.blocks.map((j) => `#${j + 1} ${blocks[j]!.level} ${blocks[j]!.score.toFixed(2)} ${blocks[j]!.category}`).join('; ')
    out.push(`<mark class="${level}" title="${escapeHtml(title)}">${escapeHtml(text)}</mark>`)
  })
  return out.join('')
}

/** A clean stretch: kept whole when short, else its ends around a folded middle (none at the document's edges). */
function foldClean(text: string, first: boolean, last: boolean): string {
  const head = first ? Math.min(CONTEXT_CHARS, text.length) : CONTEXT_CHARS
  const tail = last ? 0 : CONTEXT_CHARS
  if (text.length - head - tail < MIN_FOLDED_CHARS) return escapeHtml(text)
  const middle = text.slice(head, text.length - tail)
  return (
    escapeHtml(text.slice(0, head)) +
    `<details class="fold"><summary>… ${middle.length.toLocaleString('en')} characters without findings …</summary>${escapeHtml(middle)}</details>` +
    escapeHtml(text.slice(text.length - tail))
  )
}

function renderFinding(block: FlaggedBlock, i: number, index: LineIndex): string {
  const start = index.at(block.start)
  const text = block.text.replace(/\s+/g, ' ').trim()
  const excerpt = text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS) + '…' : text
  const terms = [...new Set(block.matches.map((m) => m.term))]
  const reasons = block.reasons
    .map((r) => `<tr><td class="num">${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(2)}</td><td>${escapeHtml(r.signal)}</td><td>${escapeHtml(r.detail)}</td></tr>`)
    .join('')
  return `<li class="${block.level}" id="finding-${i + 1}">
<div class="finding-head"><a href="#block-${i + 1}">#${i + 1}</a> <span class="badge ${block.level}">${block.level}</span> ${block.score.toFixed(2)} · ${escapeHtml(block.category)} · ${escapeHtml(block.kind)} · line ${start.line}, column ${start.column} · ${block.removed ? 'removed from the article' : 'kept in the article'}</div>
<p class="excerpt">${escapeHtml(excerpt)}</p>
${reasons ? `<table class="reasons">${reasons}</table>` : ''}
${terms.length > 0 ? `<p class="terms">${block.matches.length} match${block.matches.length === 1 ? '' : 'es'}: ${terms.slice(0, TERMS_SHOWN).map((t) => `<code>${escapeHtml(t)}</code>`).join('')}${terms.length > TERMS_SHOWN ? ' …' : ''}</p>` : ''}
</li>`
}

function renderArticle(title: string, byline: string, published: string | null, text: string): string {
  if (!text) return '<p class="empty">No article found.</p>'
  const head = [
    title ? `<h3>${escapeHtml(title)}</h3>` : '',
    byline || published ? `<p class="meta">${escapeHtml([byline, published ?? ''].filter(Boolean).join(' · '))}</p>` : ''
  ].join('')
  return head + text.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')
}
