import * as v from 'valibot';
import { LEVER_IDS, PHILOSOPHY_IDS } from '../../simulation/core/levers';
import { TOURNAMENT } from './tournament';
import type { TournamentClientMessage } from './tournament-protocol';

/**
 * The schema of every message a tournament client may send, checked on arrival by the
 * server (the pages need only the types: valibot stays out of the phones' download). The
 * decisions' meaning (budget, price range, segments) is checked by the engine's rules.
 */
const token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
const code = v.pipe(v.string(), v.maxLength(16));
const int = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const amount = v.pipe(v.number(), v.finite());

const Decisions = v.strictObject({
	philosophy: v.picklist(PHILOSOPHY_IDS),
	price: amount,
	spend: v.strictObject(Object.fromEntries(LEVER_IDS.map((l) => [l, amount]))),
	targets: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(20))
});

const Schema = v.variant('type', [
	v.strictObject({
		type: v.literal('create'),
		scenario: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
		seed: int(0, 2_147_483_647),
		quarters: int(TOURNAMENT.quarters.min, TOURNAMENT.quarters.max),
		seconds: int(TOURNAMENT.seconds.min, TOURNAMENT.seconds.max)
	}),
	v.strictObject({ type: v.literal('resume'), code, hostToken: token }),
	v.strictObject({
		type: v.literal('command'),
		command: v.picklist(['start', 'pause', 'resume', 'close', 'end', 'extend']),
		seconds: v.optional(int(1, TOURNAMENT.extendMax))
	}),
	v.strictObject({ type: v.literal('join'), code, name: v.pipe(v.string(), v.maxLength(100)) }),
	v.strictObject({ type: v.literal('rejoin'), code, teamId: token, seatToken: token }),
	v.strictObject({ type: v.literal('decide'), quarter: int(0, 40), decisions: Decisions })
]);

/** The message, or null when it is not one a tournament client may send. */
export function parseTournamentMessage(text: string): TournamentClientMessage | null {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	const result = v.safeParse(Schema, data);
	return result.success ? (result.output as TournamentClientMessage) : null;
}
