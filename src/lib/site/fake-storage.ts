/**
 * A Storage for tests, in memory: `quota` is the most characters it holds (keys and values),
 * past which setItem throws QuotaExceededError as a browser does.
 */
export function fakeStorage(quota = Infinity): Storage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
	return {
		data,
		get length() {
			return data.size;
		},
		key: (i) => [...data.keys()][i] ?? null,
		getItem: (k) => data.get(k) ?? null,
		setItem(k, v) {
			const after =
				used() - (data.has(k) ? k.length + data.get(k)!.length : 0) + k.length + v.length;
			if (after > quota)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			data.set(k, String(v));
		},
		removeItem: (k) => void data.delete(k),
		clear: () => data.clear()
	};
}

/** What a browser set to block site data does: the localStorage getter itself throws. */
export function blockedStorage(): never {
	throw new DOMException('Access is denied for this document.', 'SecurityError');
}
