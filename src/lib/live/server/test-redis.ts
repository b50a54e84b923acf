import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What the Redis tests say when the machine has no Redis server. */
export const NO_REDIS =
	"redis-server was not found: install Debian's redis-server package " +
	'(apt-get install -y redis-server; .ci/run does it). The Redis tests start their own server.';

/** A free TCP port on 127.0.0.1 (the OS picks it; it is free again once this returns). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * Starts a throwaway redis-server for tests and benchmarks: loopback only, a free port, a
 * temporary folder, nothing written to disk. `stop()` ends it and removes the folder.
 */
export async function startRedis() {
	const binary = process.env.REDIS_SERVER || 'redis-server';
	if (spawnSync(binary, ['--version']).error) throw new Error(NO_REDIS);
	const dir = mkdtempSync(path.join(tmpdir(), 'crm-lab-redis-'));
	for (let attempt = 0; ; attempt++) {
		const port = await freePort();
		const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly'];
		const server = spawn(binary, [...args, 'no', '--dir', dir], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		const ready = await new Promise<boolean>((resolve) => {
			let out = '';
			server.stdout.on('data', (chunk: Buffer) => {
				out += chunk.toString();
				if (out.includes('Ready to accept connections')) resolve(true);
			});
			server.once('exit', () => resolve(false));
		});
		if (!ready) {
			// Another program took the port between the probe and the start: try another.
			if (attempt < 3) continue;
			rmSync(dir, { recursive: true, force: true });
			throw new Error('redis-server did not start');
		}
		server.stdout.resume();
		const stop = () =>
			new Promise<void>((resolve) => {
				const done = () => {
					rmSync(dir, { recursive: true, force: true });
					resolve();
				};
				if (server.exitCode !== null) return done();
				server.once('exit', done);
				server.kill('SIGTERM');
			});
		return { url: `redis://127.0.0.1:${port}`, port, stop };
	}
}
