import { createServer } from 'node:net';

/**
 * Fails, naming the port, when another program listens on it: a server the test starts there
 * would not start, and the test would talk to that other program instead.
 */
export function assertPortFree(port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', () =>
			reject(new Error(`port ${port} on 127.0.0.1 is taken by another program: stop it first`))
		);
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
	});
}
