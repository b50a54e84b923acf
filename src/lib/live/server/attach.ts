import type { Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import { joinOrigin } from '../core/lan';
import { LIVE_PATH } from '../core/protocol';
import type { LiveQuestion } from '../core/questions';
import type { Fanout } from './fanout';
import type { Guard } from './guard';
import { LiveHub } from './hub';
import { connectRedis } from './redis-fanout';
import type { RoomStore } from './room-store';
import { serveSocket } from './socket';
import { LiveStore } from './store';

export type AttachOptions = {
	/** The SQLite file (`data/live.sqlite` by default in the callers). */
	file: string;
	/** With a Redis URL the rooms are kept there instead, shared with other processes. */
	redisUrl?: string | undefined;
	questions: (ids: readonly string[]) => LiveQuestion[] | null;
};

function storage(options: AttachOptions): { store: RoomStore; fanout?: Fanout; guard?: Guard } {
	return options.redisUrl ? connectRedis(options.redisUrl) : { store: new LiveStore(options.file) };
}

/**
 * Serves the live classroom's WebSocket at /live on an existing HTTP server (the site's
 * production server, or Vite's in development).
 */
export function attachLive(server: Server, options: AttachOptions) {
	const { store, fanout, guard } = storage(options);
	const hub = new LiveHub({
		store,
		...(fanout && guard ? { fanout, guard } : {}),
		questions: options.questions,
		joinOrigin: () => {
			const address = server.address() as AddressInfo | null;
			return address ? joinOrigin(address, networkInterfaces()) : null;
		}
	});
	const socket = serveSocket(server, LIVE_PATH, hub);

	let closed: Promise<void> | null = null;
	/** Drops the connections and closes the store; resolves once Redis, if used, is let go. */
	const close = () => {
		closed ??= (async () => {
			hub.stop();
			socket.stop();
			await store.close();
			await fanout?.close();
		})();
		return closed;
	};
	server.once('close', close);
	return { hub, store, close };
}
