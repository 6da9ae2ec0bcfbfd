/**
 * No regular expression of the library backtracks badly on crafted input: every one in `src/`
 * is checked by recheck (a ReDoS checker that builds the attack string when there is one), in its
 * pure-JavaScript form (no native binary, no Java). Exponential backtracking fails the test
 * always; polynomial backtracking only passes for an expression listed in `BOUNDED`, whose input
 * the code caps at a length where the worst case is small, with the cap named.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {EN_DMY, EN_MDY, MONTH_WORD, NUMERIC_DATE} from '../../src/extract/metadata.js'
import {WIDE_SEGMENT_BREAK} from '../../src/extract/serialize.js'

process.env['RECHECK_BACKEND'] = 'pure'
const {check} = await import('recheck')

const ROOT = join(import.meta.dirname, '../..')
const SRC = join(ROOT, 'src')

/** Expressions built at run time (`new RegExp`), by file; the CLI's glob compiles the user's own pattern. */
const BUILT: Record<string, RegExp[]> = {
  'src/extract/metadata.ts': [MONTH_WORD, NUMERIC_DATE, EN_MDY, EN_DMY],
  'src/extract/serialize.ts': [WIDE_SEGMENT_BREAK]
}
const UNCHECKED_BUILT = new Set(['src/cli/glob.ts'])

/** Polynomial in the worst case, run only on capped input: file, start of the source, and why that is fine. */
const BOUNDED: ReadonlyArray<{file: string; starts: string; cap: string}> = [
  {file: 'src/extract/metadata-lines.ts', starts: '\\d{4}\\s*[-./年]', cap: 'isMetadataLine reads blocks of at most MAX_METADATA_LINE_CHARS (80) characters'},
  {file: 'src/extract/metadata.ts', starts: '(\\s+(?:[-–—|｜»]|::)\\s+|', cap: 'titles are cut to MAX_TITLE_INPUT (1,000) characters and their whitespace collapsed before splitting'},
  {file: 'src/extract/metadata.ts', starts: '(\\d{4})[ \\t]*年', cap: 'dates are searched in text windows of at most WINDOW_PAGE (3,000) characters'}
]

interface Found {
  file: string
  line: number
  source: string
  flags: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Regular expression literals of `src/`, and the number of `new RegExp` per file. */
function collect(): {literals: Found[]; built: Map<string, number>} {
  const literals: Found[] = []
  const built = new Map<string, number>()
  for (const path of sourceFiles(SRC)) {
    const file = relative(ROOT, path)
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText()
        const slash = text.lastIndexOf('/')
        literals.push({file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: text.slice(1, slash), flags: text.slice(slash + 1)})
      }
      if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') built.set(file, (built.get(file) ?? 0) + 1)
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return {literals, built}
}

const {literals, built} = collect()
const all: Found[] = [
  ...literals,
  ...Object.entries(BUILT).flatMap(([file, list]) => list.map((re) => ({file, line: 0, source: re.source, flags: re.flags})))
]

describe('regular expressions of src/', () => {
  it('checks every expression built at run time', () => {
    const expected = Object.fromEntries(Object.entries(BUILT).map(([file, list]) => [file, list.length]))
    const found = Object.fromEntries([...built].filter(([file]) => !UNCHECKED_BUILT.has(file)))
    expect(found).toEqual(expected)
  })

  it('finds the literals', () => {
    expect(literals.length).toBeGreaterThan(50)
  })

  it('has none that backtracks more than polynomially, and polynomially only on capped input', {timeout: 600_000}, async () => {
    const problems: string[] = []
    const usedBounds = new Set<number>()
    for (const re of all) {
      const result = await check(re.source, re.flags, {timeout: 60_000})
      const where = `${re.file}${re.line ? ':' + re.line : ''} /${re.source}/${re.flags}`
      if (result.status === 'safe') continue
      if (result.status === 'vulnerable' && result.complexity.type === 'polynomial') {
        const bound = BOUNDED.findIndex((b) => b.file === re.file && re.source.startsWith(b.starts))
        if (bound !== -1) {
          usedBounds.add(bound)
          continue
        }
      }
      const detail = result.status === 'vulnerable' ? `${result.complexity.type}, attack ${result.attack.pattern}` : `unknown: ${result.error.kind}`
      problems.push(`${where}: ${detail}`)
    }
    expect(problems).toEqual([])
    // A listed expression that became safe (or went away) leaves the list.
    expect(BOUNDED.filter((_, i) => !usedBounds.has(i)).map((b) => `${b.file} ${b.starts}`)).toEqual([])
  })
})
