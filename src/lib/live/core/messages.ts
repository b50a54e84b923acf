import * as v from 'valibot';

/**
 * The schema of every message a client may send, checked on arrival by the server (the
 * pages only need the types, in protocol.ts: valibot stays out of the phones' download).
 */
const token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
const code = v.pipe(v.string(), v.maxLength(16));
const questionId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));

const HostCreate = v.strictObject({
	type: v.literal('host.create'),
	questionIds: v.pipe(v.array(questionId), v.minLength(1), v.maxLength(50)),
	seconds: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(300))
});
const moveKey = v.pipe(v.string(), v.regex(/^[a-z-]{1,40}[a-zA-Z]{0,20}$/));
const moves = v.pipe(v.array(moveKey), v.minLength(2), v.maxLength(4));
const HostGame = v.strictObject({
	type: v.literal('host.game'),
	scenario: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
	quarters: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
	seconds: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(300)),
	seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2_147_483_647)),
	moves: v.optional(moves)
});
const HostMoves = v.strictObject({ type: v.literal('host.moves'), moves });
const Vote = v.strictObject({
	type: v.literal('vote'),
	quarter: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(19)),
	option: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3))
});
const HostResume = v.strictObject({ type: v.literal('host.resume'), code, hostToken: token });
const HostCommand = v.strictObject({
	type: v.literal('host.command'),
	command: v.picklist(['start', 'pause', 'resume', 'close', 'reveal', 'next', 'end'])
});
const HostKick = v.strictObject({ type: v.literal('host.kick'), playerId: token });
const Join = v.strictObject({
	type: v.literal('join'),
	code,
	nickname: v.pipe(v.string(), v.maxLength(100))
});
const Rejoin = v.strictObject({
	type: v.literal('rejoin'),
	code,
	playerId: token,
	seatToken: token
});
const AnswerMessage = v.strictObject({
	type: v.literal('answer'),
	question: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49)),
	choices: v.pipe(
		v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9))),
		v.minLength(1),
		v.maxLength(10)
	)
});

export const ClientMessageSchema = v.variant('type', [
	HostCreate,
	HostGame,
	HostMoves,
	HostResume,
	HostCommand,
	HostKick,
	Join,
	Rejoin,
	AnswerMessage,
	Vote
]);
export type ClientMessage = v.InferOutput<typeof ClientMessageSchema>;

/** A message from a client, or null when it is not JSON or not one of the messages above. */
export function parseClientMessage(text: string): ClientMessage | null {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	const result = v.safeParse(ClientMessageSchema, data);
	return result.success ? result.output : null;
}
