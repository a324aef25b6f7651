// A luxon zone that remembers UTC offsets per hour. luxon asks Intl for the offset of every instant it touches,
// which dominated building a calendar; offsets only change at clock changes, so an hour whose start and end agree
// is cached, and an hour containing a change is always asked afresh (correct either way).
import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';

const HOUR = 3_600_000;
const MAX_ENTRIES = 200_000;

class CachedZone extends Zone<true> {
  private readonly inner: IANAZone;
  private readonly hours = new Map<number, number>();

  constructor(name: string) {
    super();
    this.inner = IANAZone.create(name);
  }

  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return this.inner.name;
  }
  override get isUniversal(): false {
    return false;
  }
  override get isValid(): true {
    return true;
  }
  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.inner.offsetName(ts, options) ?? '';
  }
  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.inner.formatOffset(ts, format);
  }
  override offset(ts: number): number {
    const hour = Math.floor(ts / HOUR);
    const cached = this.hours.get(hour);
    if (cached !== undefined) return cached;
    const first = this.inner.offset(hour * HOUR);
    const last = this.inner.offset(hour * HOUR + HOUR - 1);
    if (first !== last) return this.inner.offset(ts);
    if (this.hours.size >= MAX_ENTRIES) this.hours.clear();
    this.hours.set(hour, first);
    return first;
  }
  /** Equal to the plain IANA zone of the same name, so `setZone('Europe/Amsterdam')` is a no-op on our times. */
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const zones = new Map<string, CachedZone>();

/** One shared cached zone per IANA name (the name must be valid: content is validated at load). */
export function cachedZone(name: string): CachedZone {
  let zone = zones.get(name);
  if (!zone) {
    zone = new CachedZone(name);
    zones.set(name, zone);
  }
  return zone;
}
