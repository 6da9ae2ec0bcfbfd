import type {AnalyzeResult, Level} from '../types.js'

/** One line of `batch` output (`results.jsonl`). */
export interface BatchRecord {
  /** Path of the page relative to the batch directory (or as written in the list file), `/`-separated. */
  id: string
  /** Page level; `null` when the page could not be analysed. */
  level: Level | null
  /** Page score 0–1; `null` when the page could not be analysed. */
  score: number | null
  /** Number of flagged blocks. */
  blocks: number
  /** Categories of the flagged blocks, most blocks first. */
  categories: string[]
  /** `article.lang` (`''` when unknown). */
  lang: string
  /** `article.title`. */
  title: string
  /** Why the page could not be analysed (only on failures). */
  error?: string
}

/** The batch record of a result. */
export function toBatchRecord(id: string, result: AnalyzeResult): BatchRecord {
  const counts = new Map<string, number>()
  for (const block of result.report.blocks) counts.set(block.category, (counts.get(block.category) ?? 0) + 1)
  const categories = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name)
  return {
    id,
    level: result.report.level,
    score: result.report.score,
    blocks: result.report.blocks.length,
    categories,
    lang: result.article.lang,
    title: result.article.title
  }
}

/** The batch record of a page that failed. */
export function errorRecord(id: string, error: string): BatchRecord {
  return {id, level: null, score: null, blocks: 0, categories: [], lang: '', title: '', error}
}

/**
 * Read the records of an existing results file. Lines that are not JSON objects with a string `id`
 * (such as a line cut short when a run was killed) are skipped; a later line for the same id wins.
 */
export function parseResults(text: string): Map<string, BatchRecord> {
  const records = new Map<string, BatchRecord>()
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      continue
    }
    if (typeof value === 'object' && value !== null && typeof (value as {id?: unknown}).id === 'string') {
      records.set((value as BatchRecord).id, value as BatchRecord)
    }
  }
  return records
}
