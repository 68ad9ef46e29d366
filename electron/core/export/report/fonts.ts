/**
 * A font with Chinese characters for the PDF report, found on this machine: pdfkit embeds
 * (a subset of) it, so the PDF reads the same everywhere. $GOUJI_REPORT_FONT names one
 * explicitly ("file" or "file#PostScriptName" for a collection); otherwise the usual
 * places on Linux, Windows and macOS are tried in order.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface CjkFont {
  file: string;
  /** The face inside a .ttc collection, by PostScript name. */
  face?: string;
}

const windowsFonts = path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');

export const CJK_FONT_CANDIDATES: readonly CjkFont[] = [
  // Linux: Noto Sans CJK (Debian/Ubuntu fonts-noto-cjk, Fedora, Arch), then WenQuanYi, Droid.
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', face: 'NotoSerifCJKsc-Regular' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', face: 'WenQuanYiZenHei' },
  { file: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' },
  // Windows: Microsoft YaHei, SimSun, SimHei.
  { file: path.join(windowsFonts, 'msyh.ttc'), face: 'MicrosoftYaHei' },
  { file: path.join(windowsFonts, 'simsun.ttc'), face: 'SimSun' },
  { file: path.join(windowsFonts, 'simhei.ttf') },
  // macOS: PingFang, STHeiti, Hiragino Sans GB, Songti.
  { file: '/System/Library/Fonts/PingFang.ttc', face: 'PingFangSC-Regular' },
  { file: '/System/Library/Fonts/STHeiti Light.ttc', face: 'STHeitiSC-Light' },
  { file: '/System/Library/Fonts/Hiragino Sans GB.ttc', face: 'HiraginoSansGB-W3' },
  { file: '/System/Library/Fonts/Supplemental/Songti.ttc', face: 'STSongti-SC-Regular' },
];

export const MISSING_FONT_MESSAGE =
  'the PDF report needs a font with Chinese characters, and none was found on this machine. Install one — ' +
  'Debian/Ubuntu: sudo apt install fonts-noto-cjk; Fedora: sudo dnf install google-noto-sans-cjk-fonts; ' +
  'Arch: sudo pacman -S noto-fonts-cjk; Windows and macOS include one (Microsoft YaHei, PingFang) — ' +
  'or set GOUJI_REPORT_FONT to a .ttf, .otf or .ttc file (file#PostScriptName for a collection). The HTML report needs no font.';

export function fromEnvironment(value: string | undefined): CjkFont | null {
  if (!value) return null;
  const [file, face] = value.split('#');
  return file ? { file, ...(face ? { face } : {}) } : null;
}

/** The candidates that exist, the explicit one first. */
export function availableCjkFonts(env = process.env.GOUJI_REPORT_FONT): CjkFont[] {
  const explicit = fromEnvironment(env);
  return [...(explicit ? [explicit] : []), ...CJK_FONT_CANDIDATES].filter((font) => fs.existsSync(font.file));
}
