// Bundle the core (src/index.ts) for browsers with esbuild and check it needs nothing from Node.
//
//   node scripts/browser-bundle.mjs [outfile]     (default bench/out/browser/article-guard.js)
//
// Exits 1, naming the importers, when the bundle imports a `node:` module; the browser test uses
// `buildBrowserBundle()` directly.
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Build the ESM browser bundle of `src/index.ts` in memory.
 * `node:` imports are left external (so the build finishes) and listed in `nodeImports` as
 * `importer -> module`; any other unresolvable import (such as a bare `fs`) fails the build.
 *
 * @returns {Promise<{code: string, nodeImports: string[], bytes: number}>}
 */
export async function buildBrowserBundle() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    minify: false,
    legalComments: 'none',
    external: ['node:*'],
    logLevel: 'silent'
  })
  const code = result.outputFiles[0].text
  const nodeImports = []
  for (const [importer, input] of Object.entries(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (imported.path.startsWith('node:')) nodeImports.push(`${importer} -> ${imported.path}`)
    }
  }
  // Belt and braces: also look at the output itself.
  for (const match of code.matchAll(/\b(?:from|import)\s*\(?\s*["'](node:[^"']+)["']/g)) {
    if (!nodeImports.some((line) => line.endsWith(match[1]))) nodeImports.push(`bundle -> ${match[1]}`)
  }
  return {code, nodeImports, bytes: Buffer.byteLength(code)}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outfile = resolve(process.argv[2] ?? resolve(ROOT, 'bench/out/browser/article-guard.js'))
  const {code, nodeImports, bytes} = await buildBrowserBundle()
  mkdirSync(dirname(outfile), {recursive: true})
  writeFileSync(outfile, code)
  console.log(`wrote ${outfile} (${(bytes / 1024).toFixed(0)} KiB)`)
  if (nodeImports.length > 0) {
    console.error(`the browser bundle imports Node modules:\n  ${nodeImports.join('\n  ')}`)
    process.exit(1)
  }
}
