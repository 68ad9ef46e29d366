/**
 * The text items of a page, read from its pdf.js operator list instead of a second
 * parse of the content stream by `page.getTextContent()`. This is a port of the item
 * building of pdf.js 5.6's `PartialEvaluator.getTextContent` (src/core/evaluator.js):
 * the same text state, the same rules for where an item ends, where a space is put
 * in and which glyphs fall outside the page, so the items come out as pdf.js makes
 * them. Items of white space only and end-of-line markers are left out (page reading
 * drops them), and so is pdf.js's bidi pass, which only reorders right-to-left scripts.
 *
 * The operator list already carries what is needed: `showText` holds the glyphs (with
 * their unicode, width and char code; TJ's spacing numbers between them) and
 * `setFont` the font's id, whose properties the caller looks up.
 */
import { OPS } from './pdf-operators';

type Matrix = number[];

/** The properties of a pdf.js font that text layout reads (a `FontFaceObject` has them). */
export interface TextFont {
  name: string | null;
  vertical: boolean;
  ascent: number;
  descent: number;
  fontMatrix: number[] | null;
  isType3Font: boolean;
  bbox: number[] | null;
}

/** A glyph of a `showText` operator, as pdf.js sends it. */
interface Glyph {
  originalCharCode: number;
  unicode: string;
  width: number;
  vmetric?: number[] | null;
}

export interface TextItem {
  str: string;
  /** Text space to user space at the item's start: [a, b, c, d, e, f]. */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** The arguments of an operator that has none (pdf.js gives null): shared, never written. */
export const NO_ARGS: readonly unknown[] = Object.freeze([]);
const FONT_IDENTITY_MATRIX: Matrix = [0.001, 0, 0, 0.001, 0, 0];

// pdf.js's thresholds, in multiples of the font size.
const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

function transform(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

/**
 * pdf.js hands text and form matrices over as Float32Array; getTextContent uses the
 * content stream's numbers. The shortest decimal that rounds to the same float32 is,
 * for the few-digit numbers PDF writers print, the number the stream had.
 */
export function streamNumber(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  for (let decimals = 1, scale = 10; decimals <= 8; decimals++, scale *= 10) {
    // An integer divided by a power of ten rounds correctly: exactly the decimal's double.
    const candidate = Math.round(value * scale) / scale;
    if (Math.fround(candidate) === value) return candidate;
  }
  return value;
}

function streamMatrix(value: unknown): Matrix | null {
  if (value instanceof Float32Array) {
    return value.length < 6 ? null : [streamNumber(value[0]!), streamNumber(value[1]!), streamNumber(value[2]!), streamNumber(value[3]!), streamNumber(value[4]!), streamNumber(value[5]!)];
  }
  return Array.isArray(value) && value.length >= 6 ? (value.slice(0, 6) as Matrix) : null;
}

const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
interface CharCategory {
  isWhitespace: boolean;
  isZeroWidthDiacritic: boolean;
  isInvisibleFormatMark: boolean;
}
const categories = new Map<string, CharCategory>();
function categoryOf(char: string): CharCategory {
  let category = categories.get(char);
  if (!category) {
    const groups = SPECIAL_CHAR.exec(char);
    category = { isWhitespace: !!groups?.[1], isZeroWidthDiacritic: !!groups?.[2], isInvisibleFormatMark: !!groups?.[3] };
    categories.set(char, category);
  }
  return category;
}

class TextState {
  ctm: Matrix = IDENTITY;
  loadedName: string | null = null;
  font: TextFont | null = null;
  fontSize = 0;
  fontMatrix: Matrix = FONT_IDENTITY_MATRIX;
  textMatrix: Matrix = [...IDENTITY];
  textLineMatrix: Matrix = [...IDENTITY];
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  clone(): TextState {
    const copy = Object.assign(new TextState(), this);
    copy.textMatrix = [...this.textMatrix];
    copy.textLineMatrix = [...this.textLineMatrix];
    return copy;
  }

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.startLine();
  }

  /** The text matrix back to the line's start (each state owns its matrices: copied in place). */
  startLine(): void {
    for (let k = 0; k < 6; k++) this.textMatrix[k] = this.textLineMatrix[k]!;
  }
}

/** The item being built (pdf.js's `textContentItem`). */
interface ItemInProgress {
  initialized: boolean;
  str: string[];
  totalWidth: number;
  totalHeight: number;
  width: number;
  height: number;
  vertical: boolean;
  prevTransform: Matrix | null;
  prevTextRise: number;
  textAdvanceScale: number;
  spaceInFlowMin: number;
  spaceInFlowMax: number;
  trackingSpaceMin: number;
  negativeSpaceMax: number;
  notASpace: number;
  transform: Matrix | null;
  fontName: string | null;
}

/**
 * The items of one content stream (the page's, or a form XObject's: pdf.js reads each
 * form with a fresh item and a copy of the text state).
 */
class StreamText {
  state: TextState;
  private readonly saved: TextState[] = [];
  private lastFontState: TextState | null = null;
  private readonly item: ItemInProgress = {
    initialized: false,
    str: [],
    totalWidth: 0,
    totalHeight: 0,
    width: 0,
    height: 0,
    vertical: false,
    prevTransform: null,
    prevTextRise: 0,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null,
    fontName: null,
  };
  private readonly twoLastChars = [' ', ' '];
  /** Where the next glyph goes, worked out for each glyph (reused, never kept). */
  private readonly position: Matrix = [1, 0, 0, 1, 0, 0];
  private twoLastCharsPos = 0;

