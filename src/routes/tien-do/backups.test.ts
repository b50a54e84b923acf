import { describe, expect, it } from 'vitest';
import { backupsIn } from './backups';

describe('backupsIn', () => {
	it('lists backup keys only, newest first, saying what each holds', () => {
		const t = Date.UTC(2026, 10, 23, 2, 5);
		const keys = [
			'crm-lab:progress',
			`crm-lab:progress:backup:${t}`,
			`crm-lab:sim:airline:backup:${t + 60_000}`,
			'crm-lab:theme'
		];
		expect(backupsIn(keys, 'Asia/Ho_Chi_Minh')).toEqual([
			{
				key: `crm-lab:sim:airline:backup:${t + 60_000}`,
				what: 'Ván mô phỏng',
				when: '09:06 23/11/2026',
				file: `crm-lab-sim-airline-sao-luu-${t + 60_000}.json`
			},
			{
				key: `crm-lab:progress:backup:${t}`,
				what: 'Tiến độ học',
				when: '09:05 23/11/2026',
				file: `crm-lab-progress-sao-luu-${t}.json`
			}
		]);
	});
});
