/**
 * Determinism: the same input and options give byte-identical JSON, across calls in one process (whatever
 * ran in between: other options fill the matcher cache) and across separate processes.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {analyze} from '../../src/index.js'
import type {Options} from '../../src/index.js'
import {pageArb} from './generators.js'

interface Case {
  name: string
  /** Text input, or base64 of byte input. */
  text?: string
  base64?: string
  options: Options
}

const example = readFileSync(new URL('../../examples/article-with-spam.html', import.meta.url), 'utf8')
const gbk = Buffer.from([...Buffer.from('<meta charset="gbk"><title>'), 0xd0, 0xc2, 0xce, 0xc5, ...Buffer.from('</title><p>'), 0xb2, 0xa9, 0xb2, 0xca, ...Buffer.from('</p>')])

const CASES: Case[] = [
  {name: 'the spam example', text: example, options: {}},
  {name: 'the spam example, url and removeLevel low', text: example, options: {url: 'https://news.example/a.html', removeLevel: 'low'}},
  {name: 'the spam example, a user dictionary and allow list', text: example, options: {dictionaries: [{lang: 'en', category: 'custom', terms: ['council', 'budget']}], allow: ['casino']}},
  {name: 'the spam example as plain text', text: example, options: {format: 'text'}},
  {name: 'GBK bytes', base64: gbk.toString('base64'), options: {}},
  {name: 'deep nesting', text: '<div>'.repeat(3000) + '<p>deep, deep text</p>', options: {}},
  ...fc.sample(pageArb, {seed: 7, numRuns: 40}).map((text, i): Case => ({name: `generated page ${i}`, text, options: {}}))
]

const inputOf = (c: Case): string | Uint8Array => (c.base64 === undefined ? c.text! : new Uint8Array(Buffer.from(c.base64, 'base64')))
const hash = (text: string): string => createHash('sha256').update(text).digest('hex')
const run = (c: Case): string => JSON.stringify(analyze(inputOf(c), c.options))

describe('determinism', () => {
  it('two calls give byte-identical JSON, also with other analyses in between', () => {
    const first = CASES.map(run)
    // Fill caches in another order, with other options.
    for (const c of [...CASES].reverse()) analyze(inputOf(c), {...c.options, removeLevel: 'high', categories: ['gambling']})
    const second = CASES.map(run)
    expect(second.map(hash)).toEqual(first.map(hash))
  })

  const dir = mkdtempSync(join(tmpdir(), 'article-guard-determinism-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('two separate processes give byte-identical JSON', () => {
    const casesFile = join(dir, 'cases.json')
    writeFileSync(casesFile, JSON.stringify(CASES))
    const index = new URL('../../src/index.ts', import.meta.url).href
    const script = [
      `import {readFileSync} from 'node:fs'`,
      `import {createHash} from 'node:crypto'`,
      `const {analyze} = await import(${JSON.stringify(index)})`,
      `const cases = JSON.parse(readFileSync(${JSON.stringify(casesFile)}, 'utf8'))`,
      `const hashes = cases.map((c) => createHash('sha256').update(JSON.stringify(analyze(c.base64 === undefined ? c.text : new Uint8Array(Buffer.from(c.base64, 'base64')), c.options))).digest('hex'))`,
      `process.stdout.write(JSON.stringify(hashes))`
    ].join('\n')
    const root = fileURLToPath(new URL('../../', import.meta.url))
    const spawn = (): string[] =>
      JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 26})) as string[]
    const a = spawn()
    const b = spawn()
    expect(a).toHaveLength(CASES.length)
    expect(b).toEqual(a)
    // And the same as in this process.
    expect(a).toEqual(CASES.map((c) => hash(run(c))))
  })
})
