import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {analyze, type AnalyzeResult} from '../src/index.js'
import {RANK, isSpamBlock, loadFixtures, reported, spamProblems} from './fixtures/lib/fixtures.js'

// The quality gate, as trafilatura keeps one: extraction F1 on the shared corpora and detection
// on the fixtures must not fall below the floors committed in quality-floors.json.
const shared = resolve(process.env['SHARED'] ?? '../shared')
const floors = JSON.parse(readFileSync('quality-floors.json', 'utf8')) as {
  extraction: Record<string, {f1: number}>
  detection: {fixtureRecall: number; fixturePrecision: number; cleanFixturesAtMediumMax: number; aebPagesAtMediumMax: number}
}

interface Metric {
  evaluate(truth: unknown, pred: unknown, options: {nBootstrap: number; tokenizer: string}): {f1: number; precision: number; recall: number}
}

const corpusRuns = new Map<string, Map<string, AnalyzeResult>>()

/** Analyse every page of a shared corpus once (cached for the tests below). */
function runCorpus(name: string): Map<string, AnalyzeResult> {
  let results = corpusRuns.get(name)
  if (results) return results
  results = new Map()
  const dir = join(shared, 'corpora', name, 'html')
  for (const file of readdirSync(dir)) {
    const raw = readFileSync(join(dir, file))
    const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
    results.set(file.split('.')[0]!, analyze(html))
  }
  corpusRuns.set(name, results)
  return results
}

describe('quality gate: extraction', () => {
  it('finds the shared corpora beside the project', () => {
    expect(existsSync(join(shared, 'corpora/aeb/ground-truth.json')), `${shared} must hold corpora/aeb (set SHARED)`).toBe(true)
  })

  it.each([
    ['aeb', 'word'],
    ['cwce-zh', 'cjk']
  ] as const)('keeps extraction F1 on %s at or above its floor', async (name, tokenizer) => {
    const metric = (await import(join(shared, 'bench/lib/aeb-metric.mjs'))) as Metric
    const truth = JSON.parse(readFileSync(join(shared, 'corpora', name, 'ground-truth.json'), 'utf8')) as Record<string, unknown>
    const pred: Record<string, {articleBody: string}> = {}
    for (const [id, result] of runCorpus(name)) pred[id] = {articleBody: result.article.text}
    expect(Object.keys(pred).length).toBe(Object.keys(truth).length)
    const score = metric.evaluate(truth, pred, {nBootstrap: 0, tokenizer})
    const floor = floors.extraction[name]!.f1
    console.log(`${name}: F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)}, R ${score.recall.toFixed(4)}), floor ${floor}`)
    expect(score.f1).toBeGreaterThanOrEqual(floor)
  })
})

describe('quality gate: detection', () => {
  const fixtures = loadFixtures()

  it('keeps recall and precision on the spam fixtures at or above their floors', () => {
    let detected = 0
    let flagged = 0
    let onSpam = 0
    const spam = fixtures.flatMap((f) => (f.type === 'spam' ? [f] : []))
    for (const fixture of spam) {
      const result = analyze(fixture.html)
      if (spamProblems(result, fixture.expected).length === 0) detected++
      for (const block of reported(result)) {
        flagged++
        if (isSpamBlock(block, fixture.expected.spamTexts)) onSpam++
      }
    }
    const recall = detected / spam.length
    const precision = flagged === 0 ? 0 : onSpam / flagged
    console.log(`fixtures: recall ${recall.toFixed(3)} (${detected}/${spam.length}), precision ${precision.toFixed(3)} (${onSpam}/${flagged})`)
    expect(recall).toBeGreaterThanOrEqual(floors.detection.fixtureRecall)
    expect(precision).toBeGreaterThanOrEqual(floors.detection.fixturePrecision)
  })

  it('keeps clean fixtures below medium', () => {
    const clean = fixtures.filter((f) => f.type === 'clean')
    const flagged = clean.filter((f) => RANK[analyze(f.html).report.level] >= RANK.medium).map((f) => f.name)
    expect(flagged.length, flagged.join(', ')).toBeLessThanOrEqual(floors.detection.cleanFixturesAtMediumMax)
  })

  it('keeps AEB pages at medium or above within their ceiling', () => {
    const flagged = [...runCorpus('aeb')].filter(([, r]) => RANK[r.report.level] >= RANK.medium).map(([id]) => id.slice(0, 16))
    console.log(`aeb: ${flagged.length} pages at medium or above: ${flagged.join(', ')}`)
    expect(flagged.length).toBeLessThanOrEqual(floors.detection.aebPagesAtMediumMax)
  })
})
