/**
 * Property-based robustness: whatever string, bytes or messy HTML `analyze` gets, it returns a
 * valid result (never throws, never hangs) and the result keeps its invariants (see invariants.ts).
 * Seeded: a failure prints the seed and the shrunk counterexample; rerun one with FC_SEED=<seed>.
 * More cases: FC_RUNS_SCALE=10 npx vitest run tests/robustness/properties.test.ts, or bench/fuzz.ts.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/index.js'
import type {Options} from '../../src/index.js'
import {bytesArb, htmlArb, MARKERS, optionsArb, pageArb} from './generators.js'
import {checkAll, checkNoOverlap, decodedSource} from './invariants.js'

const SEED = Number(process.env['FC_SEED'] ?? 20_260_525)
const SCALE = Number(process.env['FC_RUNS_SCALE'] ?? 1)
const runs = (n: number): fc.Parameters<unknown> => ({seed: SEED, numRuns: Math.round(n * SCALE), endOnFailure: false})

/** Run `analyze` and return every violated invariant (empty when valid). */
function violations(input: string | Uint8Array, options: Options = {}): string[] {
  const result = analyze(input, options)
  const source = decodedSource(input)
  return checkAll(result, source, options.format ?? 'auto', MARKERS)
}

describe('analyze on arbitrary input (seed ' + SEED + ')', () => {
  it('never throws on arbitrary strings, lone surrogates and NULs included, and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary', maxLength: 300}), fc.string({unit: 'grapheme', maxLength: 300}), fc.string({maxLength: 300})), (input) => {
        expect(violations(input)).toEqual([])
      }),
      runs(1500)
    )
  })

  it('never throws on arbitrary bytes (any encoding, BOMs, lying <meta charset>) and keeps its invariants', () => {
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        expect(violations(bytes)).toEqual([])
      }),
      runs(1500)
    )
  })

  it('never throws on generated messy HTML and keeps its invariants, for every format and removal level', () => {
    fc.assert(
      fc.property(pageArb, optionsArb, (html, options) => {
        expect(violations(html, options)).toEqual([])
      }),
      runs(8000)
    )
  })

  it('never throws on deeply nested generated HTML fragments', () => {
    fc.assert(
      fc.property(fc.array(htmlArb, {minLength: 1, maxLength: 3}), fc.integer({min: 1, max: 40}), (parts, depth) => {
        const html = '<div><span>'.repeat(depth) + parts.join('<p>') + '</span></div>'.repeat(depth)
        expect(violations(html)).toEqual([])
      }),
      runs(1500)
    )
  })

  // Regression (fixed in a35b848): a run's range covered blocks nested in its last inline element. Foster-parented
  // content (`"><table><td>x</td><r>y`) can still make ranges cross; see bench/fuzz.ts --overlap.
  it('reports findings of kind block that do not overlap one another', () => {
    fc.assert(
      fc.property(pageArb, (html) => {
        expect(checkNoOverlap(analyze(html))).toEqual([])
      }),
      runs(1500)
    )
  })
})
