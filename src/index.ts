export {analyze} from './analyze.js'
export {ArticleGuardError} from './errors.js'
export type {ArticleGuardErrorCode} from './errors.js'
export type {Options, InputFormat} from './options.js'
export type {DictionaryInput, DictionaryTerm, Severity} from './detect/dictionary-types.js'
export type {
  AnalyzeResult,
  Article,
  BuiltinCategory,
  Category,
  Evidence,
  FindingKind,
  FlaggedBlock,
  Level,
  Match,
  RiskReport
} from './types.js'
