import type { TournamentClientMessage, TournamentServerMessage } from '../core/tournament-protocol';
import { TestClient } from './test-client';

type Of<T extends TournamentServerMessage['type']> = Extract<TournamentServerMessage, { type: T }>;

/** A tournament client for tests and the benchmark (the live quiz's TestClient, retyped). */
export class TournamentTestClient {
	readonly inner: TestClient;

	constructor(url: string, origin?: string | null, localAddress?: string) {
		this.inner = new TestClient(url, origin, localAddress);
	}

	open() {
		return this.inner.open();
	}

	send(message: TournamentClientMessage | Record<string, unknown>) {
		this.inner.send(message as Record<string, unknown>);
	}

	/** The next message of type `type` that passes `accept` (none is missed between waits). */
	next<T extends TournamentServerMessage['type']>(
		type: T,
		accept: (m: Of<T>) => boolean = () => true
	): Promise<Of<T>> {
		return this.inner.next(type as never, accept as never) as unknown as Promise<Of<T>>;
	}

	close() {
		this.inner.close();
	}
}
