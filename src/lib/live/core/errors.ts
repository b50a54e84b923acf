/** Why the server refused something, as a stable code (for tests and logs). */
export type LiveErrorCode =
	| 'bad-message'
	| 'no-room'
	| 'bad-code'
	| 'not-host'
	| 'bad-seat'
	| 'room-full'
	| 'room-ended'
	| 'nickname-invalid'
	| 'nickname-taken'
	| 'kicked'
	| 'not-open'
	| 'bad-answer'
	| 'bad-command'
	| 'no-questions'
	| 'no-scenario'
	| 'bad-moves'
	| 'rate-limited'
	| 'locked';

/** A refusal with the sentence the page shows (Vietnamese, as is). */
export class LiveError extends Error {
	constructor(
		readonly code: LiveErrorCode,
		message: string
	) {
		super(message);
		this.name = 'LiveError';
	}
}
