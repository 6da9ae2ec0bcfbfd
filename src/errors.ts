/** What went wrong, as a stable machine-readable code. */
export type ArticleGuardErrorCode =
  | 'invalid-input'
  | 'invalid-options'
  | 'invalid-dictionary'
  | 'input-too-large'

/**
 * The one error type article-guard throws, for caller mistakes only: messy HTML never throws.
 */
export class ArticleGuardError extends Error {
  /** Stable code to branch on. */
  readonly code: ArticleGuardErrorCode

  constructor(code: ArticleGuardErrorCode, message: string) {
    super(message)
    this.name = 'ArticleGuardError'
    this.code = code
  }
}

/** Name the type of a value for error messages: `null`, `array`, `number`, `Uint8Array`, … */
export function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name
    return name && name !== 'Object' ? name : 'object'
  }
  return typeof value
}
