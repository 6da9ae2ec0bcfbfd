import {spawn} from 'node:child_process'
import {constants} from 'node:os'
import {parseBatchArgs, requestedWorkers} from './batch-command.js'

/**
 * V8 without helper threads for a batch whose workers fill every core.
 *
 * V8 compiles hot functions and marks and sweeps garbage on helper threads. With one worker on two
 * cores they have a free core and make the worker faster; when the workers fill every core they
 * can only take it from another worker. Measured on 2 cores over 5,430 pages (README,
 * Performance: Batch): two workers 3–11 % faster with `--single-threaded` in three comparisons, one
 * worker no faster.
 *
 * V8 reads the flag when it starts: set later through `v8.setFlagsFromString`, it crashed the
 * main thread's garbage collector (a fatal check in cppgc's concurrent marker). So the command
 * starts itself again as a child process with the flag, and the parent only waits for it.
 */

/** The V8 flag: no background compilation, garbage collected on the thread that allocates. */
export const SINGLE_THREADED_V8 = '--single-threaded'

/** Environment variable set in the restarted process, so it does not restart again. */
export const RESTARTED_ENV = 'ARTICLE_GUARD_V8_RESTARTED'

/** Whether `workers` threads fill every one of `cores` (and are more than one). */
export function workersFillCores(workers: number, cores: number): boolean {
  return workers >= 2 && workers >= cores
}

/**
 * The V8 flags to restart the CLI with for these arguments: `--single-threaded` for `batch` when
 * its workers (`--workers`, default `cores`) fill every core and `--v8-helpers` is not given;
 * otherwise none. Arguments that do not parse get none: the command itself then reports them.
 */
export function batchV8Flags(argv: readonly string[], cores: number): string[] {
  if (argv[0] !== 'batch') return []
  let workers: number
  let values: ReturnType<typeof parseBatchArgs>['values']
  try {
    values = parseBatchArgs(argv.slice(1)).values
    workers = requestedWorkers(values.workers, cores)
  } catch {
    return []
  }
  if (values.help === true || values['v8-helpers'] === true) return []
  return workersFillCores(workers, cores) ? [SINGLE_THREADED_V8] : []
}

/**
 * Run `script` with `argv` again in a child Node process with `flags` first, sharing this
 * process's standard streams; resolves with its exit code (128 + signal number when a signal
 * ended it), or `undefined` when the child could not be started (the caller then runs in-process).
 * Ctrl-C reaches the child from the terminal; SIGTERM and SIGHUP sent to this process are passed on.
 */
export function runRestarted(script: string, argv: readonly string[], flags: readonly string[]): Promise<number | undefined> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...flags, ...process.execArgv, script, ...argv], {
      stdio: 'inherit',
      env: {...process.env, [RESTARTED_ENV]: '1'}
    })
    // The terminal sends Ctrl-C to the child too; it reports the interruption and exits 130.
    const ignore = (): void => {}
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal)
    }
    process.on('SIGINT', ignore)
    process.on('SIGTERM', forward)
    process.on('SIGHUP', forward)
    let settled = false
    const done = (code: number | undefined): void => {
      if (settled) return
      settled = true
      process.off('SIGINT', ignore)
      process.off('SIGTERM', forward)
      process.off('SIGHUP', forward)
      resolve(code)
    }
    // An error with no pid: it never started. Any later error (a signal that could not be passed on) leaves it running: wait for its exit.
    child.on('error', () => {
      if (child.pid === undefined) done(undefined)
    })
    child.once('exit', (code, signal) => done(code ?? 128 + (signal === null ? 0 : constants.signals[signal])))
  })
}
