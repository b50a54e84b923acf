import type { JoinLimits, MessageBudget } from '../core/limits';
import type { LiveQuestion } from '../core/questions';
import type { Fanout } from './fanout';
import type { Guard } from './guard';
import type { BookRoom } from './room-book';
import type { RoomStore } from './room-store';

/** What the hub needs of a connection (a `ws` WebSocket has it). */
export type Socket = {
	send(data: string): void;
	close(code?: number, reason?: string): void;
};

export type Client = {
	socket: Socket;
	address: string;
	budget: MessageBudget;
	code: string | null;
	/** Set when the client is the room's host; else the player it holds a seat for. */
	host: boolean;
	playerId: string | null;
	/** The client's messages are handled one after another, in the order sent. */
	queue: Promise<void>;
};

export type LiveRoom = BookRoom & {
	hosts: Set<Client>;
	/** The seats held through this process's connections. */
	players: Map<string, Set<Client>>;
	timer: ReturnType<typeof setTimeout> | null;
	hostUpdate: ReturnType<typeof setTimeout> | null;
};

export type HubOptions = {
	store: RoomStore;
	/** How the other processes serving the same rooms hear of changes (Redis); none alone. */
	fanout?: Fanout;
	/** The live questions for these ids, in that order; null when one is unknown. */
	questions: (ids: readonly string[]) => LiveQuestion[] | null;
	/** The origin to put in the QR code (a LAN address), or null for the page's own. */
	joinOrigin?: () => string | null;
	limits?: JoinLimits;
	/** The join limits kept elsewhere (Redis), shared by the processes; else in memory. */
	guard?: Guard;
	now?: () => number;
};
