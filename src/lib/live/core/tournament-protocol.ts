import type { Decisions, QuarterReport } from '../../simulation/core';
import type { LiveErrorCode } from './errors';
import type { BoardRow, Debrief } from './tournament-board';
import type { TournamentCommand, TournamentPhase } from './tournament';

/** The tournament's WebSocket, beside the live quiz's own (docs/live.md, "Team tournament"). */
export const TOURNAMENT_PATH = '/live/giai-dau';

export type TournamentClientMessage =
	| { type: 'create'; scenario: string; seed: number; quarters: number; seconds: number }
	| { type: 'resume'; code: string; hostToken: string }
	| { type: 'command'; command: TournamentCommand | 'extend'; seconds?: number }
	| { type: 'join'; code: string; name: string }
	| { type: 'rejoin'; code: string; teamId: string; seatToken: string }
	| { type: 'decide'; quarter: number; decisions: Decisions };

/** Fields the projector and the teams both see. */
type CommonView = {
	code: string;
	scenario: string;
	phase: TournamentPhase;
	/** The quarter being decided, 0-based. */
	quarter: number;
	quarters: number;
	played: number;
	seconds: number;
	/** Milliseconds left to decide when the message was sent. */
	remainingMs: number | null;
	board: BoardRow[];
};

export type TournamentHostView = CommonView & {
	role: 'host';
	seed: number;
	/** The origin for the QR code when it differs from the page's (a LAN address). */
	joinOrigin: string | null;
	teams: { id: string; name: string; connected: boolean; decided: boolean }[];
	/** At the end: the teams side by side, and the session as CSV. */
	debrief: Debrief | null;
	csv: string | null;
};

export type TournamentTeamView = CommonView & {
	role: 'team';
	teamId: string;
	name: string;
	/** The decisions this team sent for the quarter being decided, if any. */
	decisions: Decisions | null;
	/** What the team played last quarter (the panel starts from it). */
	lastDecisions: Decisions | null;
	/** The team's own firm, quarter by quarter (results and glass box). */
	reports: QuarterReport[];
};

export type TournamentServerMessage =
	| { type: 'welcome'; code: string; hostToken: string }
	| { type: 'seat'; code: string; teamId: string; seatToken: string }
	| { type: 'state'; view: TournamentHostView | TournamentTeamView }
	| { type: 'decided'; quarter: number }
	| { type: 'error'; code: LiveErrorCode; message: string };
