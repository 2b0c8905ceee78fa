/**
 * A fast way to read the form of a template PDF: follow the cross-reference table from the end
 * of the file and parse only the objects the form needs (its fields and their widgets, the
 * document information), instead of every object as `PDFDocument.load` does. A coordinator who
 * adds up a thousand surveys waits seconds instead of half a minute.
 *
 * It uses pdf-lib's own object parser and stream decoders, and follows what pdf-lib's form API
 * reads (field names, inherited values, radio export values, a check box's "on" state), so both
 * give the same fields; the unit tests compare them on every kept fixture. Anything unexpected
 * (a broken cross-reference table, an offset that does not point at its object) throws, and the
 * caller reads the file again with pdf-lib, which scans the whole file instead.
 */
import { PDFArray, PDFContext, PDFDict, PDFHexString, PDFName, PDFNumber, PDFObjectParser, PDFRawStream, PDFRef, PDFString, decodePDFRawStream, type PDFObject } from './engine.ts';
import { metadataKeys, parseKeywords, type TemplateStamp } from './metadata.ts';
import type { RawField } from './read.ts';

type Entry = { kind: 'offset'; offset: number } | { kind: 'compressed'; stream: number; index: number };

const latin1 = (bytes: Uint8Array, from: number, to: number) => {
	let s = '';
	for (let i = Math.max(0, from); i < Math.min(bytes.length, to); i++) s += String.fromCharCode(bytes[i]!);
	return s;
};

/**
 * Undoes the PNG predictors (/Predictor 10–15 in /DecodeParms) that Acrobat, qpdf and others
 * apply to cross-reference streams; pdf-lib's stream decoders leave them in place.
 */
function unpredict(data: Uint8Array, parms: PDFObject | undefined): Uint8Array {
	if (!(parms instanceof PDFDict)) return data;
	const get = (key: string, fallback: number) => {
		const value = parms.get(PDFName.of(key));
		return value instanceof PDFNumber ? value.asNumber() : fallback;
	};
	const predictor = get('Predictor', 1);
	if (predictor === 1) return data;
	if (predictor < 10) throw new Error(`predictor ${predictor} not supported`);
	const bits = get('Colors', 1) * get('BitsPerComponent', 8);
	const bpp = Math.max(1, Math.ceil(bits / 8));
	const width = Math.ceil((bits * get('Columns', 1)) / 8);
	const rows = Math.floor(data.length / (width + 1));
	const out = new Uint8Array(rows * width);
	for (let r = 0; r < rows; r++) {
		const filter = data[r * (width + 1)]!;
		const at = r * (width + 1) + 1;
		const row = r * width;
		for (let i = 0; i < width; i++) {
			const left = i >= bpp ? out[row + i - bpp]! : 0;
			const up = r > 0 ? out[row - width + i]! : 0;
			const upLeft = r > 0 && i >= bpp ? out[row - width + i - bpp]! : 0;
			let add: number;
			if (filter === 0) add = 0;
			else if (filter === 1) add = left;
			else if (filter === 2) add = up;
			else if (filter === 3) add = (left + up) >> 1;
			else if (filter === 4) {
				const p = left + up - upLeft;
				const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
				add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
			} else throw new Error(`bad PNG predictor row filter ${filter}`);
			out[row + i] = (data[at + i]! + add) & 0xff;
		}
	}
	return out;
}

/** A stream's data with its filters and predictor undone. */
const decoded = (stream: PDFRawStream) => unpredict(decodePDFRawStream(stream).decode(), stream.dict.get(PDFName.of('DecodeParms')));

class LazyPdf {
	private readonly bytes: Uint8Array;
	private readonly context = PDFContext.create();
	private readonly entries = new Map<number, Entry>();
	private readonly cache = new Map<number, PDFObject>();
	private readonly objectStreams = new Map<number, { data: Uint8Array; first: number; offsets: Map<number, number> }>();
	readonly trailer = new Map<string, PDFObject>();

