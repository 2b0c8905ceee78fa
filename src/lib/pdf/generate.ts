/**
 * Makes the blank, fillable PDF of a template in one language. Runs in Node and in the browser:
 * no file access, fonts come in as bytes.
 */
import type { TemplateDefinition } from '../../../templates/schema.ts';
import type { Lang } from '../../config/locales.ts';
import type { PdfStrings } from '../templates/strings.ts';
import { PDFDocument, PDFName, PDFHexString, PDFDict, PDFRef, fontkit, rgb, type PDFFont, type PDFPage } from './engine.ts';
import { plainText, type FontSet } from './fonts.ts';
import { A4, layoutTemplate, type FieldWidget, type LayoutItem, type Metrics } from './layout.ts';
import { metadataKeys, stampKeywords } from './metadata.ts';
import { StructureBuilder } from './structure.ts';
import { setTooltip, registerFormFont, shareAppearanceStreams, dropUnreachableObjects } from './form.ts';

export interface GenerateOptions {
	fonts: FontSet;
	strings: PdfStrings;
	/**
	 * Creation and modification date written into the PDF. Fixed by default so the same
	 * definition always gives the same bytes (and the same hash in the manifest).
	 */
	date?: Date;
}

/** Date written into generated PDFs unless another is given. */
export const defaultPdfDate = new Date(Date.UTC(2026, 10, 29));

const colors = {
	ink: rgb(0.1, 0.1, 0.12),
	muted: rgb(0.3, 0.3, 0.33),
	rule: rgb(0.45, 0.45, 0.48),
	faint: rgb(0.72, 0.72, 0.74),
	border: rgb(0.35, 0.35, 0.38),
	white: rgb(1, 1, 1),
};

/** Embeds the two fonts: the regular one whole (every glyph, widths and Unicode map), the bold one as a subset. */
export async function embedFonts(doc: PDFDocument, fonts: FontSet): Promise<{ regular: PDFFont; bold: PDFFont }> {
	doc.registerFontkit(fontkit);
	const regular = await doc.embedFont(fonts.regular, { subset: false, features: plainText });
	const bold = await doc.embedFont(fonts.bold, { subset: true, features: plainText });
	// pdf-lib writes widths (/W) and the Unicode map (/ToUnicode) only for glyphs it has encoded.
	// Encode every character once, so letters first typed later in a viewer or by `fillTemplatePdf`
	// get the right width and can be extracted as text.
	regular.encodeText(String.fromCodePoint(...regular.getCharacterSet().filter((c) => c >= 0x20)));
	return { regular, bold };
}

function metricsOf(fonts: { regular: PDFFont; bold: PDFFont }): Metrics {
	return { width: (text, size, weight) => fonts[weight].widthOfTextAtSize(text, size) };
}

function draw(page: PDFPage, item: Exclude<LayoutItem, FieldWidget>, fonts: { regular: PDFFont; bold: PDFFont }) {
	switch (item.type) {
		case 'text':
			page.drawText(item.text, { x: item.x, y: item.y, size: item.size, font: fonts[item.weight], color: colors[item.tone] });
			break;
		case 'line':
			page.drawLine({ start: { x: item.x1, y: item.y1 }, end: { x: item.x2, y: item.y2 }, thickness: item.thickness, color: colors[item.tone] });
			break;
		case 'box':
			page.drawRectangle({ x: item.x, y: item.y, width: item.width, height: item.height, borderColor: colors.rule, borderWidth: 0.6 });
			break;
	}
}

/**
 * Generates the fillable PDF of a template in one language.
 *
 * Fields are AcroForm fields named by field id (see `names.ts`), with the label as tooltip;
 * the document carries its title (shown in the window title bar), language, tab order and the
 * template's id, version and language in its metadata.
 *
 * @returns the PDF's bytes
 */
