import { readdir, readFile } from 'node:fs/promises';
import { bankProblems, bankStats, type BankStats } from '../../src/lib/quiz/core/bank-stats';
import path from 'node:path';
import { compile } from 'mdsvex';
import { buildChapterIndex, type ChapterIndex } from '../../src/lib/content/chapter-index';
import { ContentError } from '../../src/lib/content/errors';
import { mdsvexOptions } from '../../src/lib/content/mdsvex-options.js';
import { parseScenario } from '../../src/lib/simulation/core/scenario';
import { parseBank, QUESTION_TYPES, type Bank } from '../../src/lib/quiz/core/bank';
import { parseGlossary, type GlossaryTerm } from '../../src/lib/content/glossary';
import { checkSimulatorFile } from '../../src/lib/simulation/present/text/check';
import { RefError } from '../../src/lib/content/refs';
import { parseContent } from '../../src/lib/content/errors';
import type { GenericSchema } from 'valibot';
import { WIDGET_TEXT_SCHEMAS } from '../../src/lib/widgets/schemas';
import {
	checkSlides,
	type SlideBlock,
	type SlideSummary
} from '../../src/lib/slides/core/slide-check';

export type ChapterSummary = {
	slug: string;
	title: string;
	words: number;
	sections: number;
	slides: SlideSummary;
};
export type QuestionSummary = {
	total: number;
	byChapter: Record<string, number>;
	byType: Record<string, number>;
};
export type ContentSummary = {
	chapters: ChapterSummary[];
	glossaryTerms: number;
	questions: QuestionSummary;
	/** Per chapter: counts, difficulty, case/calculation share and answer-cue figures. */
	banks: Record<string, BankStats>;
	essays: number;
	scenarios: string[];
	widgets: string[];
};
/** A section reference made from code (the simulator's levers and causes), to check too. */
export type CodeRef = { source: string; ref: string };
export type ContentReport = { summary: ContentSummary; problems: string[] };

/** Every `ref` field in a parsed content file, with its dotted path: `cases.2.ref`. */
export function refsIn(data: unknown, at = ''): { field: string; ref: string }[] {
	if (!data || typeof data !== 'object') return [];
	return Object.entries(data).flatMap(([key, value]) => {
		const field = at ? `${at}.${key}` : key;
		return key === 'ref' && typeof value === 'string'
			? [{ field, ref: value }]
			: refsIn(value, field);
	});
}

