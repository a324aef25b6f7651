// Test helper: reads an ICS with ical.js (a real parser), registers its VTIMEZONEs and expands every event.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  sequence: number;
  /** UTC ISO starts of every occurrence (recurrences expanded, EXDATEs removed). */
  starts: string[];
  ends: string[];
  component: ICAL.Component;
}

export function parseIcs(text: string): { calendar: ICAL.Component; events: Map<string, ParsedEvent> } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = new Map<string, ParsedEvent>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const starts: string[] = [];
    const ends: string[] = [];
    const durationMs = event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime();
    const it = event.iterator();
    for (let next = it.next(); next && starts.length < 1000; next = it.next()) {
      const start = next.toJSDate();
      starts.push(start.toISOString());
      ends.push(new Date(start.getTime() + durationMs).toISOString());
    }
    events.set(event.uid, {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      starts,
      ends,
      component,
    });
  }
  return { calendar, events };
}
