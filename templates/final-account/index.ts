// The 决算 template as data: nine tables in official order, the rule set, the prior-year figures.
import type { TemplateData } from '../../shared/report/template';
import fa01 from './tables/01-income-expenditure.json';
import fa02 from './tables/02-income.json';
import fa03 from './tables/03-expenditure.json';
import fa04 from './tables/04-appropriation-income-expenditure.json';
import fa05 from './tables/05-general-public-budget-expenditure.json';
import fa06 from './tables/06-basic-expenditure-detail.json';
import fa07 from './tables/07-government-fund.json';
import fa08 from './tables/08-state-capital.json';
import fa09 from './tables/09-three-public-expenses.json';
import rules from './rules.json';
import priorFigures from './prior-figures.json';

export const finalAccountTemplateData: TemplateData = {
  tables: [fa01, fa02, fa03, fa04, fa05, fa06, fa07, fa08, fa09],
  rules,
  priorFigures,
};
