import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'

// The quality gate, as trafilatura keeps one: extraction F1 on the shared corpora must not fall
// below the floors committed in quality-floors.json.
const shared = resolve(process.env['SHARED'] ?? '../shared')
const floors = JSON.parse(readFileSync('quality-floors.json', 'utf8')) as Record<string, {f1: number}>

interface Metric {
  evaluate(truth: unknown, pred: unknown, options: {nBootstrap: number; tokenizer: string}): {f1: number; precision: number; recall: number}
}

async function scoreCorpus(name: string, tokenizer: 'word' | 'cjk'): Promise<{f1: number; precision: number; recall: number}> {
  const dir = join(shared, 'corpora', name)
  const metric = (await import(join(shared, 'bench/lib/aeb-metric.mjs'))) as Metric
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, unknown>
  const pred: Record<string, {articleBody: string}> = {}
  for (const file of readdirSync(join(dir, 'html'))) {
    const id = file.split('.')[0]!
    const raw = readFileSync(join(dir, 'html', file))
    const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
    pred[id] = {articleBody: analyze(html).article.text}
  }
  expect(Object.keys(pred).length).toBe(Object.keys(truth).length)
  return metric.evaluate(truth, pred, {nBootstrap: 0, tokenizer})
}

describe('quality gate', () => {
  it('finds the shared corpora beside the project', () => {
    expect(existsSync(join(shared, 'corpora/aeb/ground-truth.json')), `${shared} must hold corpora/aeb (set SHARED)`).toBe(true)
  })

  it.each([
    ['aeb', 'word'],
    ['cwce-zh', 'cjk']
  ] as const)('keeps extraction F1 on %s at or above its floor', async (name, tokenizer) => {
    const score = await scoreCorpus(name, tokenizer)
    console.log(`${name}: F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)}, R ${score.recall.toFixed(4)}), floor ${floors[name]!.f1}`)
    expect(score.f1).toBeGreaterThanOrEqual(floors[name]!.f1)
  })
})