  constructor(
    state: TextState,
    private readonly out: TextItem[],
    private readonly viewBox: readonly number[],
  ) {
    this.state = state;
  }

  save(): void {
    this.saved.push(this.state);
    this.state = this.state.clone();
  }

  restore(): void {
    this.state = this.saved.pop() ?? this.state;
  }

  private saveLastChar(char: string): boolean {
    const nextPos = (this.twoLastCharsPos + 1) % 2;
    const ret = this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[nextPos] === ' ';
    this.twoLastChars[this.twoLastCharsPos] = char;
    this.twoLastCharsPos = nextPos;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    return this.twoLastChars[this.twoLastCharsPos] !== ' ' && this.twoLastChars[(this.twoLastCharsPos + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.twoLastChars[0] = this.twoLastChars[1] = ' ';
    this.twoLastCharsPos = 0;
  }

  /** ctm × textMatrix × [fontSize·hScale, 0, 0, fontSize, 0, rise], as pdf.js multiplies them (its zero terms left out). */
  private currentTextTransform(out: Matrix = new Array<number>(6)): Matrix {
    const { state } = this;
    const font = state.font!;
    const { ctm, textMatrix: tm } = state;
    const sx = state.fontSize * state.textHScale;
    let sy = state.fontSize;
    // pdf.js also scales Type 3 text whose font box it had to guess (font.isCharBBox), which its exported fonts do not tell.
    if (font.isType3Font && state.fontSize <= 1 && !isFontIdentity(state.fontMatrix) && font.bbox) {
      const glyphHeight = font.bbox[3]! - font.bbox[1]!;
      if (glyphHeight > 0) sy *= glyphHeight * state.fontMatrix[3]!;
    }
    const a = tm[0]! * sx;
    const b = tm[1]! * sx;
    const c = tm[2]! * sy;
    const d = tm[3]! * sy;
    const e = tm[2]! * state.textRise + tm[4]!;
    const f = tm[3]! * state.textRise + tm[5]!;
    out[0] = ctm[0]! * a + ctm[2]! * b;
    out[1] = ctm[1]! * a + ctm[3]! * b;
    out[2] = ctm[0]! * c + ctm[2]! * d;
    out[3] = ctm[1]! * c + ctm[3]! * d;
    out[4] = ctm[0]! * e + ctm[2]! * f + ctm[4]!;
    out[5] = ctm[1]! * e + ctm[3]! * f + ctm[5]!;
    return out;
  }

  private ensureItem(): ItemInProgress {
    const { item, state } = this;
    if (item.initialized) return item;
    item.fontName = state.loadedName;
    const trm = (item.transform = this.currentTextTransform());
    if (!state.font!.vertical) {
      item.width = item.totalWidth = 0;
      item.height = item.totalHeight = Math.hypot(trm[2]!, trm[3]!);
      item.vertical = false;
    } else {
      item.width = item.totalWidth = Math.hypot(trm[0]!, trm[1]!);
      item.height = item.totalHeight = 0;
      item.vertical = true;
    }
    item.textAdvanceScale = Math.hypot(state.ctm[0]!, state.ctm[1]!) * Math.hypot(state.textLineMatrix[0]!, state.textLineMatrix[1]!);
    const { fontSize } = state;
    item.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    item.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    item.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    item.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    item.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    item.initialized = true;
    return item;
  }

  /** A new text matrix may change the advance scale: bank the width measured so far. */
  updateAdvanceScale(): void {
    const { item, state } = this;
    if (!item.initialized) return;
    const scale = Math.hypot(state.ctm[0]!, state.ctm[1]!) * Math.hypot(state.textLineMatrix[0]!, state.textLineMatrix[1]!);
    if (scale === item.textAdvanceScale) return;
    if (!item.vertical) {
      item.totalWidth += item.width * item.textAdvanceScale;
      item.width = 0;
    } else {
      item.totalHeight += item.height * item.textAdvanceScale;
      item.height = 0;
    }
    item.textAdvanceScale = scale;
  }

  /** Decides, from how far the pen moved since the last glyph, whether the item goes on; false: the glyph is off the page. */
  private compareWithLastPosition(glyphWidth: number): boolean {
    const { item, state, viewBox } = this;
    const currentTransform = this.currentTextTransform(this.position);
    let posX = currentTransform[4]!;
    let posY = currentTransform[5]!;
    if (state.font?.vertical) {
      if (posX < viewBox[0]! || posX > viewBox[2]! || posY + glyphWidth < viewBox[1]! || posY > viewBox[3]!) return false;
    } else if (posX + glyphWidth < viewBox[0]! || posX > viewBox[2]! || posY < viewBox[1]! || posY > viewBox[3]!) {
      return false;
    }
    if (!state.font || !item.prevTransform) return true;
    let lastPosX = item.prevTransform[4]!;
    let lastPosY = item.prevTransform[5]!;
    if (lastPosX === posX && lastPosY === posY) return true;

    let rotate = -1;
    if (currentTransform[0] && currentTransform[1] === 0 && currentTransform[2] === 0) rotate = currentTransform[0] > 0 ? 0 : 180;
    else if (currentTransform[1] && currentTransform[0] === 0 && currentTransform[3] === 0) rotate = currentTransform[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = inverseRotation(posX, posY, currentTransform);
        [lastPosX, lastPosY] = inverseRotation(lastPosX, lastPosY, item.prevTransform);
    }

    // The same rules along the line and across it, for horizontal and for vertical writing.
    const vertical = state.font.vertical;
    const advanceAlong = vertical ? (lastPosY - posY) / item.textAdvanceScale : (posX - lastPosX) / item.textAdvanceScale;
    const advanceAcross = vertical ? posX - lastPosX : posY - lastPosY;
    const extentAcross = vertical ? item.width : item.height;
    const textOrientation = Math.sign(vertical ? item.height || item.totalHeight : item.width || item.totalWidth);
    if (advanceAlong < textOrientation * item.negativeSpaceMax) {
      if (Math.abs(advanceAcross) > 0.5 * extentAcross) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    // Horizontally, a change of text rise (super- and subscripts) is no new line.
    const textRiseDelta = state.textRise - item.prevTextRise;
    const lineShift = vertical || textRiseDelta === 0 ? advanceAcross : advanceAcross - (currentTransform[3]! / state.fontSize) * textRiseDelta;
    if (Math.abs(lineShift) > extentAcross) {
      this.appendEOL();
      return true;
    }
    const extendAlong = (): void => {
      if (vertical) item.height += advanceAlong;
      else item.width += advanceAlong;
    };
    if (advanceAlong <= textOrientation * item.notASpace) this.resetLastChars();
    if (advanceAlong <= textOrientation * item.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
      } else {
        extendAlong();
      }
    } else if (!this.addFakeSpaces(advanceAlong, textOrientation)) {
      if (item.str.length === 0) this.resetLastChars();
      else extendAlong();
    }
    if (Math.abs(advanceAcross) > extentAcross * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.item.initialized) this.flush();
  }

  /** A gap the size of a space goes into the item as " "; a wider one ends the item. */
  private addFakeSpaces(width: number, textOrientation: number): boolean {
    const { item } = this;
    if (textOrientation * item.spaceInFlowMin <= width && width <= textOrientation * item.spaceInFlowMax) {
      if (item.initialized) {
        this.resetLastChars();
        item.str.push(' ');
      }
      return false;
    }
    this.flush();
    this.resetLastChars();
    return true;
  }

  flush(): void {
    const { item } = this;
    if (!item.initialized) return;
    if (!item.vertical) item.totalWidth += item.width * item.textAdvanceScale;
    else item.totalHeight += item.height * item.textAdvanceScale;
    const str = item.str.join('');
    if (str.trim() !== '') {
      this.out.push({ str, width: Math.abs(item.totalWidth), height: Math.abs(item.totalHeight), transform: item.transform!, fontName: item.fontName! });
    }
    item.initialized = false;
    item.str.length = 0;
  }

  /** pdf.js's `buildTextContentItem`: glyphs shown with one text-showing operator (or one TJ run between spacings). */
  showGlyphs(glyphs: readonly Glyph[], extraSpacing: number): void {
    const { state } = this;
    const last = this.lastFontState;
    if (
      last &&
      (last.fontSize !== state.fontSize ||
        (last.loadedName !== state.loadedName && (last.font?.name !== state.font?.name || last.font?.vertical !== state.font?.vertical)))
    ) {
      this.flush();
      this.lastFontState = state.clone();
    }
    this.lastFontState ??= state.clone();
    const font = state.font!;
    const baseCharSpacing = font.vertical ? -state.charSpacing : state.charSpacing;
    if (glyphs.length === 0) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) {
        if (!font.vertical) state.translateTextMatrix(charSpacing * state.textHScale, 0);
        else state.translateTextMatrix(0, -charSpacing);
      }
      return;
    }
    const scale = state.fontMatrix[0]! * state.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) {
      const glyph = glyphs[i]!;
      const category = categoryOf(glyph.unicode);
      if (category.isInvisibleFormatMark) continue;
      let charSpacing = baseCharSpacing + (i + 1 === ii ? extraSpacing : 0);
      let glyphWidth = glyph.width;
      if (font.vertical) glyphWidth = glyph.vmetric ? glyph.vmetric[0]! : -glyphWidth;
      let scaledDim = glyphWidth * scale;
      if (glyph.originalCharCode === 0x20) charSpacing += state.wordSpacing;
      if (category.isWhitespace) {
        if (!font.vertical) {
          charSpacing += scaledDim;
          state.translateTextMatrix(charSpacing * state.textHScale, 0);
        } else {
          charSpacing += -scaledDim;
          state.translateTextMatrix(0, -charSpacing);
        }
        this.saveLastChar(' ');
        continue;
      }
      if (!category.isZeroWidthDiacritic && !this.compareWithLastPosition(scaledDim)) {
        if (!font.vertical) state.translateTextMatrix(scaledDim * state.textHScale, 0);
        else state.translateTextMatrix(0, scaledDim);
        continue;
      }
      const item = this.ensureItem();
      if (category.isZeroWidthDiacritic) scaledDim = 0;
      if (!font.vertical) {
        scaledDim *= state.textHScale;
        state.translateTextMatrix(scaledDim, 0);
        item.width += scaledDim;
      } else {
        state.translateTextMatrix(0, scaledDim);
        scaledDim = Math.abs(scaledDim);
        item.height += scaledDim;
      }
      if (scaledDim) {
        item.prevTransform = this.currentTextTransform();
        item.prevTextRise = state.textRise;
      }
      if (this.saveLastChar(glyph.unicode)) item.str.push(' ');
      item.str.push(glyph.unicode);
      if (charSpacing) {
        if (!font.vertical) state.translateTextMatrix(charSpacing * state.textHScale, 0);
        else state.translateTextMatrix(0, -charSpacing);
      }
    }
  }

