import {
	checkDecisions,
	type Decisions,
	type GameRecord,
	type Scenario
} from '$lib/simulation/core';
import type { SimClient } from './client';
import {
	arrivingAt,
	openLevers,
	targetingOpen,
	type GuidedStep,
	type PlayMode
} from '../present/guided';
import { fill } from '../present/text/template';
import { scenarioHref } from '../present/addresses';
import { MESSAGES } from '../present/text/messages';
import type { GameView } from '../core/protocol';
import { DecisionDraft } from './draft.svelte';
import { EngineView } from './engine-view.svelte';
import { latestOnly } from './latest-only';
import { balancedRecordFor, type Run } from './saved-game';
import { SavedGameStore, type GameStorage, type GameToSave } from './saved-game-store';
import { decodeShareCode, encodeShareCode } from './share-link';

export { defaultDecisions, type Run } from './saved-game';

const PREVIEW_QUARTERS = 4;

const randomSeed = () => Math.floor(Math.random() * 1_000_000) + 1;

/**
 * The simulator page's state: the runs (original and branches), the decisions being
 * edited, and what the engine worker last computed. Autosaves to localStorage; every
 * decision is validated before it is played.
 */
export class SimulatorGame {
	readonly scenario: Scenario;
	runs = $state<Run[]>([]);
	activeId = $state('');
	mode = $state<PlayMode>('guided');
	/** The decisions being edited for the next quarter. */
	readonly draft: DecisionDraft;
	private engine: EngineView;
	/** A message for the learner (a refused link, a storage problem…). */
	notice = $state<string | null>(null);
	/** The lesson of levers that just arrived in guided play. */
	lesson = $state<GuidedStep | null>(null);

	/** Reads, merges and writes the saved game; null until the page gives it storage. */
	private store: SavedGameStore | null = null;

	constructor(scenario: Scenario, client: SimClient, storage: GameStorage | null = null) {
		this.scenario = scenario;
		this.engine = new EngineView(client, (problem) => {
			this.notice = fill(MESSAGES.engineError, { problem });
		});
		this.draft = new DecisionDraft(scenario, () => void this.preview());
		this.startRun(randomSeed(), MESSAGES.firstRun);
		if (storage) this.useStorage(storage);
	}

	/** Saves to (and restores from) this storage from now on: the site's storage accessor. */
	useStorage(storage: GameStorage) {
		this.store = new SavedGameStore(storage, this.scenario, (notice) => (this.notice = notice));
	}

	/** What the engine last computed: the active run, and the preview of the draft. */
	get view() {
		return this.engine.view;
	}
	get busy() {
		return this.engine.busy;
	}
	get progress() {
		return this.engine.progress;
	}

	get active(): Run {
		return this.runs.find((r) => r.id === this.activeId) ?? this.runs[0]!;
	}
	get quarter() {
		return this.active.record.decisions.length;
	}
	get finished() {
		return this.quarter >= this.scenario.quarters;
	}
	get open() {
		return openLevers(this.mode, this.quarter);
	}
	get targeting() {
		return targetingOpen(this.mode, this.quarter);
	}
	private newRun(seed: number, name: string, decisions: Decisions[] = []): Run {
		const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
		return { id, name, record: { scenario: this.scenario.id, seed, decisions } };
	}

	private startRun(seed: number, name: string, decisions: Decisions[] = []) {
		const run = this.newRun(seed, name, decisions);
		this.runs.push(run);
		this.activeId = run.id;
		return run;
	}

	/**
	 * Restores the autosaved game, then opens a shared game from `link` as one more run
	 * beside the saved ones (nothing saved is replaced), then computes the active run.
	 */
	async init(link: string | null) {
		const restored = this.restore();
		if (link) this.openLink(link, restored);
		this.store?.watch(() => this.fromOtherTab());
		await this.refresh();
	}

	private openLink(link: string, restored: boolean) {
		const decoded = decodeShareCode(link, this.scenario);
		if (!decoded.ok) {
			this.addNotice(fill(MESSAGES.badLink, { problem: decoded.message }));
			return;
		}
		const { seed, decisions } = decoded.record;
		const code = JSON.stringify(decisions);
		// Opened again (a reload keeps the link): the run it made is still there.
		const again = this.runs.find(
			(r) =>
				r.shared &&
				r.record.seed === seed &&
				JSON.stringify(r.record.decisions.slice(0, decisions.length)) === code
		);
		if (again) this.activeId = again.id;
		else {
			if (!restored) this.runs = [];
			this.startRun(seed, MESSAGES.sharedRun, decisions).shared = true;
			if (!restored) this.mode = 'free';
			if (restored) this.addNotice(MESSAGES.sharedBeside);
			this.save();
		}
	}

	/** Adds to what the restore may have said already (a backup made, say). */
	private addNotice(text: string) {
		this.notice = this.notice ? `${this.notice} ${text}` : text;
	}

	/** Takes the saved game; false when there was none to take. */
	private restore(): boolean {
		const saved = this.store?.read(this.draft.current);
		if (!saved) return false;
		this.runs = saved.runs;
		this.activeId = saved.active;
		this.mode = saved.mode;
		this.draft.current = saved.draft;
		return true;
	}

