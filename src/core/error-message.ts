// The one-line text of a thrown value, safe to log or print: token-shaped secrets are removed.

/** Removes anything shaped like a Slack, Discord or Canvas token from text that is about to be logged. */
export function redactSecrets(text: string): string {
  return text
    .replace(/\bx(?:ox[a-z]|app)-[\w-]+/gi, '[redacted]')
    .replace(/\b\d{1,6}~[A-Za-z0-9]{20,}/g, '[redacted]')
    .replace(/\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}\b/g, '[redacted]');
}

export function errorMessage(err: unknown): string {
  return redactSecrets(err instanceof Error ? err.message : String(err));
}
