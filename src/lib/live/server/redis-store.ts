import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { nicknameKey } from '../core/nickname';
import type { LiveQuestion } from '../core/questions';
import { MAX_PLAYERS, type Answer, type Player, type Room } from '../core/room';
import {
	KEEP_MS,
	type Commit,
	type RoomChange,
	type RoomFields,
	type RoomStore,
	type StoredRoom
} from './room-store';

/**
 * A room's keys share the hash tag `{code}`, so its scripts also run on a Redis Cluster:
 * - `room`: a hash of the fixed fields, `state` (the RoomFields as JSON), `phase`, the
 *   host token's hash, `seq`, `pv`, `active` (players not kicked) and `expireAt`;
 * - `players`: id → "seq JSON" (nickname, joinedAt, the seat token's hash);
 * - `nicks`: nickname key → id (a nickname taken once, even by a kicked player, stays so);
 * - `answers`: "player:question" → "seq JSON", at most one per player and question;
 * - `kicked`: a set of ids.
 * Every key expires 30 days after the room was created, like the SQLite rows.
 */
const keysOf = (code: string) =>
	['room', 'players', 'nicks', 'answers', 'kicked'].map((k) => `live:{${code}}:${k}`);

/** The pub/sub channel of a room (see redis-fanout.ts). */
export const channelOf = (code: string) => `live:{${code}}`;

// Each script checks, writes, counts the change in `seq`, renews the keys' expiry and
// publishes the change, all at once: Redis runs a script alone, so two processes can never
// interleave between the check and the write, and subscribers get the changes in seq order.
const PRELUDE = `
local room, players, nicks, answers, kicked = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local function refuse(why) return {0, tonumber(redis.call('HGET', room, 'seq')) or 0, why} end
local function next_seq() return redis.call('HINCRBY', room, 'seq', 1) end
local function publish(seq, change)
	local at = redis.call('HGET', room, 'expireAt')
	for i = 1, #KEYS do redis.call('PEXPIREAT', KEYS[i], at) end
	redis.call('PUBLISH', ARGV[1], '{"seq":' .. seq .. ',"from":"' .. ARGV[2] .. '","change":' .. change .. '}')
	return {1, seq}
end
if redis.call('EXISTS', room) == 0 then return {0, 0, 'gone'} end
`;

const SCRIPTS = {
	create: `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('PEXPIREAT', KEYS[1], ARGV[1])
return 1`,
	// ARGV: channel, from, pv, phase, state, change
	phase: `${PRELUDE}
if redis.call('HGET', room, 'pv') ~= ARGV[3] then return refuse('stale') end
redis.call('HSET', room, 'phase', ARGV[4], 'state', ARGV[5])
redis.call('HINCRBY', room, 'pv', 1)
return publish(next_seq(), ARGV[6])`,
	// ARGV: channel, from, id, nickname key, player, change, max players
	player: `${PRELUDE}
if redis.call('HGET', room, 'phase') == 'ended' then return refuse('stale') end
if tonumber(redis.call('HGET', room, 'active')) >= tonumber(ARGV[7]) then return refuse('full') end
if redis.call('HSETNX', nicks, ARGV[4], ARGV[3]) == 0 then return refuse('taken') end
redis.call('HINCRBY', room, 'active', 1)
local seq = next_seq()
redis.call('HSET', players, ARGV[3], seq .. ' ' .. ARGV[5])
return publish(seq, ARGV[6])`,
	// ARGV: channel, from, id, change
	kick: `${PRELUDE}
if redis.call('HEXISTS', players, ARGV[3]) == 0 then return refuse('stale') end
if redis.call('SADD', kicked, ARGV[3]) == 1 then redis.call('HINCRBY', room, 'active', -1) end
return publish(next_seq(), ARGV[4])`,
	// ARGV: channel, from, pv, player, player:question, answer, change. The answer is written
	// only while the phase it was decided in holds, and only if none is stored for that pair.
	answer: `${PRELUDE}
if redis.call('HGET', room, 'pv') ~= ARGV[3] then return refuse('stale') end
if redis.call('HEXISTS', players, ARGV[4]) == 0 or redis.call('SISMEMBER', kicked, ARGV[4]) == 1 then
	return refuse('stale')
end
if redis.call('HEXISTS', answers, ARGV[5]) == 1 then return refuse('duplicate') end
local seq = next_seq()
redis.call('HSET', answers, ARGV[5], seq .. ' ' .. ARGV[6])
return publish(seq, ARGV[7])`
};

type ScriptName = keyof typeof SCRIPTS;
const SHAS = Object.fromEntries(
	Object.entries(SCRIPTS).map(([name, lua]) => [name, createHash('sha1').update(lua).digest('hex')])
) as Record<ScriptName, string>;

