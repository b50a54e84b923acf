import { checkDecisions, type Decisions } from './decisions';
import { createGame, type Game } from './engine';
import { LEVER_IDS, PHILOSOPHY_IDS } from './levers';
import type { Scenario } from './scenario';

/**
 * Everything that defines a run: the scenario, the seed and each quarter's decisions.
 * The engine is deterministic, so replaying a record rebuilds the exact game; this is
 * what is autosaved and what a share link carries.
 */
export type GameRecord = { scenario: string; seed: number; decisions: Decisions[] };

/** Rebuilds a game by replaying its decisions (throws a DecisionError on a bad one). */
export function replay(
	scenario: Scenario,
	record: GameRecord,
	quarters = record.decisions.length
): Game {
	const game = createGame(scenario, record.seed);
	for (const d of record.decisions.slice(0, quarters)) game.step(d);
	return game;
}

/*
 * Share links: a compact array per quarter, [philosophy index, price × 100, the eight
 * lever amounts in LEVER_IDS order, target segment indices], as base64url JSON.
 */
const FORMAT = 1;
type Packed = [number, number, ...number[]];

function pack(d: Decisions, scenario: Scenario): Packed {
	return [
		PHILOSOPHY_IDS.indexOf(d.philosophy),
		Math.round(d.price * 100),
		...LEVER_IDS.map((l) => Math.round(d.spend[l])),
		...d.targets.map((t) => scenario.segments.findIndex((s) => s.id === t))
	];
}

function toBase64Url(text: string): string {
	return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
	const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
	return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

export function encodeRecord(record: GameRecord, scenario: Scenario): string {
	return toBase64Url(
		JSON.stringify([FORMAT, record.seed, record.decisions.map((d) => pack(d, scenario))])
	);
}

export type DecodeResult = { ok: true; record: GameRecord } | { ok: false; message: string };

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/**
 * Reads a share link's game for `scenario`. A tampered or broken link gives a message
 * (in Vietnamese) naming what is wrong; it never throws.
 */
export function decodeRecord(text: string, scenario: Scenario, maxQuarters = 40): DecodeResult {
	const fail = (why: string): DecodeResult => ({
		ok: false,
		message: `Liên kết chia sẻ không hợp lệ: ${why}`
	});
	let data: unknown;
	try {
		data = JSON.parse(fromBase64Url(text));
	} catch {
		return fail('không giải mã được nội dung.');
	}
	if (!Array.isArray(data) || data.length !== 3 || data[0] !== FORMAT)
		return fail('không đúng định dạng.');
	const [, seed, packed] = data as [number, unknown, unknown];
	if (!isInt(seed) || seed < 0 || seed > 0xffffffff) return fail('hạt giống (seed) sai.');
	if (!Array.isArray(packed) || packed.length > maxQuarters)
		return fail(`danh sách quyết định sai hoặc dài quá ${maxQuarters} quý.`);
	const decisions: Decisions[] = [];
	for (const [q, row] of packed.entries()) {
		const at = `quý ${q + 1}`;
		if (!Array.isArray(row) || row.length < 2 + LEVER_IDS.length || !row.every(isInt))
			return fail(`quyết định ${at} bị hỏng.`);
		const [philosophy, price, ...rest] = row as number[];
		const amounts = rest.slice(0, LEVER_IDS.length);
		const targets = rest.slice(LEVER_IDS.length);
		const decision = {
			philosophy: PHILOSOPHY_IDS[philosophy!],
			price: price! / 100,
			spend: Object.fromEntries(LEVER_IDS.map((l, i) => [l, amounts[i]])),
			targets: targets.map((t) => scenario.segments[t]?.id)
		};
		const problems = checkDecisions(scenario, decision);
		if (problems.length) return fail(`quyết định ${at} không hợp lệ (${problems[0]!.message}).`);
		decisions.push(decision as Decisions);
	}
	return { ok: true, record: { scenario: scenario.id, seed, decisions } };
}
