import { parseScenario, type Scenario } from '$lib/simulation/core/scenario';

/** The built-in case firms (content/scenarios), validated once at build time. */
const files = import.meta.glob('/content/scenarios/*.json', { eager: true, import: 'default' });

export const scenarios: Scenario[] = Object.entries(files)
	.map(([file, data]) => {
		try {
			return parseScenario(data);
		} catch (error) {
			throw new Error(`${file.slice(1)}: ${(error as Error).message}`, { cause: error });
		}
	})
	.sort((a, b) => a.difficulty - b.difficulty || a.name.localeCompare(b.name, 'vi'));

export const getScenario = (id: string) => scenarios.find((s) => s.id === id);
