import {
	checkDecisions,
	decodeRecord,
	encodeRecord,
	LEVER_IDS,
	POLICIES,
	type Decisions,
	type GameRecord,
	type LeverId,
	type PhilosophyId,
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
import type { GameView } from '../core/protocol';

/** One line of play: the original game or a branch of it. */
export type Run = { id: string; name: string; record: GameRecord };

type Saved = { version: 1; runs: Run[]; active: string; mode: PlayMode; draft: Decisions };

const PREVIEW_QUARTERS = 4;

/** The starting decisions: the balanced programme, in whole thousands of đồng. */
export function defaultDecisions(scenario: Scenario): Decisions {
	const d = POLICIES.balanced!.decide(scenario, 0);
	for (const l of LEVER_IDS) d.spend[l] = Math.floor(d.spend[l]);
	return d;
}

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
	draft = $state<Decisions>() as Decisions;
	// Replaced whole, never edited in place: raw, so thousands of numbers are not proxied.
	view = $state.raw<GameView | null>(null);
	busy = $state(false);
	progress = $state<{ done: number; total: number } | null>(null);
	/** A message for the learner (a refused link, a storage problem…). */
	notice = $state<string | null>(null);
	/** The lesson of levers that just arrived in guided play. */
	lesson = $state<GuidedStep | null>(null);

	private previewWanted = false;
	private previewRunning = false;

	constructor(
		scenario: Scenario,
		private client: SimClient,
		private storage: Pick<Storage, 'getItem' | 'setItem'> | null
	) {
		this.scenario = scenario;
		this.draft = defaultDecisions(scenario);
		this.startRun(randomSeed(), 'Lượt chơi 1');
	}

	/** Saves to (and restores from) this storage from now on: the browser's localStorage. */
	useStorage(storage: Pick<Storage, 'getItem' | 'setItem'>) {
		this.storage = storage;
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
	get spent() {
		return LEVER_IDS.reduce((sum, l) => sum + this.draft.spend[l], 0);
	}
	get remaining() {
		return this.scenario.budget - this.spent;
	}

	private get key() {
		return `crm-lab:sim:${this.scenario.id}`;
	}

	private startRun(seed: number, name: string, decisions: Decisions[] = []) {
		const run: Run = {
			id: `${Date.now().toString(36)}-${this.runs.length}`,
			name,
			record: { scenario: this.scenario.id, seed, decisions }
		};
		this.runs.push(run);
		this.activeId = run.id;
	}

	/** Loads a shared game from `link`, else the autosaved one, else starts fresh. */
	async init(link: string | null) {
		if (link) {
			const decoded = decodeRecord(link, this.scenario);
			if (decoded.ok) {
				this.runs = [];
				this.startRun(decoded.record.seed, 'Lượt chơi được chia sẻ', decoded.record.decisions);
				this.mode = 'free';
				this.save();
			} else {
				this.notice = `${decoded.message} Bạn có thể chơi một lượt mới; lượt đã lưu của bạn vẫn còn nguyên.`;
				this.restore();
			}
		} else this.restore();
		await this.refresh();
	}

	private restore() {
		const text = this.storage?.getItem(this.key);
		if (!text) return;
		try {
			const saved = JSON.parse(text) as Saved;
			if (saved.version !== 1 || !Array.isArray(saved.runs) || !saved.runs.length)
				throw new Error('format');
			for (const run of saved.runs) {
				if (run.record.scenario !== this.scenario.id) throw new Error('scenario');
				for (const d of run.record.decisions)
					if (checkDecisions(this.scenario, d).length) throw new Error('decisions');
			}
			if (checkDecisions(this.scenario, saved.draft).length) saved.draft = this.draft;
			this.runs = saved.runs;
			this.activeId = saved.runs.some((r) => r.id === saved.active)
				? saved.active
				: saved.runs[0]!.id;
			this.mode = saved.mode === 'free' ? 'free' : 'guided';
			this.draft = saved.draft;
		} catch {
			this.notice = 'Lượt chơi đã lưu không đọc được nên trò chơi bắt đầu lại từ đầu.';
		}
	}

	private save() {
		if (!this.storage) return;
		const saved: Saved = {
			version: 1,
			runs: $state.snapshot(this.runs),
			active: this.activeId,
			mode: this.mode,
			draft: $state.snapshot(this.draft)
		};
		try {
			this.storage.setItem(this.key, JSON.stringify(saved));
		} catch {
			this.notice = 'Trình duyệt không cho lưu lượt chơi; hãy dùng “Chia sẻ” để giữ lại liên kết.';
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
				: { decisions: $state.snapshot(this.draft) as Decisions, quarters: PREVIEW_QUARTERS }
		};
		this.busy = true;
		try {
			const view = await this.client.run(
				request,
				options.progress ? (done, total) => (this.progress = { done, total }) : undefined
			);
			// A preview keeps the rest of the view as it was, so the dashboard does not redraw.
			this.view = previewOnly && this.view ? { ...this.view, preview: view.preview } : view;
		} catch (error) {
			this.notice = `Mô phỏng gặp lỗi: ${(error as Error).message}`;
		} finally {
			this.busy = false;
			this.progress = null;
		}
	}

	/** Asks for a new preview; while one is computing, only the latest wish is kept. */
	async preview() {
		this.save();
		this.previewWanted = true;
		if (this.previewRunning) return;
		this.previewRunning = true;
		while (this.previewWanted) {
			this.previewWanted = false;
			await this.refresh({ previewOnly: true });
		}
		this.previewRunning = false;
	}

	setPhilosophy(philosophy: PhilosophyId) {
		this.draft.philosophy = philosophy;
		void this.preview();
	}

	setPrice(price: number) {
		this.draft.price = Math.round(price * 100) / 100;
		void this.preview();
	}

	/** Sets a lever's spend, never past the budget: the amount is capped at what is left. */
	setSpend(lever: LeverId, amount: number) {
		if (!Number.isFinite(amount)) return;
		const others = this.spent - this.draft.spend[lever];
		this.draft.spend[lever] = Math.max(
			0,
			Math.min(Math.round(amount), this.scenario.budget - others)
		);
		void this.preview();
	}

	toggleTarget(segment: string, on: boolean) {
		const chosen = (id: string) => (id === segment ? on : this.draft.targets.includes(id));
		this.draft.targets = this.scenario.segments.map((s) => s.id).filter(chosen);
		void this.preview();
	}

	/** Replaces the decisions being edited (the class vote's winner); invalid ones are refused. */
	setDraft(decisions: Decisions): boolean {
		const problems = checkDecisions(this.scenario, decisions);
		if (problems.length) {
			this.notice = `Quyết định chưa hợp lệ: ${problems[0]!.message}`;
			return false;
		}
		this.draft = structuredClone(decisions);
		void this.preview();
		return true;
	}

	setMode(mode: PlayMode) {
		this.mode = mode;
		this.save();
	}

	/** Plays the draft for one quarter. */
	async runQuarter() {
		if (this.finished || this.busy) return;
		const decisions = $state.snapshot(this.draft) as Decisions;
		const problems = checkDecisions(this.scenario, decisions);
		if (problems.length) {
			this.notice = `Quyết định chưa hợp lệ: ${problems[0]!.message}`;
			return;
		}
		this.active.record.decisions.push(decisions);
		this.lesson = arrivingAt(this.mode, this.quarter) ?? null;
		this.save();
		await this.refresh();
	}

	async undo() {
		if (!this.quarter || this.busy) return;
		const last = this.active.record.decisions.pop()!;
		this.draft = last;
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
		this.draft = defaultDecisions(this.scenario);
		this.lesson = null;
		this.save();
		await this.refresh();
	}

	/** Plays every remaining quarter with the current draft. */
	async autoplay() {
		if (this.finished || this.busy) return;
		const decisions = $state.snapshot(this.draft) as Decisions;
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
			`Nhánh từ quý ${quarter} của “${from.name}”`,
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
		return this.client.run({ scenario: $state.snapshot(this.scenario) as Scenario, record });
	}

	/** The balanced policy's record over the same quarters and seed (for comparisons). */
	balancedRecord(quarters = this.quarter): GameRecord {
		return {
			scenario: this.scenario.id,
			seed: this.active.record.seed,
			decisions: Array.from({ length: quarters }, (_, q) =>
				POLICIES.balanced!.decide(this.scenario, q)
			)
		};
	}

	shareLink(origin: string): string {
		const code = encodeRecord($state.snapshot(this.active.record) as GameRecord, this.scenario);
		return `${origin}/mo-phong/${this.scenario.id}?van=${code}`;
	}
}
