import type { LiveErrorCode } from './errors';
import type { Phase } from './room';
import type { LiveKey, LivePrompt } from './questions';
import type { ItemRow, StandingRow } from './analysis';
import type { ClientMessage } from './messages';
import type { GameHostView, GamePlayerView, GameRoundView, VoteChoice } from './game-view';

export type { ClientMessage, GameHostView, GamePlayerView, GameRoundView, VoteChoice };

/** The WebSocket's path on the site's own server. */
export const LIVE_PATH = '/live';
/** Larger messages close the connection (the biggest real one is a room of 50 question ids). */
export const MAX_MESSAGE_BYTES = 4096;

/** Fields both roles see. */
type CommonView = {
	kind: 'quiz';
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
	| { type: 'state'; view: HostView | PlayerView | GameHostView | GamePlayerView }
	| { type: 'answered'; question: number; accepted: boolean }
	| { type: 'kicked'; message: string }
	| { type: 'error'; code: LiveErrorCode; message: string };