/** Counts words the way a reader would: runs of letters or digits, Markdown syntax ignored. */
export function countWords(markdown: string): number {
	const body = markdown
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/\{#[a-z0-9-]+\}/g, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/^<Widget id="[^"]*" \/>$/gm, '')
		// Slide blocks summarise the prose for the deck; the reader does not read them.
		.replace(/^<!--\s*slide\b[\s\S]*?<!--\s*\/slide\s*-->$/gm, '');
	return body.match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * Validates every file under `<root>/content` and summarises what is there.
 * Problems name the file (relative to root) and, where known, the field.
 */
export async function checkContent(root: string, codeRefs: CodeRef[] = []): Promise<ContentReport> {
	const problems: string[] = [];
	const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

	let files: string[];
	try {
		files = await listFiles(path.join(root, 'content'));
	} catch {
		return {
			summary: {
				chapters: [],
				glossaryTerms: 0,
				questions: summariseQuestions([]),
				banks: {},
				essays: 0,
				scenarios: [],
				widgets: []
			},
			problems: [`${rel(path.join(root, 'content'))}: missing`]
		};
	}

	const chapterMeta: Record<string, unknown> = {};
	const words = new Map<string, number>();
	const slideBlocks = new Map<string, SlideBlock[]>();
	const scenarios: string[] = [];
	const banks: { name: string; bank: Bank }[] = [];
	let glossary: GlossaryTerm[] = [];
	const glossaryName = 'content/glossary.json';
	const simulatorRefs: CodeRef[] = [];
	const widgets: string[] = [];
	const widgetRefs: CodeRef[] = [];
	for (const file of files) {
		const name = rel(file);
		if (name.startsWith('content/chapters/')) {
			const source = await readFile(file, 'utf8');
			try {
				const compiled = await compile(source, { ...mdsvexOptions, filename: name });
				chapterMeta[`/${name}`] = (compiled?.data as { fm?: unknown } | undefined)?.fm;
				words.set(`/${name}`, countWords(source));
				slideBlocks.set(`/${name}`, (compiled?.data as { slides?: SlideBlock[] }).slides ?? []);
			} catch (error) {
				problems.push(describe(error));
			}
		} else if (/^content\/scenarios\/[^/]+\.json$/.test(name)) {
			try {
				const scenario = parseScenario(JSON.parse(await readFile(file, 'utf8')));
				const expected = path.basename(name, '.json');
				if (scenario.id !== expected) {
					problems.push(`${name}: id: is "${scenario.id}" but the file name says "${expected}"`);
				} else scenarios.push(scenario.id);
			} catch (error) {
				problems.push(`${name}: ${describe(error)}`);
			}
		} else if (name === glossaryName) {
			try {
				glossary = parseGlossary(JSON.parse(await readFile(file, 'utf8')), name);
			} catch (error) {
				problems.push(
					error instanceof SyntaxError
						? `${name}: not valid JSON: ${error.message}`
						: describe(error)
				);
			}
		} else if (/^content\/quiz\/[^/]+\.json$/.test(name)) {
			try {
				banks.push({ name, bank: parseBank(JSON.parse(await readFile(file, 'utf8')), name) });
			} catch (error) {
				problems.push(
					error instanceof SyntaxError
						? `${name}: not valid JSON: ${error.message}`
						: describe(error)
				);
			}
		} else if (/^content\/simulator\/[^/]+\.json$/.test(name)) {
			try {
				const input = JSON.parse(await readFile(file, 'utf8'));
				for (const found of checkSimulatorFile(path.basename(name), input, name))
					simulatorRefs.push({ source: `${name}: ${found.field}`, ref: found.ref });
			} catch (error) {
				problems.push(
					error instanceof SyntaxError
						? `${name}: not valid JSON: ${error.message}`
						: describe(error)
				);
			}
		} else if (/^content\/widgets\/[^/]+\.json$/.test(name)) {
			const id = path.basename(name, '.json');
			const schema = WIDGET_TEXT_SCHEMAS[id as keyof typeof WIDGET_TEXT_SCHEMAS] as
				GenericSchema | undefined;
			try {
				if (!schema) {
					throw new ContentError(
						name,
						undefined,
						`there is no widget "${id}" (see src/lib/widgets/registry.ts)`
					);
				}
				const data = parseContent(schema, JSON.parse(await readFile(file, 'utf8')), name);
				for (const found of refsIn(data))
					widgetRefs.push({ source: `${name}: ${found.field}`, ref: found.ref });
				widgets.push(id);
			} catch (error) {
				problems.push(
					error instanceof SyntaxError
						? `${name}: not valid JSON: ${error.message}`
						: describe(error)
				);
			}
		} else {
			problems.push(`${name}: not a known kind of content file (see docs/authoring.md)`);
		}
	}

	let index: ChapterIndex | undefined;
	// Validate each chapter on its own first, so every broken file is reported.
	for (const [file, metadata] of Object.entries(chapterMeta)) {
		try {
			buildChapterIndex({ [file]: metadata });
		} catch (error) {
			problems.push(describe(error).replace(/^\//, ''));
			delete chapterMeta[file];
		}
	}
	try {
		index = buildChapterIndex(chapterMeta);
	} catch (error) {
		problems.push(
			error instanceof ContentError ? error.message.replace(/^\//, '') : describe(error)
		);
	}

	if (index) {
		const known = index;
		// refs.ts parses each ref and the index resolves it; the problem says which part is wrong.
		const checkRef = (where: string, ref: string) => {
			try {
				known.resolve(ref);
			} catch (error) {
				if (!(error instanceof RefError)) throw error;
				problems.push(`${where}: ${error.message}`);
			}
		};
		for (const { name, bank } of banks) {
			bank.questions.forEach((q, i) => checkRef(`${name}: questions.${i}.ref`, q.ref));
			bank.essays.forEach((e, i) => checkRef(`${name}: essays.${i}.ref`, e.ref));
		}
		glossary.forEach((t, i) => checkRef(`${glossaryName}: terms.${i}.ref`, t.ref));
		for (const { source, ref } of [...codeRefs, ...simulatorRefs, ...widgetRefs])
			checkRef(source, ref);
	}

	const chapters = (index?.chapters ?? []).map((c) => {
		const bank = banks.find((b) => b.bank.chapter === c.slug)?.bank;
		const slides = checkSlides(
			c.file.replace(/^\//, ''),
			c.outline,
			slideBlocks.get(c.file) ?? [],
			new Set(bank?.questions.map((q) => q.id)),
			c.slides === true
		);
		problems.push(...slides.problems);
		return {
			slug: c.slug,
			title: c.title,
			words: words.get(c.file) ?? 0,
			sections: c.outline.length,
			slides: slides.summary
		};
	});
	const bankFigures = Object.fromEntries(banks.map((b) => [b.bank.chapter, bankStats(b.bank)]));
	for (const b of banks) problems.push(...bankProblems(b.name, bankFigures[b.bank.chapter]!));
	const questions = summariseQuestions(banks.map((b) => b.bank));
	const essays = banks.reduce((sum, b) => sum + b.bank.essays.length, 0);
	return {
		summary: {
			chapters,
			glossaryTerms: glossary.length,
			questions,
			banks: bankFigures,
			essays,
			scenarios,
			widgets
		},
		problems
	};
}

function summariseQuestions(banks: Bank[]): QuestionSummary {
	const byType = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0]));
	const byChapter: Record<string, number> = {};
	for (const bank of banks) {
		byChapter[bank.chapter] = bank.questions.length;
		for (const q of bank.questions) byType[q.type]!++;
	}
	const total = banks.reduce((sum, b) => sum + b.questions.length, 0);
	return { total, byChapter, byType };
}
