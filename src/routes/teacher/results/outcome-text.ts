import '$lib/i18n/results';
import type { ImportOutcome } from '$lib/teacher';
import type { TOptions } from '$lib/i18n';

/** A translator, `t` of the interface (passed in so this stays testable without Svelte). */
type T = (key: string, options?: TOptions) => string;

/** How one import outcome reads in the list: accepted or not, why, and any warnings. */
export interface OutcomeText {
	accepted: boolean;
	/** "Accepté : Léa, tentative 1" or the reason of the refusal. */
	text: string;
	warnings: string[];
}

/** Words one outcome of `importResults` in the interface language. */
export function outcomeText(o: ImportOutcome, t: T): OutcomeText {
	if (o.ok) {
		const { student, attempt } = o.imported.result;
		const warnings = o.warnings.map((w) => {
			const key = `results.import.warnings.${w.code}`;
			if (w.code === 'unknown-questions') return t(key, { count: w.ids.length });
			if (w.code === 'attempt-over-limit') return t(key, { attempt: w.attempt, limit: w.limit });
			return t(key, { due: w.due });
		});
		return { accepted: true, text: t('results.import.accepted', { student, attempt }), warnings };
	}
	const r = o.rejection;
	let reason: string;
	if (r.reason === 'damaged') reason = t(`results.import.reasons.damaged.${r.error}`);
	else if (r.reason === 'duplicate')
		reason = t(`results.import.reasons.${r.of}`, { student: r.student, attempt: r.attempt });
	else reason = t(`results.import.reasons.${r.reason}`);
	return { accepted: false, text: reason, warnings: [] };
}

/** A code cut short for display: enough to recognise it, not the whole payload. */
export function shortCode(text: string): string {
	const code = text.replace(/\s+/gu, '');
	return code.length > 24 ? `${code.slice(0, 20)}…` : code;
}
