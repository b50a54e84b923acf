import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect } from '@playwright/test';

/**
 * Fails, naming the port, when another program listens on it: a server the test starts there
 * would not start, and the test would talk to that other program instead.
 */
function assertPortFree(port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', () =>
			reject(new Error(`port ${port} on 127.0.0.1 is taken by another program: stop it first`))
		);
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
	});
}

/**
 * Starts `npm start`'s server on the existing build, on 127.0.0.1:`port` with its own data
 * folder (and `env`, e.g. REDIS_URL); resolves once `readyPath` answers 200. A server that
 * never answers is killed, so it cannot hold the port for the next run.
 */
export async function startServer(
	port: number,
	dataDir: string,
	{ readyPath = '/vao', env = {} }: { readyPath?: string; env?: Record<string, string> } = {}
): Promise<ChildProcess> {
	await assertPortFree(port);
	const server = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			...env,
			PORT: String(port),
			HOST: '127.0.0.1',
			LIVE_DATA_DIR: dataDir,
			CRM_LAB_BUILD_IS_FRESH: '1'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		await expect
			.poll(
				() =>
					fetch(`http://127.0.0.1:${port}${readyPath}`).then(
						(r) => r.status,
						() => 0
					),
				{ timeout: 30_000 }
			)
			.toBe(200);
	} catch (error) {
		server.kill('SIGKILL');
		throw error;
	}
	return server;
}

/** Stops a server started by startServer and waits until it has exited. */
export function stopServer(server: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') {
	return new Promise<void>((resolve) => {
		if (server.exitCode !== null) return resolve();
		server.once('exit', () => resolve());
		server.kill(signal);
	});
}
