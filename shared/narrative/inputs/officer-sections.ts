// Officer inputs for Part 1 概况, sections 十–十三, 名词解释 and Part 5 附件.
import { z } from 'zod';

export const officerSectionInputsSchema = z.object({});
