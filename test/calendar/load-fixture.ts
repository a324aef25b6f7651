// Test helper: loads a fixture schedule from test/fixtures/schedules/, failing loudly if it is invalid.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchedule } from '../../src/content/load-schedule.ts';
import type { Schedule } from '../../src/schedule/schedule.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/schedules');

export function loadFixture(name: string): Schedule {
  const loaded = loadSchedule(path.join(FIXTURES, name));
  if (!loaded.ok) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(loaded.issues)}`);
  return loaded.value;
}
