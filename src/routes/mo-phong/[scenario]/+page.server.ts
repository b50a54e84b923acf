import { error, redirect } from '@sveltejs/kit';
import { getScenario, scenarios } from '$lib/server/scenarios';
import { scenarioHref, scenarioIdAt, scenarioSlug } from '$lib/simulation/present/addresses';
import { goalFor } from '$lib/simulation/present/goal';
import { checkSimulatorTexts } from '$lib/simulation/present/text/check';

// Every text the simulator shows is checked when the pages are built, including those the
// browser loads later: a broken file stops the build, naming the file and field.
checkSimulatorTexts(
	import.meta.glob('/content/simulator/*.json', { eager: true, import: 'default' })
);

// The scenarios' pages are prerendered; 'auto' keeps the route on the server as well, for
// the old addresses below (a prerender-only route is left out of the server's routes).
export const prerender = 'auto';

export const entries = () => scenarios.map(({ id }) => ({ scenario: scenarioSlug(id) }));

export const load = ({ params, url }) => {
	const id = scenarioIdAt(params.scenario) ?? params.scenario;
	const scenario = getScenario(id);
	if (!scenario) error(404, `Không có tình huống mô phỏng "${params.scenario}".`);
	// An old address (the scenario's id) is not prerendered, so the server answers it: a
	// permanent redirect that keeps the query, so old share links (?van=…) still open.
	if (scenarioSlug(id) !== params.scenario) redirect(308, `${scenarioHref(id)}${url.search}`);
	// The firm's goal comes from full games of the built-in programmes: computed once, here.
	return { scenario, goal: goalFor(scenario) };
};
