// Records what a fake service received and lets a test wait for a matching record (with a generous timeout).
import { EventEmitter } from 'node:events';

export interface Recorder<T> {
  records: T[];
  add(record: T): void;
  find(predicate: (r: T) => boolean): T[];
  waitFor(predicate: (r: T) => boolean, what: string): Promise<T>;
}

export function createRecorder<T>(describe: (r: T) => string, timeoutMs = 5000): Recorder<T> {
  const records: T[] = [];
  const events = new EventEmitter();
  return {
    records,
    add(record) {
      records.push(record);
      events.emit('record', record);
    },
    find: (predicate) => records.filter(predicate),
    waitFor(predicate, what) {
      const found = records.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('record', listener);
          reject(new Error(`never received ${what}; saw: ${records.map(describe).join(', ') || 'nothing'}`));
        }, timeoutMs);
        const listener = (r: T) => {
          if (!predicate(r)) return;
          clearTimeout(timer);
          events.off('record', listener);
          resolve(r);
        };
        events.on('record', listener);
      });
    },
  };
}
