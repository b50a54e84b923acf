import { activePlayers, scores } from './players';
import type { Room } from './room';

/** Per question: the item analysis a teacher reads after class. */
export type ItemRow = {
	index: number;
	id: string;
	prompt: string;
	answered: number;
	right: number;
	/** Share of those who answered that were right (0–1); null with no answers. */
	shareRight: number | null;
	counts: number[];
	/** The wrong option chosen most often, with its count; null when none was. */
	topWrong: { option: number; text: string; count: number } | null;
};

export type StandingRow = {
	rank: number;
	nickname: string;
	score: number;
	right: number;
	answered: number;
};

/** How many chose each option of question `index` (a multiple answer counts each option). */
export function optionCounts(room: Room, index: number): number[] {
	const counts = room.questions[index]?.options.map(() => 0) ?? [];
	for (const a of room.answers)
		if (a.question === index) for (const c of a.choices) counts[c] = (counts[c] ?? 0) + 1;
	return counts;
}

export function itemAnalysis(room: Room): ItemRow[] {
	const kicked = new Set(room.players.filter((p) => p.kicked).map((p) => p.id));
	return room.questions.map((q, index) => {
		const answers = room.answers.filter((a) => a.question === index && !kicked.has(a.player));
		const right = answers.filter((a) => a.correct).length;
		const counts = q.options.map(() => 0);
		for (const a of answers) for (const c of a.choices) counts[c] = (counts[c] ?? 0) + 1;
		let topWrong: ItemRow['topWrong'] = null;
		counts.forEach((count, option) => {
			if (q.answer.includes(option) || count === 0) return;
			if (!topWrong || count > topWrong.count)
				topWrong = { option, text: q.options[option]!, count };
		});
		return {
			index,
			id: q.id,
			prompt: q.prompt,
			answered: answers.length,
			right,
			shareRight: answers.length ? right / answers.length : null,
			counts,
			topWrong
		};
	});
}

/** Ranks share a place on equal scores (1, 2, 2, 4). */
export function standings(room: Room): StandingRow[] {
	const answered = new Map<string, number>();
	for (const a of room.answers) answered.set(a.player, (answered.get(a.player) ?? 0) + 1);
	const rows = scores(room);
	return rows.map((row) => ({
		rank: rows.findIndex((r) => r.score === row.score) + 1,
		nickname: row.nickname,
		score: row.score,
		right: row.right,
		answered: answered.get(row.id) ?? 0
	}));
}

export const playerCount = (room: Room) => activePlayers(room).length;

/** One CSV field: quoted when needed; a leading = + - @ is defused (spreadsheet formulas). */
function field(value: string | number | null): string {
	let text = value === null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (rows: (string | number | null)[][]) =>
	rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';

/** The item analysis as CSV (UTF-8; the page adds a BOM for spreadsheet programs). */
export function itemsCsv(items: readonly ItemRow[]): string {
	return csv([
		[
			'cau',
			'ma_cau',
			'noi_dung',
			'so_tra_loi',
			'so_dung',
			'ti_le_dung',
			'phuong_an_sai_nhieu_nhat',
			'so_chon_sai_do'
		],
		...items.map((r) => [
			r.index + 1,
			r.id,
			r.prompt,
			r.answered,
			r.right,
			r.shareRight === null ? null : Math.round(r.shareRight * 1000) / 1000,
			r.topWrong?.text ?? null,
			r.topWrong?.count ?? null
		])
	]);
}

export function standingsCsv(rows: readonly StandingRow[]): string {
	return csv([
		['hang', 'ten', 'diem', 'so_cau_dung', 'so_cau_tra_loi'],
		...rows.map((r) => [r.rank, r.nickname, r.score, r.right, r.answered])
	]);
}
