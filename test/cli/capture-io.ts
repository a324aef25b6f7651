// Output capture for CLI commands run in-process (runCalendar, runReminders): what they print, line by line.
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (t: string) => out.push(t), err: (l: string) => err.push(l), now: new Date() },
  };
}
