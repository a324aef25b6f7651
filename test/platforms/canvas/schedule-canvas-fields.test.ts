// The schedule file's Canvas fields: `canvas.sections` (section -> group) and `canvas_id` on an event.
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/content/load-schedule.ts';
import { formatIssue } from '../../../src/content/content-error.ts';

const head = 'course: C\ntimezone: Europe/Amsterdam\n';

describe('schedule Canvas fields', () => {
  it('GIVEN sections and a canvas_id THEN both are loaded', () => {
    const r = parseSchedule(
      `${head}canvas:\n  sections:\n    "501": thu-a\nevents:\n  - id: a1\n    type: deadline\n    title: A1\n    due: "2026-09-25 23:59"\n    canvas_id: 101\n`,
      'x.yaml',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.canvasSections).toEqual({ '501': 'thu-a' });
    expect(r.value.events[0]?.canvasId).toBe(101);
  });

  it('GIVEN a section name instead of its number THEN the line and key are reported', () => {
    const r = parseSchedule(`${head}canvas:\n  sections:\n    Section A: thu-a\nevents: []\n`, 'x.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(formatIssue)).toEqual([
      'x.yaml:5 canvas.sections.Section A: "Section A" is not a Canvas section number (the number in /sections/123)',
    ]);
  });

  it('GIVEN a canvas_id that is not a number THEN the line and field are reported', () => {
    const r = parseSchedule(
      `${head}events:\n  - id: a1\n    type: deadline\n    title: A1\n    due: "2026-09-25 23:59"\n    canvas_id: "a1"\n`,
      'x.yaml',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(formatIssue).join('\n')).toMatch(
      /^x\.yaml:8 events\[0\]\.canvas_id: must be the number in the assignment address/,
    );
  });
});
