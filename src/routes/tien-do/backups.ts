/** A copy of unreadable saved data, as the backups list shows it. */
export type Backup = { key: string; what: string; when: string; file: string };

/** What the data under each kind of key is, in words. */
const KINDS: [prefix: string, what: string][] = [
	['crm-lab:progress', 'Tiến độ học'],
	['crm-lab:exam', 'Bài thi thử'],
	['crm-lab:sim', 'Ván mô phỏng']
];

const BACKUP = /^(.+):backup:(\d+)$/;

/** The backup keys among `keys` (named `<key>:backup:<epoch ms>`), newest first. */
export function backupsIn(keys: readonly string[], timeZone?: string): Backup[] {
	const when = new Intl.DateTimeFormat('vi-VN', {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone
	});
	return keys
		.map((key) => ({ key, match: BACKUP.exec(key) }))
		.filter((k): k is { key: string; match: RegExpExecArray } => k.match !== null)
		.map(({ key, match }) => {
			const at = Number(match[2]);
			return {
				key,
				at,
				what: KINDS.find(([prefix]) => match[1]!.startsWith(prefix))?.[1] ?? match[1]!,
				when: when.format(at),
				file: `${match[1]!.replaceAll(':', '-')}-sao-luu-${at}.json`
			};
		})
		.sort((a, b) => b.at - a.at)
		.map(({ at: _, ...backup }) => backup);
}

/** Offers `text` to the learner as a file download. */
export function downloadText(text: string, name: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
