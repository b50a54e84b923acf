/**
 * The simulation engine: an agent-based model of a firm's CRM programme. Pure
 * TypeScript (no DOM, no Svelte): it runs in Node, in tests and in a Web Worker.
 * Same scenario + seed + decisions ⇒ identical results.
 */
export { parseScenario, ScenarioError, type Scenario, type Segment } from './scenario';
export {
	checkDecisions,
	DecisionError,
	PRICE_MAX,
	PRICE_MIN,
	split,
	type Decisions
} from './decisions';
export { LEVER_IDS, PHILOSOPHY_IDS, STAGES, type LeverId, type PhilosophyId } from './levers';
export {
	BYTES_PER_CUSTOMER,
	createGame,
	createGameFrom,
	Game,
	lifetimeValue,
	type GameSnapshot,
	type QuarterReport,
	type SegmentReport,
	type StoryEntry
} from './engine';
export { POLICIES, POLICY_IDS, reichheldExperiment, runPolicy, type Policy } from './policies';
export { summarise, type RunSummary } from './summary';
export { customerCentricity } from './centricity';
export {
	CAUSE_CODES,
	CAUSE_VALUES,
	REF as CAUSE_REFS,
	type Cause,
	type CauseCode,
	type CauseValueKind
} from './causes';
export { decodeRecord, encodeRecord, replay, type GameRecord } from './record';
export { planQuarter, type QuarterPlan, type ValueParts, type CostParts } from './plan';
