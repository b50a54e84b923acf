import type { Decisions, Scenario } from '$lib/simulation/core';
import type { TournamentCommand } from '../core/tournament';
import {
	TOURNAMENT_PATH,
	type TournamentClientMessage,
	type TournamentHostView,
	type TournamentServerMessage,
	type TournamentTeamView
} from '../core/tournament-protocol';
import { LiveLink } from './connection.svelte';
import { Countdown } from './countdown.svelte';
import { TeamDraft } from './tournament-draft.svelte';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

const HOST_KEY = 'crm-lab-tournament-host';
const SEAT_KEY = 'crm-lab-tournament-seat';
const OFFLINE = 'Chưa kết nối được máy chủ. Hãy thử lại khi có mạng.';

function read<T>(storage: Storage, key: string): T | null {
	try {
		return JSON.parse(storage.getItem(key) ?? 'null') as T | null;
	} catch {
		return null;
	}
}

/**
 * One side of a tournament (projector or team): the link to the server, the seat kept in
 * this browser so a reload comes back to the same tournament, the view the server sends.
 */
abstract class TournamentSide<V extends TournamentHostView | TournamentTeamView, Seat> {
	view = $state<V | null>(null);
	message = $state<string | null>(null);
	busy = $state(false);
	readonly countdown = new Countdown();
	readonly link: LiveLink<TournamentServerMessage, TournamentClientMessage>;
	protected seat = $state<Seat | null>(null);

	constructor(
		protected storage: Storage,
		private key: string,
		private role: V['role']
	) {
		this.seat = read<Seat>(storage, key);
		this.link = new LiveLink<TournamentServerMessage, TournamentClientMessage>(
			{ onopen: () => this.resume(), onmessage: (m) => this.#receive(m) },
			TOURNAMENT_PATH
		);
	}

	/** A tournament is remembered: the page waits for it instead of showing the setup. */
	get resuming() {
		return this.seat !== null && this.view === null;
	}

	get seated() {
		return this.seat !== null;
	}

	/** Forgets the tournament on this browser (it stays on the server). */
	forget() {
		this.seat = null;
		this.storage.removeItem(this.key);
		this.view = null;
		this.countdown.set(null, false);
	}

	protected keep(seat: Seat) {
		this.seat = seat;
		this.storage.setItem(this.key, JSON.stringify(seat));
	}

	protected send(m: TournamentClientMessage): boolean {
		const sent = this.link.send(m);
		if (!sent) this.message = OFFLINE;
		return sent;
	}

	protected abstract resume(): void;
	protected abstract receive(m: TournamentServerMessage): void;
	protected shown(_view: V) {}

	#receive(m: TournamentServerMessage) {
		if (m.type === 'state') {
			if (m.view.role !== this.role) return;
			this.view = m.view as V;
			this.message = null;
			this.busy = false;
			this.countdown.set(m.view.remainingMs, m.view.phase === 'deciding');
			this.shown(m.view as V);
		} else if (m.type === 'error') {
			this.busy = false;
			if (m.code === 'bad-seat' || m.code === 'not-host') this.forget();
			this.message = m.message;
			this.receive(m);
		} else this.receive(m);
	}
}

type HostSeat = { code: string; hostToken: string };

/** The lecturer's projector: creates the tournament, runs its quarters. */
export class TournamentHost extends TournamentSide<TournamentHostView, HostSeat> {
	constructor(storage: Storage = localStorage) {
		super(storage, HOST_KEY, 'host');
	}

	create(setup: { scenario: string; seed: number; quarters: number; seconds: number }) {
		this.message = null;
		this.busy = this.send({ type: 'create', ...setup });
	}

	command(command: TournamentCommand | 'extend', seconds?: number) {
		this.send(
			seconds === undefined ? { type: 'command', command } : { type: 'command', command, seconds }
		);
	}

	protected resume() {
		if (this.seat) this.link.send({ type: 'resume', ...this.seat });
	}

	protected receive(m: TournamentServerMessage) {
		if (m.type === 'welcome') this.keep({ code: m.code, hostToken: m.hostToken });
	}
}

type TeamSeat = { code: string; teamId: string; seatToken: string };

/** A team's phone or laptop: joins with a team name, sends each quarter's decisions. */
export class TournamentTeam extends TournamentSide<TournamentTeamView, TeamSeat> {
	/** The decisions sent and not yet acknowledged (offline, or on their way). */
	pending = $state<{ quarter: number; decisions: Decisions } | null>(null);
	/** The decision panel's draft, for the tournament's firm. */
	draft = $state<TeamDraft | null>(null);

	constructor(
		private scenarios: (id: string) => Scenario | undefined,
		storage: Storage = localStorage
	) {
		super(storage, SEAT_KEY, 'team');
	}

	protected shown(view: TournamentTeamView) {
		const scenario = this.scenarios(view.scenario);
		if (!scenario) return;
		if (this.draft?.scenario !== scenario) this.draft = new TeamDraft(scenario, this.storage);
		this.draft.sync(view);
	}

	join(code: string, name: string) {
		this.message = null;
		this.busy = this.send({ type: 'join', code, name });
	}

	decide(quarter: number, decisions: Decisions) {
		this.pending = { quarter, decisions: $state.snapshot(decisions) };
		this.link.send({ type: 'decide', ...this.pending });
	}

	protected resume() {
		if (this.seat) this.link.send({ type: 'rejoin', ...this.seat });
		// Decisions made while offline go out once the team is back, if the quarter is open.
		if (this.seat && this.pending) this.link.send({ type: 'decide', ...this.pending });
	}

	protected receive(m: TournamentServerMessage) {
		if (m.type === 'seat') this.keep({ code: m.code, teamId: m.teamId, seatToken: m.seatToken });
		else if (m.type === 'decided' && this.pending?.quarter === m.quarter) this.pending = null;
		else if (m.type === 'error' && m.code === 'not-open') this.pending = null;
	}
}