type StoredPlayer = { id: string; nickname: string; joinedAt: number; seatHash: string };

/** "seq JSON" values, in seq order (the order they were written). */
function inOrder<T>(values: Record<string, string>): T[] {
	return Object.values(values)
		.map((v) => {
			const space = v.indexOf(' ');
			return { seq: Number(v.slice(0, space)), value: JSON.parse(v.slice(space + 1)) as T };
		})
		.sort((a, b) => a.seq - b.seq)
		.map((e) => e.value);
}

/**
 * The live rooms in Redis, shared by every server process that has the same `REDIS_URL`.
 * `from` names this process in the changes it publishes.
 */
export class RedisRoomStore implements RoomStore {
	#redis: Redis;
	#from: string;

	constructor(redis: Redis, from: string) {
		this.#redis = redis;
		this.#from = from;
	}

	async #run(name: ScriptName, code: string, args: (string | number)[]): Promise<unknown> {
		const keys = keysOf(code);
		try {
			return await this.#redis.evalsha(SHAS[name], keys.length, ...keys, ...args);
		} catch (error) {
			if (!String(error).includes('NOSCRIPT')) throw error;
			return this.#redis.eval(SCRIPTS[name], keys.length, ...keys, ...args);
		}
	}

	async create({ room, hostHash }: StoredRoom): Promise<boolean> {
		const { code, createdAt, seconds, questions, players, answers, ...fields } = room;
		void [players, answers];
		const created = await this.#run('create', code, [
			createdAt + KEEP_MS,
			...['createdAt', createdAt, 'seconds', seconds, 'questions', JSON.stringify(questions)],
			...['state', JSON.stringify(fields), 'phase', room.phase, 'hostHash', hostHash],
			...['expireAt', createdAt + KEEP_MS, 'seq', 0, 'pv', 0, 'active', 0]
		]);
		return created === 1;
	}

	async commit(
		code: string,
		change: RoomChange,
		base: { seq: number; pv: number }
	): Promise<Commit> {
		const head = [channelOf(code), this.#from];
		const json = JSON.stringify(change);
		let reply: unknown;
		switch (change.kind) {
			case 'phase':
				reply = await this.#run('phase', code, [
					...head,
					base.pv,
					change.fields.phase,
					JSON.stringify(change.fields),
					json
				]);
				break;
			case 'player': {
				const { id, nickname, joinedAt } = change.player;
				const stored: StoredPlayer = { id, nickname, joinedAt, seatHash: change.seatHash };
				reply = await this.#run('player', code, [
					...head,
					id,
					nicknameKey(nickname),
					JSON.stringify(stored),
					json,
					MAX_PLAYERS
				]);
				break;
			}
			case 'kick':
				reply = await this.#run('kick', code, [...head, change.playerId, json]);
				break;
			case 'answer': {
				const a = change.answer;
				reply = await this.#run('answer', code, [
					...head,
					base.pv,
					a.player,
					`${a.player}:${a.question}`,
					JSON.stringify(a),
					json
				]);
				break;
			}
		}
		const [ok, seq, why] = reply as [number, number, Exclude<Commit, { ok: true }>['why']];
		return ok === 1 ? { ok: true, seq } : { ok: false, seq, why };
	}

	async load(code: string): Promise<StoredRoom | null> {
		const [roomKey, playersKey, , answersKey, kickedKey] = keysOf(code) as [string, ...string[]];
		const replies = await this.#redis
			.multi()
			.hgetall(roomKey)
			.hgetall(playersKey!)
			.hgetall(answersKey!)
			.smembers(kickedKey!)
			.exec();
		if (!replies) return null;
		const [r, p, a, k] = replies.map(([error, value]) => {
			if (error) throw error;
			return value;
		}) as [Record<string, string>, Record<string, string>, Record<string, string>, string[]];
		if (r.seq === undefined) return null;
		const kicked = new Set(k);
		const players = inOrder<StoredPlayer>(p);
		const room: Room = {
			code,
			createdAt: Number(r.createdAt),
			seconds: Number(r.seconds),
			questions: JSON.parse(r.questions!) as LiveQuestion[],
			...(JSON.parse(r.state!) as RoomFields),
			players: players.map(({ id, nickname, joinedAt }): Player => ({
				id,
				nickname,
				joinedAt,
				kicked: kicked.has(id)
			})),
			answers: inOrder<Answer>(a)
		};
		return {
			room,
			hostHash: r.hostHash!,
			seatHashes: new Map(players.map((pl) => [pl.id, pl.seatHash])),
			seq: Number(r.seq),
			pv: Number(r.pv)
		};
	}

	/** None: any process loads a room when a client asks for it (the keys expire alone). */
	loadActive(): StoredRoom[] {
		return [];
	}

	deleteBefore(): number {
		return 0;
	}

	close() {}
}
