// Deadlines asked about by a name many share: a long series is listed from the next one on, and "the next one" of
// deadlines set per group is the next of each group.
import { describe, expect, it } from 'vitest';
import { scheduleAsker } from './helpers/ask-schedule.ts';

const weeks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
// (a week apart from Tuesday 8 September 2026)
const day = (w: number) => new Date(Date.UTC(2026, 8, 1 + 7 * w)).toISOString().slice(0, 10);

describe('GIVEN ten weekly pre-labs written one by one, three of them passed', () => {
  const yaml = `course: Lab
timezone: America/New_York
events:
${weeks.map((w) => `  - { id: pre-${w}, type: deadline, title: "Pre-lab ${w}", due: "${day(w)} 18:00" }`).join('\n')}
`;
  const ask = scheduleAsker(yaml, new Date(`${day(3)}T23:30:00Z`));

  it('WHEN "when is the pre-lab due" is asked THEN the next six are listed, and the rest counted', () => {
    const text = ask('when is the pre-lab due');
    expect(text).not.toContain('**Pre-lab 3**');
    for (const w of [4, 5, 6, 7, 8, 9]) expect(text).toContain(`**Pre-lab ${w}**`);
    expect(text).not.toContain('**Pre-lab 10**');
    expect(text).toContain('(1 more later; 3 already passed.)');
  });
});

describe('GIVEN reports due per lab group', () => {
  const yaml = `course: Lab
timezone: America/New_York
events:
  - { id: r1-mon, type: deadline, title: "Report 1 (Monday group)", group: mon, due: "2026-09-14 13:00" }
  - { id: r1-tue, type: deadline, title: "Report 1 (Tuesday group)", group: tue, due: "2026-09-15 08:00" }
  - { id: r2-mon, type: deadline, title: "Report 2 (Monday group)", group: mon, due: "2026-09-28 13:00" }
  - { id: r2-tue, type: deadline, title: "Report 2 (Tuesday group)", group: tue, due: "2026-09-29 08:00" }
  - { id: essay, type: deadline, title: "Report essay", due: "2026-09-22 23:59" }
  - { id: final, type: deadline, title: "Final report", due: "2026-12-01 23:59" }
`;
  const ask = scheduleAsker(yaml, new Date('2026-09-14T20:00:00Z'));

  it('WHEN the next report is asked for THEN the next of each group is given', () => {
    const text = ask('when is the next report due');
    expect(text).toContain('**Report 2 (Monday group)**');
    expect(text).toContain('**Report 1 (Tuesday group)**');
    expect(text).not.toContain('**Report 2 (Tuesday group)**');
  });

  it("WHEN the next deadline is asked for THEN each group's next and everyone's next are given", () => {
    const text = ask('whats the next deadline');
    expect(text).toContain('**Report 1 (Tuesday group)**');
    expect(text).toContain('**Report essay**');
    expect(text).toContain('**Report 2 (Monday group)**');
    expect(text).not.toContain('**Final report**');
  });
});