export async function generateTemplatePdf(def: TemplateDefinition, lang: Lang, options: GenerateOptions): Promise<Uint8Array> {
	const doc = await PDFDocument.create({ updateMetadata: false });
	const fonts = await embedFonts(doc, options.fonts);
	const layout = layoutTemplate(def, lang, options.strings, metricsOf(fonts));
	const form = doc.getForm();
	const date = options.date ?? defaultPdfDate;

	const title = def.title[lang];
	doc.setTitle(title, { showInWindowTitleBar: true });
	doc.setSubject(def.purpose[lang]);
	doc.setAuthor('WIN Toolkit');
	doc.setCreator('WIN Toolkit');
	doc.setProducer('WIN Toolkit with pdf-lib');
	doc.setKeywords(stampKeywords({ id: def.id, version: def.version, lang }));
	doc.setLanguage(lang);
	doc.setCreationDate(date);
	doc.setModificationDate(date);
	const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
	info.set(PDFName.of(metadataKeys.id), PDFHexString.fromText(def.id));
	info.set(PDFName.of(metadataKeys.version), PDFHexString.fromText(def.version));
	info.set(PDFName.of(metadataKeys.lang), PDFHexString.fromText(lang));

	const tooltips = new Map<string, string>();
	const structure = new StructureBuilder(doc, layout.pages.length);
	for (const [pageIndex, pageLayout] of layout.pages.entries()) {
		const page = doc.addPage([A4.width, A4.height]);
		// Tab order follows the document structure (reading order of the widgets).
		page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
		structure.startPage(page, pageIndex);
		for (const item of pageLayout.items) {
			if (item.type === 'text') {
				structure.text(page, pageIndex, item.role, item.group, () => draw(page, item, fonts));
				continue;
			}
			if (item.type !== 'field') {
				structure.artifact(page, () => draw(page, item, fonts));
				continue;
			}
			const appearance = { x: item.x, y: item.y, width: item.width, height: item.height, borderWidth: item.border ? 0.75 : 0, borderColor: item.border ? colors.border : undefined, textColor: colors.ink };
			const before = new Set(page.node.Annots()?.asArray().map(String) ?? []);
			if (item.widget === 'text' || item.widget === 'multiline') {
				const field = form.createTextField(item.name);
				if (item.widget === 'multiline') field.enableMultiline();
				if (item.maxLength) field.setMaxLength(item.maxLength);
				// No background: the writing lines printed beneath stay visible.
				field.addToPage(page, { ...appearance, backgroundColor: undefined, font: fonts.regular });
				field.setFontSize(item.fontSize);
			} else if (item.widget === 'checkbox') {
				form.createCheckBox(item.name).addToPage(page, { ...appearance, backgroundColor: colors.white });
			} else {
				const group = tooltips.has(item.name) ? form.getRadioGroup(item.name) : form.createRadioGroup(item.name);
				group.addOptionToPage(item.option!, page, { ...appearance, backgroundColor: colors.white });
			}
			tooltips.set(item.name, item.fieldTooltip);
			const added = page.node.Annots()!.asArray().find((ref) => !before.has(String(ref)));
			if (added instanceof PDFRef) {
				const widget = doc.context.lookup(added, PDFDict);
				setTooltip(widget, item.tooltip);
				structure.widget(page, widget, added);
			}
		}
	}
	for (const [name, tooltip] of tooltips) setTooltip(form.getField(name).acroField.dict, tooltip);
	setParentTooltips(form, def, lang);

	structure.finish();
	registerFormFont(form, fonts.regular);
	form.updateFieldAppearances(fonts.regular);
	shareAppearanceStreams(doc, form);
	dropUnreachableObjects(doc);
	return doc.save({ useObjectStreams: true, updateFieldAppearances: false });
}

/** Parent fields (a multichoice field's group of boxes, a table) get the field's label as tooltip. */
function setParentTooltips(form: ReturnType<PDFDocument['getForm']>, def: TemplateDefinition, lang: Lang) {
	const parents = new Map(def.sections.flatMap((s) => s.fields.filter((f) => f.kind === 'multichoice' || f.kind === 'table').map((f) => [f.id, f.label[lang]] as const)));
	for (const field of form.acroForm.getAllFields()) {
		const [acro] = field;
		const name = acro.getPartialName();
		if (name && parents.has(name) && !acro.getParent()) setTooltip(acro.dict, parents.get(name)!);
	}
}
