import { LiveError } from './errors';
import { gameEvent, type GameState } from './game-room';
import { nicknameKey, normaliseNickname } from './nickname';
import { activePlayers, findAnswer, scores } from './players';
import { gradeChoices, MAX_QUESTIONS, validChoices, type LiveQuestion } from './questions';

/** At most this many players in a room: a lecture hall, not a bot flood. */
export const MAX_PLAYERS = 300;
export const SECONDS = { min: 10, max: 300, default: 30 } as const;
export { MAX_QUESTIONS, activePlayers, findAnswer, scores };
/** Points for a right answer: a base, plus up to as much again for speed. */
export const POINTS = { right: 500, speed: 500 } as const;

export type Phase = 'lobby' | 'open' | 'paused' | 'closed' | 'revealed' | 'ended';

export type Player = { id: string; nickname: string; joinedAt: number; kicked: boolean };

export type Answer = {
	player: string;
	question: number;
	choices: number[];
	at: number;
	correct: boolean;
	points: number;
};

export type Room = {
	code: string;
	createdAt: number;
	/** Seconds each question stays open. */
	seconds: number;
	questions: LiveQuestion[];
	phase: Phase;
	/** The current question; -1 in the lobby. */
	index: number;
	/** When the open question closes (server clock). */
	deadline: number | null;
	/** Time left on a paused question. */
	remainingMs: number | null;
	players: Player[];
	answers: Answer[];
	/** Set for a class-plays-the-firm session (then `questions` is empty). */
	game?: GameState;
};

export type HostCommand = 'start' | 'pause' | 'resume' | 'close' | 'reveal' | 'next' | 'end';

export type RoomEvent =
	| { type: 'join'; playerId: string; nickname: string }
	| { type: 'answer'; playerId: string; question: number; choices: number[] }
	| { type: 'kick'; playerId: string }
	| { type: 'tick' }
	| { type: 'vote'; playerId: string; quarter: number; option: number }
	| { type: 'moves'; moves: string[] }
	| { type: HostCommand };

export function newRoom(
	code: string,
	questions: LiveQuestion[],
	seconds: number,
	now: number
): Room {
	if (questions.length === 0)
		throw new LiveError('no-questions', 'Chưa chọn câu hỏi nào cho phiên này.');
	return {
		code,
		createdAt: now,
		seconds: Math.min(SECONDS.max, Math.max(SECONDS.min, Math.round(seconds))),
		questions: questions.slice(0, MAX_QUESTIONS),
		phase: 'lobby',
		index: -1,
		deadline: null,
		remainingMs: null,
		players: [],
		answers: []
	};
}

const refuse = (phase: Phase, command: string): never => {
	throw new LiveError('bad-command', `Không thể "${command}" khi phiên đang ở bước "${phase}".`);
};

const open = (room: Room, index: number, now: number): Room => ({
	...room,
	phase: 'open',
	index,
	deadline: now + room.seconds * 1000,
	remainingMs: null
});

const closeAt = (room: Room): Room => ({
	...room,
	phase: 'closed',
	deadline: null,
	remainingMs: null
});

/**
 * The room after one event, at server time `now`; throws a LiveError (with the sentence
 * to show) when the event is not allowed in the room's phase.
 */
