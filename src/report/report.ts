import type {Finding} from '../detect/detect.js'
import {LEVEL_RANK, levelOf} from '../detect/score.js'
import type {Block} from '../segment/blocks.js'
import type {FlaggedBlock, RiskReport} from '../types.js'
import {VERSION} from '../version.js'

/**
 * Turn findings into the report: flagged blocks in source order with `removed` set from the
 * article actually produced, the page score (highest block score) and its level, and counts
 * per category.
 */
export function buildReport(findings: readonly Finding[], kept: ReadonlySet<Block>, encoding: string): RiskReport {
  const blocks: FlaggedBlock[] = []
  const summary: Record<string, number> = {blocks: 0, matches: 0}
  let score = 0
  for (const finding of findings) {
    const removed = finding.blocks.length > 0 ? finding.blocks.every((b) => !kept.has(b)) : finding.kind === 'attribute' ? false : finding.kind !== 'title' && finding.kind !== 'meta'
    blocks.push({
      kind: finding.kind,
      start: finding.start,
      end: finding.end,
      score: finding.score,
      level: finding.level,
      category: finding.category,
      reasons: finding.reasons,
      matches: finding.matches,
      text: finding.text,
      removed
    })
    if (finding.score > score) score = finding.score
    summary['blocks']!++
    summary['matches']! += finding.matches.length
    const blockKey = `blocks:${finding.category}`
    summary[blockKey] = (summary[blockKey] ?? 0) + 1
    for (const match of finding.matches) {
      const key = `matches:${match.category}`
      summary[key] = (summary[key] ?? 0) + 1
    }
    const levelKey = `level:${finding.level}`
    summary[levelKey] = (summary[levelKey] ?? 0) + 1
  }
  blocks.sort((a, b) => a.start - b.start || a.end - b.end || LEVEL_RANK[b.level] - LEVEL_RANK[a.level])
  return {score, level: levelOf(score), blocks, summary: sortKeys(summary), encoding, version: VERSION}
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const key of Object.keys(record).sort()) out[key] = record[key]!
  return out
}
