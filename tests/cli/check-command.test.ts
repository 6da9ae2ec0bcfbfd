import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {LineIndex} from '../../src/cli/text-position.js'
import {CLEAN_PAGE, memoryIo, SPAM_PAGE} from './memory-io.js'
import {makePageDir} from './page-dir.js'

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: {text: string}
  locations: {
    physicalLocation: {
      artifactLocation: {uri: string; uriBaseId?: string; index: number}
      region: {startLine: number; startColumn: number; endLine: number; endColumn: number; charOffset: number; charLength: number}
    }
  }[]
  properties: {articleGuardLevel: string}
}

interface SarifLog {
  version: string
  runs: {tool: {driver: {name: string; rules: {id: string}[]}}; columnKind: string; artifacts: {location: {uri: string}}[]; results: SarifResult[]}[]
}

describe('article-guard check', () => {
  it.each([
    ['a spam page at the default threshold (high)', [SPAM_PAGE], 1],
    ['a clean page at the default threshold', [CLEAN_PAGE], 0],
    ['a clean page at --fail-on low', [CLEAN_PAGE, '--fail-on', 'low'], 0],
    ['a clean and a spam page together', [CLEAN_PAGE, SPAM_PAGE], 1],
    ['an unknown output format', ['--format', 'xml', SPAM_PAGE], 2],
    ['an unknown --fail-on level', ['--fail-on', 'none', SPAM_PAGE], 2],
    ['a missing file among good ones', [CLEAN_PAGE, 'missing.html'], 2],
    ['a glob that matches nothing', ['examples/**/*.xhtml'], 2],
    ['no inputs at all', [], 2],
    ['a bad --input-format', ['--input-format', 'pdf', SPAM_PAGE], 2]
  ])('exits with the right code for %s', async (_title, argv, code) => {
    const io = memoryIo()
    expect(await run(['check', ...argv], io)).toBe(code)
    if (code === 2) expect(io.err()).toMatch(/^article-guard: [^\n]+\n$/)
    else expect(io.err()).toBe('')
  })

  it('writes one text line per page, one per block in file:line:column form, and a totals line', async () => {
    const io = memoryIo()
    await run(['check', SPAM_PAGE, CLEAN_PAGE], io)
    const lines = io.out().trimEnd().split('\n')
    expect(lines[0]).toMatch(/^examples\/article-with-spam\.html: high \(score [01]\.\d\d\), \d+ flagged blocks?$/)
    expect(lines).toContain('examples/clean-article.html: none (score 0.00), 0 flagged blocks')
    expect(lines.some((line) => /^ {2}examples\/article-with-spam\.html:\d+:\d+: high risk block/.test(line))).toBe(true)
    expect(lines.at(-1)).toBe('2 pages: 1 high, 0 medium, 0 low, 1 clean; 1 at or above high')
  })

  it('prints a SARIF 2.1.0 log with one result per flagged block', async () => {
    const io = memoryIo()
    expect(await run(['check', '--format', 'sarif', SPAM_PAGE, CLEAN_PAGE], io)).toBe(1)
    const log = JSON.parse(io.out()) as SarifLog
    const analysis = JSON.parse(await captureJson(SPAM_PAGE)) as {report: {blocks: {start: number; end: number; level: string; category: string}[]}}
    expect(log.version).toBe('2.1.0')
    const [sarifRun] = log.runs
    expect(sarifRun!.tool.driver.name).toBe('article-guard')
    expect(sarifRun!.columnKind).toBe('utf16CodeUnits')
    expect(sarifRun!.artifacts.map((a) => a.location.uri)).toEqual([SPAM_PAGE, CLEAN_PAGE])
    expect(sarifRun!.results).toHaveLength(analysis.report.blocks.length)
    expect(sarifRun!.results.map((r) => r.ruleId)).toEqual(analysis.report.blocks.map((b) => b.category))
    expect(sarifRun!.tool.driver.rules.map((r) => r.id)).toEqual([...new Set(analysis.report.blocks.map((b) => b.category))])
  })

  it('gives each SARIF result a region whose lines and columns agree with its character offsets', async () => {
    const io = memoryIo()
    await run(['check', '--format', 'sarif', SPAM_PAGE], io)
    const source = readFileSync(SPAM_PAGE, 'utf8')
    const index = new LineIndex(source)
    const lines = source.split('\n')
    for (const result of (JSON.parse(io.out()) as SarifLog).runs[0]!.results) {
      const {region, artifactLocation} = result.locations[0]!.physicalLocation
      expect(artifactLocation).toMatchObject({uri: SPAM_PAGE, uriBaseId: '%SRCROOT%', index: 0})
      expect(index.at(region.charOffset)).toEqual({line: region.startLine, column: region.startColumn})
      expect(index.at(region.charOffset + region.charLength)).toEqual({line: region.endLine, column: region.endColumn})
      // The start column points at the same character as the offset.
      expect(lines[region.startLine - 1]!.slice(region.startColumn - 1)).toBe(source.slice(region.charOffset).split('\n')[0])
      expect(result.message.text).toContain(`${result.properties.articleGuardLevel} risk`)
    }
  })

  it.each([
    ['high', 'error'],
    ['medium', 'warning'],
    ['low', 'note']
  ])('maps level %s to SARIF level %s', async (level, sarifLevel) => {
    const io = memoryIo()
    await run(['check', '--format', 'sarif', SPAM_PAGE, 'examples/article-with-spam.txt'], io)
    for (const result of (JSON.parse(io.out()) as SarifLog).runs[0]!.results) {
      if (result.properties.articleGuardLevel === level) expect(result.level).toBe(sarifLevel)
    }
  })

  it('walks a directory recursively, gunzips .html.gz, and skips hidden directories and other files', async () => {
    const dir = makePageDir()
    const io = memoryIo('', {cwd: dir})
    expect(await run(['check', '--format', 'jsonl', '.'], io)).toBe(1)
    const records = io.out().trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; report: {level: string}})
    expect(records.map((r) => r.file)).toEqual(['clean.html', 'nested/deeper/spam-copy.html.gz', 'spam.html'])
    expect(records.map((r) => r.report.level)).toEqual(['none', 'high', 'high'])
  })

  it.each([
    ['**/*.gz', ['nested/deeper/spam-copy.html.gz']],
    ['*.html', ['clean.html', 'spam.html']],
    ['nested/**', ['nested/deeper/spam-copy.html.gz', 'nested/notes.md']],
    ['{clean,spam}.htm?', ['clean.html', 'spam.html']]
  ])('expands the glob %s', async (glob, files) => {
    const dir = makePageDir()
    const io = memoryIo('', {cwd: dir})
    await run(['check', '--format', 'json', glob], io)
    expect((JSON.parse(io.out()) as {file: string}[]).map((r) => r.file)).toEqual(files)
  })

  it('reads stdin for -, named stdin in the output', async () => {
    const io = memoryIo(readFileSync(SPAM_PAGE, 'utf8'))
    expect(await run(['check', '--format', 'json', '-'], io)).toBe(1)
    const [record] = JSON.parse(io.out()) as {file: string; article: {title: string}; report: {level: string}}[]
    expect(record).toMatchObject({file: 'stdin', report: {level: 'high'}})
    expect(record!.article.title).not.toBe('')
  })
})

async function captureJson(file: string): Promise<string> {
  const io = memoryIo()
  await run([file, '--json'], io)
  return io.out()
}
