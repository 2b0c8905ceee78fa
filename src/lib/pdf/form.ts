/**
 * Low-level form details pdf-lib leaves out: tooltips, the default resources of the form
 * (/DR) and the font of a form that is already made.
 */
import { PDFDict, PDFName, PDFHexString, PDFFont, PDFArray, PDFRef, CustomFontEmbedder, decodePDFRawStream, PDFRawStream, fontkit, type PDFDocument, type PDFForm } from './engine.ts';
import { plainText } from './fonts.ts';

/** Sets the tooltip (/TU) of a field or widget: what screen readers and most viewers announce. */
export function setTooltip(dict: PDFDict, text: string) {
	dict.set(PDFName.of('TU'), PDFHexString.fromText(text));
}

/**
 * Registers the form font in the form's default resources (/DR) and default appearance (/DA),
 * so viewers that redraw a field while a person types find a font with every letter.
 */
export function registerFormFont(form: PDFForm, font: PDFFont) {
	const { context } = form.acroForm.dict;
	const dr = form.acroForm.dict.lookupMaybe(PDFName.of('DR'), PDFDict) ?? context.obj({});
	const fonts = dr.lookupMaybe(PDFName.of('Font'), PDFDict) ?? context.obj({});
	fonts.set(PDFName.of(font.name), font.ref);
	dr.set(PDFName.of('Font'), fonts);
	form.acroForm.dict.set(PDFName.of('DR'), dr);
	form.acroForm.dict.set(PDFName.of('DA'), PDFHexString.fromText(`/${font.name} 10 Tf 0 g`));
	// Let viewers use our appearances rather than regenerating every field on open.
	form.acroForm.dict.delete(PDFName.of('NeedAppearances'));
}

/**
 * The form font of a template PDF, taken from its /DR and the font file embedded in it, as a
 * pdf-lib font that reuses the embedded font instead of embedding another copy.
 *
 * @throws Error when the PDF has no embedded TrueType form font (not a template PDF)
 */
export async function embeddedFormFont(doc: PDFDocument, form: PDFForm): Promise<PDFFont> {
	const dr = form.acroForm.dict.lookupMaybe(PDFName.of('DR'), PDFDict);
	const fonts = dr?.lookupMaybe(PDFName.of('Font'), PDFDict);
	for (const [name, ref] of fonts?.entries() ?? []) {
		if (!(ref instanceof PDFRef)) continue;
		const font = doc.context.lookupMaybe(ref, PDFDict);
		const descendant = font?.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookupMaybe(0, PDFDict);
		const descriptor = descendant?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
		const file = descriptor ? descriptor.context.lookup(descriptor.get(PDFName.of('FontFile2'))) : undefined;
		if (!(file instanceof PDFRawStream)) continue;
		const bytes = decodePDFRawStream(file).decode();
		doc.registerFontkit(fontkit);
		const embedder = await CustomFontEmbedder.for(fontkit, bytes, undefined, plainText);
		if (embedder.fontName !== name.decodeText()) continue;
		// Not added to the document's font list: nothing is embedded again on save.
		return PDFFont.of(ref, doc, embedder);
	}
	throw new Error('This PDF has no embedded form font: it was not made from a WIN Toolkit template.');
}

/**
 * Lets widgets with identical appearances share one appearance stream. pdf-lib draws every
 * check box, radio button and empty cell separately; a table of forty cells would otherwise
 * carry forty copies of the same border, each stream with its own uncompressible header.
 */
export function shareAppearanceStreams(doc: PDFDocument, form: PDFForm) {
	const { context } = doc;
	const seen = new Map<string, PDFRef>();
	const keyOf = (ref: PDFRef): string | undefined => {
		const stream = context.lookup(ref);
		if (!stream || !('getContents' in stream) || !('dict' in stream)) return undefined;
		const contents = (stream as { getContents(): Uint8Array }).getContents();
		return `${(stream as { dict: PDFDict }).dict.toString()}|${Array.from(contents, (b) => String.fromCharCode(b)).join('')}`;
	};
	const share = (ref: PDFRef): PDFRef => {
		const key = keyOf(ref);
		if (key === undefined) return ref;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, ref);
			return ref;
		}
		if (first !== ref) context.delete(ref);
		return first;
	};
	for (const field of form.getFields()) {
		for (const widget of field.acroField.getWidgets()) {
			const ap = widget.dict.lookupMaybe(PDFName.of('AP'), PDFDict);
			if (!ap) continue;
			for (const [kind, value] of ap.entries()) {
				if (value instanceof PDFRef) {
					ap.set(kind, share(value));
				} else if (value instanceof PDFDict) {
					for (const [state, ref] of value.entries()) if (ref instanceof PDFRef) value.set(state, share(ref));
				}
			}
		}
	}
}

/**
 * Drops objects nothing refers to any more. pdf-lib keeps every appearance stream it ever drew,
 * including those replaced when a field's font size or value changed; without this pass a
 * form carries each widget's drawings two or three times.
 */
export function dropUnreachableObjects(doc: PDFDocument) {
	const { context } = doc;
	const reached = new Set<PDFRef>();
	const visit = (value: unknown): void => {
		if (value instanceof PDFRef) {
			if (reached.has(value)) return;
			reached.add(value);
			visit(context.lookup(value));
		} else if (value instanceof PDFDict) {
			for (const [, v] of value.entries()) visit(v);
		} else if (value instanceof PDFArray) {
			for (const v of value.asArray()) visit(v);
		} else if (value && typeof value === 'object' && 'dict' in value && (value as { dict: unknown }).dict instanceof PDFDict) {
			visit((value as { dict: PDFDict }).dict);
		}
	};
	const { Root, Info, Encrypt } = context.trailerInfo;
	[Root, Info, Encrypt].forEach(visit);
	for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref)) context.delete(ref);
}