	constructor(bytes: Uint8Array) {
		this.bytes = bytes;
		const tail = latin1(bytes, bytes.length - 1024, bytes.length);
		const at = tail.lastIndexOf('startxref');
		if (at < 0) throw new Error('no startxref');
		const offset = Number(/startxref\s+(\d+)/.exec(tail.slice(at))?.[1]);
		if (!Number.isFinite(offset)) throw new Error('bad startxref');
		const seen = new Set<number>();
		let next: number | undefined = offset;
		while (next !== undefined) {
			if (seen.has(next) || seen.size > 50) throw new Error('cross-reference loop');
			seen.add(next);
			next = this.readSection(next);
		}
	}

	/** Reads one cross-reference section (table or stream) and its trailer; returns the previous section's offset. */
	private readSection(offset: number): number | undefined {
		const head = latin1(this.bytes, offset, offset + 16);
		let trailer: PDFDict;
		if (head.startsWith('xref')) {
			trailer = this.readTable(offset + 4);
			const stream = trailer.get(PDFName.of('XRefStm'));
			if (stream instanceof PDFNumber) this.readStream(stream.asNumber());
		} else {
			trailer = this.readStream(offset);
		}
		for (const [key, value] of trailer.entries()) {
			const name = key.asString();
			if (!this.trailer.has(name)) this.trailer.set(name, value);
		}
		const prev = trailer.get(PDFName.of('Prev'));
		return prev instanceof PDFNumber ? prev.asNumber() : undefined;
	}

	private add(number: number, entry: Entry) {
		// Newer sections are read first: the first entry for a number wins.
		if (!this.entries.has(number)) this.entries.set(number, entry);
	}

	private readTable(start: number): PDFDict {
		const end = this.indexOf('trailer', start);
		if (end < 0) throw new Error('no trailer');
		const tokens = latin1(this.bytes, start, end).trim().split(/\s+/);
		let i = 0;
		while (i < tokens.length) {
			const first = Number(tokens[i]);
			const count = Number(tokens[i + 1]);
			if (!Number.isInteger(first) || !Number.isInteger(count)) throw new Error('bad xref subsection');
			i += 2;
			for (let n = 0; n < count; n++, i += 3) {
				const type = tokens[i + 2];
				if (type === 'n') this.add(first + n, { kind: 'offset', offset: Number(tokens[i]) });
				else if (type !== 'f') throw new Error('bad xref entry');
			}
		}
		const dict = this.parseAt(this.bytes, end + 'trailer'.length);
		if (!(dict instanceof PDFDict)) throw new Error('bad trailer');
		return dict;
	}

	private readStream(offset: number): PDFDict {
		const stream = this.parseObjectAt(offset);
		if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Type')) !== PDFName.of('XRef')) throw new Error('not an xref stream');
		const { dict } = stream;
		const widths = (dict.get(PDFName.of('W')) as PDFArray).asArray().map((n) => (n as PDFNumber).asNumber());
		const size = (dict.get(PDFName.of('Size')) as PDFNumber).asNumber();
		const index = dict.get(PDFName.of('Index'));
		const ranges = index instanceof PDFArray ? index.asArray().map((n) => (n as PDFNumber).asNumber()) : [0, size];
		const data = decoded(stream);
		const [w1, w2, w3] = widths as [number, number, number];
		const read = (at: number, width: number) => {
			let value = 0;
			for (let k = 0; k < width; k++) value = value * 256 + data[at + k]!;
			return value;
		};
		let at = 0;
		for (let r = 0; r < ranges.length; r += 2) {
			for (let n = 0; n < ranges[r + 1]!; n++) {
				const type = w1 === 0 ? 1 : read(at, w1);
				const f2 = read(at + w1, w2);
				const f3 = read(at + w1 + w2, w3);
				at += w1 + w2 + w3;
				if (type === 1) this.add(ranges[r]! + n, { kind: 'offset', offset: f2 });
				else if (type === 2) this.add(ranges[r]! + n, { kind: 'compressed', stream: f2, index: f3 });
			}
		}
		return dict;
	}

	private indexOf(text: string, from: number): number {
		const first = text.charCodeAt(0);
		outer: for (let i = from; i <= this.bytes.length - text.length; i++) {
			if (this.bytes[i] !== first) continue;
			for (let k = 1; k < text.length; k++) if (this.bytes[i + k] !== text.charCodeAt(k)) continue outer;
			return i;
		}
		return -1;
	}

