import type { GenericSchema } from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseContent } from '$lib/content/errors';
import { WIDGETS } from './registry';
import { WIDGET_TEXT_SCHEMAS } from './schemas';
import { WIDGET_IDS } from './widget-ids.js';
import { PHILOSOPHY_TABLE, TEXT as PHILOSOPHY_TEXT } from './philosophy-comparator/philosophies';
import { TEXT as CRM_TYPES_TEXT } from './crm-type-sorter/text';

const files = import.meta.glob<unknown>('/content/widgets/*.json', {
	eager: true,
	import: 'default'
});
const idOf = (file: string) => file.replace(/^\/content\/widgets\/(.+)\.json$/, '$1');

describe('content/widgets', () => {
	it('registers exactly the widget ids chapters may use', () => {
		expect(Object.keys(WIDGETS).sort()).toEqual([...WIDGET_IDS].sort());
	});

	it('has a schema for every file, and every file passes it', () => {
		for (const [file, data] of Object.entries(files)) {
			const schema = WIDGET_TEXT_SCHEMAS[idOf(file) as keyof typeof WIDGET_TEXT_SCHEMAS] as
				GenericSchema | undefined;
			expect(schema, `${file} has no schema`).toBeDefined();
			expect(() => parseContent(schema!, data, file.slice(1))).not.toThrow();
		}
		expect(Object.keys(files).map(idOf).sort()).toEqual(Object.keys(WIDGET_TEXT_SCHEMAS).sort());
	});
});

describe('chapter 2 widget content', () => {
	it('compares the five philosophies; only marketing and societal marketing suit strategic CRM', () => {
		expect(PHILOSOPHY_TABLE.map((p) => p.label)).toEqual([
			'Hoàn thiện sản xuất',
			'Hoàn thiện sản phẩm',
			'Bán hàng',
			'Marketing',
			'Marketing đạo đức xã hội'
		]);
		expect(PHILOSOPHY_TABLE.filter((p) => p.fitsStrategicCrm).map((p) => p.id)).toEqual([
			'marketing',
			'societal'
		]);
	});

	it('has one exercise firm per philosophy', () => {
		expect(new Set(PHILOSOPHY_TEXT.cases.map((c) => c.answer)).size).toBe(5);
		expect(PHILOSOPHY_TEXT.cases).toHaveLength(5);
	});

	it('sorts at least 8 activities into the four CRM types', () => {
		expect(CRM_TYPES_TEXT.activities.length).toBeGreaterThanOrEqual(8);
	});
});
