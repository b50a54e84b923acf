import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './sqlite-migrate';

const MIGRATIONS = ['CREATE TABLE a (x)', 'CREATE TABLE b (y)', 'ALTER TABLE a ADD COLUMN z'];
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'crm-lab-migrate-'));
	dirs.push(dir);
	return path.join(dir, 'db.sqlite');
};

describe('migrate', () => {
	it('runs each step once, however many connections open the file', () => {
		const file = fresh();
		const [a, b] = [new Database(file), new Database(file)];
		migrate(a, MIGRATIONS.slice(0, 2));
		migrate(b, MIGRATIONS);
		migrate(a, MIGRATIONS);
		expect(a.pragma('user_version', { simple: true })).toBe(3);
		expect(
			b
				.prepare('SELECT * FROM a')
				.columns()
				.map((c) => c.name)
		).toEqual(['x', 'z']);
		a.close();
		b.close();
	});

	it('lets server processes that open one new file at the same moment all start', async () => {
		const file = fresh();
		// four processes that run this very module on one new file at the same moment
		const module = JSON.stringify(path.resolve('src/lib/live/server/sqlite-migrate.ts'));
		const script = `import Database from 'better-sqlite3';
			import { migrate } from ${module};
			const db = new Database(process.argv[1]);
			db.pragma('journal_mode = WAL');
			migrate(db, ${JSON.stringify(MIGRATIONS)});`;
		const node = ['--import', 'tsx', '--input-type=module', '-e', script, file];
		const codes = await Promise.all(
			Array.from(
				{ length: 4 },
				() =>
					new Promise<number | null>((resolve) =>
						spawn(process.execPath, node, { stdio: 'inherit' }).on('exit', resolve)
					)
			)
		);
		expect(codes).toEqual([0, 0, 0, 0]);
		const db = new Database(file);
		expect(db.pragma('user_version', { simple: true })).toBe(3);
		db.close();
	});
});