export function applyEvent(room: Room, event: RoomEvent, now: number): Room {
	if (room.phase === 'ended' && event.type !== 'tick')
		throw new LiveError('room-ended', 'Phiên này đã kết thúc.');
	const game = room.game ? gameEvent(room, room.game, event, now) : null;
	if (game) return game;
	switch (event.type) {
		case 'join':
			return join(room, event.playerId, event.nickname, now);
		case 'answer':
			return answer(room, event, now);
		case 'kick':
			return {
				...room,
				players: room.players.map((p) => (p.id === event.playerId ? { ...p, kicked: true } : p))
			};
		case 'tick':
			return room.phase === 'open' && room.deadline !== null && now >= room.deadline
				? closeAt(room)
				: room;
		case 'start':
			return room.phase === 'lobby' ? open(room, 0, now) : refuse(room.phase, 'bắt đầu');
		case 'pause':
			if (room.phase !== 'open') return refuse(room.phase, 'tạm dừng');
			return {
				...room,
				phase: 'paused',
				remainingMs: Math.max(0, (room.deadline ?? now) - now),
				deadline: null
			};
		case 'resume':
			if (room.phase !== 'paused') return refuse(room.phase, 'tiếp tục');
			return { ...room, phase: 'open', deadline: now + (room.remainingMs ?? 0), remainingMs: null };
		case 'close':
			return room.phase === 'open' || room.phase === 'paused'
				? closeAt(room)
				: refuse(room.phase, 'đóng câu');
		case 'reveal':
			if (room.phase === 'lobby' || room.phase === 'revealed')
				return refuse(room.phase, 'hiện đáp án');
			return { ...closeAt(room), phase: 'revealed' };
		case 'next':
			// From an open question this is "skip": the question closes unrevealed.
			if (room.phase === 'lobby') return refuse(room.phase, 'sang câu sau');
			return room.index + 1 < room.questions.length
				? open(room, room.index + 1, now)
				: { ...closeAt(room), phase: 'ended' };
		case 'end':
			return { ...closeAt(room), phase: 'ended' };
		case 'vote':
		case 'moves':
			throw new LiveError('bad-command', 'Phiên này là trắc nghiệm, không có bình chọn.');
	}
}

function join(room: Room, playerId: string, input: string, now: number): Room {
	const nickname = normaliseNickname(input);
	if (!nickname) throw new LiveError('nickname-invalid', 'Tên hiển thị cần từ 1 đến 20 ký tự.');
	const key = nicknameKey(nickname);
	const same = room.players.find((p) => nicknameKey(p.nickname) === key);
	if (same?.kicked)
		throw new LiveError('kicked', 'Tên này đã bị mời ra khỏi phiên và không vào lại được.');
	if (same)
		throw new LiveError('nickname-taken', `Đã có người dùng tên "${nickname}". Hãy chọn tên khác.`);
	if (activePlayers(room).length >= MAX_PLAYERS)
		throw new LiveError('room-full', `Phòng đã đủ ${MAX_PLAYERS} người, không nhận thêm.`);
	return {
		...room,
		players: [...room.players, { id: playerId, nickname, joinedAt: now, kicked: false }]
	};
}

function answer(
	room: Room,
	event: { playerId: string; question: number; choices: number[] },
	now: number
): Room {
	const player = room.players.find((p) => p.id === event.playerId);
	if (!player || player.kicked) throw new LiveError('bad-seat', 'Bạn không còn trong phiên này.');
	// The same answer sent twice (a retry after a drop) changes nothing.
	if (findAnswer(room, event.playerId, event.question)) return room;
	if (
		event.question !== room.index ||
		room.phase !== 'open' ||
		room.deadline === null ||
		now >= room.deadline
	)
		throw new LiveError('not-open', 'Câu hỏi này đã đóng, câu trả lời không được tính.');
	const question = room.questions[room.index]!;
	if (!validChoices(question, event.choices))
		throw new LiveError('bad-answer', 'Câu trả lời không hợp lệ.');
	const correct = gradeChoices(question, event.choices);
	const left = Math.max(0, room.deadline - now) / (room.seconds * 1000);
	const points = correct ? POINTS.right + Math.round(POINTS.speed * left) : 0;
	const stored: Answer = {
		player: event.playerId,
		question: event.question,
		choices: [...event.choices].sort((a, b) => a - b),
		at: now,
		correct,
		points
	};
	return { ...room, answers: [...room.answers, stored] };
}

/** Whether every active player has answered the open question (the host may close early). */
export function allAnswered(room: Room): boolean {
	const players = activePlayers(room);
	return (
		players.length > 0 && players.every((p) => findAnswer(room, p.id, room.index) !== undefined)
	);
}
