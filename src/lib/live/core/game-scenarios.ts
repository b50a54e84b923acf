import { parseScenario, type Scenario } from '../../simulation/core/scenario';
import airline from '../../../../content/scenarios/airline.json';
import bank from '../../../../content/scenarios/bank.json';
import coffee from '../../../../content/scenarios/coffee.json';

/**
 * The built-in firms a class can play live. Imported as files (not through Vite's glob)
 * because the live server is bundled on its own; a test holds this list to
 * content/scenarios, so a new firm cannot be forgotten here.
 */
export const GAME_SCENARIOS: readonly Scenario[] = [coffee, bank, airline].map((data) =>
	parseScenario(data)
);

export const gameScenario = (id: string): Scenario | undefined =>
	GAME_SCENARIOS.find((s) => s.id === id);
