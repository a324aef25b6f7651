// The client's address and host behind TRUST_PROXY reverse proxies; without it the forwarding headers are ignored.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, requestedHost } from '../../src/http/forwarded.ts';

function req(headers: Record<string, string | string[]>, peer = '127.0.0.1'): IncomingMessage {
  return { headers, socket: { remoteAddress: peer } } as unknown as IncomingMessage;
}

describe('clientAddress', () => {
  it('GIVEN no trusted proxy THEN the socket peer, whatever X-Forwarded-For says', () => {
    expect(clientAddress(req({ 'x-forwarded-for': '203.0.113.9' }), 0)).toBe('127.0.0.1');
  });

  it('GIVEN one trusted proxy THEN the address it appended, not one the client made up', () => {
    // the client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the address it saw
    expect(clientAddress(req({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }), 1)).toBe('203.0.113.9');
    expect(clientAddress(req({ 'x-forwarded-for': ['1.2.3.4', '203.0.113.9'] }), 1)).toBe('203.0.113.9');
  });

  it('GIVEN two trusted proxies THEN the second entry from the end', () => {
    expect(clientAddress(req({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9, 10.0.0.2' }), 2)).toBe(
      '203.0.113.9',
    );
  });

  it('GIVEN a trusted proxy that sent no header THEN the socket peer', () => {
    expect(clientAddress(req({}), 1)).toBe('127.0.0.1');
  });
});

describe('requestedHost', () => {
  it('GIVEN a trusted proxy THEN its X-Forwarded-Host, else Host', () => {
    expect(requestedHost(req({ host: '127.0.0.1:3000', 'x-forwarded-host': 'bot.example.org' }), 1)).toBe(
      'bot.example.org',
    );
    expect(requestedHost(req({ host: '127.0.0.1:3000' }), 1)).toBe('127.0.0.1:3000');
    expect(requestedHost(req({ host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example' }), 0)).toBe(
      '127.0.0.1:3000',
    );
  });
});
