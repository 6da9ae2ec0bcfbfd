import type {FlaggedBlock, Level} from '../types.js'
import {VERSION} from '../version.js'
import {pathToFileURL} from 'node:url'
import type {PageAnalysis} from './page-analysis.js'
import {LineIndex} from './text-position.js'

/** Reasons quoted in a result's message (all are in `properties.reasons`). */
const REASONS_IN_MESSAGE = 3
/** Distinct matched terms quoted in a result's message. */
const TERMS_IN_MESSAGE = 8
/** Longest snippet of a block's source put in `region.snippet`. */
const SNIPPET_CHARS = 500

/** SARIF `level` of each article-guard level. */
const SARIF_LEVEL: Readonly<Record<Level, 'error' | 'warning' | 'note' | 'none'>> = {
  high: 'error',
  medium: 'warning',
  low: 'note',
  none: 'none'
}

/** What each built-in category means, for the rule descriptions. */
const CATEGORY_DESCRIPTION: Readonly<Record<string, string>> = {
  porn: 'Injected pornography spam',
  gambling: 'Injected gambling or betting spam',
  pharma: 'Injected pharmacy or drug spam',
  counterfeit: 'Injected counterfeit-goods spam',
  loans: 'Injected loan or credit spam',
  'fake-documents': 'Injected fake-document or certificate spam',
  crypto: 'Injected cryptocurrency spam',
  hacking: 'Injected hacking-service spam',
  unknown: 'Keyword-stuffed or link-farm block without dictionary hits'
}

/** URI base the artifact URIs are relative to (the working directory). */
const SRCROOT = '%SRCROOT%'

/**
 * A SARIF 2.1.0 log of the pages' flagged blocks: one result per block, `ruleId` = category,
 * `level` error/warning/note for high/medium/low.
 *
 * Regions: `charOffset`/`charLength` are offsets in the *decoded* text (not bytes) counted in UTF-16
 * code units, which is what `run.columnKind: "utf16CodeUnits"` declares; `startLine`/`startColumn`/
 * `endLine`/`endColumn` are computed from them (1-based, end column exclusive, LF/CRLF/CR breaks).
 * For a UTF-8 page without gzip they point into the file as stored; for other encodings and `.gz`
 * files they point into the decoded text (the artifact's `encoding` says which).
 *
 * @param analyses The analysed pages, in output order.
 * @param cwd Directory the artifact URIs are made relative to (`%SRCROOT%`).
 */
export function toSarif(analyses: readonly PageAnalysis[], cwd: string): object {
  const ruleIds: string[] = []
  const results: object[] = []
  const artifacts: object[] = []
  for (const analysis of analyses) {
    const {location} = artifactLocation(analysis)
    const artifactIndex = artifacts.length
    artifacts.push({
      location,
      encoding: analysis.result.report.encoding,
      properties: {level: analysis.result.report.level, score: analysis.result.report.score}
    })
    const lines = new LineIndex(analysis.source)
    for (const block of analysis.result.report.blocks) {
      let ruleIndex = ruleIds.indexOf(block.category)
      if (ruleIndex === -1) ruleIndex = ruleIds.push(block.category) - 1
      results.push(toResult(block, ruleIndex, {...location, index: artifactIndex}, analysis, lines))
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'article-guard',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://www.npmjs.com/package/article-guard',
            rules: ruleIds.map((id) => ({
              id,
              name: ruleName(id),
              shortDescription: {text: CATEGORY_DESCRIPTION[id] ?? `Injected spam of category ${id}`},
              helpUri: 'https://www.npmjs.com/package/article-guard#report-format',
              defaultConfiguration: {level: 'warning'}
            }))
          }
        },
        originalUriBaseIds: {[SRCROOT]: {uri: pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href}},
        columnKind: 'utf16CodeUnits',
        artifacts,
        results
      }
    ]
  }
}

function toResult(block: FlaggedBlock, ruleIndex: number, location: object, analysis: PageAnalysis, lines: LineIndex): object {
  const start = lines.at(block.start)
  const end = lines.at(block.end)
  const snippet = analysis.source.slice(block.start, Math.min(block.end, block.start + SNIPPET_CHARS))
  return {
    ruleId: block.category,
    ruleIndex,
    level: SARIF_LEVEL[block.level],
    message: {text: resultMessage(block)},
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: start.line,
            startColumn: start.column,
            endLine: end.line,
            endColumn: end.column,
            charOffset: block.start,
            charLength: block.end - block.start,
            snippet: {text: snippet}
          }
        }
      }
    ],
    partialFingerprints: {blockText: fingerprint(block.text)},
    properties: {
      kind: block.kind,
      score: block.score,
      articleGuardLevel: block.level,
      removed: block.removed,
      terms: distinctTerms(block),
      reasons: block.reasons
    }
  }
}

/** The result message: level, kind, category and score, then the top reasons and terms. */
export function resultMessage(block: FlaggedBlock): string {
  const reasons = block.reasons.slice(0, REASONS_IN_MESSAGE).map((r) => r.detail)
  const terms = distinctTerms(block)
  let text = `${block.level} risk ${block.kind} (${block.category}, score ${block.score.toFixed(2)})`
  if (reasons.length > 0) text += `: ${reasons.join('; ')}`
  if (terms.length > 0) text += `. Terms: ${terms.slice(0, TERMS_IN_MESSAGE).join(', ')}${terms.length > TERMS_IN_MESSAGE ? ', …' : ''}`
  return text + (block.removed ? '. Removed from the article.' : '. Kept in the article.')
}

function distinctTerms(block: FlaggedBlock): string[] {
  return [...new Set(block.matches.map((m) => m.term))]
}

/** `gambling` → `InjectedGamblingSpam` (SARIF rule names are PascalCase by convention). */
function ruleName(id: string): string {
  return 'Injected' + id.split(/[^a-zA-Z0-9]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') + 'Spam'
}

/**
 * Where an artifact is: `stdin` as is; a page under the working directory as a relative URI
 * reference against `%SRCROOT%` (each segment percent-encoded), one outside it as a `file:` URL.
 */
function artifactLocation(analysis: PageAnalysis): {uri: string; location: {uri: string; uriBaseId?: string}} {
  const {name, path} = analysis.page
  if (path === '-') return {uri: name, location: {uri: name}}
  if (name.startsWith('/') || /^[A-Za-z]:\//.test(name)) {
    const uri = pathToFileURL(path).href
    return {uri, location: {uri}}
  }
  const uri = name.split('/').map((segment) => encodeURIComponent(segment)).join('/')
  return {uri, location: {uri, uriBaseId: SRCROOT}}
}

/** A stable, short hash of a block's text (FNV-1a, hex) so viewers can track a finding across runs. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
