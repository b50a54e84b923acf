/** One address of `os.networkInterfaces()`, the fields this module reads. */
export type InterfaceAddress = { address: string; family: string | number; internal: boolean };

// Container and virtual-machine bridges: reachable from this machine only.
const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|cni|flannel|lxc|tun|tap|utun|zt)/i;

const isPrivate = (ip: string) =>
	/^10\./.test(ip) || /^192\.168\./.test(ip) || /^172\.(1[6-9]|2\d|3[01])\./.test(ip);

/**
 * The address students on the room's Wi-Fi can reach this server at, chosen from
 * `os.networkInterfaces()`: an IPv4 address of a real interface (not loopback, link-local
 * or a container bridge), a private one (10/8, 172.16/12, 192.168/16) before a public one,
 * then the first in the listing. Null when there is none.
 *
 * @example chooseLanAddress({ lo: [...], wlan0: [{ address: '192.168.1.20', family: 'IPv4', internal: false }] }) // '192.168.1.20'
 */
export function chooseLanAddress(
	interfaces: Record<string, readonly InterfaceAddress[] | undefined>
): string | null {
	const candidates: string[] = [];
	for (const [name, addresses] of Object.entries(interfaces)) {
		if (VIRTUAL.test(name)) continue;
		for (const a of addresses ?? []) {
			const ipv4 = a.family === 'IPv4' || a.family === 4;
			if (!ipv4 || a.internal || a.address.startsWith('169.254.')) continue;
			if (a.address.startsWith('127.')) continue;
			candidates.push(a.address);
		}
	}
	return candidates.find(isPrivate) ?? candidates[0] ?? null;
}

/**
 * The origin to print in the QR code, given the address the server listens on: a wildcard
 * bind (`0.0.0.0`, `::`) means "every interface", so the LAN address is shown; a specific
 * address is shown as it is; null means "use the page's own origin".
 */
export function joinOrigin(
	listening: { address: string; port: number },
	interfaces: Record<string, readonly InterfaceAddress[] | undefined>
): string | null {
	const wildcard = listening.address === '0.0.0.0' || listening.address === '::';
	const host = wildcard ? chooseLanAddress(interfaces) : listening.address;
	if (!host || host.startsWith('127.') || host === '::1') return null;
	const shown = host.includes(':') ? `[${host}]` : host;
	return `http://${shown}:${listening.port}`;
}
