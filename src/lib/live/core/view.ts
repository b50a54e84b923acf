import { itemAnalysis, optionCounts, standings } from './analysis';
import { gameHostView, gamePlayerView, type GameHostView, type GamePlayerView } from './game-view';
import type { HostView, PlayerView } from './protocol';
import { promptOf, type LiveKey } from './questions';
import { activePlayers, findAnswer, scores } from './players';
import type { Room } from './room';

const keyOf = (room: Room): LiveKey | null => {
	const q = room.questions[room.index];
	return q ? { answer: q.answer, explanation: q.explanation, ref: q.ref } : null;
};

const common = (room: Room, now: number) => ({
	kind: 'quiz' as const,
	code: room.code,
	phase: room.phase,
	index: room.index,
	total: room.questions.length,
	remainingMs:
		room.phase === 'open' && room.deadline !== null
			? Math.max(0, room.deadline - now)
			: room.phase === 'paused'
				? room.remainingMs
				: null,
	seconds: room.seconds,
	question: room.questions[room.index] ? promptOf(room.questions[room.index]!) : null
});

/** What the lecturer's screen shows; `connected` holds the ids of players online now. */
export function hostView(
	room: Room,
	now: number,
	connected: ReadonlySet<string>,
	joinOrigin: string | null
): HostView | GameHostView {
	if (room.game) return gameHostView(room, room.game, now, connected, joinOrigin);
	const totals = new Map(scores(room).map((s) => [s.id, s.score]));
	const ended = room.phase === 'ended';
	const counts = room.index >= 0 ? optionCounts(room, room.index) : [];
	return {
		...common(room, now),
		role: 'host',
		key: keyOf(room),
		joinOrigin,
		players: activePlayers(room).map((p) => ({
			id: p.id,
			nickname: p.nickname,
			score: totals.get(p.id) ?? 0,
			connected: connected.has(p.id),
			answered: room.index >= 0 && findAnswer(room, p.id, room.index) !== undefined
		})),
		counts,
		answeredCount: room.answers.filter((a) => a.question === room.index).length,
		items: ended ? itemAnalysis(room) : null,
		standings: ended ? standings(room) : null
	};
}

/**
 * What one student's phone shows: never the key before the reveal, never others' answers.
 * `ranking` is `scores(room)`, passed in when a whole room's views are made at once.
 */
export function playerView(
	room: Room,
	playerId: string,
	now: number,
	ranking = scores(room)
): PlayerView | GamePlayerView {
	if (room.game) return gamePlayerView(room, room.game, playerId, now);
	const revealed = room.phase === 'revealed' || room.phase === 'ended';
	const mine = room.index >= 0 ? findAnswer(room, playerId, room.index) : undefined;
	const place = ranking.findIndex((s) => s.id === playerId);
	const me = ranking[place];
	return {
		...common(room, now),
		role: 'player',
		key: revealed ? keyOf(room) : null,
		nickname: room.players.find((p) => p.id === playerId)?.nickname ?? '',
		score: me?.score ?? 0,
		right: me?.right ?? 0,
		rank: place >= 0 ? ranking.findIndex((s) => s.score === me!.score) + 1 : null,
		choices: mine?.choices ?? null,
		correct: revealed && mine ? mine.correct : null,
		points: revealed && mine ? mine.points : null,
		answered:
			room.phase === 'ended'
				? room.answers
						.filter((a) => a.player === playerId)
						.map((a) => ({ id: room.questions[a.question]!.id, correct: a.correct }))
				: null
	};
}
