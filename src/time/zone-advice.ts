// Time zones as people write them ("EST", "CET", "GMT+1") are not what a course means: EST never changes to
// daylight-saving time, so every deadline would be an hour off half the year. This names the IANA zone to use.
import { isValidZone } from './local-time.ts';

const NEW_YORK = 'America/New_York';
const CHICAGO = 'America/Chicago (or Asia/Shanghai for China Standard Time)';
const DENVER = 'America/Denver (or America/Phoenix, where the clocks never change)';
const LOS_ANGELES = 'America/Los_Angeles';
const CENTRAL_EUROPE = 'Europe/Paris, Europe/Berlin or Europe/Amsterdam (the course’s city)';

/** Abbreviations and old POSIX-style zones, upper-cased, with the IANA names people mean by them. */
const MEANT: Record<string, string> = {
  EST: NEW_YORK,
  EDT: NEW_YORK,
  EST5EDT: NEW_YORK,
  ET: NEW_YORK,
  CST: CHICAGO,
  CDT: CHICAGO,
  CST6CDT: CHICAGO,
  CT: CHICAGO,
  MST: DENVER,
  MDT: DENVER,
  MST7MDT: DENVER,
  MT: DENVER,
  PST: LOS_ANGELES,
  PDT: LOS_ANGELES,
  PST8PDT: LOS_ANGELES,
  PT: LOS_ANGELES,
  AKST: 'America/Anchorage',
  AKDT: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  AST: 'America/Halifax',
  ADT: 'America/Halifax',
  NST: 'America/St_Johns',
  CET: CENTRAL_EUROPE,
  CEST: CENTRAL_EUROPE,
  MET: CENTRAL_EUROPE,
  MEST: CENTRAL_EUROPE,
  EET: 'Europe/Athens or Europe/Helsinki (the course’s city)',
  EEST: 'Europe/Athens or Europe/Helsinki (the course’s city)',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  GMT: 'Europe/London (or UTC if the course really keeps no daylight saving)',
  BST: 'Europe/London',
  IST: 'Asia/Kolkata, Europe/Dublin or Asia/Jerusalem (the course’s city)',
  MSK: 'Europe/Moscow',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  AEST: 'Australia/Sydney (or Australia/Brisbane, where the clocks never change)',
  AEDT: 'Australia/Sydney',
  ACST: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
};

const OFFSET = /^(?:(?:UTC|GMT|Etc\/GMT|Etc\/UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{1,2}(?::?\d{2})?)$/i;

/** Null when `zone` is an IANA zone a course can use; otherwise what is wrong and what to write instead. */
export function zoneProblem(zone: string): string | null {
  const name = zone.trim();
  const meant = MEANT[name.toUpperCase()];
  if (meant) {
    return `"${name}" is an abbreviation, not a place: it keeps no daylight-saving rules of its own. Use the IANA name of the course's place, such as ${meant}`;
  }
  if (OFFSET.test(name)) {
    return `"${name}" is a fixed offset, which never changes for daylight saving. Use the IANA name of the course's place, such as Europe/Amsterdam or America/New_York`;
  }
  if (!isValidZone(name)) return `"${name}" is not an IANA time zone such as Europe/Amsterdam`;
  return null;
}