  /** A `showText` operator: a Tj's glyphs, or a TJ's glyphs with its spacing numbers between them. */
  showText(elements: readonly (Glyph | number)[]): void {
    if (!this.state.font) return;
    let spaced = false;
    for (let i = 0; i < elements.length && !spaced; i++) spaced = typeof elements[i] === 'number';
    if (!spaced) {
      this.showGlyphs(elements as Glyph[], 0);
      return;
    }
    const spaceFactor = ((this.state.font.vertical ? 1 : -1) * this.state.fontSize) / 1000;
    let run: Glyph[] = [];
    for (const element of elements) {
      if (typeof element !== 'number') run.push(element);
      else if (element !== 0) {
        this.showGlyphs(run, element * spaceFactor);
        run = [];
      }
    }
    if (run.length > 0) this.showGlyphs(run, 0);
  }
}

function isFontIdentity(m: Matrix): boolean {
  return m.length === 6 && m.every((v, i) => v === FONT_IDENTITY_MATRIX[i]);
}

function inverseRotation(x: number, y: number, m: Matrix): [number, number] {
  const scale = Math.hypot(m[0]!, m[1]!);
  return [(m[0]! * x + m[1]! * y) / scale, (m[2]! * x + m[3]! * y) / scale];
}

/** The font an ExtGState sets with its /Font entry (pdf.js passes `[[key, value], …]`): [id, size]. */
function gStateFont(args: readonly unknown[]): [string, number] | null {
  const entries = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
  for (const entry of entries) {
    if (Array.isArray(entry) && entry[0] === 'Font' && Array.isArray(entry[1])) return [String(entry[1][0]), Number(entry[1][1])];
  }
  return null;
}

