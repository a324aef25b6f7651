// A weekly series (`weekly_until`) with a lead of a week or more: that lead would come on the day of the session
// before, so only the first session has it; shorter leads come before every session (as for a daily series and a day).
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { planReminders } from '../../src/reminders/plan-reminders.ts';

const loaded = parseSchedule(
  `course: CHEM 101
timezone: America/New_York
events:
  - id: homework
    type: deadline
    title: Homework (Thursday)
    due: "2027-01-21 23:59"
    weekly_until: "2027-02-11"
    remind: [1w, 7d, 1d, 2h]
  - id: essay
    type: deadline
    title: Essay
    due: "2027-02-11 23:59"
    remind: [7d]
`,
  'schedule.yaml',
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const planned = planReminders(
  loaded.value,
  new Date('2027-01-01T00:00:00Z'),
  new Date('2027-03-01T00:00:00Z'),
);
const byLead = (id: string, lead: string) =>
  planned.filter((r) => r.eventId === id && r.lead === lead).map((r) => r.occurrence.toISOString());

describe('GIVEN a weekly deadline series with leads of a week and shorter', () => {
  it('WHEN reminders are planned THEN a lead of a week or more comes only before the first session', () => {
    expect(byLead('homework', '1w')).toEqual(['2027-01-22T04:59:00.000Z']);
    expect(byLead('homework', '7d')).toEqual(['2027-01-22T04:59:00.000Z']);
  });

  it('WHEN reminders are planned THEN shorter leads come before every session', () => {
    expect(byLead('homework', '1d')).toHaveLength(4);
    expect(byLead('homework', '2h')).toHaveLength(4);
  });

  it('WHEN an event does not repeat THEN its week lead stays', () => {
    expect(byLead('essay', '7d')).toEqual(['2027-02-12T04:59:00.000Z']);
  });
});
