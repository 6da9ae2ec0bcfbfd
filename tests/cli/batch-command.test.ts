import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {BatchRecord} from '../../src/cli/batch-record.js'
import {parseResults} from '../../src/cli/batch-record.js'
import {run} from '../../src/cli/run.js'
import {memoryIo} from './memory-io.js'
import {makePageDir} from './page-dir.js'

function readRecords(path: string): BatchRecord[] {
  return readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as BatchRecord)
}

/** A directory of pages plus one whose gzip data is broken, so its analysis fails. */
function pagesWithABrokenOne(): string {
  const dir = makePageDir()
  writeFileSync(join(dir, 'broken.html.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]))
  return dir
}

describe('article-guard batch', () => {
  it.each([
    ['no --out', ['dir']],
    ['no input', ['--out', 'x.jsonl']],
    ['a missing directory', ['missing-dir', '--out', 'x.jsonl']],
    ['a non-numeric --workers', ['.', '--out', 'x.jsonl', '--workers', 'many']],
    ['a zero --timeout', ['.', '--out', 'x.jsonl', '--timeout', '0']]
  ])('exits 2 with one line on stderr for %s', async (_title, argv) => {
    const io = memoryIo('', {cwd: makePageDir()})
    expect(await run(['batch', ...argv], io)).toBe(2)
    expect(io.err()).toMatch(/^article-guard: [^\n]+\n$/)
  })

  it('writes one record per page, records a failing page as an error, and keeps going', async () => {
    const dir = pagesWithABrokenOne()
    const io = memoryIo('', {cwd: dir})
    expect(await run(['batch', '.', '--out', 'results.jsonl', '--workers', '0'], io)).toBe(0)
    const records = readRecords(join(dir, 'results.jsonl'))
    expect(records.map((r) => r.id).sort()).toEqual(['broken.html.gz', 'clean.html', 'nested/deeper/spam-copy.html.gz', 'spam.html'])
    const byId = new Map(records.map((r) => [r.id, r]))
    expect(byId.get('broken.html.gz')).toMatchObject({level: null, score: null, blocks: 0})
    expect(byId.get('broken.html.gz')!.error).toMatch(/gunzip/)
    expect(byId.get('spam.html')).toMatchObject({level: 'high', lang: 'zh-Hant'})
    expect(byId.get('spam.html')!.blocks).toBeGreaterThan(0)
    expect(byId.get('spam.html')!.categories.length).toBeGreaterThan(0)
    expect(byId.get('clean.html')).toMatchObject({level: 'none', blocks: 0, categories: [], title: expect.stringContaining('tool-lending') as string})
    for (const record of records) expect(Object.keys(record).slice(0, 7)).toEqual(['id', 'level', 'score', 'blocks', 'categories', 'lang', 'title'])
    expect(io.out()).toContain('4 pages in results.jsonl: 4 analysed in this run, 0 already there, 1 errors')
    expect(io.out()).toMatch(/pages\/s/)
    expect(io.out()).toMatch(/^high +2 +50\.0%$/m)
  })

  it('resumes: a second run over the same directory analyses no page again', async () => {
    const dir = pagesWithABrokenOne()
    const first = memoryIo('', {cwd: dir})
    await run(['batch', '.', '--out', 'results.jsonl', '--workers', '0'], first)
    const second = memoryIo('', {cwd: dir})
    expect(await run(['batch', '.', '--out', 'results.jsonl', '--workers', '0'], second)).toBe(0)
    expect(second.out()).toContain('4 pages in results.jsonl: 0 analysed in this run, 4 already there, 1 errors')
    expect(readRecords(join(dir, 'results.jsonl'))).toHaveLength(4)
  })

  it('analyses errors again with --retry-errors, the newer record winning', async () => {
    const dir = pagesWithABrokenOne()
    await run(['batch', '.', '--out', 'results.jsonl', '--workers', '0'], memoryIo('', {cwd: dir}))
    const io = memoryIo('', {cwd: dir})
    await run(['batch', '.', '--out', 'results.jsonl', '--workers', '0', '--retry-errors'], io)
    expect(io.out()).toContain('1 analysed in this run, 3 already there')
    const lines = readFileSync(join(dir, 'results.jsonl'), 'utf8')
    expect(lines.trimEnd().split('\n')).toHaveLength(5)
    expect(parseResults(lines).size).toBe(4)
  })

  it('finishes a results file cut short by a killed run and re-analyses the page it lost', async () => {
    const dir = makePageDir()
    writeFileSync(join(dir, 'results.jsonl'), '{"id":"clean.html","level":"none","score":0,"blocks":0,"categories":[],"lang":"en","title":"x"}\n{"id":"spam.ht')
    const io = memoryIo('', {cwd: dir})
    await run(['batch', '.', '--out', 'results.jsonl', '--workers', '0'], io)
    expect(io.out()).toContain('2 analysed in this run, 1 already there')
    const text = readFileSync(join(dir, 'results.jsonl'), 'utf8')
    expect([...parseResults(text).keys()].sort()).toEqual(['clean.html', 'nested/deeper/spam-copy.html.gz', 'spam.html'])
  })

  it('reads a list file, ids being the lines as written, relative to the list file', async () => {
    const dir = makePageDir()
    writeFileSync(join(dir, 'list.txt'), '# pages to check\nspam.html\n\nclean.html\nspam.html\n')
    const io = memoryIo('', {cwd: dir})
    expect(await run(['batch', 'list.txt', '--out', 'out/../results.jsonl', '--workers', '0'], io)).toBe(0)
    expect(readRecords(join(dir, 'results.jsonl')).map((r) => r.id).sort()).toEqual(['clean.html', 'spam.html'])
  })

  it('records a listed file that does not exist as an error', async () => {
    const dir = makePageDir()
    writeFileSync(join(dir, 'list.txt'), 'missing.html\nclean.html\n')
    await run(['batch', 'list.txt', '--out', 'results.jsonl', '--workers', '0'], memoryIo('', {cwd: dir}))
    const byId = new Map(readRecords(join(dir, 'results.jsonl')).map((r) => [r.id, r]))
    expect(byId.get('missing.html')!.error).toContain('ENOENT')
    expect(byId.get('clean.html')!.level).toBe('none')
  })

  it('gives the same records from two worker threads as from the main thread', async () => {
    const threaded = pagesWithABrokenOne()
    const inline = pagesWithABrokenOne()
    expect(await run(['batch', '.', '--out', 'results.jsonl', '--workers', '2'], memoryIo('', {cwd: threaded}))).toBe(0)
    await run(['batch', '.', '--out', 'results.jsonl', '--workers', '0'], memoryIo('', {cwd: inline}))
    const sort = (records: BatchRecord[]): BatchRecord[] => records.sort((a, b) => a.id.localeCompare(b.id))
    expect(sort(readRecords(join(threaded, 'results.jsonl')))).toEqual(sort(readRecords(join(inline, 'results.jsonl'))))
  })

  it('says in the summary when V8 runs without helper threads, and only then', async () => {
    const off = memoryIo('', {cwd: makePageDir(), v8HelpersOff: true})
    expect(await run(['batch', '.', '--out', 'a.jsonl', '--workers', '2'], off)).toBe(0)
    expect(off.out()).toContain('with 2 workers (V8 helper threads off; --v8-helpers keeps them)\n')
    const on = memoryIo('', {cwd: makePageDir()})
    await run(['batch', '.', '--out', 'a.jsonl', '--workers', '2'], on)
    expect(on.out()).toContain('with 2 workers\n')
  })
})
