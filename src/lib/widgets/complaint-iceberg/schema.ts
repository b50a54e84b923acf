/**
 * content/widgets/complaint-iceberg.json: the words of chapter 9's complaint iceberg
 * (phan-nan-va-trung-thanh#tang-bang-chim) and the chapter's example as presets; rates are
 * shares (0.05 = 5%), of the unhappy customers who speak up and of the silent ones who stop
 * buying.
 */
import * as v from 'valibot';
import {
	amount,
	calculatorField as field,
	presetList,
	share,
	whole
} from '../shared/calculator-schema';
import { template, text } from '../shared/schema';

export const ComplaintIcebergSchema = v.strictObject({
	intro: text,
	presets: presetList(
		v.strictObject({
			complaints: whole(0),
			voiceRate: v.pipe(share, v.minValue(0.001, 'must be above 0: it divides')),
			leaveRate: share,
			margin: amount
		})
	),
	fields: v.strictObject({
		complaints: field,
		voiceRate: field,
		leaveRate: field,
		margin: field
	}),
	wholeNumber: text,
	notShown: template(['fields']),
	steps: v.strictObject({
		unhappy: template(['complaints', 'voice', 'approx', 'unhappy']),
		silent: template(['unhappy', 'complaints', 'silent']),
		leaving: template(['silent', 'leave', 'approx', 'leaving']),
		lost: template(['leaving', 'margin', 'lost'])
	}),
	bar: v.strictObject({
		visible: template(['complaints', 'share']),
		hidden: template(['silent', 'share'])
	}),
	lesson: text,
	reset: text
});

export type ComplaintIcebergText = v.InferOutput<typeof ComplaintIcebergSchema>;
