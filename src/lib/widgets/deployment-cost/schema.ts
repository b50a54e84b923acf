/**
 * content/widgets/deployment-cost.json: the words of chapter 8's total-cost comparison of an
 * on-premise and a cloud (SaaS) CRM (crm-internet-xu-huong#tai-cho-va-theo-yeu-cau), amounts in
 * million đồng, and the chapter's firm as presets; maintenance is a share of the licences.
 */
import * as v from 'valibot';
import { amount, calculatorField as field, presetList, whole } from '../shared/calculator-schema';
import { template, text } from '../shared/schema';

export const DeploymentCostSchema = v.strictObject({
	intro: text,
	presets: presetList(
		v.strictObject({
			users: whole(1),
			licence: amount,
			setup: amount,
			maintenance: v.pipe(amount, v.maxValue(1, 'is a share from 0 to 1')),
			staff: amount,
			cloudSetup: amount,
			subscription: amount
		})
	),
	groups: v.strictObject({ common: text, onPremise: text, cloud: text }),
	fields: v.strictObject({
		users: field,
		licence: field,
		setup: field,
		maintenance: field,
		staff: field,
		cloudSetup: field,
		subscription: field
	}),
	wholeNumber: text,
	notShown: template(['fields']),
	lines: v.strictObject({
		onPremiseOnce: template(['users', 'licence', 'licences', 'setup', 'once']),
		onPremiseYearly: template(['maintenance', 'licences', 'staff', 'yearly']),
		cloudOnce: template(['once']),
		cloudYearly: template(['users', 'subscription', 'yearly'])
	}),
	table: v.strictObject({
		caption: text,
		after: text,
		years: template(['n']),
		onPremise: text,
		cloud: text
	}),
	breakEven: v.strictObject({
		worked: template(['onceGap', 'yearlyGap', 'approx', 'years']),
		order: template(['first', 'then']),
		always: template(['cheaper']),
		equal: text
	}),
	names: v.strictObject({ onPremise: text, cloud: text }),
	note: text,
	reset: text
});

export type DeploymentCostText = v.InferOutput<typeof DeploymentCostSchema>;
