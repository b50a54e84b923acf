/** content/widgets/myth-buster.json: the four misconceptions about CRM of chapter 2 (triet-ly-va-cac-loai-crm#ngo-nhan). */
import * as v from 'valibot';
import { itemId, listOf, ref, template, text } from '../shared/schema';

export const MythBusterSchema = v.strictObject({
	intro: text,
	tag: template(['number']),
	reality: text,
	turn: text,
	turnBack: text,
	cardLabel: template(['action', 'number']),
	readMore: text,
	readMoreLabel: template(['number']),
	turnAll: text,
	turnAllBack: text,
	reset: text,
	myths: v.pipe(
		listOf(v.strictObject({ id: itemId, myth: text, english: text, reality: text, ref })),
		v.check(
			(myths) => new Set(myths.map((m) => m.ref)).size === myths.length,
			'each myth points at its own section'
		)
	)
});
