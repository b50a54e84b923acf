import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A random token, URL-safe: 18 bytes → 24 characters. */
export const newToken = (bytes = 18) => randomBytes(bytes).toString('base64url');

/** Only hashes are stored: a copied database file does not let anyone act as a host. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function tokenMatches(token: string, hash: string | undefined): boolean {
	if (!hash) return false;
	const a = Buffer.from(hashToken(token), 'hex');
	const b = Buffer.from(hash, 'hex');
	return a.length === b.length && timingSafeEqual(a, b);
}

export const cryptoInt = (n: number) => randomInt(n);
