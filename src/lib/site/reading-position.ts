import * as v from 'valibot';
import { readKey, writeKey, type WriteResult } from './storage';

/**
 * Where the learner is in the course: per chapter, the last section read and whether the
 * reader reached its end; and which chapter was read last. Kept in storage (versioned), so
 * the home page can offer "Tiếp tục" on the next visit and the export carries it.
 *
 * @example
 * recordSection({ chapter: 'tong-quan-crm', section: 'dinh-nghia', title: 'Định nghĩa' }, now);
 * latestReading(readReading()); // → { chapter: 'tong-quan-crm', section: 'dinh-nghia', … }
 */
export const READING_KEY = 'crm-lab:reading';
export const READING_VERSION = 1;

const ChapterReadingSchema = v.object({
	section: v.string(),
	title: v.string(),
	/** When the section was reached (epoch ms). */
	at: v.pipe(v.number(), v.finite()),
	/** True once the reader reached the chapter's last section. */
	finished: v.boolean()
});

export const ReadingSchema = v.object({
	version: v.literal(READING_VERSION),
	chapters: v.record(v.string(), ChapterReadingSchema)
});

export type Reading = v.InferOutput<typeof ReadingSchema>;
export type ChapterReading = v.InferOutput<typeof ChapterReadingSchema>;

export const emptyReading = (): Reading => ({ version: READING_VERSION, chapters: {} });

/** What a text holds: the reading, `newer` (left alone), or `damaged` (nothing usable). */
export type ReadingRead =
	{ status: 'ok'; reading: Reading } | { status: 'newer' } | { status: 'damaged' };

export function parseReading(text: string | null): ReadingRead {
	if (text === null) return { status: 'ok', reading: emptyReading() };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { status: 'damaged' };
	}
	const version = (data as { version?: unknown } | null)?.version;
	if (typeof version === 'number' && version > READING_VERSION) return { status: 'newer' };
	const parsed = v.safeParse(ReadingSchema, data);
	return parsed.success ? { status: 'ok', reading: parsed.output } : { status: 'damaged' };
}

/** The stored reading; anything unreadable reads as nothing read yet. */
export function readReading(): Reading {
	const found = parseReading(readKey(READING_KEY));
	return found.status === 'ok' ? found.reading : emptyReading();
}

/** The chapter read last, with its place, or null when nothing was read. */
export function latestReading(reading: Reading): (ChapterReading & { chapter: string }) | null {
	let latest: (ChapterReading & { chapter: string }) | null = null;
	for (const [chapter, place] of Object.entries(reading.chapters))
		if (!latest || place.at > latest.at) latest = { chapter, ...place };
	return latest;
}

/** Both readings together: per chapter the later place, finished if either finished it. */
export function mergeReading(a: Reading, b: Reading): Reading {
	const chapters = { ...a.chapters };
	for (const [chapter, theirs] of Object.entries(b.chapters)) {
		const ours = chapters[chapter];
		const later = !ours || theirs.at > ours.at ? theirs : ours;
		chapters[chapter] = {
			...later,
			finished: later.finished || !!ours?.finished || theirs.finished
		};
	}
	return { version: READING_VERSION, chapters };
}

export type SectionReached = { chapter: string; section: string; title: string; last?: boolean };

/** The reading with one more section reached. */
export function withSection(reading: Reading, reached: SectionReached, now: number): Reading {
	const before = reading.chapters[reached.chapter];
	return mergeReading(reading, {
		version: READING_VERSION,
		chapters: {
			[reached.chapter]: {
				section: reached.section,
				title: reached.title,
				at: Math.max(now, (before?.at ?? 0) + 1),
				finished: !!reached.last || !!before?.finished
			}
		}
	});
}

/**
 * Stores `change` of what is stored (re-read first, so two tabs add up). A reading from a
 * newer version is left as it is; a damaged one is copied under a backup key first.
 */
export function updateReading(
	change: (r: Reading) => Reading,
	now: number
): WriteResult | { ok: false; reason: 'newer' } {
	const raw = readKey(READING_KEY);
	const found = parseReading(raw);
	if (found.status === 'newer') return { ok: false, reason: 'newer' };
	if (found.status === 'damaged') writeKey(`${READING_KEY}:backup:${now}`, raw!);
	const base = found.status === 'ok' ? found.reading : emptyReading();
	return writeKey(READING_KEY, JSON.stringify(change(base)));
}

/** Records that the reader reached a section. */
export const recordSection = (reached: SectionReached, now: number) =>
	updateReading((r) => withSection(r, reached, now), now);
