import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {CLEAN_PAGE, memoryIo, SPAM_PAGE} from './memory-io.js'

describe('article-guard <file|->', () => {
  it.each([
    ['a spam page without --fail-on exits 0', [SPAM_PAGE], 0],
    ['a spam page at --fail-on high exits 1', [SPAM_PAGE, '--fail-on', 'high'], 1],
    ['a spam page at --fail-on low exits 1', [SPAM_PAGE, '--fail-on', 'low'], 1],
    ['a clean page at --fail-on low exits 0', [CLEAN_PAGE, '--fail-on', 'low'], 0],
    ['an unknown --fail-on level exits 2', [SPAM_PAGE, '--fail-on', 'severe'], 2],
    ['an unknown flag exits 2', [SPAM_PAGE, '--colour'], 2],
    ['a missing file exits 2', ['does-not-exist.html'], 2],
    ['no input exits 2', [], 2],
    ['two inputs exit 2', [SPAM_PAGE, CLEAN_PAGE], 2],
    ['a bad --format exits 2', [SPAM_PAGE, '--format', 'pdf'], 2],
    ['a bad --encoding exits 2', [SPAM_PAGE, '--encoding', 'no-such-encoding'], 2]
  ])('%s', async (_title, argv, code) => {
    const io = memoryIo()
    expect(await run(argv, io)).toBe(code)
    if (code === 2) {
      expect(io.err()).toMatch(/^article-guard: .+\n$/)
      expect(io.err().split('\n')).toHaveLength(2)
    } else {
      expect(io.err()).toBe('')
    }
  })

  it('prints {article, report} with every field under --json', async () => {
    const io = memoryIo()
    expect(await run([SPAM_PAGE, '--json'], io)).toBe(0)
    const result = JSON.parse(io.out()) as {article: Record<string, unknown>; report: Record<string, unknown>}
    expect(Object.keys(result).sort()).toEqual(['article', 'report'])
    expect(Object.keys(result.article).sort()).toEqual(['byline', 'html', 'lang', 'markdown', 'published', 'siteName', 'text', 'title'])
    expect(Object.keys(result.report).sort()).toEqual(['blocks', 'encoding', 'level', 'score', 'summary', 'version'])
    expect(result.report['level']).toBe('high')
    expect((result.report['blocks'] as unknown[]).length).toBeGreaterThan(0)
  })

  it('reads the page from stdin when the file is -', async () => {
    const io = memoryIo(readFileSync(SPAM_PAGE, 'utf8'))
    expect(await run(['-', '--fail-on', 'high', '--no-text'], io)).toBe(1)
    expect(io.out()).toMatch(/^# stdin\n/)
    expect(io.out()).toContain('Risk: high')
  })

  it.each([['--help'], ['-h']])('prints the usage with %s and exits 0', async (flag) => {
    const io = memoryIo()
    expect(await run([flag], io)).toBe(0)
    expect(io.out()).toContain('Usage: article-guard <file|->')
    expect(io.out()).toContain('article-guard check')
  })

  it('prints the version of package.json with --version', async () => {
    const io = memoryIo()
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}
    expect(await run(['--version'], io)).toBe(0)
    expect(io.out()).toBe(pkg.version + '\n')
  })
})
