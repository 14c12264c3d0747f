// The 部门预算公开 template as data: twelve tables in official order, the rule set, the prior-year figures.
import type { TemplateData } from '../../shared/report/template';
import bg01 from './tables/01-income-expenditure.json';
import bg02 from './tables/02-income.json';
import bg03 from './tables/03-expenditure.json';
import bg04 from './tables/04-appropriation-income-expenditure.json';
import bg05 from './tables/05-general-public-budget-expenditure.json';
import bg06 from './tables/06-general-public-budget-basic-expenditure.json';
import bg07 from './tables/07-three-public-expenses.json';
import bg08 from './tables/08-government-fund-expenditure.json';
import bg09 from './tables/09-state-capital-expenditure.json';
import bg10 from './tables/10-basic-expenditure.json';
import bg11 from './tables/11-project-expenditure.json';
import bg12 from './tables/12-government-procurement.json';
import rules from './rules.json';
import priorFigures from './prior-figures.json';

export const budgetTemplateData: TemplateData = {
  tables: [bg01, bg02, bg03, bg04, bg05, bg06, bg07, bg08, bg09, bg10, bg11, bg12],
  rules,
  priorFigures,
};
