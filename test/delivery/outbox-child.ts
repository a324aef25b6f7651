// A bot-like process for the kill -9 test: queues N items for one destination (an HTTP endpoint of the test) and
// delivers them through the real outbox, exiting when none is left. Killed and restarted at random by the test.
import { systemClock } from '../../src/core/clock.ts';
import { createLogger } from '../../src/core/logger.ts';
import { Outbox } from '../../src/delivery/outbox.ts';
import { openDatabase } from '../../src/store/database.ts';

const [file, url, countText] = process.argv.slice(2);
if (!file || !url || !countText) throw new Error('usage: outbox-child.ts DB_FILE URL COUNT');
const db = openDatabase(file);
const outbox = new Outbox(db, systemClock, createLogger('info'), { pollMs: 10, baseBackoffMs: 10 });
outbox.registerDestination({
  name: 'platform',
  async deliver(item, signal) {
    const res = await fetch(url, { method: 'POST', body: item.id, signal });
    if (!res.ok) throw new Error(`status ${res.status}`);
  },
});
const expiresAt = new Date(Date.now() + 3_600_000);
for (let i = 0; i < Number(countText); i++) {
  outbox.enqueue({ id: `item-${i}`, kind: 'burst', payload: {}, expiresAt });
}
outbox.start();
const open = db.prepare("SELECT count(*) AS n FROM outbox WHERE status IN ('pending', 'sending')");
const timer = setInterval(() => {
  if ((open.get() as { n: number }).n > 0) return;
  clearInterval(timer);
  void outbox.stop().then(() => db.close());
}, 10);
