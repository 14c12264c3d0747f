// The publication tree of the open project (the text the package will print), rebuilt when the
// analysis changes; the navigator, the section editors and the preview read it.
import { useMemo } from 'react';
import { narrativeContext } from '../../../shared/narrative/context';
import { buildPublication } from '../../../shared/publication/build-publication';
import type { Publication } from '../../../shared/publication/model';
import { useWorkspace } from '../app/app-context';
import { catalogOf, templateOf } from './report-template';

export function usePublication(): Publication | undefined {
  const workspace = useWorkspace((s) => s.workspace);
  const project = workspace?.history.present;
  const analysis = workspace?.analysis;
  return useMemo(() => {
    if (project === undefined || analysis === undefined) return undefined;
    const context = narrativeContext(project, analysis.report, templateOf(project), catalogOf(project));
    try {
      return buildPublication(context, { draft: analysis.issues.some((i) => i.severity === 'error') });
    } catch {
      // A report kind whose text is not written yet (预算 sections): the tables stay editable.
      return undefined;
    }
  }, [project, analysis]);
}
