import { describe, expect, it } from 'vitest';
import { parseClientMessage } from './messages';

const token = 'abcdefghijklmnopqrstuv';

describe('parseClientMessage', () => {
	it.each([
		[{ type: 'join', code: 'CDEFH9', nickname: 'Lan' }, true],
		[{ type: 'rejoin', code: 'CDEFH9', playerId: token, seatToken: token }, true],
		[{ type: 'answer', question: 0, choices: [1] }, true],
		[{ type: 'host.create', questionIds: ['tong-quan-crm-001'], seconds: 30 }, true],
		[{ type: 'host.command', command: 'reveal' }, true],
		[{ type: 'host.command', command: 'drop-table' }, false],
		[{ type: 'answer', question: 0, choices: [] }, false],
		[{ type: 'answer', question: 0.5, choices: [1] }, false],
		[{ type: 'join', code: 'CDEFH9', nickname: 'x'.repeat(101) }, false],
		[{ type: 'join', code: 'CDEFH9', nickname: 'Lan', admin: true }, false],
		[{ type: 'rejoin', code: 'CDEFH9', playerId: 'short', seatToken: token }, false],
		[{ type: 'host.create', questionIds: ['../etc'], seconds: 30 }, false],
		[{ type: 'host.game', scenario: 'bank', quarters: 4, seconds: 60, seed: 1 }, true],
		[{ type: 'host.game', scenario: 'bank', quarters: 21, seconds: 60, seed: 1 }, false],
		[{ type: 'host.moves', moves: ['giam-gia', 'don-serviceQuality'] }, true],
		[{ type: 'host.moves', moves: ['giam-gia'] }, false],
		[{ type: 'vote', quarter: 0, option: 3 }, true],
		[{ type: 'vote', quarter: 0, option: 4 }, false],
		[{ type: 'nope' }, false]
	])('%j → %s', (message, ok) => {
		expect(parseClientMessage(JSON.stringify(message)) !== null).toBe(ok);
	});

	it('refuses text that is not JSON', () => {
		expect(parseClientMessage('{"type":')).toBeNull();
	});
});
