/// <reference lib="webworker" />
import { SimComputer } from './compute';
import type { SimRequest, SimResponse } from '../core/protocol';

const computer = new SimComputer();
const post = (message: SimResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<SimRequest>) => {
	const request = event.data;
	try {
		const view = computer.run(
			request,
			request.progress
				? (done, total) => post({ id: request.id, kind: 'progress', done, total })
				: undefined
		);
		post({ id: request.id, kind: 'result', view });
	} catch (error) {
		post({ id: request.id, kind: 'error', message: (error as Error).message });
	}
};
