import type {AnalyzeResult, FlaggedBlock} from '../types.js'

/** Longest excerpt of a flagged block shown in the summary. */
const EXCERPT_CHARS = 100
/** Reasons shown per block in the summary (all are in `--json`). */
const REASONS_SHOWN = 4

/** A readable summary of a result: metadata, the article text, then the risk report. */
export function formatSummary(result: AnalyzeResult, name: string, withText = true): string {
  const {article, report} = result
  const lines: string[] = []
  const paragraphs = article.text ? article.text.split('\n\n').length : 0
  lines.push(`# ${name}`)
  lines.push(`Title:     ${article.title || '-'}`)
  lines.push(`Byline:    ${article.byline || '-'}`)
  lines.push(`Published: ${article.published ?? '-'}`)
  lines.push(`Site:      ${article.siteName || '-'}`)
  lines.push(`Language:  ${article.lang || '-'}`)
  lines.push(`Text:      ${paragraphs} paragraphs, ${article.text.length} characters`)
  if (withText && article.text) {
    lines.push('')
    lines.push(article.text)
  }
  lines.push('')
  lines.push(`Risk: ${report.level} (score ${report.score.toFixed(2)}), ${report.blocks.length} flagged block${report.blocks.length === 1 ? '' : 's'}, encoding ${report.encoding}`)
  for (const block of report.blocks) lines.push(...formatBlock(block))
  return lines.join('\n')
}

function formatBlock(block: FlaggedBlock): string[] {
  const excerpt = block.text.length > EXCERPT_CHARS ? block.text.slice(0, EXCERPT_CHARS) + '…' : block.text
  const terms = [...new Set(block.matches.map((m) => m.term))]
  const out = [
    `  [${block.level} ${block.score.toFixed(2)}] ${block.kind} at ${block.start}–${block.end}, ${block.category}, ${block.removed ? 'removed from the article' : 'kept in the article'}`,
    `      "${excerpt.replace(/\s+/g, ' ')}"`
  ]
  if (terms.length > 0) out.push(`      terms (${block.matches.length} matches): ${terms.slice(0, 10).join(', ')}${terms.length > 10 ? ', …' : ''}`)
  for (const reason of block.reasons.slice(0, REASONS_SHOWN)) {
    out.push(`      ${reason.weight >= 0 ? '+' : ''}${reason.weight.toFixed(2)} ${reason.signal}: ${reason.detail}`)
  }
  return out
}
