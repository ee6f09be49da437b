import { escapeXml } from './escape';

const NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const SCHEMA = `${NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd`;

const LOM = 'http://ltsc.ieee.org/xsd/LOM';

/** An assignment id may hold any character; an XML ID may not. */
const ncName = (id: string) => id.replace(/[^\p{L}\p{N}_.-]/gu, '_');

/** An item file of the package: the question id and the item's path inside the zip. */
export interface ManifestItem {
	id: string;
	href: string;
}

/**
 * The imsmanifest.xml of a QTI 2.1 content package: one `imsqti_item_xmlv2p1` resource per item,
 * each listing its file, as LMS importers (Moodle, TAO, Canvas...) expect. Identifiers are
 * prefixed since an XML ID cannot start with a digit and the package and items share one space.
 */
export function qtiManifest(
	packageId: string,
	title: string,
	items: readonly ManifestItem[]
): string {
	const resources = items.map(
		(item) =>
			`    <resource identifier="RES-${ncName(item.id)}" type="imsqti_item_xmlv2p1" href="${escapeXml(item.href)}">\n` +
			`      <file href="${escapeXml(item.href)}"/>\n` +
			'    </resource>'
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:imsmd="${LOM}" xsi:schemaLocation="${SCHEMA}" identifier="MANIFEST-${ncName(packageId)}">`,
		'  <metadata>',
		'    <schema>QTIv2.1 Package</schema>',
		'    <schemaversion>1.0.0</schemaversion>',
		`    <imsmd:lom><imsmd:general><imsmd:title><imsmd:string language="fr">${escapeXml(title)}</imsmd:string></imsmd:title></imsmd:general></imsmd:lom>`,
		'  </metadata>',
		'  <organizations/>',
		'  <resources>',
		...resources,
		'  </resources>',
		'</manifest>',
		''
	].join('\n');
}