	private parseAt(bytes: Uint8Array, offset: number): PDFObject {
		return PDFObjectParser.forBytes(bytes.subarray(offset), this.context).parseObject();
	}

	/** Parses `n g obj … endobj` at an offset; checks the object number when one is expected. */
	private parseObjectAt(offset: number, expected?: number): PDFObject {
		const head = /^\s*(\d+)\s+(\d+)\s+obj/.exec(latin1(this.bytes, offset, offset + 40));
		if (!head || (expected !== undefined && Number(head[1]) !== expected)) throw new Error(`no object ${expected ?? ''} at offset ${offset}`);
		return this.parseAt(this.bytes, offset + head[0].length);
	}

	private objectStream(number: number) {
		let found = this.objectStreams.get(number);
		if (!found) {
			// An object stream is never itself in an object stream; without this check a broken table could loop.
			if (this.entries.get(number)?.kind !== 'offset') throw new Error(`object stream ${number} has no offset`);
			const stream = this.object(number);
			if (!(stream instanceof PDFRawStream)) throw new Error(`object ${number} is not an object stream`);
			const data = decoded(stream);
			const count = (stream.dict.get(PDFName.of('N')) as PDFNumber).asNumber();
			const first = (stream.dict.get(PDFName.of('First')) as PDFNumber).asNumber();
			const pairs = latin1(data, 0, first).trim().split(/\s+/).map(Number);
			const offsets = new Map<number, number>();
			for (let i = 0; i < count; i++) offsets.set(pairs[2 * i]!, pairs[2 * i + 1]!);
			found = { data, first, offsets };
			this.objectStreams.set(number, found);
		}
		return found;
	}

	/** An indirect object by number. */
	object(number: number): PDFObject | undefined {
		const cached = this.cache.get(number);
		if (cached) return cached;
		const entry = this.entries.get(number);
		if (!entry) return undefined;
		let value: PDFObject;
		if (entry.kind === 'offset') value = this.parseObjectAt(entry.offset, number);
		else {
			const stream = this.objectStream(entry.stream);
			const offset = stream.offsets.get(number);
			if (offset === undefined) throw new Error(`object ${number} is not in object stream ${entry.stream}`);
			value = this.parseAt(stream.data, stream.first + offset);
		}
		this.cache.set(number, value);
		return value;
	}

	/** An object with references followed. */
	resolve(value: PDFObject | undefined): PDFObject | undefined {
		return value instanceof PDFRef ? this.object(value.objectNumber) : value;
	}

	get(dict: PDFDict | undefined, key: string): PDFObject | undefined {
		return dict ? this.resolve(dict.get(PDFName.of(key))) : undefined;
	}

	dict(dict: PDFDict | undefined, key: string): PDFDict | undefined {
		const value = this.get(dict, key);
		return value instanceof PDFDict ? value : value instanceof PDFRawStream ? value.dict : undefined;
	}
}

const textOf = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

/** A value inherited down the field tree (`/FT`, `/Ff`, `/V`). */
function inherited(pdf: LazyPdf, chain: readonly PDFDict[], key: string): PDFObject | undefined {
	for (let i = chain.length - 1; i >= 0; i--) {
		const value = pdf.get(chain[i], key);
		if (value !== undefined) return value;
	}
	return undefined;
}

/** The "on" state of a widget: the first name of its normal appearances other than /Off. */
function onValue(pdf: LazyPdf, widget: PDFDict): PDFName | undefined {
	const normal = pdf.get(pdf.dict(widget, 'AP'), 'N');
	return normal instanceof PDFDict ? normal.keys().find((key) => key !== PDFName.of('Off')) : undefined;
}

