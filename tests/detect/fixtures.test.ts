import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {analyze} from '../../src/index.js'
import {cleanProblems, describeBlock, loadFixtures, spamProblems} from '../fixtures/lib/fixtures.js'

// Detection on the generated fixtures (tests/fixtures/make-spam-fixtures.ts): every injected
// spam block is reported and removed, the article survives, clean pages stay at most `low`.

const schema = JSON.parse(readFileSync(new URL('../../report.schema.json', import.meta.url), 'utf8')) as object
const validate = new Ajv2020({strict: true, allErrors: true}).compile(schema)
const fixtures = loadFixtures()
const spam = fixtures.flatMap((f) => (f.type === 'spam' ? [f] : []))
const clean = fixtures.flatMap((f) => (f.type === 'clean' ? [f] : []))

describe('detection fixtures', () => {
  it('has the spam and clean fixtures', () => {
    expect(spam.length).toBeGreaterThanOrEqual(62)
    expect(clean.length).toBeGreaterThanOrEqual(10)
  })

  it.each(spam.map((f) => [f.name, f] as const))('%s: spam reported and removed, article kept', (_name, fixture) => {
    const result = analyze(fixture.html)
    expect(validate(result.report), JSON.stringify(validate.errors)).toBe(true)
    const problems = spamProblems(result, fixture.expected)
    const blocks = result.report.blocks.map((b) => describeBlock(b))
    expect(problems, `flagged:\n${blocks.join('\n')}`).toEqual([])
  })

  it.each(clean.map((f) => [f.name, f] as const))('%s: not flagged above its max level, article kept', (_name, fixture) => {
    const result = analyze(fixture.html)
    expect(validate(result.report), JSON.stringify(validate.errors)).toBe(true)
    const problems = cleanProblems(result, fixture.expected)
    const blocks = result.report.blocks.map((b) => describeBlock(b))
    expect(problems, `flagged:\n${blocks.join('\n')}`).toEqual([])
  })
})
