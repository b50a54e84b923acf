import type { RoomChange } from './room-store';

/**
 * What one server process tells the others about a room: a change it committed (at `seq`
 * in the room's history), which players are connected to it, or a request that every
 * process say which players it holds (`hello`, sent when it starts serving a room).
 */
export type FanoutMessage = { from: string } & (
	{ seq: number; change: RoomChange } | { presence: string[] } | { hello: true }
);

/**
 * How the processes serving one room hear from each other. A change reaches the others
 * with its commit (in Redis the same script writes and publishes it, so every process gets
 * the changes in the order they were written); presence goes through `publish`.
 */
export interface Fanout {
	/** This process's id in the messages it sends. */
	readonly self: string;
	/** Whether other processes may serve the same rooms (else presence is not worth saying). */
	readonly shared: boolean;
	/** Starts taking a room's messages; resolves once they flow. */
	watch(code: string): void | Promise<void>;
	unwatch(code: string): void | Promise<void>;
	publish(code: string, message: FanoutMessage): void;
	/** Called for every message of a watched room, this process's own included. */
	listen(listener: (code: string, message: FanoutMessage) => void): void;
	close(): void | Promise<void>;
}

/** One process alone (the SQLite mode): nobody to tell. */
export const soloFanout = (): Fanout => ({
	self: 'solo',
	shared: false,
	watch() {},
	unwatch() {},
	publish() {},
	listen() {},
	close() {}
});
