// Officer inputs for the table-driven sections 一–九 of 情况说明 (filled in by the narrative module).
import { z } from 'zod';

export const tableSectionInputsSchema = z.object({});
