import { describe, expect, it } from 'vitest';
import { blockedStorage, fakeStorage } from './fake-storage';
import { SafeStorage } from './storage';

describe('SafeStorage', () => {
	it('reads, writes, lists and removes through the browser storage', () => {
		const backing = fakeStorage();
		const storage = new SafeStorage(() => backing);
		expect(storage.read('a')).toBeNull();
		expect(storage.write('crm-lab:a', '1')).toEqual({ ok: true });
		storage.write('crm-lab:b', '2');
		storage.write('other', '3');
		expect(backing.getItem('crm-lab:a')).toBe('1');
		expect(storage.list('crm-lab:')).toEqual(['crm-lab:a', 'crm-lab:b']);
		storage.remove('crm-lab:a');
		expect(storage.read('crm-lab:a')).toBeNull();
		expect(storage.status()).toBe('ok');
	});

	it('works from memory when the getter throws, and says blocked', () => {
		const storage = new SafeStorage(blockedStorage);
		expect(storage.read('k')).toBeNull();
		expect(storage.status()).toBe('blocked');
		expect(storage.write('k', 'v')).toEqual({ ok: false, reason: 'blocked' });
		expect(storage.read('k')).toBe('v');
		expect(storage.list('')).toEqual(['k']);
		storage.remove('k');
		expect(storage.read('k')).toBeNull();
	});

	it('works from memory when there is no storage at all, or getItem throws', () => {
		expect(new SafeStorage(() => undefined).status()).toBe('blocked');
		const broken = fakeStorage();
		broken.getItem = () => {
			throw new DOMException('denied', 'SecurityError');
		};
		const storage = new SafeStorage(() => broken);
		expect(storage.read('k')).toBeNull();
		storage.write('k', 'v');
		expect(storage.read('k')).toBe('v');
	});

	it('reports a full storage, keeps the old value, and recovers once a write fits', () => {
		const backing = fakeStorage(20);
		const storage = new SafeStorage(() => backing);
		expect(storage.write('k', 'old').ok).toBe(true);
		expect(storage.write('k', 'x'.repeat(50))).toEqual({ ok: false, reason: 'full' });
		expect(storage.read('k')).toBe('old');
		expect(storage.status()).toBe('full');
		expect(storage.write('k', 'new')).toEqual({ ok: true });
		expect(storage.status()).toBe('ok');
	});

	it('treats a zero quota (refusing even the first write) as blocked', () => {
		const storage = new SafeStorage(() => fakeStorage(0));
		expect(storage.write('k', 'v')).toEqual({ ok: false, reason: 'blocked' });
		expect(storage.read('k')).toBe('v');
		expect(storage.status()).toBe('blocked');
	});

	it('calls a first write that is merely too big full, not blocked', () => {
		const storage = new SafeStorage(() => fakeStorage(100));
		expect(storage.write('k', 'x'.repeat(200))).toEqual({ ok: false, reason: 'full' });
		expect(storage.status()).toBe('full');
	});
});
