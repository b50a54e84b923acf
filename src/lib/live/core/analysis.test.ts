import { describe, expect, it } from 'vitest';
import { itemAnalysis, itemsCsv, standings, standingsCsv } from './analysis';
import { LIVE_QUESTIONS } from './fixtures';
import { applyEvent, newRoom, type Room, type RoomEvent } from './room';
import type { HostView, PlayerView } from './protocol';
import { hostView, playerView } from './view';

const T0 = 1_000_000;
const answer = (playerId: string, question: number, choices: number[]): RoomEvent => ({
	type: 'answer',
	playerId,
	question,
	choices
});

/** Four players (one kicked), two questions played: each right by 2 of 3. */
function played(): Room {
	const events: RoomEvent[] = [
		{ type: 'join', playerId: 'a', nickname: 'An' },
		{ type: 'join', playerId: 'b', nickname: 'Bình' },
		{ type: 'join', playerId: 'c', nickname: '=cmd|x' },
		{ type: 'join', playerId: 'k', nickname: 'Kick' },
		{ type: 'start' },
		answer('a', 0, [2]),
		answer('b', 0, [2]),
		answer('c', 0, [0]),
		answer('k', 0, [3]),
		{ type: 'kick', playerId: 'k' },
		{ type: 'reveal' },
		{ type: 'next' },
		answer('a', 1, [0]),
		answer('b', 1, [1]),
		answer('c', 1, [1]),
		{ type: 'end' }
	];
	return events.reduce((r, e) => applyEvent(r, e, T0), newRoom('CDEFH9', LIVE_QUESTIONS, 20, T0));
}

describe('item analysis', () => {
	it('gives the share right and the most-chosen wrong option, without kicked players', () => {
		const [q1, q2, q3] = itemAnalysis(played());
		expect(q1).toMatchObject({ answered: 3, right: 2, counts: [1, 0, 2, 0] });
		expect(q1!.shareRight).toBeCloseTo(2 / 3);
		expect(q1!.topWrong).toEqual({ option: 0, text: 'A', count: 1 });
		expect(q2).toMatchObject({
			answered: 3,
			right: 2,
			topWrong: { option: 0, text: 'Đúng', count: 1 }
		});
		expect(q3).toMatchObject({ answered: 0, shareRight: null, topWrong: null });
	});

	it('ranks equal scores at the same place', () => {
		const rows = standings(played());
		expect(rows.map((r) => [r.rank, r.nickname, r.right, r.answered])).toEqual([
			[1, 'Bình', 2, 2],
			[2, 'An', 1, 2],
			[2, '=cmd|x', 1, 2]
		]);
	});

	it('exports CSV with quoting and formulas defused', () => {
		const text = standingsCsv(standings(played()));
		expect(text.split('\r\n')).toEqual([
			'hang,ten,diem,so_cau_dung,so_cau_tra_loi',
			'1,Bình,2000,2,2',
			'2,An,1000,1,2',
			"2,'=cmd|x,1000,1,2",
			''
		]);
		const items = itemsCsv(itemAnalysis(played()));
		expect(items.split('\r\n')[1]).toBe('1,tong-quan-crm-001,CRM là gì?,3,2,0.667,A,1');
		expect(itemsCsv([{ ...itemAnalysis(played())[0]!, prompt: 'Nói "có", hay không' }])).toContain(
			'"Nói ""có"", hay không"'
		);
	});
});

describe('views', () => {
	it('never show a phone the key before the reveal', () => {
		const room = ['a', 'b'].reduce(
			(r, id) => applyEvent(r, { type: 'join', playerId: id, nickname: id }, T0),
			newRoom('CDEFH9', LIVE_QUESTIONS, 20, T0)
		);
		const open = applyEvent(applyEvent(room, { type: 'start' }, T0), answer('a', 0, [2]), T0);
		const mine = playerView(open, 'a', T0 + 5000);
		expect(mine).toMatchObject({ key: null, correct: null, choices: [2], remainingMs: 15_000 });
		expect(JSON.stringify(mine)).not.toContain('Vì C.');
		const revealed = playerView(applyEvent(open, { type: 'reveal' }, T0), 'a', T0);
		expect(revealed).toMatchObject({ key: { answer: [2] }, correct: true, points: 1000, rank: 1 });
		const host = hostView(open, T0, new Set(['a']), null) as HostView;
		expect(host.counts).toEqual([0, 0, 1, 0]);
		expect(host.players.map((p) => [p.nickname, p.connected, p.answered])).toEqual([
			['a', true, true],
			['b', false, false]
		]);
	});

	it('give each player the questions they answered at the end', () => {
		const view = playerView(played(), 'c', T0) as PlayerView;
		expect(view.answered).toEqual([
			{ id: 'tong-quan-crm-001', correct: false },
			{ id: 'tong-quan-crm-002', correct: true }
		]);
		expect((hostView(played(), T0, new Set(), null) as HostView).standings).toHaveLength(3);
	});
});
