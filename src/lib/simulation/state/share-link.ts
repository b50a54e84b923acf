import {
	decodeRecord,
	LEVER_IDS,
	PHILOSOPHY_IDS,
	type Decisions,
	type GameRecord,
	type Scenario
} from '$lib/simulation/core';
import { count } from '$lib/format/money';
import { decisionProblem, isSeed } from './saved-game';

/**
 * Share links, short: a format byte, the seed, the number of quarters, then each quarter
 * as what changed since the quarter before (a bit per field, then the new philosophy, the
 * change of price and of each lever amount, the target segments), in variable-length
 * integers, as base64url. A game played with steady decisions takes under 100 characters
 * (the first format, JSON of every quarter, took about 1,000); links in that format still
 * open.
 */
const FORMAT = 2;

/** Longer codes are refused before anything is decoded (a real one is far shorter). */
export const MAX_LINK_CHARS = 4000;

const FIELDS = 2 + LEVER_IDS.length + 1;
const TARGETS_BIT = FIELDS - 1;

type Row = { philosophy: number; price: number; spend: number[]; targets: number[] };

const START: Row = { philosophy: 0, price: 100, spend: LEVER_IDS.map(() => 0), targets: [] };

/** Whole thousands of đồng; an amount the sliders could not make is rounded down. */
const whole = (x: number) => (Math.abs(x - Math.round(x)) < 1e-6 ? Math.round(x) : Math.floor(x));

function toRow(d: Decisions, scenario: Scenario): Row {
	return {
		philosophy: PHILOSOPHY_IDS.indexOf(d.philosophy),
		price: Math.round(d.price * 100),
		spend: LEVER_IDS.map((l) => whole(d.spend[l])),
		targets: d.targets.map((t) => scenario.segments.findIndex((s) => s.id === t))
	};
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number) => (n % 2 ? -(n + 1) / 2 : n / 2);

function writeUint(out: number[], n: number) {
	while (n >= 0x80) {
		out.push((n % 0x80) | 0x80);
		n = Math.floor(n / 0x80);
	}
	out.push(n);
}

function toBase64Url(bytes: number[]): string {
	return btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
}

export function encodeShareCode(record: GameRecord, scenario: Scenario): string {
	const out: number[] = [FORMAT];
	writeUint(out, record.seed);
	writeUint(out, record.decisions.length);
	let before = START;
	for (const d of record.decisions) {
		const row = toRow(d, scenario);
		const values: number[] = [];
		let mask = 0;
		const field = (bit: number, changed: boolean, ...write: number[]) => {
			if (!changed) return;
			mask += 2 ** bit;
			values.push(...write);
		};
		field(0, row.philosophy !== before.philosophy, row.philosophy);
		field(1, row.price !== before.price, zigzag(row.price - before.price));
		row.spend.forEach((a, i) => field(2 + i, a !== before.spend[i], zigzag(a - before.spend[i]!)));
		field(
			TARGETS_BIT,
			row.targets.join() !== before.targets.join(),
			row.targets.length,
			...row.targets
		);
		writeUint(out, mask);
		for (const v of values) writeUint(out, v);
		before = row;
	}
	return toBase64Url(out);
}

/** Reads variable-length integers off the bytes; throws when they run out or overflow. */
class Reader {
	private at = 0;
	constructor(private bytes: Uint8Array) {}
	uint(): number {
		let n = 0;
		for (let shift = 1; ; shift *= 0x80) {
			const byte = this.bytes[this.at++];
			if (byte === undefined || shift > 2 ** 42) throw new Error('truncated');
			n += (byte & 0x7f) * shift;
			if (byte < 0x80) return n;
		}
	}
	get done() {
		return this.at === this.bytes.length;
	}
}

/**
 * Scenarios opened from a file (ScenarioFile). A share link is an address of the site with
 * the run's decisions: it can bring back a built-in firm, not a file only the learner has,
 * and one that carried the whole scenario would be over a thousand characters, when the
 * point of the link is to be short enough to read out or paste in a chat.
 */
const openedFromFile = new WeakSet<Scenario>();

