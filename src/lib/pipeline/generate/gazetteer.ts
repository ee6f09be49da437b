import { rememberText } from '../remember-text';

/**
 * Countries and large cities as French news writes them, by part of the world, for wrong choices
 * when an article names too few places of its own: `en Allemagne` among `en Autriche`, `en
 * Pologne`, `en Belgique`, never `au Brésil`. General knowledge, the same for any article.
 */
export interface KnownPlace {
	/** `Allemagne`, `Royaume-Uni`, `Lyon` */
	name: string;
	/** How French introduces it: `en Allemagne`, `au Japon`, `aux Pays-Bas`, `à Lyon`. */
	preposition: 'en' | 'au' | 'aux' | 'à';
	region: Region;
}

export type Region =
	| 'france'
	| 'europe'
	| 'amérique du Nord'
	| 'amérique latine'
	| 'asie'
	| 'moyen-orient'
	| 'afrique'
	| 'océanie';

/** `Name:preposition` per region. */
const COUNTRIES: Record<Exclude<Region, 'france'>, string> = {
	europe:
		'Allemagne:en Autriche:en Belgique:en Espagne:en Italie:en Portugal:au Royaume-Uni:au Irlande:en Pays-Bas:aux Suisse:en Pologne:en Grèce:en Suède:en Norvège:en Danemark:au Finlande:en Hongrie:en Roumanie:en Ukraine:en Russie:en Biélorussie:en Serbie:en Croatie:en Bulgarie:en Slovaquie:en Tchéquie:en',
	'amérique du Nord': 'États-Unis:aux Canada:au Mexique:au Cuba:à Haïti:en',
	'amérique latine':
		'Brésil:au Argentine:en Chili:au Colombie:en Pérou:au Venezuela:au Équateur:en Bolivie:en Uruguay:en Paraguay:au',
	asie: 'Chine:en Japon:au Inde:en Pakistan:au Afghanistan:en Indonésie:en Vietnam:au Thaïlande:en Philippines:aux Malaisie:en Bangladesh:au Birmanie:en Cambodge:au Kazakhstan:au',
	'moyen-orient':
		'Iran:en Irak:en Syrie:en Liban:au Israël:en Jordanie:en Turquie:en Égypte:en Arabie saoudite:en Yémen:au Qatar:au Koweït:au Oman:à',
	afrique:
		'Maroc:au Algérie:en Tunisie:en Libye:en Mali:au Niger:au Nigeria:au Sénégal:au Côte d’Ivoire:en Cameroun:au Éthiopie:en Kenya:au Afrique du Sud:en Soudan:au Congo:au Tchad:au Burkina Faso:au Madagascar:à',
	océanie: 'Australie:en Nouvelle-Zélande:en'
};

const CITIES: Record<Region, string> = {
	france:
		'Paris, Marseille, Lyon, Toulouse, Nice, Nantes, Strasbourg, Montpellier, Bordeaux, Lille, Rennes, Reims, Toulon, Grenoble, Dijon, Angers, Nîmes, Brest, Tours, Limoges, Amiens, Perpignan, Metz, Besançon, Orléans, Rouen, Caen, Nancy, Avignon, Poitiers',
	europe:
		'Londres, Berlin, Madrid, Rome, Bruxelles, Berne, Genève, Zurich, Lausanne, Vienne, Amsterdam, Lisbonne, Athènes, Varsovie, Prague, Budapest, Stockholm, Oslo, Copenhague, Dublin, Moscou, Kiev, Munich, Milan, Barcelone, Francfort',
	'amérique du Nord':
		'Washington, New York, Los Angeles, Chicago, Miami, San Francisco, Montréal, Québec, Ottawa, Toronto, Mexico',
	'amérique latine':
		'Rio de Janeiro, São Paulo, Buenos Aires, Bogota, Lima, Santiago, Caracas, Quito',
	asie: 'Pékin, Shanghai, Tokyo, Séoul, New Delhi, Bombay, Hong Kong, Taipei, Bangkok, Singapour, Manille, Jakarta, Islamabad, Kaboul',
	'moyen-orient':
		'Téhéran, Bagdad, Damas, Beyrouth, Jérusalem, Tel-Aviv, Amman, Ankara, Istanbul, Riyad, Doha, Dubaï',
	afrique:
		'Alger, Tunis, Rabat, Casablanca, Dakar, Abidjan, Bamako, Niamey, Lagos, Nairobi, Kinshasa, Johannesburg, Addis-Abeba, Tripoli',
	océanie: 'Sydney, Melbourne, Canberra, Auckland, Nouméa'
};

/** Every known place, countries then cities (which take `à`). */
export const KNOWN_PLACES: KnownPlace[] = [
	...Object.entries(COUNTRIES).flatMap(([region, list]) =>
		list.split(/(?<=:(?:en|au|aux|à))\s/u).map((entry) => {
			const [name, preposition] = entry.split(':') as [string, KnownPlace['preposition']];
			return { name, preposition, region: region as Region };
		})
	),
	...Object.entries(CITIES).flatMap(([region, list]) =>
		list.split(', ').map((name) => ({ name, preposition: 'à' as const, region: region as Region }))
	)
];

/** Accents and case aside: `Etats-Unis` is `États-Unis`. */
export const foldPlace = rememberText((s: string) =>
	s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/gu, '’').toLowerCase()
);

const BY_NAME = new Map(KNOWN_PLACES.map((p) => [foldPlace(p.name), p]));

/** The known place of this name, if any. */
export function knownPlace(name: string): KnownPlace | undefined {
	return BY_NAME.get(foldPlace(name));
}
