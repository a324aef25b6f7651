// The web API's request budgets: each client's own, and a fair share of its address's (one definition for every
// web route). A client is a session the server issued; requests without one share a small anonymous budget.
import { RateLimiter } from '../core/rate-limiter.ts';

export interface WebLimits {
  /** Requests a minute over the whole API for one session (an issued cookie), or for the admin token. */
  perSession: number;
  /** Requests a minute without a valid session (none, made up or altered), for one address together. */
  anonymous: number;
  /** Requests a minute for one address before it is busy; then each client gets an equal share of it. */
  perAddress: number;
}

export const WEB_LIMITS: WebLimits = { perSession: 120, anonymous: 20, perAddress: 600 };

/**
 * While an address is under its budget every client may use its own; once it is busy, a client is still served
 * while it has used less than an equal share of the address's budget among the clients active there in the last
 * minute. One client therefore cannot lock out the others behind the same proxy, and clients that keep sending
 * beyond their share are refused first. The cost per request is constant: no structure here is ever scanned.
 */
export class WebLimiter {
  private readonly clients: RateLimiter;
  private readonly addresses = new RateLimiter();
  /** address -> clients of that address the client limiter still remembers (active in the last minute). */
  private readonly active = new Map<string, number>();

  constructor(readonly limits: WebLimits = WEB_LIMITS) {
    this.clients = new RateLimiter({
      onAdd: (key) => {
        const address = addressOf(key);
        this.active.set(address, (this.active.get(address) ?? 0) + 1);
      },
      onForget: (key) => {
        const address = addressOf(key);
        const count = (this.active.get(address) ?? 1) - 1;
        if (count > 0) this.active.set(address, count);
        else this.active.delete(address);
      },
    });
  }

  /** Counts a request of `client` (anything without a newline) from `address`; false when it is over a limit. */
  allow(address: string, client: string, perMinute: number, now: number): boolean {
    const key = `${address}\n${client}`;
    if (!this.clients.wouldAllow(key, perMinute, now)) return false;
    const known = this.clients.has(key);
    if (!this.addresses.allow(address, this.limits.perAddress, now)) {
      const clients = (this.active.get(address) ?? 0) + (known ? 0 : 1);
      const share = this.limits.perAddress / clients;
      if (this.clients.used(key, perMinute, now) + 1 > share) return false;
    }
    return this.clients.allow(key, perMinute, now);
  }
}

function addressOf(key: string): string {
  return key.slice(0, key.indexOf('\n'));
}
