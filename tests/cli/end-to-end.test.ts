import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {CLEAN_PAGE, SPAM_PAGE} from './memory-io.js'
import {makePageDir} from './page-dir.js'

/** The built CLI (`npm test` builds before testing). */
const MAIN = resolve('dist/cli/main.js')

function cli(args: string[], cwd = process.cwd()): {status: number | null; stdout: string; stderr: string} {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does)`)
  const result = spawnSync(process.execPath, [MAIN, ...args], {cwd, encoding: 'utf8', timeout: 120_000})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('the built CLI', () => {
  it.each([
    ['the single-page form on a clean page at --fail-on low', [CLEAN_PAGE, '--fail-on', 'low'], 0],
    ['the single-page form on a spam page at --fail-on high', [SPAM_PAGE, '--fail-on', 'high', '--no-text'], 1],
    ['check on the examples directory', ['check', 'examples'], 1],
    ['check with an unknown flag', ['check', '--nope', 'examples'], 2]
  ])('exits as documented for %s', (_title, args, code) => {
    const {status, stderr} = cli(args)
    expect(status).toBe(code)
    if (code === 2) expect(stderr).toMatch(/^article-guard: [^\n]+\n$/)
    else expect(stderr).toBe('')
  })

  it('prints a SARIF log that parses, with results for the spam page', () => {
    const {status, stdout} = cli(['check', '--format', 'sarif', SPAM_PAGE])
    expect(status).toBe(1)
    const log = JSON.parse(stdout) as {version: string; runs: {results: {level: string}[]}[]}
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0]!.results.some((r) => r.level === 'error')).toBe(true)
  })

  it('runs a batch on worker threads from dist and resumes with nothing left to do', () => {
    const dir = makePageDir()
    const first = cli(['batch', '.', '--out', 'results.jsonl', '--workers', '2'], dir)
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('3 pages in results.jsonl: 3 analysed in this run, 0 already there, 0 errors')
    expect(first.stdout).toContain('with 2 workers')
    const second = cli(['batch', '.', '--out', 'results.jsonl', '--workers', '2'], dir)
    expect(second.status).toBe(0)
    expect(second.stdout).toContain('3 pages in results.jsonl: 0 analysed in this run, 3 already there, 0 errors')
    expect(readFileSync(join(dir, 'results.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(3)
  })

  it('turns V8 helper threads off when the workers fill every core, and the records stay the same', () => {
    const workers = Math.max(2, availableParallelism())
    const dir = mkdtempSync(join(tmpdir(), 'article-guard-cli-'))
    for (let i = 0; i < workers + 1; i++) copyFileSync(i % 2 === 0 ? SPAM_PAGE : CLEAN_PAGE, join(dir, `page-${i}.html`))
    const read = (name: string): unknown[] =>
      readFileSync(join(dir, name), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as {id: string}).sort((a, b) => a.id.localeCompare(b.id))
    const off = cli(['batch', '.', '--out', 'off.jsonl', '--workers', String(workers)], dir)
    expect(off.status).toBe(0)
    expect(off.stdout).toContain(`with ${workers} workers (V8 helper threads off; --v8-helpers keeps them)`)
    const kept = cli(['batch', '.', '--out', 'kept.jsonl', '--workers', String(workers), '--v8-helpers'], dir)
    expect(kept.status).toBe(0)
    expect(kept.stdout).toContain(`with ${workers} workers\n`)
    const inline = cli(['batch', '.', '--out', 'inline.jsonl', '--workers', '0'], dir)
    expect(inline.stdout).toContain('with no worker threads\n')
    expect(read('off.jsonl')).toHaveLength(workers + 1)
    expect(read('off.jsonl')).toEqual(read('inline.jsonl'))
    expect(read('kept.jsonl')).toEqual(read('inline.jsonl'))
  })
})