	private toSave(): GameToSave {
		return {
			runs: $state.snapshot(this.runs) as Run[],
			activeId: this.activeId,
			mode: this.mode,
			draft: $state.snapshot(this.draft.current) as Decisions,
			fork: (run) => this.forkOf(run)
		};
	}

	private save() {
		const merged = this.store?.write(this.toSave());
		if (!merged?.changed) return;
		this.takeMerged(merged.runs, merged.activeId);
		if (merged.activeChanged) void this.refresh();
	}

	/** This tab's copy of a run that another tab changed too: it goes on as a new run. */
	private forkOf(run: Run): Run {
		const fork = this.newRun(run.record.seed, fill(MESSAGES.parallelRun, { run: run.name }));
		return { ...fork, record: structuredClone(run.record) };
	}

	private takeMerged(runs: Run[], activeId: string) {
		this.runs = runs;
		this.activeId = activeId;
	}

	/** Another tab saved this scenario's game: its runs join these, none is lost. */
	private async fromOtherTab() {
		const merged = this.store?.merge(this.toSave());
		if (!merged?.changed) return;
		this.takeMerged(merged.runs, merged.activeId);
		if (merged.activeChanged) {
			this.lesson = null;
			await this.refresh();
		}
	}

	/** Recomputes the active run (and the preview of the draft) in the worker. */
	private async refresh(options: { progress?: boolean; previewOnly?: boolean } = {}) {
		const previewOnly = Boolean(options.previewOnly && this.view && !this.finished);
		const request = {
			previewOnly,
			scenario: $state.snapshot(this.scenario) as Scenario,
			record: $state.snapshot(this.active.record) as GameRecord,
			preview: this.finished
				? undefined
				: {
						decisions: $state.snapshot(this.draft.current) as Decisions,
						quarters: PREVIEW_QUARTERS
					}
		};
		await this.engine.load(request, options.progress);
	}

	private previewLatest = latestOnly(() => this.refresh({ previewOnly: true }));

	/** Asks for a new preview; while one is computing, only the latest wish is kept. */
	preview() {
		this.save();
		return this.previewLatest();
	}

	/** Replaces the decisions being edited (the class vote's winner); invalid ones are refused. */
	setDraft(decisions: Decisions): boolean {
		if (!this.valid(decisions)) return false;
		this.draft.current = structuredClone(decisions);
		void this.preview();
		return true;
	}

	/** Whether `decisions` can be played; if not, the notice says why. */
	private valid(decisions: Decisions): boolean {
		const problem = checkDecisions(this.scenario, decisions)[0];
		if (problem) this.notice = fill(MESSAGES.invalidDecision, { problem: problem.message });
		return !problem;
	}

	setMode(mode: PlayMode) {
		this.mode = mode;
		this.save();
	}

	/** Plays the draft for one quarter. */
	async runQuarter() {
		if (this.finished || this.busy) return;
		const decisions = $state.snapshot(this.draft.current) as Decisions;
		if (!this.valid(decisions)) return;
		this.active.record.decisions.push(decisions);
		this.lesson = arrivingAt(this.mode, this.quarter) ?? null;
		this.save();
		await this.refresh();
	}

	async undo() {
		if (!this.quarter || this.busy) return;
		const last = this.active.record.decisions.pop()!;
		this.draft.current = last;
		this.lesson = null;
		this.save();
		await this.refresh();
	}

	/** Starts the active run again, with the same seed or a new one. */
	async restart(newSeed: boolean) {
		const run = this.active;
		run.record = {
			scenario: this.scenario.id,
			seed: newSeed ? randomSeed() : run.record.seed,
			decisions: []
		};
		this.draft.reset();
		this.lesson = null;
		this.save();
		await this.refresh();
	}

	/** Plays every remaining quarter with the current draft. */
	async autoplay() {
		if (this.finished || this.busy) return;
		const decisions = $state.snapshot(this.draft.current) as Decisions;
		while (this.active.record.decisions.length < this.scenario.quarters)
			this.active.record.decisions.push(structuredClone(decisions));
		this.save();
		await this.refresh({ progress: true });
	}

	/** A new run that keeps the first `quarter` quarters of the active one; the original stays. */
	async branch(quarter: number) {
		const from = this.active;
		this.startRun(
			from.record.seed,
			fill(MESSAGES.branchRun, { quarter, run: from.name }),
			structuredClone($state.snapshot(from.record.decisions.slice(0, quarter)))
		);
		this.save();
		await this.refresh();
	}

	async switchTo(id: string) {
		if (!this.runs.some((r) => r.id === id)) return;
		this.activeId = id;
		this.save();
		await this.refresh();
	}

	/** Computes another run's view (for comparisons) without touching the active one. */
	compute(record: GameRecord): Promise<GameView> {
		return this.engine.compute({ scenario: $state.snapshot(this.scenario) as Scenario, record });
	}

	/** The balanced policy's record over the same quarters and seed (for comparisons). */
	balancedRecord(quarters = this.quarter): GameRecord {
		return balancedRecordFor(this.scenario, this.active.record.seed, quarters);
	}

	shareLink(origin: string): string {
		const code = encodeShareCode($state.snapshot(this.active.record) as GameRecord, this.scenario);
		return `${origin}${scenarioHref(this.scenario.id)}?van=${code}`;
	}

	/** Stops the engine's worker: the page calls it when it leaves or changes scenario. */
	dispose() {
		this.store?.unwatch();
		this.engine.dispose();
	}
}
