import * as v from 'valibot';
import type { LiveErrorCode } from './errors';
import type { Phase } from './room';
import type { LiveKey, LivePrompt } from './questions';
import type { ItemRow, StandingRow } from './analysis';

/** The WebSocket's path on the site's own server. */
export const LIVE_PATH = '/live';
/** Larger messages close the connection (the biggest real one is a room of 50 question ids). */
export const MAX_MESSAGE_BYTES = 4096;

const token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/));
const code = v.pipe(v.string(), v.maxLength(16));
const questionId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));

const HostCreate = v.strictObject({
	type: v.literal('host.create'),
	questionIds: v.pipe(v.array(questionId), v.minLength(1), v.maxLength(50)),
	seconds: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(300))
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
	HostResume,
	HostCommand,
	HostKick,
	Join,
	Rejoin,
	AnswerMessage
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

/** Fields both roles see. */
type CommonView = {
	code: string;
	phase: Phase;
	index: number;
	total: number;
	/** Milliseconds left on the open question when the message was sent. */
	remainingMs: number | null;
	seconds: number;
	question: LivePrompt | null;
	/** The key, once revealed (the host has it from the start). */
	key: LiveKey | null;
};

export type HostPlayer = {
	id: string;
	nickname: string;
	score: number;
	connected: boolean;
	answered: boolean;
};

export type HostView = CommonView & {
	role: 'host';
	/** The origin for the QR code when it differs from the page's (a LAN address). */
	joinOrigin: string | null;
	players: HostPlayer[];
	/** How many chose each option of the current question. */
	counts: number[];
	answeredCount: number;
	/** After the last question: the item analysis and the standings. */
	items: ItemRow[] | null;
	standings: StandingRow[] | null;
};

export type PlayerView = CommonView & {
	role: 'player';
	nickname: string;
	score: number;
	rank: number | null;
	/** The player's answer to the current question, if any. */
	choices: number[] | null;
	correct: boolean | null;
	points: number | null;
	/** At the end: the questions answered, for the review queue. */
	answered: { id: string; correct: boolean }[] | null;
	right: number;
};

export type ServerMessage =
	| { type: 'host.welcome'; code: string; hostToken: string }
	| { type: 'seat'; code: string; playerId: string; seatToken: string }
	| { type: 'state'; view: HostView | PlayerView }
	| { type: 'answered'; question: number; accepted: boolean }
	| { type: 'kicked'; message: string }
	| { type: 'error'; code: LiveErrorCode; message: string };
