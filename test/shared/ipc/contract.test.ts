import { describe, expect, it } from 'vitest';
import {
  IPC_ERROR_CODES,
  absolutePathSchema,
  invokeContract,
  menuActionSchema,
  openRecentAction,
  openRecentPath,
  packageFileNameSchema,
  resultSchema,
  saveRequestSchema,
} from '../../../shared/ipc/contract';
import { errorMessage } from '../../../shared/ipc/error-message';
import { packageBaseName } from '../../../shared/publication/package-files';
import { loadSample } from '../../helpers/samples';

describe('the IPC contract', () => {
  it('accepts absolute Windows and POSIX paths only', () => {
    for (const ok of ['C:\\Users\\财务\\文档\\烟台.dsproj', 'd:/决算/烟台.dsproj', '\\\\server\\share\\p.dsproj', '/home/k/p.dsproj']) {
      expect(absolutePathSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['烟台.dsproj', '..\\p.dsproj', 'C:p.dsproj', '', 'C:\\a\u0000b']) {
      expect(absolutePathSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('accepts the package file names of both samples and rejects folders and Windows-forbidden names', () => {
    for (const sample of ['final-2024-unit', 'final-2024-department'] as const) {
      const base = packageBaseName(loadSample(sample));
      expect(packageFileNameSchema.safeParse(`${base}.docx`).success).toBe(true);
      expect(packageFileNameSchema.safeParse(`${base}（公开表）.xlsx`).success).toBe(true);
    }
    for (const bad of ['..', 'a/b.docx', 'a\\b.docx', 'a:b.docx', 'a?.xlsx', 'name. ', 'tab\there.docx']) {
      expect(packageFileNameSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('knows the menu actions, openRecent with its path included', () => {
    const action = openRecentAction('D:\\决算\\烟台.dsproj');
    expect(menuActionSchema.parse(action)).toBe('openRecent:D:\\决算\\烟台.dsproj');
    expect(openRecentPath(action)).toBe('D:\\决算\\烟台.dsproj');
    expect(openRecentPath('save')).toBeUndefined();
    expect(menuActionSchema.safeParse('openRecent:').success).toBe(false);
    expect(menuActionSchema.safeParse('shutdown').success).toBe(false);
  });

  it('describes results as values with a closed set of codes', () => {
    const schema = resultSchema(invokeContract.saveProject.value);
    expect(schema.safeParse({ ok: true, value: { path: 'C:\\p.dsproj' } }).success).toBe(true);
    expect(schema.safeParse({ ok: false, code: 'writeFailed', detail: 'ENOSPC' }).success).toBe(true);
    expect(schema.safeParse({ ok: false, code: 'diskOnFire' }).success).toBe(false);
    expect(saveRequestSchema.safeParse({ text: '{}', suggestedName: '烟台市人民政府办公室2024年度决算' }).success).toBe(true);
  });
});

describe('error messages', () => {
  it('words every code in Chinese', () => {
    for (const code of IPC_ERROR_CODES) expect(errorMessage(code), code).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows the loader’s own explanation for a project that cannot be opened', () => {
    const detail = '文件“烟台.dsproj”由更新版本的软件保存（格式版本 7，本软件支持到 1），请升级软件后再打开。文件未被修改。';
    expect(errorMessage('newerVersion', detail)).toBe(detail);
  });

  it('adds a technical detail in brackets to the general sentence', () => {
    expect(errorMessage('writeFailed', 'ENOSPC')).toBe('写入文件失败，原文件保持不变。请检查磁盘空间和写入权限。（ENOSPC）');
    expect(errorMessage('denied', ' ')).toBe('没有权限访问该位置。');
  });
});
