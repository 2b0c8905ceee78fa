/**
 * Edits a PDF the way many viewers save a filled form: the changed objects appended to the
 * file as an incremental update (new objects, a new cross-reference section pointing back to
 * the previous one), the original bytes left untouched.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';

/** Sets text fields' values (`/V`) in an incremental update appended to `bytes`. */
export async function appendTextValues(bytes: Uint8Array, values: Record<string, string>): Promise<Uint8Array> {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
	const previous = Number(tail.match(/startxref\s+(\d+)\s+%%EOF\s*$/)?.[1]);
	if (!Number.isFinite(previous)) throw new Error('no startxref at the end of the PDF');
	const chunks: string[] = [];
	const offsets: [number, number][] = [];
	let length = bytes.length;
	for (const [name, text] of Object.entries(values)) {
		const field = doc.getForm().getTextField(name);
		const ref: PDFRef = field.ref;
		const dict = doc.context.lookup(ref, PDFDict).clone(doc.context);
		dict.set(PDFName.of('V'), PDFHexString.fromText(text));
		const object = `\n${ref.objectNumber} ${ref.generationNumber} obj\n${dict.toString()}\nendobj\n`;
		offsets.push([ref.objectNumber, length + 1]);
		chunks.push(object);
		length += object.length;
	}
	const xrefAt = length;
	const lines = ['xref'];
	for (const [number, offset] of offsets) lines.push(`${number} 1`, `${String(offset).padStart(10, '0')} 00000 n\r`);
	const trailer = doc.context.trailerInfo;
	// The previous section's /Size (its trailer or cross-reference stream), or more if needed.
	const sizes = [...new TextDecoder('latin1').decode(bytes.subarray(previous)).matchAll(/\/Size\s+(\d+)/g)].map((m) => Number(m[1]));
	const size = Math.max(...sizes, ...doc.context.enumerateIndirectObjects().map(([r]) => r.objectNumber + 1));
	const refs = [`/Root ${trailer.Root}`, trailer.Info ? `/Info ${trailer.Info}` : ''].filter(Boolean).join(' ');
	lines.push('trailer', `<< /Size ${size} ${refs} /Prev ${previous} >>`, 'startxref', String(xrefAt), '%%EOF', '');
	const appended = new TextEncoder().encode(chunks.join('') + lines.join('\n'));
	// Only ASCII was written (hex strings), so character and byte offsets agree.
	const out = new Uint8Array(bytes.length + appended.length);
	out.set(bytes);
	out.set(appended, bytes.length);
	return out;
}
