import { describe, expect, test } from 'vitest';
import { extractFacts } from '../facts/extract-facts';
import type { Question } from '../../questions/schema';
import { askActors } from './ask-actors';
import { askAttributions } from './ask-attributions';
import { contextFor } from './context';
import { testArticle } from './test-article';

/** Sentences of an AFP dispatch on the Russian opposition (OrangeSum, CC BY-SA 4.0), lightly cut. */
const RUSSIA = [
	"La réforme constitutionnelle permettra à Vladimir Poutine de se maintenir au pouvoir jusqu'en 2036, mais l'opposition peine à combattre ce projet.",
	"Le principal critique du Kremlin, Alexeï Navalny, a montré peu d'intérêt pour le scrutin de cette semaine.",
	"Vladimir Poutine a annoncé la réforme constitutionnelle à la surprise générale en janvier avant d'y ajouter des amendements.",
	"Pour Tatiana Stanovaïa, fondatrice du centre d'analyse R.Politik, le Kremlin a désarmé l'opposition en proposant aux Russes de voter sur la réforme entière.",
	'Le parti libéral Iabloko a ainsi appelé les Russes à boycotter un "vote falsifié, illégal et anti-constitutionnel".',
	"Alexeï Navalny a pour sa part dénoncé la réforme comme un \"coup d'Etat constitutionnel\" mais n'a pas fait grand chose pour s'y opposer.",
	"M. Navalny a aussi appelé à concentrer les efforts de l'opposition sur les élections régionales de septembre.",
	'La cote de confiance de Vladimir Poutine est en baisse, à un plus bas historique de 59% en avril selon le centre indépendant Levada.',
	'"Un manque de ressources et de nouveaux visages: c\'est la principale source du problème", souligne auprès de l\'AFP Vitali Chkliarov, chercheur et conseiller politique.',
	"Selon l'experte Tatiana Stanovaïa, c'est effectivement le moment pour M. Navalny de garder ses forces pour un autre combat à Moscou.",
	'Vladimir Poutine a insisté sur le fait que les Russes doivent se prononcer via un vote populaire.'
];

/** Sentences in the manner of a French dispatch on a strike, with one person and several unions. */
const STRIKE = [
	'Le syndicat FO a dénoncé un "passage en force" du gouvernement sur la réforme des retraites à Paris.',
	'Le syndicat CGT a appelé à une nouvelle journée de grève interprofessionnelle jeudi prochain.',
	"L'association Attac a organisé un grand rassemblement place de la République samedi après-midi.",
	'Le ministre Olivier Dussopt a défendu un texte "juste et nécessaire" devant les députés mardi soir.',
	'Les manifestants se sont rassemblés à Paris et à Marseille pour la sixième fois depuis janvier.'
];

function ask(sentences: string[], generator = askActors) {
	const article = testArticle('a', sentences);
	const facts = extractFacts([article]);
	return generator(contextFor(article, facts)).map((c) => c.question);
}

const right = (q: Question) =>
	'choices' in q ? q.choices.filter((c) => c.correct).map((c) => c.text) : [];
const wrong = (q: Question) =>
	'choices' in q
		? q.choices
				.filter((c) => !c.correct)
				.map((c) => c.text)
				.sort()
		: [];

