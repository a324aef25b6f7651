import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncEventVersions } from '../../src/calendar/event-versions.ts';
import { buildIcs } from '../../src/calendar/build-ics.ts';
import { openDatabase } from '../../src/store/database.ts';
import { parseSchedule } from '../../src/content/load-schedule.ts';
import { parseIcs } from './parse-ics.ts';
import { loadFixture } from './load-fixture.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDb() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'versions-'));
  dirs.push(dir);
  return openDatabase(path.join(dir, 'bot.sqlite'));
}

describe('event versions (SEQUENCE and DTSTAMP)', () => {
  it('GIVEN an unchanged schedule loaded again THEN sequence and stamp stay; GIVEN an edited event THEN only its sequence rises', () => {
    const db = tempDb();
    const schedule = loadFixture('dst-2026.yaml');
    const first = syncEventVersions(db, schedule, new Date('2026-01-01T00:00:00Z'));
    expect(first.get('exam')).toEqual({ sequence: 0, changedAt: new Date('2026-01-01T00:00:00Z') });

    const same = syncEventVersions(db, loadFixture('dst-2026.yaml'), new Date('2026-02-01T00:00:00Z'));
    expect(same.get('exam')).toEqual(first.get('exam'));

    const edited = {
      ...schedule,
      events: schedule.events.map((e) => (e.id === 'exam' ? { ...e, location: 'Another hall' } : e)),
    };
    const after = syncEventVersions(db, edited, new Date('2026-03-01T00:00:00Z'));
    expect(after.get('exam')).toEqual({ sequence: 1, changedAt: new Date('2026-03-01T00:00:00Z') });
    expect(after.get('spring-deadline')?.sequence).toBe(0);

    const ics = parseIcs(
      buildIcs(edited, { now: new Date(), versions: after, identity: { courseId: 'dl', host: 'localhost' } }),
    );
    expect(ics.events.get('exam.dl@localhost')?.sequence).toBe(1);
    expect(ics.events.get('spring-deadline.dl@localhost')?.sequence).toBe(0);
    db.close();
  });
});

describe('event versions when a time to be announced is given', () => {
  const schedule = (event: string) => {
    const loaded = parseSchedule(
      `course: Deep Learning (test)\ntimezone: Europe/Amsterdam\nevents:\n${event}`,
      'schedule.yaml',
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    return loaded.value;
  };

  it('GIVEN a deadline due on a day with time: tba WHEN its time is announced as 23:59 THEN its sequence rises', () => {
    const db = tempDb();
    const tba = schedule('  - { id: essay, type: deadline, title: Essay, due: "2027-03-12", time: tba }\n');
    const announced = schedule('  - { id: essay, type: deadline, title: Essay, due: "2027-03-12 23:59" }\n');
    syncEventVersions(db, tba, new Date('2027-01-01T00:00:00Z'));
    const after = syncEventVersions(db, announced, new Date('2027-02-01T00:00:00Z'));
    expect(after.get('essay')).toEqual({ sequence: 1, changedAt: new Date('2027-02-01T00:00:00Z') });

    // The feed shows it at its time now, not the all-day event it was (events are cached by their content).
    const ics = (s: typeof tba, versions: typeof after) =>
      buildIcs(s, { now: new Date(), versions, identity: { courseId: 'dl', host: 'localhost' } });
    expect(ics(announced, after)).not.toBe(ics(tba, after));
    expect(parseIcs(ics(announced, after)).events.get('essay.dl@localhost')?.sequence).toBe(1);
    db.close();
  });

  it('GIVEN an all-day exam with time: tba WHEN time: tba is taken out THEN its sequence rises', () => {
    const db = tempDb();
    const tba = schedule('  - { id: exam, type: exam, title: Exam, start: "2027-03-29", time: tba }\n');
    const allDay = schedule('  - { id: exam, type: exam, title: Exam, start: "2027-03-29" }\n');
    syncEventVersions(db, tba, new Date('2027-01-01T00:00:00Z'));
    expect(syncEventVersions(db, allDay, new Date('2027-02-01T00:00:00Z')).get('exam')?.sequence).toBe(1);
    db.close();
  });
});
