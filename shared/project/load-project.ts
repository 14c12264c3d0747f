// Loading a project file: parse, migrate older versions, explain every problem in Chinese.
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, projectSchema, type Project } from './schema';
import { tableIdSchema, tableLabel } from '../tables/cell-address';

export type ProjectLoadErrorCode = 'notJson' | 'notProject' | 'newerVersion' | 'invalid';

export type ProjectLoadResult =
  | { readonly ok: true; readonly project: Project; readonly migratedFrom?: number }
  | { readonly ok: false; readonly code: ProjectLoadErrorCode; readonly message: string };

/** Each step lifts a document from version n to n + 1; none yet, the list grows with the schema. */
const MIGRATIONS: ReadonlyMap<number, (doc: Record<string, unknown>) => Record<string, unknown>> = new Map();

const versionProbe = z.object({ schemaVersion: z.number().int().positive() }).loose();

function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const p = path[i];
    const table = p === 'tables' ? tableIdSchema.safeParse(path[i + 1]) : undefined;
    if (table?.success) {
      parts.push(tableLabel(table.data));
      i++;
    } else if (p === 'rows' && typeof path[i + 1] === 'number') {
      parts.push(`第${Number(path[i + 1]) + 1}行`);
      i++;
    } else if (p === 'values') parts.push('录入数');
    else if (p === 'reported') parts.push('报表数');
    else parts.push(String(p));
  }
  return parts.join(' ');
}

export function parseProject(text: string, fileLabel: string): ProjectLoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, code: 'notJson', message: `文件“${fileLabel}”不是有效的项目文件（无法按 JSON 读取），可能已损坏。` };
  }
  const probe = versionProbe.safeParse(raw);
  if (!probe.success) {
    return { ok: false, code: 'notProject', message: `文件“${fileLabel}”不是本软件的项目文件（缺少版本号 schemaVersion）。` };
  }
  let version = probe.data.schemaVersion;
  if (version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, code: 'newerVersion', message: `文件“${fileLabel}”由更新版本的软件保存（格式版本 ${version}，本软件支持到 ${CURRENT_SCHEMA_VERSION}），请升级软件后再打开。文件未被修改。` };
  }
  let doc: Record<string, unknown> = probe.data;
  const from = version;
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS.get(version);
    if (!step) return { ok: false, code: 'invalid', message: `文件“${fileLabel}”的格式版本 ${version} 无法升级。` };
    doc = step(doc);
    version += 1;
    doc = { ...doc, schemaVersion: version };
  }
  const parsed = projectSchema.safeParse(doc);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 5).map((i) => `${describePath(i.path)}：${i.message}`);
    const more = parsed.error.issues.length > 5 ? `等 ${parsed.error.issues.length} 处` : '';
    return { ok: false, code: 'invalid', message: `文件“${fileLabel}”内容有误${more}：${details.join('；')}。` };
  }
  return from === CURRENT_SCHEMA_VERSION ? { ok: true, project: parsed.data } : { ok: true, project: parsed.data, migratedFrom: from };
}

/** The project as saved: stable key order, two-space indent, trailing newline. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}