/** The ids of the fonts an operator list sets (Tf, or an ExtGState's /Font), for looking them up first. */
export function fontIdsOf(fnArray: readonly number[], argsArray: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < fnArray.length; i++) {
    const args = (argsArray[i] ?? NO_ARGS) as unknown[];
    if (fnArray[i] === OPS.setFont) ids.add(String(args[0]));
    else if (fnArray[i] === OPS.setGState) {
      const font = gStateFont(args);
      if (font) ids.add(font[0]);
    }
  }
  return ids;
}

/**
 * The text items of an operator list (user space, as getTextContent gives them).
 * `fontOf` maps a `setFont` id to the font; `viewBox` is the page's view (page.view).
 */
export function textItemsFromOperators(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  fontOf: (loadedName: string) => TextFont | undefined,
  viewBox: readonly number[],
): TextItem[] {
  const items: TextItem[] = [];
  const streams: StreamText[] = [new StreamText(new TextState(), items, viewBox)];
  let stream = streams[0]!;
  const setFont = (loadedName: string, size: number): void => {
    // A font pdf.js could not load shows no glyphs: no font, no text.
    const font = fontOf(loadedName) ?? null;
    stream.state.loadedName = loadedName;
    stream.state.font = font;
    stream.state.fontSize = size;
    stream.state.fontMatrix = font?.fontMatrix ?? FONT_IDENTITY_MATRIX;
  };
  for (let i = 0; i < fnArray.length; i++) {
    const args = (argsArray[i] ?? NO_ARGS) as unknown[];
    const { state } = stream;
    switch (fnArray[i]) {
      case OPS.save:
        stream.save();
        break;
      case OPS.restore:
        stream.restore();
        break;
      case OPS.transform: {
        const m = streamMatrix(args);
        if (m) state.ctm = transform(state.ctm, m);
        break;
      }
      case OPS.setFont:
        setFont(String(args[0]), Number(args[1]));
        break;
      case OPS.setTextRise:
        state.textRise = Number(args[0]);
        break;
      case OPS.setHScale:
        state.textHScale = Number(args[0]) / 100;
        break;
      case OPS.setLeading:
        state.leading = Number(args[0]);
        break;
      case OPS.moveText:
        state.translateTextLineMatrix(Number(args[0]), Number(args[1]));
        state.startLine();
        break;
      case OPS.setLeadingMoveText:
        state.leading = -Number(args[1]);
        state.translateTextLineMatrix(Number(args[0]), Number(args[1]));
        state.startLine();
        break;
      case OPS.nextLine:
        state.carriageReturn();
        break;
      case OPS.setTextMatrix: {
        const m = streamMatrix(args[0]);
        if (!m) break;
        state.textMatrix = m;
        state.textLineMatrix = [...m];
        stream.updateAdvanceScale();
        break;
      }
      case OPS.setCharSpacing:
        state.charSpacing = Number(args[0]);
        break;
      case OPS.setWordSpacing:
        state.wordSpacing = Number(args[0]);
        break;
      case OPS.beginText:
        state.textMatrix = [...IDENTITY];
        state.textLineMatrix = [...IDENTITY];
        break;
      case OPS.showText:
        if (Array.isArray(args[0])) stream.showText(args[0] as (Glyph | number)[]);
        break;
      case OPS.setGState: {
        const font = gStateFont(args);
        if (font) {
          stream.flush();
          setFont(font[0], font[1]);
        }
        break;
      }
      // Marked content, and an XObject painted (`Do`), end the item, as in getTextContent.
      case OPS.beginMarkedContent:
      case OPS.beginMarkedContentProps:
      case OPS.endMarkedContent:
      case OPS.paintImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintSolidColorImageMask:
        stream.flush();
        break;
      case OPS.paintFormXObjectBegin: {
        stream.flush();
        const formState = state.clone();
        const m = streamMatrix(args[0]);
        if (m) formState.ctm = transform(formState.ctm, m);
        stream = new StreamText(formState, items, viewBox);
        streams.push(stream);
        break;
      }
      case OPS.paintFormXObjectEnd:
        if (streams.length > 1) {
          stream.flush();
          streams.pop();
          stream = streams[streams.length - 1]!;
        }
        break;
      default:
        break;
    }
  }
  while (streams.length > 0) streams.pop()!.flush();
  return items;
}
