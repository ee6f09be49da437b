import { describe, expect, test } from 'vitest';
import { foldAccents } from './fold-accents';

describe('foldAccents', () => {
	test.each([
		['téléchargée', 'telechargee'],
		['Élysée', 'Elysee'],
		['ça', 'ca'],
		['naïf', 'naif'],
		['août', 'aout'],
		['où', 'ou'],
		['te\u0301le\u0301phone', 'telephone'],
		['Parler', 'Parler'],
		['', '']
	])('%j → %j', (input, folded) => {
		expect(foldAccents(input)).toBe(folded);
	});
});
