/**
 * Keeps the audience window and the presenter window on the same slide, both ways, through a
 * BroadcastChannel per chapter. A window that opens asks where the others are.
 */
type Message = { type: 'goto'; index: number } | { type: 'hello' };

export function deckSync(slug: string, onGoto: (index: number) => void, current: () => number) {
	const channel = new BroadcastChannel(`crm-lab-trinh-chieu-${slug}`);
	channel.onmessage = (event: MessageEvent<Message>) => {
		if (event.data.type === 'goto') onGoto(event.data.index);
		else channel.postMessage({ type: 'goto', index: current() } satisfies Message);
	};
	channel.postMessage({ type: 'hello' } satisfies Message);
	return {
		moved: (index: number) => channel.postMessage({ type: 'goto', index } satisfies Message),
		close: () => channel.close()
	};
}
