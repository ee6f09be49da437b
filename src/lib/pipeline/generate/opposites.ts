/**
 * Words whose opposite makes a statement the article contradicts, for true/false questions that
 * change a word rather than a figure. Each pair keeps gender, number and tense, so the changed
 * sentence stays correct French: `définitivement`/`temporairement`, `renforcée`/`assouplie`,
 * `a accepté`/`a refusé`. General news vocabulary only.
 */
const PAIRS: [string, string][] = [
	['définitivement', 'temporairement'],
	['provisoirement', 'définitivement'],
	['hausse', 'baisse'],
	['augmentation', 'diminution'],
	['augmenté', 'diminué'],
	['augmente', 'diminue'],
	['augmentent', 'diminuent'],
	['accepté', 'refusé'],
	['acceptée', 'refusée'],
	['accepte', 'refuse'],
	['acceptent', 'refusent'],
	['autorisé', 'interdit'],
	['autorisée', 'interdite'],
	['autorisés', 'interdits'],
	['autoriser', 'interdire'],
	['accessible', 'inaccessible'],
	['légal', 'illégal'],
	['légale', 'illégale'],
	['légaux', 'illégaux'],
	['gratuit', 'payant'],
	['gratuite', 'payante'],
	['gratuits', 'payants'],
	['première', 'dernière'],
	['adopté', 'rejeté'],
	['adoptée', 'rejetée'],
	['renforcé', 'assoupli'],
	['renforcée', 'assouplie'],
	['rapidement', 'lentement'],
	['facilement', 'difficilement'],
	['croissante', 'décroissante'],
	['conservateur', 'progressiste'],
	['conservatrice', 'progressiste'],
	['conservateurs', 'progressistes'],
	['conservatrices', 'progressistes']
];

// One way only where the way back is ambiguous: `progressiste` may be masculine or feminine.
const ONE_WAY = new Set([
	'provisoirement',
	'conservateur',
	'conservatrice',
	'conservateurs',
	'conservatrices'
]);

const OPPOSITE = new Map<string, string>();
for (const [a, b] of PAIRS) {
	OPPOSITE.set(a, b);
	if (!ONE_WAY.has(a)) OPPOSITE.set(b, a);
}

const WORD = new RegExp(
	`(?<![\\p{L}'’-])(?:${[...OPPOSITE.keys()].join('|')})(?![\\p{L}'’-])`,
	'giu'
);

/** `mais`, `car`, `pour des raisons de`, `malgré`: words that argue for the sentence's own polarity. */
const SUPPORTING =
	/(?<![\p{L}])(?:mais|car|parce que|parce qu['’]|puisque|pour des raisons|en raison|faute de|malgré|bien que|alors que|tandis que)(?![\p{L}])/iu;

/** `est`, `était`, `rendu`, `devenue`… right before a state (`est accessible`). */
const STATE_VERB =
	/(?<![\p{L}])(?:est|sont|était|étaient|sera|seront|reste|restait|rendu|rendue|rendus|devenu|devenue|semble)\s(?:\p{Ll}+ment\s)?$/u;

/**
 * `les plus téléchargées`, `plus de 100 morts`, `régule moins la désinformation … que`: the degree
 * words whose opposite is certain. Not `de plus en plus`, `au moins`, `plus tard`, nor `ne … plus`.
 */
const DEGREE =
	/(?<=(?:^|\s)(?:le|la|les|l['’])\s)(?:plus|moins)(?=\s\p{Ll})|(?<=\s)(?:plus|moins)(?=\sde\s\d)|(?<=\s\p{Ll}+\s)(?:plus|moins)(?=\s(?:[\p{L}'’-]+\s){1,7}que\s)/gu;

/** One word of a sentence and its opposite. */
export interface Opposite {
	/** Offset of the word in the sentence. */
	at: number;
	word: string;
	opposite: string;
}

/**
 * The words of a sentence that can be turned to their opposite, in reading order. None in a
 * negative sentence (`n'est pas accessible`): its opposite would be a double negative, or true.
 */
export function opposites(sentence: string): Opposite[] {
	if (/(?<![\p{L}])(?:ne\s|n['’])/iu.test(sentence)) return [];
	// `de moins en moins de Hongkongais acceptent…`: a trend of the subject; its opposite
	// (`…refusent`) is muddled rather than false.
	if (/de (?:plus|moins) en (?:plus|moins)/iu.test(sentence)) return [];
	// `ont accepté d'accorder des contreparties…, mais c'était en échange…`, `…pour des raisons de
	// sécurité`: a contrast or a reason backs the original word, and the changed statement reads
	// as nonsense, answered without the article.
	if (SUPPORTING.test(sentence)) return [];
	const found: Opposite[] = [];
	for (const m of sentence.matchAll(WORD)) {
		const word = m[0];
		const lower = word.toLocaleLowerCase('fr');
		const opposite = OPPOSITE.get(lower);
		// `Premier ministre`: part of a name.
		if (!opposite || word !== lower) continue;
		const after = sentence.slice(m.index + word.length);
		const before = sentence.slice(0, m.index);
		// `la première ministre`, `la première dame`: a title, not a rank.
		if (/^\s+(?:ministre|dame|ligne)/iu.test(after)) continue;
		// `autorisé à partir` has no `interdit à partir`; `interdit de` no `autorisé de`.
		if (/^(?:autoris|interdi)/u.test(lower) && /^\s+(?:à|de|d['’])\s/u.test(after)) continue;
		// `est possible`, `reste accessible`: a state; not `le plus vite possible`, `dès que possible`.
		if (/^(?:im|in)?(?:possible|accessible)$/u.test(lower) && !STATE_VERB.test(before)) continue;
		// `la première fois`, not `l'année dernière,`: a rank goes before its noun.
		if (/^(?:première|dernière)$/u.test(lower) && !/^\s\p{Ll}/u.test(after)) continue;
		found.push({ at: m.index, word, opposite });
	}
	// `le pays le moins touché…, avec 88.730 décès`: a figure tells how much.
	if (!/\d/u.test(sentence))
		for (const m of sentence.matchAll(DEGREE))
			found.push({ at: m.index, word: m[0], opposite: m[0] === 'plus' ? 'moins' : 'plus' });
	return found.sort((a, b) => a.at - b.at);
}