describe('askActors: who did what', () => {
	const questions = ask(RUSSIA);
	const find = (start: string) => questions.find((q) => q.prompt.startsWith(start));

	test('a person asked about, with the other people of the article as wrong choices', () => {
		const q = find('D’après l’article, qui a dénoncé la réforme')!;
		expect(q.prompt).toBe(
			"D’après l’article, qui a dénoncé la réforme comme un «\u00A0coup d'Etat constitutionnel\u00A0»\u00A0?"
		);
		expect(right(q)).toEqual(['Alexeï Navalny']);
		expect(wrong(q)).toEqual(['Tatiana Stanovaïa', 'Vitali Chkliarov', 'Vladimir Poutine']);
	});

	test('the explanation points to a few words of the article, not the whole sentence', () => {
		const q = find('D’après l’article, qui a dénoncé la réforme')!;
		expect(q.explanation.fr).toBe(
			'C’est Alexeï Navalny\u00A0: l’article écrit «\u00A0Alexeï Navalny a pour sa part dénoncé la réforme…\u00A0».'
		);
		expect(q.explanation.en).toBe(
			'Alexeï Navalny: the article writes “Alexeï Navalny a pour sa part dénoncé la réforme…”.'
		);
	});

	test('someone the article says did the same is no wrong choice; no place is one', () => {
		const q = find('D’après l’article, qui a appelé les Russes')!;
		expect(right(q)).toEqual(['Iabloko']);
		// Navalny too `a appelé` (to something else): he may not be a wrong choice.
		expect(wrong(q)).not.toContain('Alexeï Navalny');
		expect(wrong(q)).toHaveLength(3);
		for (const w of wrong(q)) expect(['Moscou', 'Russes', 'Kremlin', 'AFP']).not.toContain(w);
	});

	test('a predicate with a pronoun or a demonstrative yields no question', () => {
		expect(find('D’après l’article, qui a montré')).toBeUndefined();
		const who = questions.filter((q) => q.prompt.startsWith('D’après l’article, qui '));
		expect(who.length).toBeGreaterThan(2);
		for (const q of who) expect(q.prompt).not.toMatch(/\s(?:cette|ce|ces)\s/u);
	});
});

describe('askActors: too few people', () => {
	const questions = ask(STRIKE);

	test('for a verb any actor can do, organisations of the article fill in', () => {
		const q = questions.find((x) => x.prompt.startsWith('D’après l’article, qui a dénoncé'))!;
		expect(right(q)).toEqual(['FO']);
		expect(wrong(q)).toEqual(['Attac', 'CGT', 'Olivier Dussopt']);
	});

	test('for an action only its peers do, an organisation listed with none gets no question', () => {
		expect(questions.some((x) => x.prompt.includes('a organisé un grand rassemblement'))).toBe(
			false
		);
	});

	test('a place is never a choice', () => {
		for (const q of questions) expect(wrong(q)).not.toContain('Paris');
	});
});

describe('askAttributions: according to whom', () => {
	const questions = ask(RUSSIA, askAttributions);

	test('`Selon X, …` asks who affirms it, the discourse adverb dropped', () => {
		const q = questions.find((x) => x.prompt.includes('qui affirme que'))!;
		expect(q.prompt).toBe(
			"D’après l’article, qui affirme que c'est le moment pour M. Navalny de garder ses forces pour un autre combat à Moscou\u00A0?"
		);
		expect(right(q)).toEqual(['Tatiana Stanovaïa']);
		expect(wrong(q)).toHaveLength(3);
		expect(q.explanation.fr).toContain("l’article écrit «\u00A0Selon l'experte Tatiana Stanovaïa");
	});

	test('`Pour X, …` asks who holds the view', () => {
		const q = questions.find((x) => x.prompt.includes('qui estime que'))!;
		expect(q.prompt).toContain("qui estime que le Kremlin a désarmé l'opposition");
		expect(right(q)).toEqual(['Tatiana Stanovaïa']);
	});

	test('a true/false attribution never swaps in someone who did the same', () => {
		for (const q of questions.filter((x) => x.type === 'true-false')) {
			if (q.type !== 'true-false' || !q.statement.includes('a appelé les Russes')) continue;
			expect(q.statement).not.toContain('Navalny');
		}
	});
});

describe('askActors: wrong choices of the kind nouns give the answer', () => {
	const questions = ask([
		'Des réseaux grand public comme Twitter, Facebook, Twitch et Snapchat ont suspendu le compte.',
		'Twitter a supprimé le compte mardi, Facebook mercredi, Twitch jeudi et Snapchat vendredi.',
		'Des entreprises technologiques comme Amazon, Google et Apple ont coupé les ponts avec le site.',
		'Amazon a mis fin à son contrat, Google a retiré le site de sa boutique et Apple a fait de même.',
		'Le site est considéré comme une alternative à Twitter par de nombreux internautes américains.'
	]);
	test('a social network among networks, never among the firms the article lists', () => {
		const q = questions.find((x) => x.prompt.includes('une alternative à […]'));
		expect(q).toBeDefined();
		expect(wrong(q!)).toEqual(['Facebook', 'Snapchat', 'Twitch']);
	});
});
