import { describe, expect, test } from 'vitest';
import { extractFacts } from '../../facts/extract-facts';
import type { QuestionOf } from '../../../questions/schema';
import { testArticle } from '../test-article';
import { attributedSpeech } from './attributed';
import { askWhoSaid } from './ask-who-said';
import { askDirectOrParaphrase } from './ask-direct-or-paraphrase';
import { extractQuotes } from '../../extract/extract-quotes';
import { quotesFamily } from './quotes-family';
import { speakerNames } from './speaker-names';

/** Three companies and a head of company quoted on one affair (invented). */
const water = testArticle('eau', [
	'Le groupe Veolia a rompu son contrat avec la ville de Lyon. Dans une lettre adressée à la mairie, le groupe Veolia dit avoir "constaté des retards de paiement répétés". "Compte tenu des difficultés accumulées cette année, il existe un risque sérieux pour le service de l\'eau", est-il ajouté dans la lettre.',
	'Le lendemain, la société Suez a rompu son contrat à son tour. "Nous ne pouvons plus travailler dans ces conditions avec la mairie", y déclare-t-on.',
	"Selon le groupe Engie, la ville n'a plus payé ses factures depuis le printemps.",
	"Selon la PDG de Saur, Marie Lambert, les contrats étaient mal rédigés. Le chef d'entreprise assure toutefois que le service sera maintenu jusqu'à la fin de l'année.",
	'"Nous allons tout faire pour trouver un nouveau client rapidement", a déclaré Marie Lambert. "Il est clair que Veolia ne peut plus attendre des mois pour être payé", a précisé le groupe Veolia.',
	'Un homme qui habite le quartier a expliqué avoir vu les camions partir.'
]);
const facts = extractFacts([water]);

describe('speakers the incise only points back to', () => {
	const found = attributedSpeech([water], facts).map((s) => [s.speaker.text, s.how, s.who.name]);
	test('`est-il ajouté dans la lettre` goes on with the organisation quoted just before', () => {
		expect(found).toContainEqual(['il', 'continued', 'Veolia']);
	});
	test('`y déclare-t-on` is the organisation the sentence before is about', () => {
		expect(found).toContainEqual(['on', 'there', 'Suez']);
	});
	test('`Le chef d’entreprise` is the head the article quoted just before', () => {
		expect(found).toContainEqual(["Le chef d'entreprise", 'description', 'Marie Lambert']);
	});
	test('`Un homme qui habite le quartier` brings in someone new: nobody named', () => {
		expect(found.some(([said]) => said?.startsWith('Un homme'))).toBe(false);
	});
});

describe('qui a dit: give-aways are left out and reported', () => {
	const out = quotesFamily({ articles: [water], byId: new Map([['eau', water]]), facts });
	const report = out.report.join('\n');
	const asked = out.sets.flatMap((s) => s.questions).filter((q) => q.type === 'single');
	test('a quote naming its own speaker', () => {
		expect(report).toMatch(
			/left out who-said:eau:\d+: giveaway: the quote names its speaker \(“Veolia”\)/u
		);
	});
	test('the only person among organisations', () => {
		expect(report).toMatch(/giveaway: Marie Lambert would be the only person among the choices/u);
	});
	test('a fair quote is asked, among speakers of its own kind', () => {
		const q = asked.find((q) => q.prompt.includes('Nous ne pouvons plus travailler')) as
			QuestionOf<'single'> | undefined;
		expect(q?.choices.find((c) => c.correct)?.text).toBe('Suez');
		expect(q?.choices.map((c) => c.text).sort()).toEqual(['Engie', 'Suez', 'Veolia']);
		expect(q?.explanation.fr).toMatch(/«\u00A0y\u00A0» et «\u00A0on\u00A0» renvoient à Suez/u);
	});
});

describe('qui a dit: passages', () => {
	test('a quote found through `est-il ajouté` holds the sentence naming its speaker too', () => {
		const speech = attributedSpeech([water], facts);
		const names = speakerNames(speech, facts, new Map([['eau', water]]));
		const pool = [...new Map(speech.map((s) => [s.who.id, s.who])).values()];
		const q = askWhoSaid(speech, new Map([['eau', water]]), pool, names).find((c) =>
			c.question.prompt.includes('Compte tenu')
		);
		// Sentence 1 names Veolia (`le groupe Veolia dit avoir…`), sentence 2 holds the quote.
		expect(q?.passage).toBe('eau#1,eau#2');
		expect(q?.question.type === 'single' && q.question.choices.find((c) => c.correct)?.text).toBe(
			'Veolia'
		);
	});
});

describe('direct quote or paraphrase: only words someone said', () => {
	const polls = testArticle('sondage', [
		'Selon les divers sondages, le candidat sortant recueille la majorité des intentions de vote au premier tour.',
		'Selon une source judiciaire, le suspect a été placé en garde à vue dans la soirée de mardi dernier.'
	]);
	const byId = new Map([['sondage', polls]]);
	const asked = askDirectOrParaphrase([], byId, extractQuotes(polls)).map((c) => c.question);
	test('`selon une source judiciaire` reports words; `selon les divers sondages` reports figures', () => {
		const shown = asked.map((q) => (q.type === 'classification' ? q.text : ''));
		expect(shown.some((t) => t.startsWith('Selon une source judiciaire'))).toBe(true);
		expect(shown.some((t) => t.startsWith('Selon les divers sondages'))).toBe(false);
	});
});
