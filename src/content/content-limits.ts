// What loading the course content may cost: sizes checked before the expensive work (YAML parsing, validation with
// line numbers, expanding weekly series), so a bad edit is refused quickly with a clear error and the running bot
// keeps its previous content.
import type { ContentIssue } from './content-error.ts';

export const CONTENT_LIMITS = {
  /** Bytes of one content file (a FAQ file, the course file). */
  fileBytes: 1_000_000,
  /** FAQ files in the FAQ folder, and their bytes together (checked before any is read). */
  faqFiles: 100,
  faqBytes: 2_000_000,
  /** Bytes of the schedule file (about 1,000 events with short descriptions). */
  scheduleBytes: 300_000,
  /** Fields of one YAML mapping (an event, an FAQ entry, a file's top level). */
  mappingFields: 100,
  /** Problems listed per file; more are counted in one last line. */
  issuesPerFile: 50,
  /** Events in the schedule. */
  events: 1000,
  /** Weeks from a weekly series' first session to its `weekly_until`. */
  seriesWeeks: 53,
  /** Days from a daily series' first session to its `daily_until`. */
  seriesDays: 366,
  /** Sessions in the whole schedule, each week of a weekly series counted. */
  occurrences: 5000,
} as const;

/** The first `issuesPerFile` problems, and one line saying how many more there are. */
export function capIssues(issues: ContentIssue[], file: string, total = issues.length): ContentIssue[] {
  const limit = CONTENT_LIMITS.issuesPerFile;
  if (total <= limit) return issues;
  return [
    ...issues.slice(0, limit),
    {
      file,
      line: null,
      field: '',
      message: `and ${total - limit} more problems not listed (the first ${limit} are); fix these and validate again`,
    },
  ];
}
