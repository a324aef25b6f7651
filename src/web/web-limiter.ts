// The web API's request budgets: each client's own, and a fair share of its address's (one definition for every
// web route). A client is a session the server issued; requests without one share a small anonymous budget.
import { RateLimiter, type Admit } from '../core/rate-limiter.ts';

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
 * minute or two. One client therefore cannot lock out the others behind the same proxy, and clients that keep sending
 * beyond their share are refused first. The cost per request is constant: no structure here is ever scanned.
 */
export class WebLimiter {
  /** Clients' budgets, each grouped under the address it was first seen at (to count the clients active there). */
  private readonly clients = new RateLimiter();
  private readonly addresses = new RateLimiter();

  constructor(readonly limits: WebLimits = WEB_LIMITS) {}

  /**
   * Counts a request of `client` from `address`; false when it is over a limit. A client is one budget wherever it
   * comes from (a session is its own; the anonymous and admin keys name their address).
   */
  allow(address: string, client: string, perMinute: number, now: number): boolean {
    return this.clients.allow(client, perMinute, now, address, this.fairShare);
  }

  /** Within its own limit, a client is counted against its address; a busy address then admits its fair share. */
  private readonly fairShare: Admit = (used, known, address, now) => {
    if (this.addresses.allow(address, this.limits.perAddress, now)) return true;
    const clients = this.clients.groupSize(address) + (known ? 0 : 1);
    return used + 1 <= this.limits.perAddress / clients;
  };
}
