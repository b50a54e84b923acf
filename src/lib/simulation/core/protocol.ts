import type { Decisions, GameRecord, QuarterReport, Scenario, StoryEntry } from './index';

/** What the page shows of a game: computed in the worker, plain data only. */
export type GameView = {
	history: QuarterReport[];
	/** Average cumulative profit of acquired customers by tenure quarter. */
	tenureProfit: number[];
	concentration: { top20: number; curve: { x: number; y: number }[] };
	stories: { customer: number; entries: StoryEntry[] }[];
	/** The next quarters projected with the decisions being edited (empty when not asked). */
	preview: QuarterReport[];
};

export type SimRequest = {
	id: number;
	scenario: Scenario;
	record: GameRecord;
	preview?: { decisions: Decisions; quarters: number };
	/** Only the preview is wanted (a slider moved): the rest of the view is left empty. */
	previewOnly?: boolean;
	/** Report progress quarter by quarter (long runs). */
	progress?: boolean;
};

export type SimResponse =
	| { id: number; kind: 'result'; view: GameView }
	| { id: number; kind: 'progress'; done: number; total: number }
	| { id: number; kind: 'error'; message: string };
