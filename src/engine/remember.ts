// A bounded memo: what a pure function made for a key, kept until the map holds `LIMIT` keys, when it starts again.
// For work the engine repeats on the same few inputs (the schedule's instants, the course's answers).

const LIMIT = 2000;

/** The value kept for `key` in `map`, made by `make` (and kept) the first time. */
export function remember<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= LIMIT) map.clear();
    value = make();
    map.set(key, value);
  }
  return value;
}
