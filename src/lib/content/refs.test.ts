import { describe, expect, it } from 'vitest';
import {
	chapterHref,
	parseRef,
	RefError,
	refHref,
	slidesHref,
	summaryHref,
	type Ref
} from './refs';

describe('parseRef and refHref', () => {
	it.each<[string, Ref, string]>([
		[
			'xay-dung-quan-he#gia-tri-vong-doi',
			{ chapter: 'xay-dung-quan-he', section: 'gia-tri-vong-doi' },
			'/chuong/xay-dung-quan-he#gia-tri-vong-doi'
		],
		['crm-2#muc-1', { chapter: 'crm-2', section: 'muc-1' }, '/chuong/crm-2#muc-1'],
		['tong-quan-crm', { chapter: 'tong-quan-crm' }, '/chuong/tong-quan-crm']
	])('reads %s', (ref, parsed, href) => {
		expect(parseRef(ref)).toEqual(parsed);
		expect(refHref(ref)).toBe(href);
	});

	it.each([
		['', 'the chapter slug is missing'],
		['#muc', 'the chapter slug is missing'],
		['tong-quan#', 'the section id after "#" is missing'],
		['tong-quan#a#b', 'it has more than one "#"'],
		['Tong-Quan#muc', 'the chapter slug "Tong-Quan" is not lower-case-with-dashes'],
		['tong quan#muc', 'the chapter slug "tong quan" is not lower-case-with-dashes'],
		['tong-quan#mục', 'the section id "mục" is not lower-case-with-dashes'],
		['/chuong/tong-quan#muc', 'the chapter slug "/chuong/tong-quan" is not']
	])('refuses %j: %s', (ref, problem) => {
		expect(() => parseRef(ref)).toThrow(RefError);
		expect(() => parseRef(ref)).toThrow(`"${ref}" is not a reference: ${problem}`);
		expect(() => refHref(ref)).toThrow('write "chapter-slug#section-id"');
	});
});

describe('page addresses', () => {
	it.each([
		[chapterHref('gia-tri'), '/chuong/gia-tri'],
		[chapterHref('gia-tri', 'ky-vong'), '/chuong/gia-tri#ky-vong'],
		[chapterHref('gia-tri', null), '/chuong/gia-tri'],
		[summaryHref('gia-tri'), '/chuong/gia-tri/tom-tat'],
		[slidesHref('gia-tri'), '/trinh-chieu/gia-tri'],
		[slidesHref('gia-tri', { slide: 0 }), '/trinh-chieu/gia-tri#trang-1'],
		[
			slidesHref('gia-tri', { presenter: true, slide: 4 }),
			'/trinh-chieu/gia-tri?vai=trinh-bay#trang-5'
		]
	])('builds %s', (built, expected) => {
		expect(built).toBe(expected);
	});
});
