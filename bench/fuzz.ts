/**
 * Long fuzz run of the robustness properties (tests/robustness): `analyze` never throws, never hangs and keeps
 * its invariants on arbitrary strings, bytes and generated messy HTML.
 *
 *   npx tsx bench/fuzz.ts [--runs 1000000] [--seed N] [--slow-ms 2000]
 *
 * Prints progress every 10,000 cases, every failure (seed, path and counterexample, to replay with
 * `--seed N` and fast-check's `path`), cases slower than --slow-ms, and the final count. Exit code 1 on failure.
 */
import fc from 'fast-check'
import {analyze} from '../src/index.js'
import type {Options} from '../src/index.js'
import {bytesArb, htmlArb, MARKERS, optionsArb, pageArb} from '../tests/robustness/generators.js'
import {checkAll, checkNoOverlap, decodedSource} from '../tests/robustness/invariants.js'

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`)
  return value
}

const total = arg('runs', 1_000_000)
const seed = arg('seed', Date.now() % 2 ** 31)
const slowMs = arg('slow-ms', 2000)
const overlap = process.argv.includes('--overlap')

type Case = {kind: 'string' | 'bytes' | 'page' | 'nested'; input: string | Uint8Array; options: Options}
const caseArb: fc.Arbitrary<Case> = fc.oneof(
  {weight: 1, arbitrary: fc.oneof(fc.string({unit: 'binary', maxLength: 500}), fc.string({unit: 'grapheme', maxLength: 500})).map((input): Case => ({kind: 'string', input, options: {}}))},
  {weight: 2, arbitrary: bytesArb.map((input): Case => ({kind: 'bytes', input, options: {}}))},
  {weight: 5, arbitrary: fc.tuple(pageArb, optionsArb).map(([input, options]): Case => ({kind: 'page', input, options}))},
  {
    weight: 2,
    arbitrary: fc.tuple(fc.array(htmlArb, {minLength: 1, maxLength: 4}), fc.integer({min: 1, max: 600})).map(([parts, depth]): Case => ({
      kind: 'nested',
      input: '<div><span><b>'.repeat(depth) + parts.join('<p>'),
      options: {}
    }))
  }
)

let done = 0
let failures = 0
let slowest = 0
const started = Date.now()
const failed: string[] = []
console.log(`fuzz: ${total} cases, seed ${seed}${overlap ? ', with the block-overlap property' : ''}`)

const property = fc.property(caseArb, (c) => {
  const t = performance.now()
  let problems: string[]
  try {
    const result = analyze(c.input, c.options)
    problems = checkAll(result, decodedSource(c.input), c.options.format ?? 'auto', MARKERS)
    if (overlap) problems.push(...checkNoOverlap(result))
  } catch (error) {
    problems = [`threw ${(error as Error).stack ?? String(error)}`]
  }
  const ms = performance.now() - t
  if (ms > slowest) slowest = ms
  if (ms > slowMs) console.log(`slow: ${Math.round(ms)} ms for a ${c.kind} case of ${c.input.length} units: ${JSON.stringify(typeof c.input === 'string' ? c.input.slice(0, 300) : [...c.input.subarray(0, 200)])}`)
  done++
  if (done % 10_000 === 0) {
    const rate = Math.round(done / ((Date.now() - started) / 1000))
    console.log(`${done} / ${total} cases, ${failures} failing, ${rate}/s, slowest ${Math.round(slowest)} ms`)
  }
  if (problems.length > 0) {
    failures++
    const key = problems[0]!.replace(/\d+/g, 'N').slice(0, 120)
    if (!failed.includes(key)) {
      failed.push(key)
      console.log(`FAIL (${c.kind}) ${JSON.stringify(c.options)}: ${problems.join('; ')}\n  input: ${JSON.stringify(typeof c.input === 'string' ? c.input : [...c.input])}`)
    }
  }
  return true // keep going: report every distinct failure instead of shrinking the first
})

fc.check(property, {numRuns: total, seed})
console.log(`done: ${done} cases in ${Math.round((Date.now() - started) / 1000)} s, ${failures} failing (${failed.length} distinct), slowest ${Math.round(slowest)} ms, seed ${seed}`)
process.exitCode = failures > 0 ? 1 : 0
