/**
 * samverkan — the library. Everything here runs in Node and in a browser:
 * no file system, no terminal; bytes come in as Uint8Array.
 */
export * from './core/model.js';
export * from './core/diagnostic.js';
export { CODES, DIAGNOSTIC_CODES, type CodeExample, type CodeInfo } from './core/codes.js';
export { parseAgreementBytes, parseAgreementText, DEFAULT_PARSE_LIMITS, type ParsedSource, type ParseLimits, type ParseOptions } from './core/parse.js';
export { validateAgreementBytes, validateAgreementText, validateParsed, fieldLabel, type ValidationResult, type ValidateOptions } from './core/validate.js';
// The domain vocabulary: each fact once, used by check, render, report, compare, the editor and the CLI.
export { parseIsoDate, isoDate, humanDate, startOfDay, asOfDate, DATE_YEARS } from './core/dates.js';
export { termOf, agreementTerm, lastDayOf, termStatus, extensionMonths, waiverApplies, type Term, type TermStatus } from './core/term.js';
export {
  activityName,
  activityLabel,
  activityShort,
  RESPONSIBLE_KIND,
  MUNICIPAL_ACTIVITIES,
  kindOfParty,
  partyKindName,
  presentActivities,
  typeByDefinition,
  centreTypeName,
  type DefinitionType,
} from './core/activities.js';
export { formatNumber, type NumberOptions } from './core/numbers.js';
export { municipalityName } from './core/regions.js';
export { isSlug, slugOf, SLUG_PATTERN, SLUG_MAX_LENGTH } from './core/id.js';
export { capitalise, listOf } from './core/messages.js';
export { weeklyOverlap, hoursOf, normaliseSchedule, slotsOf, isClockTime, minutesOf, clockOf, type DayInterval } from './core/time.js';
export { agreementSchema, FRAMEWORK_REQUIREMENTS, FRAMEWORK_TITLES, schemaId, type JsonSchema } from './schema/agreement.js';
export {
  buildSkeleton,
  skeletonId,
  skeletonActivities,
  lookUpMunicipality,
  municipalityOrganisation,
  REGION_ORGANISATION_NUMBERS,
  type SkeletonOptions,
  type MunicipalityLookup,
} from './schema/skeleton.js';
export {
  checkAgreement,
  summarise,
  isOpen,
  OUTCOMES,
  RULESETS,
  allRules,
  CITE,
  type RuleDefinition,
  type RuleParameter,
  type Ruleset,
  type RulesetEntry,
  type CheckAgreement,
  type CheckOptions,
  type CheckResult,
  type CheckSummary,
  type Citation,
  type Finding,
  type Outcome,
} from './check/index.js';
export {
  renderAgreement,
  agreementBlocks,
  documentModel,
  blockText,
  runText,
  documentFileName,
  inspectSeal,
  templateSet,
  HELPER_NAMES,
  type RenderOptions,
  type RenderResult,
  type FinalCheck,
  type DocumentModel,
  type DocBlock,
  type DocHeading,
  type DocParagraph,
  type DocRun,
  type DocSignature,
  type DocSignatures,
  type DocTable,
  type DocTableRow,
  type SealState,
  type TemplateProblem,
  type TemplateSet,
} from './render/index.js';
export {
  compareAgreements,
  hasRegression,
  formatComparisonText,
  formatComparisonJson,
  formatComparisonMarkdown,
  COMPARISON_JSON_VERSION,
  type CompareOptions,
  type CompareSide,
  type Change,
  type ChangeKind,
  type ComparisonResult,
  type Movement,
  type ObligationChange,
  type VersionInfo,
  type WordPart,
  type FormatOptions,
} from './compare/index.js';
export { BUNDLED_TEMPLATES } from './render/bundled.js';
export { redlineDocx, DEFAULT_AUTHOR, type RedlineOptions } from './compare/redline.js';
export { agreementRedline, type AgreementRedline, type AgreementRedlineOptions } from './compare/document.js';
export { frameworkRegion } from './schema/skeleton.js';

// Policy: what the CLI decides, for every program (docs/api.md).
export { loadAgreement, loadAgreements, unreadableResult, duplicateIdResult, idRegistry, type LoadSource, type LoadedFile } from './policy/load.js';
export { EXIT, worstStatus, validateStatus, checkStatus, reportStatus, compareStatus, type ExitStatus } from './policy/exit.js';
export { checkFiles, checkFile, type CheckRunOptions } from './policy/check.js';
export { findingsBlockingFinal, SIGNING_RULES, finalGate, finalOutcome, type FinalGate } from './render/final.js';
export {
  decideRender,
  finalRefusalLines,
  overwriteDecision,
  writtenLine,
  templateProblemLine,
  type RenderDecision,
  type RenderRequest,
  type OverwriteDecision,
} from './policy/render.js';
export { reportInput, reportFiles, unreadableNote } from './policy/report.js';
export { comparable, authorProblem, type Comparable } from './policy/compare.js';
export { planNewAgreement, type NewRequest, type NewPlan } from './policy/new.js';
export { buildReport, type ReportInput, type ReportOptions } from './report/build.js';
export type {
  Report,
  Indicator,
  IndicatorGroup,
  CentreRow,
  RuleTally,
  DuplicateId,
  MunicipalityCoverage,
  UnreadableFile,
  ValidityStatus,
} from './report/types.js';

// Formatters: one signature, (results, options) => string | Uint8Array, and a registry per command.
export { formatNames, type Formatted, type Formatter, type FormatterOptions, type FormatterRegistry } from './format/formatter.js';
export {
  VALIDATE_FORMATTERS,
  VALIDATE_FORMATS,
  validationResults,
  formatValidationText,
  formatValidationJson,
  formatDiagnosticLine,
  type ValidateFormat,
  type FileDiagnostics,
} from './format/diagnostics.js';
export { CHECK_FORMATTERS, CHECK_FORMATS, type CheckFormat, type CheckFormatOptions } from './format/check-formatters.js';
export { reportPasses, type CheckReport, type CheckedFile } from './format/check-report.js';
export { REPORT_FORMATTERS, REPORT_FORMATS, BINARY_REPORT_FORMATS, type ReportFormat } from './report/formatters.js';
export { COMPARE_FORMATTERS, COMPARE_FORMATS, type CompareFormat } from './compare/formatters.js';