/** Marks a scenario as opened from a file: its games are not shared by link. */
export function markOpenedFromFile(scenario: Scenario): void {
	openedFromFile.add(scenario);
}

/** Why a game of `scenario` cannot be shared by link, or null when it can. */
export function shareRefusal(scenario: Scenario): string | null {
	return openedFromFile.has(scenario)
		? 'Ván này mở từ tệp kịch bản nên không chia sẻ được bằng liên kết: liên kết chỉ mở lại được các doanh nghiệp có sẵn trên trang. Hãy gửi tệp cho người cùng chơi để họ tự mở.'
		: null;
}

export type ShareLinkResult = { ok: true; record: GameRecord } | { ok: false; message: string };

const fail = (why: string): ShareLinkResult => ({
	ok: false,
	message: `Liên kết chia sẻ không hợp lệ: ${why}`
});

function fromBase64Url(code: string): Uint8Array {
	const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
	const text = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
	return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function decodeRows(reader: Reader, scenario: Scenario): GameRecord | string {
	const seed = reader.uint();
	if (!isSeed(seed)) return 'mã ván chơi (seed) sai.';
	const quarters = reader.uint();
	if (quarters > scenario.quarters)
		return `ván có ${quarters} quý, doanh nghiệp này chỉ có ${scenario.quarters} quý.`;
	const decisions: Decisions[] = [];
	let row = START;
	for (let q = 0; q < quarters; q++) {
		const mask = reader.uint();
		if (mask >= 2 ** FIELDS) return `quyết định quý ${q + 1} bị hỏng.`;
		const has = (bit: number) => Math.floor(mask / 2 ** bit) % 2 === 1;
		const next: Row = structuredClone(row);
		if (has(0)) next.philosophy = reader.uint();
		if (has(1)) next.price += unzigzag(reader.uint());
		next.spend.forEach((a, i) => {
			if (has(2 + i)) next.spend[i] = a + unzigzag(reader.uint());
		});
		if (has(TARGETS_BIT)) {
			const count = reader.uint();
			if (count > scenario.segments.length) return `quyết định quý ${q + 1} bị hỏng.`;
			next.targets = Array.from({ length: count }, () => reader.uint());
		}
		const decision = {
			philosophy: PHILOSOPHY_IDS[next.philosophy],
			price: next.price / 100,
			spend: Object.fromEntries(LEVER_IDS.map((l, i) => [l, next.spend[i]])),
			targets: next.targets.map((t) => scenario.segments[t]?.id)
		};
		const problem = decisionProblem(scenario, decision);
		if (problem) return `quyết định quý ${q + 1} không hợp lệ (${problem}).`;
		decisions.push(decision as Decisions);
		row = next;
	}
	if (!reader.done) return 'có dữ liệu thừa ở cuối.';
	return { scenario: scenario.id, seed, decisions };
}

/**
 * Reads a share link's game for `scenario`, in either format. A code that is too long,
 * tampered with, or has more quarters than the scenario is refused with a message (in
 * Vietnamese) naming what is wrong; it never throws.
 */
export function decodeShareCode(code: string, scenario: Scenario): ShareLinkResult {
	if (code.length > MAX_LINK_CHARS) return fail(`liên kết dài quá ${count(MAX_LINK_CHARS)} ký tự.`);
	let bytes: Uint8Array;
	try {
		bytes = fromBase64Url(code);
	} catch {
		return fail('không giải mã được nội dung.');
	}
	if (bytes[0] !== FORMAT) {
		const old = decodeRecord(code, scenario, Infinity);
		if (!old.ok) return old;
		const { decisions } = old.record;
		if (decisions.length > scenario.quarters)
			return fail(
				`ván có ${decisions.length} quý, doanh nghiệp này chỉ có ${scenario.quarters} quý.`
			);
		const problem = decisions.map((d) => decisionProblem(scenario, d)).find(Boolean);
		return problem ? fail(`quyết định không hợp lệ (${problem}).`) : old;
	}
	try {
		const record = decodeRows(new Reader(bytes.subarray(1)), scenario);
		return typeof record === 'string' ? fail(record) : { ok: true, record };
	} catch {
		return fail('nội dung bị cắt cụt.');
	}
}
