/**
 * A tagged structure tree for template PDFs, written with pdf-lib's low-level API (pdf-lib has
 * none of its own): Document → H1, H2, P and Form elements in reading order; page text inside
 * marked content with an MCID, rules, boxes, running header and footer marked as artifacts; each
 * widget tied to its Form element by an object reference; the parent tree that maps both back;
 * and /MarkInfo. Screen readers then get headings and the order of labels and fields.
 */
import { PDFName, PDFDict, PDFNumber, PDFOperator, PDFOperatorNames as Ops, PDFArray, type PDFDocument, type PDFPage, type PDFRef } from './engine.ts';
import type { TextRole } from './layout.ts';

export class StructureBuilder {
	private readonly doc: PDFDocument;
	private readonly documentRef: PDFRef;
	private readonly children: PDFRef[] = [];
	/** per page: MCID → element */
	private readonly pageParents: PDFRef[][] = [];
	/** widget StructParent key → Form element */
	private readonly widgetParents: [number, PDFRef][] = [];
	private readonly pageCount: number;
	private open: { group: number; page: number; ref: PDFRef; kids: PDFArray } | undefined;

	constructor(doc: PDFDocument, pageCount: number) {
		this.doc = doc;
		this.pageCount = pageCount;
		this.documentRef = doc.context.nextRef();
	}

	/** Call once per page, before drawing on it. */
	startPage(page: PDFPage, index: number) {
		page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
		this.pageParents[index] = [];
	}

	private element(role: string, page: PDFPage, kids: PDFArray | PDFDict): PDFRef {
		const ref = this.doc.context.register(
			this.doc.context.obj({ Type: 'StructElem', S: role, P: this.documentRef, Pg: page.ref, K: kids }),
		);
		this.children.push(ref);
		return ref;
	}

	/** Draws text as tagged content: lines of one paragraph (same `group`) form one element. */
	text(page: PDFPage, pageIndex: number, role: TextRole, group: number, draw: () => void) {
		if (role === 'Artifact') {
			this.artifact(page, draw);
			return;
		}
		const mcids = this.pageParents[pageIndex]!;
		if (!this.open || this.open.group !== group || this.open.page !== pageIndex) {
			const kids = this.doc.context.obj([]);
			this.open = { group, page: pageIndex, ref: this.element(role, page, kids), kids };
		}
		const mcid = mcids.length;
		mcids.push(this.open.ref);
		this.open.kids.push(PDFNumber.of(mcid));
		// pdf-lib's operator types leave out dictionaries, which BDC takes inline; they serialise fine.
		const properties = this.doc.context.obj({ MCID: mcid }) as unknown as PDFName;
		page.pushOperators(PDFOperator.of(Ops.BeginMarkedContentSequence, [PDFName.of(role), properties]));
		draw();
		page.pushOperators(PDFOperator.of(Ops.EndMarkedContent));
	}

	/** Draws decoration that is not content (rules, boxes, page numbers). */
	artifact(page: PDFPage, draw: () => void) {
		page.pushOperators(PDFOperator.of(Ops.BeginMarkedContent, [PDFName.of('Artifact')]));
		draw();
		page.pushOperators(PDFOperator.of(Ops.EndMarkedContent));
	}

	/** Ties a widget annotation to a new Form element at this point of the reading order. */
	widget(page: PDFPage, widget: PDFDict, widgetRef: PDFRef) {
		this.open = undefined;
		const key = this.pageCount + this.widgetParents.length;
		const objr = this.doc.context.obj({ Type: 'OBJR', Obj: widgetRef, Pg: page.ref });
		const form = this.element('Form', page, objr);
		widget.set(PDFName.of('StructParent'), PDFNumber.of(key));
		this.widgetParents.push([key, form]);
	}

	/** Writes the tree into the catalog. */
	finish() {
		const { context, catalog } = this.doc;
		const nums: (number | PDFRef | PDFArray)[] = [];
		this.pageParents.forEach((refs, i) => nums.push(i, context.obj(refs)));
		for (const [key, ref] of this.widgetParents) nums.push(key, ref);
		const rootRef = context.nextRef();
		context.assign(this.documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: this.children }));
		context.assign(
			rootRef,
			context.obj({
				Type: 'StructTreeRoot',
				K: this.documentRef,
				ParentTree: context.obj({ Nums: nums }),
				ParentTreeNextKey: this.pageCount + this.widgetParents.length,
			}),
		);
		catalog.set(PDFName.of('StructTreeRoot'), rootRef);
		catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
	}
}