function terminal(pdf: LazyPdf, chain: readonly PDFDict[], widgets: readonly PDFDict[]): RawField | undefined {
	const type = inherited(pdf, chain, 'FT');
	const value = inherited(pdf, chain, 'V');
	if (type === PDFName.of('Tx')) return { kind: 'text', text: textOf(value) ?? '' };
	if (type === PDFName.of('Ch')) return { kind: 'text', text: (value instanceof PDFArray ? textOf(pdf.resolve(value.get(0))) : textOf(value)) ?? '' };
	if (type !== PDFName.of('Btn')) return undefined;
	const flags = inherited(pdf, chain, 'Ff');
	const ff = flags instanceof PDFNumber ? flags.asNumber() : 0;
	if (ff & (1 << 16)) return undefined; // push button
	const selected = value instanceof PDFName ? value : PDFName.of('Off');
	if (ff & (1 << 15)) {
		if (selected === PDFName.of('Off')) return { kind: 'radio', selected: undefined };
		const field = chain[chain.length - 1]!;
		const opt = pdf.get(field, 'Opt');
		const exports = opt instanceof PDFArray ? opt.asArray().map((v) => textOf(pdf.resolve(v))).filter((v) => v !== undefined) : textOf(opt) !== undefined ? [textOf(opt)!] : undefined;
		if (exports) {
			const ons = widgets.map((w) => onValue(pdf, w)).filter((v): v is PDFName => v !== undefined);
			const at = ons.indexOf(selected);
			if (at >= 0 && exports[at] !== undefined) return { kind: 'radio', selected: exports[at] };
		}
		return { kind: 'radio', selected: selected.decodeText() };
	}
	const on = widgets[0] ? onValue(pdf, widgets[0]) : undefined;
	return { kind: 'checkbox', checked: on !== undefined && on === selected };
}

/** Walks the field tree: full names joined by dots, terminal fields read. */
function walk(pdf: LazyPdf, node: PDFDict, chain: PDFDict[], prefix: string, out: Map<string, RawField>, depth: number) {
	if (depth > 20) throw new Error('field tree too deep');
	const title = textOf(pdf.get(node, 'T'));
	const name = title === undefined ? prefix : prefix ? `${prefix}.${title}` : title;
	const kids = pdf.get(node, 'Kids');
	const kidDicts = kids instanceof PDFArray ? kids.asArray().map((k) => pdf.resolve(k)).filter((k): k is PDFDict => k instanceof PDFDict) : [];
	const here = [...chain, node];
	if (kidDicts.some((k) => k.has(PDFName.of('T')))) {
		for (const kid of kidDicts) walk(pdf, kid, here, name, out, depth + 1);
		return;
	}
	const field = terminal(pdf, here, kids instanceof PDFArray ? kidDicts : [node]);
	if (field) out.set(name, field);
}

/**
 * The template stamp and form fields of a PDF, read without loading the whole document.
 * `encrypted` when the file is encrypted (nothing else is read then).
 * @throws Error for anything it does not expect; read the file with pdf-lib instead
 */
export function quickReadFields(bytes: Uint8Array): { encrypted: true; stamp?: undefined; fields?: undefined } | { encrypted: false; stamp: TemplateStamp | undefined; fields: Map<string, RawField> } {
	const pdf = new LazyPdf(bytes);
	if (pdf.trailer.has('/Encrypt')) return { encrypted: true };
	const info = pdf.resolve(pdf.trailer.get('/Info'));
	let stamp: TemplateStamp | undefined;
	if (info instanceof PDFDict) {
		const text = (key: string) => textOf(pdf.get(info, key));
		const id = text(metadataKeys.id);
		const version = text(metadataKeys.version);
		const lang = text(metadataKeys.lang);
		stamp = id && version && lang ? { id, version, lang } : parseKeywords(text('Keywords'));
	}
	const root = pdf.resolve(pdf.trailer.get('/Root'));
	if (!(root instanceof PDFDict)) throw new Error('no catalog');
	const fields = new Map<string, RawField>();
	const list = pdf.get(pdf.dict(root, 'AcroForm'), 'Fields');
	if (list instanceof PDFArray) {
		for (const ref of list.asArray()) {
			const node = pdf.resolve(ref);
			if (node instanceof PDFDict) walk(pdf, node, [], '', fields, 0);
		}
	}
	return { encrypted: false, stamp, fields };
}
