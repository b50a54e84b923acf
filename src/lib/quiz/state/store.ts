import {
	emptyProgress,
	mergeProgress,
	readProgress,
	type Progress,
	type ReadProblem
} from '../core/progress';

/** The part of the Web Storage API the store needs (localStorage, or a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const PROGRESS_KEY = 'crm-lab:progress';

export type SaveResult = { ok: true } | { ok: false; message: string };

/**
 * Keeps the learner's progress in browser storage. Every save re-reads what is stored
 * and merges it first, so two open tabs add to each other instead of overwriting; the
 * record is written in one setItem call, so a crash cannot leave half of it. Unreadable
 * data is set aside under a backup key and reported, never silently dropped.
 */
export class ProgressStore {
	progress: Progress;
	/** What the learner should be told about the saved data, if anything. */
	notice: string | null = null;
	/** True when the saved data comes from a newer version: it is never overwritten. */
	readonly readOnly: boolean;

	constructor(
		private storage: KeyValueStorage,
		private now: () => number = Date.now,
		private key = PROGRESS_KEY
	) {
		const { progress, problem } = this.read();
		this.progress = progress;
		this.readOnly = problem?.kind === 'newer';
		if (problem?.kind === 'newer') this.notice = problem.message;
		else if (problem) {
			const backup = `${key}:backup:${this.now()}`;
			const raw = this.storage.getItem(key) ?? '';
			try {
				this.storage.setItem(backup, raw);
				this.storage.removeItem(key);
				this.notice = `Dữ liệu tiến độ đã lưu không đọc được (${problem.message}) Bản cũ được giữ lại dưới khóa “${backup}”; bắt đầu lại từ đầu.`;
			} catch {
				this.notice = `Dữ liệu tiến độ đã lưu không đọc được (${problem.message}) và không sao lưu được; dữ liệu cũ vẫn để nguyên.`;
			}
		}
	}

	private read(): { progress: Progress; problem?: ReadProblem } {
		let text: string | null;
		try {
			text = this.storage.getItem(this.key);
		} catch {
			return { progress: emptyProgress(this.now()) };
		}
		if (text === null) return { progress: emptyProgress(this.now()) };
		const result = readProgress(text);
		return result.ok
			? { progress: result.progress }
			: { progress: emptyProgress(this.now()), problem: result.problem };
	}

	/** Applies `update` to the freshest progress (this tab's merged with storage) and saves. */
	save(update: (p: Progress) => Progress = (p) => p): SaveResult {
		if (this.readOnly)
			return { ok: false, message: 'Không lưu: dữ liệu đã lưu thuộc một phiên bản mới hơn.' };
		const stored = this.read();
		const base = stored.problem ? this.progress : mergeProgress(stored.progress, this.progress);
		const next = { ...update(base), updatedAt: this.now() };
		try {
			this.storage.setItem(this.key, JSON.stringify(next));
		} catch (error) {
			const full = error instanceof DOMException && /quota/i.test(error.name);
			this.progress = next; // kept in this tab, so nothing is lost while the page is open
			return {
				ok: false,
				message: full
					? 'Bộ nhớ của trình duyệt đã đầy nên tiến độ chưa được lưu. Hãy xuất tiến độ ra tệp, rồi giải phóng bộ nhớ.'
					: 'Trình duyệt không cho lưu tiến độ (có thể do chế độ riêng tư). Hãy xuất tiến độ ra tệp để giữ lại.'
			};
		}
		this.progress = next;
		return { ok: true };
	}

	/** Picks up what another tab saved. */
	reload(): void {
		const stored = this.read();
		if (!stored.problem) this.progress = mergeProgress(stored.progress, this.progress);
	}

	exportText(): string {
		return JSON.stringify(this.progress, null, '\t');
	}

	/**
	 * Adds an exported file's progress to this one. A file that cannot be used is refused
	 * with a message naming the problem, and nothing changes.
	 */
	importText(text: string): SaveResult {
		const result = readProgress(text);
		if (!result.ok) return { ok: false, message: result.problem.message };
		const before = this.progress;
		const saved = this.save((p) => mergeProgress(p, result.progress));
		if (!saved.ok) this.progress = before;
		return saved;
	}

	/** Forgets all progress (the page asks for confirmation first). */
	reset(): SaveResult {
		if (this.readOnly)
			return { ok: false, message: 'Không xóa: dữ liệu đã lưu thuộc một phiên bản mới hơn.' };
		try {
			this.storage.removeItem(this.key);
		} catch {
			return { ok: false, message: 'Trình duyệt không cho xóa dữ liệu.' };
		}
		this.progress = emptyProgress(this.now());
		return { ok: true };
	}
}
