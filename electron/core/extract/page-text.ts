/**
 * A page's text items, read from the operator list it already has (see operator-text.ts),
 * with the fonts they are set in.
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import { fontIdsOf, textItemsFromOperators, type TextFont, type TextItem } from './operator-text';

interface PdfjsFont {
  name?: string | null;
  vertical?: boolean;
  ascent?: number;
  descent?: number;
  fontMatrix?: ArrayLike<number> | null;
  isType3Font?: boolean;
  bbox?: ArrayLike<number> | null;
}

/** Fonts are document objects: their properties are read once per document, not per page. */
const fontsByDocument = new WeakMap<object, Map<string, TextFont | undefined>>();

/** The text properties of each font the page uses; a font pdf.js failed to load maps to undefined. */
async function pageFonts(page: PDFPageProxy, ids: Set<string>): Promise<Map<string, TextFont | undefined>> {
  const objs = page.commonObjs;
  let fonts = fontsByDocument.get(objs);
  if (!fonts) fontsByDocument.set(objs, (fonts = new Map()));
  for (const id of ids) {
    if (fonts.has(id)) continue;
    const font = (objs.has(id) ? objs.get(id) : await new Promise((resolve) => objs.get(id, resolve))) as PdfjsFont | string | null;
    fonts.set(
      id,
      font && typeof font === 'object'
        ? {
            name: font.name ?? null,
            vertical: !!font.vertical,
            ascent: Number(font.ascent),
            descent: Number(font.descent),
            fontMatrix: font.fontMatrix ? Array.from(font.fontMatrix) : null,
            isType3Font: !!font.isType3Font,
            bbox: font.bbox ? Array.from(font.bbox) : null,
          }
        : undefined,
    );
  }
  return fonts;
}

/** The page's text items in user space, as `page.getTextContent()` gives its non-blank ones, and their fonts by id. */
export async function readTextItems(
  page: PDFPageProxy,
  fnArray: readonly number[],
  argsArray: readonly unknown[],
): Promise<{ items: TextItem[]; fonts: Map<string, TextFont | undefined> }> {
  const fonts = await pageFonts(page, fontIdsOf(fnArray, argsArray));
  return { items: textItemsFromOperators(fnArray, argsArray, (id) => fonts.get(id), page.view), fonts };
}
