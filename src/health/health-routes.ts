// GET /healthz (liveness) and GET /readyz (readiness): 200 or 503, with every check and the reasons.
import type { HttpRoute } from '../http/server.ts';
import { sendJson } from '../http/http-kit.ts';
import { checkHealth, type HealthSources } from './health.ts';

export function healthRoutes(sources: HealthSources, about: () => Record<string, unknown>): HttpRoute[] {
  const answer =
    (which: 'live' | 'ready'): HttpRoute['handle'] =>
    (_req, res) => {
      const report = checkHealth(sources);
      const ok = report[which];
      res.setHeader('Cache-Control', 'no-store');
      sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', ...about(), ...report });
    };
  return [
    { method: 'GET', path: '/healthz', handle: answer('live') },
    { method: 'GET', path: '/readyz', handle: answer('ready') },
  ];
}
