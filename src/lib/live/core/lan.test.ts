import { describe, expect, it } from 'vitest';
import { chooseLanAddress, joinOrigin, type InterfaceAddress } from './lan';

const v4 = (address: string, internal = false): InterfaceAddress => ({
	address,
	family: 'IPv4',
	internal
});
const loopback = {
	lo: [v4('127.0.0.1', true), { address: '::1', family: 'IPv6', internal: true }]
};

describe('chooseLanAddress', () => {
	it.each([
		['only loopback', loopback, null],
		['the Wi-Fi address', { ...loopback, wlan0: [v4('192.168.1.23')] }, '192.168.1.23'],
		[
			'a real interface over a container bridge',
			{ docker0: [v4('172.17.0.1')], 'br-1a2b': [v4('172.18.0.1')], eth0: [v4('10.0.0.7')] },
			'10.0.0.7'
		],
		['not link-local', { eth0: [v4('169.254.3.4')], wlan0: [v4('172.20.1.5')] }, '172.20.1.5'],
		[
			'a private address before a public one',
			{ eth0: [v4('203.0.113.9')], wlan0: [v4('10.1.2.3')] },
			'10.1.2.3'
		],
		['a public one when alone', { eth0: [v4('203.0.113.9')] }, '203.0.113.9'],
		['IPv6 only: none', { eth0: [{ address: 'fe80::1', family: 'IPv6', internal: false }] }, null],
		[
			'family as a number (Node 18.0)',
			{ eth0: [{ address: '192.168.0.2', family: 4, internal: false }] },
			'192.168.0.2'
		]
	])('%s', (_name, interfaces, expected) => {
		expect(chooseLanAddress(interfaces)).toBe(expected);
	});
});

describe('joinOrigin', () => {
	const wifi = { ...loopback, wlan0: [v4('192.168.1.23')] };
	it('shows the LAN address when the server listens on every interface', () => {
		expect(joinOrigin({ address: '0.0.0.0', port: 3000 }, wifi)).toBe('http://192.168.1.23:3000');
		expect(joinOrigin({ address: '::', port: 8080 }, wifi)).toBe('http://192.168.1.23:8080');
	});
	it('leaves the page origin when bound to loopback or with no LAN', () => {
		expect(joinOrigin({ address: '127.0.0.1', port: 4173 }, wifi)).toBeNull();
		expect(joinOrigin({ address: '0.0.0.0', port: 3000 }, loopback)).toBeNull();
	});
	it('shows a specific address as it is', () => {
		expect(joinOrigin({ address: '10.0.0.7', port: 3000 }, wifi)).toBe('http://10.0.0.7:3000');
	});
});
