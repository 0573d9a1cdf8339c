/**
 * Records nobody has written for RECORD_LIFETIME_DAYS are gone: every write sets the
 * record's expiry that far ahead. DynamoDB deletes expired items by itself (the table's
 * time-to-live attribute, infrastructure/cfn-deployer/skill-stack.yaml), a day or two late
 * at most, so every store also treats an expired record as absent when it reads one.
 * docs/privacy.md states the same figure (tests/unit/privacy-policy.test.ts).
 */
export const RECORD_LIFETIME_DAYS = 365;

/** The attribute holding the expiry, in epoch seconds (what DynamoDB's TTL reads). */
export const EXPIRY_ATTRIBUTE = 'expiresAt';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The expiry of a record written at `now` (epoch ms), in epoch seconds. */
export function expiryFor(now: number): number {
  return Math.floor((now + RECORD_LIFETIME_DAYS * DAY_MS) / 1000);
}

/** Whether a stored expiry (epoch seconds) has passed at `now` (epoch ms). A record without one never expires. */
export function hasExpired(expiresAt: unknown, now: number): boolean {
  return typeof expiresAt === 'number' && Number.isFinite(expiresAt) && expiresAt * 1000 <= now;
}
