import { describe, expect, it } from 'vitest';
import { createWorkspaceStore, isDirty } from '../../../renderer/src/state/workspace-store';
import { setNarrativeField } from '../../../renderer/src/state/project-edits';
import { loadSample } from '../../helpers/samples';

describe('workspace store', () => {
  it('re-validates after every edit and undoes across tables and sections as one history', () => {
    const store = createWorkspaceStore();
    const unit = loadSample('final-2024-unit');
    store.getState().open(unit, { name: 'unit.dsproj' });
    const state = () => store.getState();
    expect(isDirty(state().workspace)).toBe(false);
    expect(state().part).toBe('table:FA01');

    // A 项 figure changed in 03: the printed 款 total no longer agrees → an error at that cell.
    state().setCells([{ address: { table: 'FA03', row: '2010301', column: 'c2' }, raw: '3000' }]);
    const errors = state().workspace?.analysis.issues.filter((i) => i.severity === 'error') ?? [];
    expect(errors.some((i) => i.location.kind === 'cell' && i.location.table === 'FA03' && i.location.row === '20103')).toBe(true);
    expect(isDirty(state().workspace)).toBe(true);

    // A section field in between.
    state().edit((p) => {
      const next = setNarrativeField(p, ['procurement', 'goods'], '10');
      return next.ok ? next.project : p;
    });
    expect(state().workspace?.history.present.narrative.procurement.goods).toBe('10');

    state().undo();
    expect(state().workspace?.history.present.narrative.procurement.goods).toBe(unit.narrative.procurement.goods);
    state().undo();
    expect(state().workspace?.history.present).toBe(unit);
    expect(state().workspace?.analysis.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(isDirty(state().workspace)).toBe(false);
    state().redo();
    expect(state().workspace?.history.present.tables.FA03?.rows.find((r) => r.row === '2010301')?.values.c2).toBe('3000');
  });

  it('jumps from an issue to its part', () => {
    const store = createWorkspaceStore();
    store.getState().open(loadSample('final-2024-unit'), { name: 'unit' });
    const warning = store.getState().workspace?.analysis.issues.find((i) => i.id === 'S13.ACHIEVEMENT_FIGURE');
    if (warning === undefined) throw new Error('the unit sample has its 十三 warning');
    store.getState().jumpToIssue(warning);
    expect(store.getState().part).toBe('attachments');
    expect(store.getState().target).toMatchObject({ kind: 'field', field: 'projects[2].targets.actual' });
    store.getState().jumpTo({ kind: 'cell', address: { table: 'FA05', row: 'TOTAL', column: 'c1' } });
    expect(store.getState().part).toBe('table:FA05');
  });
});
