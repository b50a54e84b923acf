import { emptyProgress, mergeProgress, readProgress, type Progress } from '../core/progress';
import { siteStorage, type SafeStorage, type WriteResult } from '$lib/site/storage';

export const PROGRESS_KEY = 'crm-lab:progress';

/** Where a copy of unreadable data goes: beside its key, stamped with the time. */
export const backupKeyFor = (key: string, now: number) => `${key}:backup:${now}`;

/** The largest progress file an import reads; a real one is a few hundred kilobytes. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Why a file of `bytes` is refused before it is read, or null when its size is fine. */
export function importSizeProblem(bytes: number): string | null {
	if (bytes <= MAX_IMPORT_BYTES) return null;
	const size = (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
	return `Tệp quá lớn (${size} MB): tệp tiến độ không quá ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Hãy chọn tệp đã xuất từ trang Tiến độ.`;
}

/** `kept`: the change is in this tab (and in memory while storage is blocked), not stored. */
export type SaveResult = { ok: true } | { ok: false; message: string; kept?: boolean };

const NOT_SAVED: Record<'blocked' | 'full', string> = {
	blocked:
		'Trình duyệt đang chặn lưu trữ nên câu trả lời chỉ được giữ trong trang này, đến khi đóng trang. Hãy xuất tiến độ ra tệp ở trang Tiến độ để giữ lại.',
	full: 'Bộ nhớ của trình duyệt đã đầy nên tiến độ chưa được lưu. Hãy xuất tiến độ ra tệp, rồi giải phóng bộ nhớ.'
};

/**
 * Keeps the learner's progress in browser storage. Every save re-reads what is stored
 * and merges it first, so two open tabs add to each other instead of overwriting; the
 * record is written in one call, so a crash cannot leave half of it. Unreadable data (and
 * what a migration cannot carry forward) is copied under a backup key and reported, never
 * silently dropped; when there is no room for the copy, the data is held: nothing is
 * written over it until the learner exports it or clears it.
 */
export class ProgressStore {
	progress: Progress;
	/** What the learner should be told about the saved data, if anything. */
	notice: string | null = null;
	/** The key unreadable saved data was last copied to, if that happened. */
	backupKey: string | null = null;
	/** Why saves are refused: data from a newer version, or stored data with no copy yet. */
	#held: 'newer' | 'unsaved' | null = null;

	constructor(
		private storage: SafeStorage = siteStorage,
		private now: () => number = Date.now,
		private key = PROGRESS_KEY
	) {
		this.progress = this.#readStored() ?? emptyProgress(now());
	}

	/**
	 * The stored progress, or null when there is none to build on. Whenever it is found (on
	 * load, before a save, after another tab wrote), data that cannot be used is dealt with
	 * first: newer data makes the store read-only; unreadable data is set aside.
	 */
	#readStored(): Progress | null {
		const text = this.storage.read(this.key);
		if (text === null) return emptyProgress(this.now());
		const result = readProgress(text);
		if (result.ok && !result.lost) return result.progress;
		if (!result.ok && result.problem.kind === 'newer') {
			this.#held = 'newer';
			this.notice = result.problem.message;
			return null;
		}
		const what = result.ok
			? `Khi chuyển tiến độ đã lưu sang định dạng mới, ${result.lost}.`
			: `Dữ liệu tiến độ đã lưu không đọc được (${result.problem.message})`;
		this.#setAside(text, what, result.ok ? result.progress : null);
		return result.ok ? result.progress : null;
	}

	/** Copies `text` to a backup key, then replaces or removes the original; or holds it. */
	#setAside(text: string, what: string, migrated: Progress | null) {
		const backup = backupKeyFor(this.key, this.now());
		const copied = this.storage.write(backup, text);
		if (!copied.ok) {
			const why =
				copied.reason === 'full' ? 'Bộ nhớ của trình duyệt đã đầy' : 'Trình duyệt không cho ghi';
			this.#held = 'unsaved';
			this.notice = `${what} ${why} nên không sao lưu được: dữ liệu cũ vẫn để nguyên và trang sẽ không ghi đè lên nó cho đến khi bạn tải nó xuống (trang Tiến độ, mục Bản sao lưu) hoặc xóa tiến độ.`;
			return;
		}
		if (migrated) this.storage.write(this.key, JSON.stringify(migrated));
		else this.storage.remove(this.key);
		this.backupKey = backup;
		this.notice = `${what} Bản gốc được giữ lại dưới khóa “${backup}”; tải nó xuống ở trang Tiến độ, mục Bản sao lưu.`;
	}

	/** True when saves are refused (newer data, or unreadable data not copied yet). */
	get readOnly(): boolean {
		return this.#held !== null;
	}

	/** True when unreadable data sits in storage with no copy: the learner should take it. */
	get holdsUnsaved(): boolean {
		return this.#held === 'unsaved';
	}

	/** The held data's text, for the learner to download. */
	heldText(): string | null {
		return this.#held === 'unsaved' ? this.storage.read(this.key) : null;
	}

	/** After the learner downloaded the held data: it may go, and saving resumes. */
	releaseHeld(): void {
		if (this.#held !== 'unsaved') return;
		this.storage.remove(this.key);
		this.#held = null;
		this.notice = null;
	}

	#refusal(): string {
		return this.#held === 'newer'
			? 'Không lưu: dữ liệu đã lưu thuộc một phiên bản mới hơn.'
			: 'Không lưu: dữ liệu cũ chưa được sao lưu. Hãy tải nó xuống ở trang Tiến độ, mục Bản sao lưu.';
	}

	/** Applies `update` to the freshest progress (this tab's merged with storage) and saves. */
	save(update: (p: Progress) => Progress = (p) => p): SaveResult {
		if (this.#held) return { ok: false, message: this.#refusal() };
		const stored = this.#readStored();
		if (this.#held) return { ok: false, message: this.#refusal() };
		const base = stored ? mergeProgress(stored, this.progress) : this.progress;
		const next = { ...update(base), updatedAt: this.now() };
		// Kept in this tab either way, so nothing is lost while the page is open.
		this.progress = next;
		const written: WriteResult = this.storage.write(this.key, JSON.stringify(next));
		return written.ok
			? { ok: true }
			: { ok: false, message: NOT_SAVED[written.reason], kept: written.reason === 'blocked' };
	}

	/** Picks up what another tab saved. */
	reload(): void {
		const stored = this.#held ? null : this.#readStored();
		if (stored) this.progress = mergeProgress(stored, this.progress);
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
		if (!saved.ok && !saved.kept) this.progress = before;
		return saved;
	}

	/** Forgets all progress, held unreadable data included (the page asks first). */
	reset(): SaveResult {
		if (this.#held === 'newer')
			return { ok: false, message: 'Không xóa: dữ liệu đã lưu thuộc một phiên bản mới hơn.' };
		this.storage.remove(this.key);
		this.#held = null;
		this.notice = null;
		this.progress = emptyProgress(this.now());
		return { ok: true };
	}
}
