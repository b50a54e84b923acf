import { afterEach, describe, expect, it } from 'vitest';
import {
	latestReading,
	mergeReading,
	parseReading,
	READING_KEY,
	readReading,
	recordSection,
	withSection,
	emptyReading
} from './reading-position';
import { listKeys, readKey, removeKey, writeKey } from './storage';

const at = (section: string, last = false) => ({ chapter: 'ba', section, title: section, last });

describe('reading position', () => {
	afterEach(() => {
		for (const key of listKeys(READING_KEY)) removeKey(key);
	});

	it('keeps the last section of each chapter and the chapter read last', () => {
		let r = withSection(emptyReading(), at('mo-dau'), 10);
		r = withSection(r, { chapter: 'bon', section: 'gia-tri', title: 'Giá trị' }, 20);
		r = withSection(r, at('ket-luan', true), 30);
		r = withSection(r, at('mo-dau'), 40);
		expect(latestReading(r)).toEqual({
			chapter: 'ba',
			section: 'mo-dau',
			title: 'mo-dau',
			at: 40,
			finished: true
		});
		expect(r.chapters.bon?.finished).toBe(false);
	});

	it('merges two readings: the later place wins, a finished chapter stays finished', () => {
		const a = withSection(emptyReading(), at('ket-luan', true), 10);
		const b = withSection(emptyReading(), at('mo-dau'), 20);
		expect(mergeReading(a, b).chapters.ba).toMatchObject({ section: 'mo-dau', finished: true });
		expect(mergeReading(b, a).chapters.ba).toMatchObject({ section: 'mo-dau', finished: true });
	});

	it('refuses a newer version untouched and backs up a damaged one', () => {
		expect(parseReading('{"version":9}')).toEqual({ status: 'newer' });
		expect(parseReading('nope')).toEqual({ status: 'damaged' });
		writeKey(READING_KEY, '{"version":9}');
		expect(recordSection(at('mo-dau'), 5)).toEqual({ ok: false, reason: 'newer' });
		expect(readKey(READING_KEY)).toBe('{"version":9}');
		writeKey(READING_KEY, '{broken');
		expect(recordSection(at('mo-dau'), 5)).not.toEqual({ ok: false, reason: 'newer' });
		expect(readKey(`${READING_KEY}:backup:5`)).toBe('{broken');
		expect(latestReading(readReading())?.section).toBe('mo-dau');
	});
});
