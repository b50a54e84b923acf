import type Database from 'better-sqlite3';

/**
 * Brings a SQLite file up to the last of `migrations` (each moves `PRAGMA user_version` one
 * up). Several server processes may open one new file at the same moment (REDIS_URL on one
 * machine, one data folder): each step reads the version inside a write transaction
 * (BEGIN IMMEDIATE), so a step runs once, in whichever process gets there first.
 */
export function migrate(db: Database.Database, migrations: readonly string[]): void {
	const step = db.transaction(() => {
		const version = db.pragma('user_version', { simple: true }) as number;
		if (version >= migrations.length) return false;
		db.exec(migrations[version]!);
		db.pragma(`user_version = ${version + 1}`);
		return true;
	});
	while (step.immediate());
}
