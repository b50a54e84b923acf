import type { Scenario } from '../../simulation/core';
import { makeCode, readCode } from '../core/code';
import { LiveError } from '../core/errors';
import { JOIN_LIMITS, JoinGuard, MessageBudget, type JoinLimits } from '../core/limits';
import { applyTournamentEvent, newTournament, type TournamentEvent } from '../core/tournament';
import { marketFor, type TournamentMarket } from '../core/tournament-market';
import { parseTournamentMessage } from '../core/tournament-messages';
import type { TournamentClientMessage, TournamentServerMessage } from '../core/tournament-protocol';
import { tournamentHostView, tournamentTeamView } from '../core/tournament-view';
import { TOURNAMENT_KEEP_MS, TournamentStore, type StoredTournament } from './tournament-store';
import { cryptoInt, hashToken, newToken, tokenMatches } from './tokens';

import type { Socket } from './hub-types';

type Client = {
	socket: Socket;
	address: string;
	budget: MessageBudget;
	code: string | null;
	host: boolean;
	teamId: string | null;
};

type Live = StoredTournament & {
	scenario: Scenario;
	market: TournamentMarket | null;
	hosts: Set<Client>;
	teams: Map<string, Set<Client>>;
	timer: ReturnType<typeof setTimeout> | null;
	hostUpdate: ReturnType<typeof setTimeout> | null;
};

export type TournamentHubOptions = {
	store: TournamentStore;
	scenarios: (id: string) => Scenario | null;
	joinOrigin?: () => string | null;
	limits?: JoinLimits;
	now?: () => number;
};

/** How long the projector may lag a team's decision: one update per this many ms at most. */
const HOST_UPDATE_MS = 150;

/**
 * The tournaments of one server process: applies clients' messages with the pure rules
 * (core/tournament.ts), writes the new state, plays a quarter on the market when it closes,
 * and sends each client its view. A restart loads the unfinished tournaments and replays
 * their quarters (the results follow from the recorded decisions).
 */
export class TournamentHub {
	#live = new Map<string, Live>();
	#guard: JoinGuard;
	#store: TournamentStore;
	#options: TournamentHubOptions;
	#now: () => number;
	#sweeper: ReturnType<typeof setInterval>;

	constructor(options: TournamentHubOptions) {
		this.#options = options;
		this.#store = options.store;
		this.#now = options.now ?? Date.now;
		this.#guard = new JoinGuard(options.limits ?? JOIN_LIMITS);
		this.#store.deleteBefore(this.#now() - TOURNAMENT_KEEP_MS);
		for (const stored of this.#store.loadActive()) this.#adopt(stored);
		this.#sweeper = setInterval(() => this.#sweep(), 60 * 60_000);
		this.#sweeper.unref();
	}

	connect(socket: Socket, address: string) {
		const client: Client = {
			socket,
			address,
			budget: new MessageBudget(20, 5, this.#now()),
			code: null,
			host: false,
			teamId: null
		};
		return {
			message: (text: string) => this.#receive(client, text),
			close: () => this.#leave(client)
		};
	}

	stop() {
		clearInterval(this.#sweeper);
		for (const live of this.#live.values()) {
			if (live.timer) clearTimeout(live.timer);
			if (live.hostUpdate) clearTimeout(live.hostUpdate);
		}
	}

	#receive(client: Client, text: string) {
		if (!client.budget.take(this.#now()))
			return this.#send(client, {
				type: 'error',
				code: 'rate-limited',
				message: 'Bạn gửi quá nhanh, hãy chờ một chút.'
			});
		try {
			const message = parseTournamentMessage(text);
			if (!message) throw new LiveError('bad-message', 'Tin nhắn không hợp lệ.');
			this.#handle(client, message);
		} catch (error) {
			if (error instanceof LiveError)
				return this.#send(client, { type: 'error', code: error.code, message: error.message });
			console.error('tournament:', error);
			this.#send(client, {
				type: 'error',
				code: 'bad-message',
				message: 'Máy chủ gặp lỗi khi xử lý yêu cầu này.'
			});
		}
	}

