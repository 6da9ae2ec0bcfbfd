/**
 * Public data types of article-guard. Plain, serialisable data: no classes, no tree nodes.
 */

/** Risk level of a block or a page, from harmless to certain spam. */
export type Level = 'none' | 'low' | 'medium' | 'high'

/** Spam categories of the built-in dictionaries; user dictionaries may add their own names. */
export type BuiltinCategory =
  | 'porn'
  | 'gambling'
  | 'pharma'
  | 'counterfeit'
  | 'loans'
  | 'fake-documents'
  | 'crypto'
  | 'hacking'

/** A category name: a built-in one, `'unknown'` for vocabulary-free findings, or a user's own. */
export type Category = BuiltinCategory | 'unknown' | (string & {})

/** One piece of evidence behind a score, as the report shows it. */
export interface Evidence {
  /** Name of the signal, such as `'link-density'`. */
  signal: string
  /** Measured value of the signal (its unit depends on the signal, see README). */
  value: number
  /** Weight of the signal in the block score (0 when the signal only explains). */
  weight: number
  /** Human-readable explanation, such as `'41 of 44 characters are link text'`. */
  detail: string
}

/** A dictionary term found in the input. */
export interface Match {
  /** The dictionary term (normalised form). */
  term: string
  /** Category of the term. */
  category: Category
  /** Language of the dictionary the term comes from (BCP 47). */
  lang: string
  /** UTF-16 offset of the match start in the decoded input. */
  start: number
  /** UTF-16 offset just past the match end in the decoded input. */
  end: number
}

/** Where a finding sits. */
export type FindingKind = 'block' | 'title' | 'meta' | 'attribute' | 'hidden-link'

/** A flagged part of the page. */
export interface FlaggedBlock {
  /** What was flagged: a body block, the `<title>`, a `<meta>`, an attribute, or a hidden link. */
  kind: FindingKind
  /** UTF-16 offset of the start of the flagged source in the decoded input. */
  start: number
  /** UTF-16 offset just past the end of the flagged source in the decoded input. */
  end: number
  /** Block score, 0–1. */
  score: number
  /** Level that follows from `score`. */
  level: Level
  /** Dominant category of the matches, `'unknown'` when flagged without dictionary hits. */
  category: Category
  /** Evidence for the score, strongest first. */
  reasons: Evidence[]
  /** Dictionary matches inside the block. */
  matches: Match[]
  /** Visible text of the block. */
  text: string
  /** Whether the block was left out of the article. */
  removed: boolean
}

/** The risk report of a page. */
export interface RiskReport {
  /** Page score, 0–1: the highest block score. */
  score: number
  /** Page level: the level of `score`. */
  level: Level
  /** Flagged blocks in source order. */
  blocks: FlaggedBlock[]
  /** Counts: `blocks`, `matches`, and `blocks:<category>` / `matches:<category>` per category. */
  summary: Record<string, number>
  /** Encoding the input was decoded with (`'utf-8'` for string input). */
  encoding: string
  /** Version of article-guard that made the report. */
  version: string
}

/** The clean article. Empty strings (and `null` for `published`) when not found. */
export interface Article {
  /** Headline. */
  title: string
  /** Author(s) as written on the page. */
  byline: string
  /** Publication date: ISO 8601 when it could be read, else `null`. */
  published: string | null
  /** Name of the publishing site. */
  siteName: string
  /** Language of the page (BCP 47) as declared or detected; `''` when unknown. */
  lang: string
  /** Body text, paragraphs separated by a blank line. */
  text: string
  /** Body as sanitized HTML. */
  html: string
  /** Body as Markdown. */
  markdown: string
}

/** What `analyze` returns. */
export interface AnalyzeResult {
  article: Article
  report: RiskReport
}
