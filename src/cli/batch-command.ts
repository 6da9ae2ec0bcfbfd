import {closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeSync} from 'node:fs'
import {createRequire} from 'node:module'
import {availableParallelism} from 'node:os'
import {dirname, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import cliProgress from 'cli-progress'
import {parseResults, type BatchRecord} from './batch-record.js'
import {formatBatchSummary} from './batch-summary.js'
import {runPool, WorkerStartError, type WorkerScript} from './batch-pool.js'
import {BATCH_WORKER_FLAG, type BatchJob} from './batch-worker.js'
import {toPosixRelative, walkPages} from './inputs.js'
import {UsageError, type CliIo, type ExitCode} from './io.js'

/** Default longest time per page, in seconds: far above any real page (most take milliseconds). */
const DEFAULT_TIMEOUT_SECONDS = 120

export const BATCH_USAGE = `Usage: article-guard batch <dir|list-file> --out results.jsonl [options]

Analyse many pages over worker threads and append one JSON line per page to --out:
  {"id", "level", "score", "blocks", "categories", "lang", "title", "error"?}
A directory is walked recursively for *.html, *.htm, *.xhtml, *.txt (each optionally .gz), ids being
paths relative to it; a list file has one path per line (relative to the list file's directory),
ids being the lines as written. Resumable: ids already in --out are skipped, so a killed run picks
up where it stopped. A page that fails is recorded with "error" and never stops the batch.

Options:
  --out <file>             results file (JSONL), created or appended to (required)
  --workers <n>            worker threads (default: available parallelism; 0 = main thread)
  --retry-errors           analyse again pages whose earlier record is an error
  --timeout <seconds>      longest time per page before it is recorded as an error (default ${DEFAULT_TIMEOUT_SECONDS})
  --encoding <label>       encoding of the inputs, overriding <meta charset> sniffing
  --v8-helpers             keep V8's helper threads when the workers fill every core (see below)
  -h, --help               show this help

When there are at least as many workers as cores (and at least two), the command restarts itself
with V8's helper threads (garbage collection and compilation in the background) turned off: they
could only take cores from other workers, and a long batch runs faster without them.

Prints a progress bar on stderr when it is a terminal, and a summary table at the end.
Exit codes: 0 done (even when some pages failed), 2 usage or input error.`

/** `batch`'s options, for `parseArgs`. */
const BATCH_OPTIONS = {
  out: {type: 'string'},
  workers: {type: 'string'},
  'retry-errors': {type: 'boolean'},
  timeout: {type: 'string'},
  encoding: {type: 'string'},
  'v8-helpers': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const

/** `batch`'s arguments (after the word `batch`), parsed; throws as `parseArgs` does on unknown options. */
export function parseBatchArgs(argv: string[]) {
  return parseArgs({args: argv, allowPositionals: true, strict: true, options: BATCH_OPTIONS})
}

/** Worker threads asked for: `--workers`, or else `cores`. Throws `UsageError` for a value that is not a whole number. */
export function requestedWorkers(workers: string | undefined, cores: number): number {
  return workers === undefined ? cores : wholeNumber('--workers', workers)
}

/** `article-guard batch`: many pages, worker threads, resumable JSONL output, summary table. */
export async function runBatch(argv: string[], io: CliIo): Promise<ExitCode> {
  const {values, positionals} = parseBatchArgs(argv)
  if (values.help) {
    io.stdout(BATCH_USAGE + '\n')
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(`batch needs one directory or list file, got ${positionals.length}`)
  if (values.out === undefined) throw new UsageError('batch needs --out <results.jsonl>')
  const workers = requestedWorkers(values.workers, availableParallelism())
  const timeoutSeconds = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : wholeNumber('--timeout', values.timeout)
  if (timeoutSeconds === 0) throw new UsageError('--timeout must be at least 1 second')
  if (values.encoding !== undefined && !isEncoding(values.encoding)) throw new UsageError(`unsupported encoding label \`${values.encoding}\``)

  const cwd = io.cwd ?? process.cwd()
  const out = resolve(cwd, values.out)
  const allJobs = listJobs(resolve(cwd, positionals[0]!), positionals[0]!)
  const existing = existsSync(out) ? readResults(out) : new Map<string, BatchRecord>()
  const jobs = allJobs.filter((job) => {
    const record = existing.get(job.id)
    return record === undefined || (values['retry-errors'] === true && record.error !== undefined)
  })

  const started = performance.now()
  const records = new Map(existing)
  const fd = openResults(out)
  const bar = io.stderrIsTTY && io.progressStream && jobs.length > 0 ? startBar(io.progressStream, jobs.length) : undefined
  // Ctrl-C: every finished page is already in the file; give the terminal its cursor back and say how to go on.
  const interrupt = (): void => {
    bar?.stop()
    io.stderr(`\narticle-guard: interrupted; ${values.out} has every page finished so far, run the same command to resume\n`)
    process.exit(130)
  }
  if (bar) process.once('SIGINT', interrupt)
  const poolSize = Math.min(workers, jobs.length)
  try {
    const script = workerScript(io)
    await runPool(
      jobs,
      {
        workers: poolSize,
        script,
        workerData: {[BATCH_WORKER_FLAG]: true, ...(values.encoding === undefined ? {} : {encoding: values.encoding})},
        timeoutMs: timeoutSeconds * 1000
      },
      (record) => {
        writeSync(fd, JSON.stringify(record) + '\n')
        records.set(record.id, record)
        bar?.increment()
      }
    )
  } catch (error) {
    if (error instanceof WorkerStartError) throw new UsageError(error.message)
    throw error
  } finally {
    process.off('SIGINT', interrupt)
    bar?.stop()
    closeSync(fd)
  }
  io.stdout(
    formatBatchSummary(records.values(), {
      processed: jobs.length,
      skipped: allJobs.length - jobs.length,
      elapsedMs: performance.now() - started,
      workers: jobs.length === 0 ? 0 : poolSize,
      v8HelpersOff: io.v8HelpersOff === true && poolSize > 0,
      out: values.out
    })
  )
  return 0
}

function wholeNumber(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, not \`${value}\``)
  return Number(value)
}

function isEncoding(label: string): boolean {
  try {
    new TextDecoder(label)
    return true
  } catch {
    return false
  }
}

/** Jobs of a directory (walked) or a list file (one path per line; blank lines and `#` comments skipped). */
function listJobs(target: string, arg: string): BatchJob[] {
  let stats
  try {
    stats = statSync(target)
  } catch {
    throw new UsageError(`cannot read \`${arg}\`: no such file or directory`)
  }
  if (stats.isDirectory()) return walkPages(target).map((path) => ({id: toPosixRelative(target, path), path}))
  const base = dirname(target)
  const seen = new Set<string>()
  const jobs: BatchJob[] = []
  for (const raw of readFileSync(target, 'utf8').split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || seen.has(line)) continue
    seen.add(line)
    jobs.push({id: line, path: resolve(base, line)})
  }
  return jobs
}

function readResults(out: string): Map<string, BatchRecord> {
  try {
    return parseResults(readFileSync(out, 'utf8'))
  } catch (error) {
    throw new UsageError(`cannot read \`${out}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
}

/** Open the results file for appending; a last line cut short by a killed run gets its newline first. */
function openResults(out: string): number {
  let fd: number
  try {
    fd = openSync(out, 'a+')
  } catch (error) {
    throw new UsageError(`cannot write \`${out}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  const size = statSync(out).size
  if (size > 0) {
    const last = Buffer.alloc(1)
    const fdRead = openSync(out, 'r')
    try {
      readSync(fdRead, last, 0, 1, size - 1)
    } finally {
      closeSync(fdRead)
    }
    if (last[0] !== 0x0a) writeSync(fd, '\n')
  }
  return fd
}

function startBar(stream: NodeJS.WritableStream, total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'batch |{bar}| {value}/{total} pages | {percentage}% | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 200,
      fps: 5
    },
    cliProgress.Presets.shades_classic
  )
  bar.start(total, 0)
  return bar
}

/**
 * What the workers run: the CLI entry given by `io.entry` (`dist/cli/main.js` when built), else
 * `main.js` next to this module (built), else `main.ts` (source), loaded through tsx's ESM API
 * (Node 20 workers neither inherit tsx's hooks nor honour `--import tsx` for a `.ts` entry).
 */
function workerScript(io: CliIo): WorkerScript {
  const candidates = [
    ...(io.entry === undefined ? [] : [new URL(io.entry)]),
    new URL('./main.js', import.meta.url),
    new URL('./main.ts', import.meta.url)
  ]
  const url = candidates.find((candidate) => candidate.protocol === 'file:' && existsSync(fileURLToPath(candidate)))
  if (url === undefined) throw new UsageError('cannot find the CLI entry module for the batch workers')
  if (!url.pathname.endsWith('.ts')) return {url}
  // The ESM build of tsx's API (`require.resolve` would give its CommonJS build).
  const tsxApi = pathToFileURL(resolve(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href
  return {code: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}) })`}
}