	#handle(client: Client, m: TournamentClientMessage) {
		const now = this.#now();
		switch (m.type) {
			case 'create':
				return this.#create(client, m);
			case 'resume': {
				const live = this.#find(readCode(m.code) ?? '');
				if (!live || !tokenMatches(m.hostToken, live.hostHash)) {
					this.#guard.miss(client.address, now);
					throw new LiveError('not-host', 'Không mở lại được giải đấu này trên máy này.');
				}
				this.#bind(client, live, true, null);
				return this.#sendHost(live, client);
			}
			case 'command': {
				const live = this.#hostOf(client);
				const event: TournamentEvent =
					m.command === 'extend'
						? { type: 'extend', seconds: m.seconds ?? 60 }
						: { type: m.command };
				this.#apply(live, event);
				return this.#broadcast(live);
			}
			case 'join':
				return this.#join(client, m.code, m.name);
			case 'rejoin': {
				const live = this.#find(readCode(m.code) ?? '');
				const team = live?.tournament.teams.find((x) => x.id === m.teamId);
				if (!live || !team || !tokenMatches(m.seatToken, live.seatHashes.get(m.teamId))) {
					this.#guard.miss(client.address, now);
					throw new LiveError('bad-seat', 'Không tìm thấy đội của bạn trong giải đấu này.');
				}
				this.#bind(client, live, false, team.id);
				this.#sendTeam(live, team.id);
				return this.#scheduleHostUpdate(live);
			}
			case 'decide': {
				const live = client.code ? this.#live.get(client.code) : undefined;
				if (!live || !client.teamId)
					throw new LiveError('bad-seat', 'Đội của bạn chưa vào giải đấu.');
				const played = live.tournament.played.length;
				this.#apply(live, {
					type: 'decide',
					teamId: client.teamId,
					quarter: m.quarter,
					decisions: m.decisions
				});
				this.#send(client, { type: 'decided', quarter: m.quarter });
				if (live.tournament.played.length > played) return this.#broadcast(live);
				this.#sendTeam(live, client.teamId);
				return this.#scheduleHostUpdate(live);
			}
		}
	}

	#create(client: Client, m: Extract<TournamentClientMessage, { type: 'create' }>) {
		const now = this.#now();
		const verdict = this.#guard.attempt(client.address, now);
		if (!verdict.ok) throw limited(verdict.reason);
		const scenario = this.#options.scenarios(m.scenario);
		if (!scenario) throw new LiveError('bad-message', 'Không có doanh nghiệp mô phỏng này.');
		const code = makeCode(cryptoInt, (c) => this.#live.has(c) || this.#store.has(c));
		const tournament = newTournament(code, m, now);
		const hostToken = newToken();
		const stored: StoredTournament = {
			tournament,
			hostHash: hashToken(hostToken),
			seatHashes: new Map()
		};
		this.#store.create(tournament, stored.hostHash);
		const live = this.#adopt(stored)!;
		this.#bind(client, live, true, null);
		this.#send(client, { type: 'welcome', code, hostToken });
		this.#sendHost(live, client);
	}

	#join(client: Client, input: string, name: string) {
		const now = this.#now();
		const verdict = this.#guard.attempt(client.address, now);
		if (!verdict.ok) throw limited(verdict.reason);
		const code = readCode(input);
		const live = code ? this.#find(code) : undefined;
		if (!live) {
			this.#guard.miss(client.address, now);
			throw new LiveError('bad-code', 'Không có giải đấu nào với mã này. Hãy kiểm tra lại mã.');
		}
		const teamId = newToken(12);
		const seatToken = newToken();
		const t = applyTournamentEvent(
			live.tournament,
			{ type: 'join', teamId, name },
			now,
			live.scenario
		);
		this.#store.addTeam(t, teamId, hashToken(seatToken));
		live.tournament = t;
		live.seatHashes.set(teamId, hashToken(seatToken));
		this.#bind(client, live, false, teamId);
		this.#send(client, { type: 'seat', code: t.code, teamId, seatToken });
		this.#sendTeam(live, teamId);
		this.#scheduleHostUpdate(live);
	}

	#hostOf(client: Client): Live {
		const live = client.code ? this.#live.get(client.code) : undefined;
		if (!live || !client.host || !live.hosts.has(client))
			throw new LiveError('not-host', 'Chỉ người tạo giải đấu mới làm được việc này.');
		return live;
	}

	/** Applies an event, writes it, plays any quarter it closed, then re-arms the deadline. */
	#apply(live: Live, event: TournamentEvent) {
		const before = live.tournament;
		const t = applyTournamentEvent(before, event, this.#now(), live.scenario);
		if (t === before) return;
		this.#store.save(t);
		live.tournament = t;
		if (!live.market && t.phase !== 'lobby') live.market = marketFor(t, live.scenario);
		else live.market?.catchUp(t);
		if (t.deadline !== before.deadline || t.phase !== before.phase) this.#arm(live);
	}

	/** The timer that closes the quarter at its deadline (the server's clock decides). */
	#arm(live: Live) {
		if (live.timer) clearTimeout(live.timer);
		live.timer = null;
		const { phase, deadline } = live.tournament;
		if (phase !== 'deciding' || deadline === null) return;
		live.timer = setTimeout(
			() => {
				live.timer = null;
				const played = live.tournament.played.length;
				this.#apply(live, { type: 'tick' });
				if (live.tournament.played.length > played) this.#broadcast(live);
				else this.#arm(live);
			},
			Math.max(0, deadline - this.#now()) + 5
		);
		live.timer.unref?.();
	}

	#adopt(stored: StoredTournament): Live | undefined {
		const scenario = this.#options.scenarios(stored.tournament.scenario);
		if (!scenario) {
			console.error(
				`tournament ${stored.tournament.code}: no scenario ${stored.tournament.scenario}`
			);
			return undefined;
		}
		const live: Live = {
			...stored,
			scenario,
			market: marketFor(stored.tournament, scenario),
			hosts: new Set(),
			teams: new Map(),
			timer: null,
			hostUpdate: null
		};
		this.#live.set(stored.tournament.code, live);
		// A quarter whose deadline passed while the server was down is played now.
		this.#apply(live, { type: 'tick' });
		this.#arm(live);
		return live;
	}

	#find(code: string): Live | undefined {
		const live = this.#live.get(code);
		if (live) return live;
		const stored = code ? this.#store.load(code) : null;
		return stored ? this.#adopt(stored) : undefined;
	}

	#bind(client: Client, live: Live, host: boolean, teamId: string | null) {
		this.#leave(client);
		client.code = live.tournament.code;
		client.host = host;
		client.teamId = teamId;
		if (host) live.hosts.add(client);
		else if (teamId) {
			const seats = live.teams.get(teamId) ?? new Set();
			seats.add(client);
			live.teams.set(teamId, seats);
		}
	}

	#leave(client: Client) {
		const live = client.code ? this.#live.get(client.code) : undefined;
		if (!live) return;
		live.hosts.delete(client);
		if (client.teamId) {
			const seats = live.teams.get(client.teamId);
			seats?.delete(client);
			if (seats?.size === 0) {
				live.teams.delete(client.teamId);
				this.#scheduleHostUpdate(live);
			}
		}
		client.code = null;
	}

	#sendHost(live: Live, client: Client) {
		const origin = this.#options.joinOrigin?.() ?? null;
		const view = tournamentHostView(
			live.tournament,
			live.market,
			this.#now(),
			new Set(live.teams.keys()),
			origin
		);
		this.#send(client, { type: 'state', view });
	}

	#sendTeam(live: Live, teamId: string) {
		const seats = live.teams.get(teamId);
		if (!seats?.size) return;
		const view = tournamentTeamView(live.tournament, live.market, teamId, this.#now());
		const text = JSON.stringify({ type: 'state', view } satisfies TournamentServerMessage);
		for (const seat of seats) seat.socket.send(text);
	}

	#broadcast(live: Live) {
		if (live.hostUpdate) clearTimeout(live.hostUpdate);
		live.hostUpdate = null;
		for (const host of live.hosts) this.#sendHost(live, host);
		for (const teamId of live.teams.keys()) this.#sendTeam(live, teamId);
	}

	#scheduleHostUpdate(live: Live) {
		if (live.hostUpdate || live.hosts.size === 0) return;
		live.hostUpdate = setTimeout(() => {
			live.hostUpdate = null;
			for (const host of live.hosts) this.#sendHost(live, host);
		}, HOST_UPDATE_MS);
		live.hostUpdate.unref?.();
	}

	#send(client: Client, message: TournamentServerMessage) {
		client.socket.send(JSON.stringify(message));
	}

	#sweep() {
		const now = this.#now();
		this.#guard.sweep(now);
		this.#store.deleteBefore(now - TOURNAMENT_KEEP_MS);
		for (const [code, live] of this.#live)
			if (
				live.tournament.createdAt < now - TOURNAMENT_KEEP_MS ||
				(live.tournament.phase === 'ended' && !live.hosts.size)
			)
				this.#live.delete(code);
	}
}

const limited = (reason: 'locked' | 'rate-limited') =>
	reason === 'locked'
		? new LiveError('locked', 'Nhập sai mã quá nhiều lần. Hãy thử lại sau ít phút.')
		: new LiveError('rate-limited', 'Có quá nhiều lượt vào từ mạng này. Hãy thử lại sau.');
