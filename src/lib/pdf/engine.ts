/**
 * The PDF library behind the template PDFs, in one place. Everything else imports from here,
 * so moving to the maintained fork is a change to the module names below:
 *   from 'pdf-lib'          → from '@cantoo/pdf-lib'
 *   from '@pdf-lib/fontkit' → from '@cantoo/fontkit'
 * (see README, "Templates and PDFs", for why pdf-lib 1.17.1 is used today).
 */
export {
	PDFDocument,
	PDFFont,
	PDFName,
	PDFHexString,
	PDFString,
	PDFDict,
	PDFNumber,
	PDFOperator,
	PDFOperatorNames,
	PDFArray,
	PDFRef,
	PDFRawStream,
	PDFStream,
	PDFTextField,
	PDFCheckBox,
	PDFRadioGroup,
	PDFDropdown,
	PDFOptionList,
	EncryptedPDFError,
	ParseSpeeds,
	PDFContext,
	PDFObjectParser,
	PDFPage,
	CustomFontEmbedder,
	StandardFonts,
	decodePDFRawStream,
	rgb,
} from 'pdf-lib';
export type { PDFForm, PDFObject } from 'pdf-lib';
export { default as fontkit } from '@pdf-lib/fontkit';
