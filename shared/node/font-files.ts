// Locates a font with Chinese glyphs for rasterising charts. The rasteriser loads no system fonts
// (slow, and different on every machine), so the chart's font family and file must be named here.
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';

export interface CjkFonts {
  /** Font files to load (one family; a .ttc collection counts as one file). */
  readonly files: string[];
  /** The family name to put into the SVG and use as default, e.g. "Noto Sans CJK SC". */
  readonly family: string;
}

export interface FontCandidate {
  readonly file: string;
  readonly family: string;
}

function windowsFontsDir(): string {
  const root = process.env['WINDIR'] ?? process.env['SystemRoot'] ?? 'C:\\Windows';
  return win32.join(root, 'Fonts');
}

/** Well-known places, best first: sans (黑体-like) faces read better in charts than serif (宋体) faces. */
export function defaultFontCandidates(): FontCandidate[] {
  const win = windowsFontsDir();
  return [
    // Debian/Ubuntu fonts-noto-cjk, Fedora google-noto-*-cjk, Arch noto-fonts-cjk.
    { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
    { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
    { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
    { file: '/usr/share/fonts/google-noto-sans-cjk-vf-fonts/NotoSansCJK-VF.ttc', family: 'Noto Sans CJK SC' },
    { file: '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
    { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'Noto Serif CJK SC' },
    { file: '/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc', family: 'Noto Serif CJK SC' },
    { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei' },
    { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYi Zen Hei' },
    { file: '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei' },
    { file: '/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc', family: 'WenQuanYi Zen Hei' },
    { file: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', family: 'Droid Sans Fallback' },
    { file: '/usr/share/fonts/truetype/arphic/uming.ttc', family: 'AR PL UMing CN' },
    // Windows.
    { file: win32.join(win, 'simhei.ttf'), family: 'SimHei' },
    { file: win32.join(win, 'msyh.ttc'), family: 'Microsoft YaHei' },
    { file: win32.join(win, 'simsun.ttc'), family: 'SimSun' },
    // macOS.
    { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang SC' },
    { file: '/System/Library/Fonts/STHeiti Light.ttc', family: 'Heiti SC' },
    { file: '/Library/Fonts/Arial Unicode.ttf', family: 'Arial Unicode MS' },
  ];
}

/** The first candidate present on this machine; throws (in Chinese, for the officer) when none is. */
export function findCjkFontFiles(candidates: readonly FontCandidate[] = defaultFontCandidates()): CjkFonts {
  for (const candidate of candidates) {
    if (existsSync(candidate.file)) return { files: [candidate.file], family: candidate.family };
  }
  throw new Error(
    '未找到中文字体，无法生成图表图片。请安装黑体、微软雅黑或宋体（Windows），或安装 Noto Sans CJK 字体（Linux：fonts-noto-cjk）。已查找：' +
      candidates.map((c) => c.file).join('、'),
  );
}
