/**
 * Runs `task` again and again while new wishes arrive, but never twice at once: a wish
 * made while it runs is kept (only the latest), not queued.
 */
export function latestOnly(task: () => Promise<void>): () => Promise<void> {
	let wanted = false;
	let running = false;
	return async () => {
		wanted = true;
		if (running) return;
		running = true;
		try {
			while (wanted) {
				wanted = false;
				await task();
			}
		} finally {
			running = false;
		}
	};
}
