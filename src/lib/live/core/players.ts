import type { Room } from './room';

/*
 * Reading a room's players and answers. Apart from room.ts, which brings the class game's
 * engine with it, so that the pages (the results' CSV) can read a room without it.
 */

export const activePlayers = (room: Room) => room.players.filter((p) => !p.kicked);

export const findAnswer = (room: Room, playerId: string, question: number) =>
	room.answers.find((a) => a.player === playerId && a.question === question);

/** Each player's total, highest first; ties keep the order of joining. */
export function scores(
	room: Room
): { id: string; nickname: string; score: number; right: number }[] {
	const totals = new Map<string, { score: number; right: number }>();
	for (const a of room.answers) {
		const t = totals.get(a.player) ?? { score: 0, right: 0 };
		totals.set(a.player, { score: t.score + a.points, right: t.right + (a.correct ? 1 : 0) });
	}
	return activePlayers(room)
		.map((p) => ({
			id: p.id,
			nickname: p.nickname,
			...(totals.get(p.id) ?? { score: 0, right: 0 })
		}))
		.sort((a, b) => b.score - a.score);
}
