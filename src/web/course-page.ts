// The web chat page as this course has it: index.html marks what needs dates (`data-dates`: the calendar links, the
// date examples) and what stands in for it (`data-no-dates`). A course that lists no dates gets the second, with
// the words the `subscribe` command says in that case; a course with dates gets the first. What is about one command
// (`data-command="NAME"`) is kept only when the course offers that command.
import { escapeHtml } from '../http/escape-html.ts';

/** An element carrying the attribute, to its closing tag (index.html never nests an element in one of its own tag). */
const marked = (attribute: string): RegExp =>
  new RegExp(String.raw`[ \t]*<(\w+)\b[^>]*\s${attribute}\b[^>]*>[\s\S]*?</\1>\n?`, 'g');
const NEEDS_DATES = marked('data-dates');
const WITHOUT_DATES = marked('data-no-dates');
/** An element about one command (`data-command="grade"`): kept only when the course offers the command. */
const COMMAND = /[ \t]*<(\w+)\b[^>]*\sdata-command="([a-z]+)"[^>]*>[\s\S]*?<\/\1>\n?/g;
const NOTE = /(<p id="calendar-none"[^>]*>)(<\/p>)/;

/**
 * index.html for a course: `noDates` undefined when the course lists dates, else what to say instead of the calendar
 * links ("The course information for X lists no dates, so there is no course calendar to subscribe to.").
 */
export function coursePage(
  template: string,
  noDates: string | undefined,
  offered: (command: string) => boolean = () => true,
): string {
  const page = template.replace(COMMAND, (element: string, _tag: string, name: string) =>
    offered(name) ? element.replace(/ data-command="[a-z]+"/, '') : '',
  );
  if (noDates === undefined) return page.replace(WITHOUT_DATES, '').replace(/ data-dates\b/g, '');
  if (!NOTE.test(page))
    throw new Error('index.html has no <p id="calendar-none"> for a course without dates');
  return page
    .replace(NEEDS_DATES, '')
    .replace(/ data-no-dates\b/g, '')
    .replace(NOTE, (_all, open: string, close: string) => `${open}${escapeHtml(noDates)}${close}`);
}
