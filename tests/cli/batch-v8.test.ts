import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {batchV8Flags, runRestarted, workersFillCores} from '../../src/cli/batch-v8.js'

describe('workersFillCores', () => {
  it.each([
    [0, 2, false],
    [1, 1, false],
    [1, 2, false],
    [2, 2, true],
    [3, 2, true],
    [2, 4, false],
    [4, 4, true]
  ])('%i workers on %i cores: %s', (workers, cores, expected) => {
    expect(workersFillCores(workers, cores)).toBe(expected)
  })
})

describe('batchV8Flags', () => {
  it.each<[string, string[], number, string[]]>([
    ['batch with the default workers on 2 cores', ['batch', 'dir', '--out', 'x.jsonl'], 2, ['--single-threaded']],
    ['batch with the default workers on 1 core', ['batch', 'dir', '--out', 'x.jsonl'], 1, []],
    ['batch --workers 2 on 2 cores', ['batch', 'dir', '--workers', '2', '--out', 'x.jsonl'], 2, ['--single-threaded']],
    ['batch --workers=3 on 2 cores', ['batch', 'dir', '--workers=3', '--out', 'x.jsonl'], 2, ['--single-threaded']],
    ['batch --workers 2 on 8 cores', ['batch', 'dir', '--workers', '2'], 8, []],
    ['batch --workers 1 on 2 cores', ['batch', 'dir', '--workers', '1'], 2, []],
    ['batch --workers 0 on 2 cores', ['batch', 'dir', '--workers', '0'], 2, []],
    ['batch with --v8-helpers', ['batch', 'dir', '--workers', '2', '--v8-helpers'], 2, []],
    ['batch --help', ['batch', '--help'], 2, []],
    ['batch with a bad --workers (the command reports it)', ['batch', 'dir', '--workers', 'many'], 2, []],
    ['check', ['check', 'dir'], 2, []],
    ['the single-page form', ['page.html'], 2, []],
    ['no arguments', [], 2, []]
  ])('%s', (_title, argv, cores, expected) => {
    expect(batchV8Flags(argv, cores)).toEqual(expected)
  })
})

describe('runRestarted', () => {
  it('passes the flags to a child process and gives back its exit code', async () => {
    // A script that exits with 7 when V8 runs single-threaded, and with 3 otherwise.
    const script = join(mkdtempSync(join(tmpdir(), 'article-guard-v8-')), 'exit.mjs')
    writeFileSync(script, `process.exit(process.execArgv.includes('--single-threaded') && process.env.ARTICLE_GUARD_V8_RESTARTED === '1' ? 7 : 3)\n`)
    expect(await runRestarted(script, [], ['--single-threaded'])).toBe(7)
    expect(await runRestarted(script, [], [])).toBe(3)
  })

  it('resolves with 128 + the signal number when a signal ends the child', async () => {
    const script = join(mkdtempSync(join(tmpdir(), 'article-guard-v8-')), 'kill.mjs')
    writeFileSync(script, `process.kill(process.pid, 'SIGTERM')\nsetTimeout(() => {}, 10_000)\n`)
    expect(await runRestarted(script, [], [])).toBe(128 + 15)
  })
})
