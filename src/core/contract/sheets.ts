/**
 * Which header of WORKBOOK.md §2 each field of the input model stands for, sheet by sheet, and
 * which headers a sheet requires. The contract reader finds columns by these headers; the engine
 * names them in its messages.
 */
import type { HeaderId, SheetId } from "./terms";
import { HEADERS } from "./terms";

export interface SheetFields {
  /** field → header */
  fields: Record<string, HeaderId>;
  /** Headers that must all be in the header row. */
  required: HeaderId[];
  /** Of these headers at least one must be present. */
  oneOf?: HeaderId[];
}

export const SHEET_FIELDS = {
  units: {
    fields: {
      code: "unitCode",
      name: "unitName",
      bloc: "bloc",
      type: "unitType",
      members: "members",
      womenShare: "womenShare",
      maxClass: "maxClass",
    },
    required: ["unitCode", "unitName", "bloc"],
  },
  criteria: {
    fields: {
      code: "criterionCode",
      group: "group",
      description: "description",
      maxPoints: "maxPoints",
      kind: "kind",
    },
    required: ["criterionCode", "maxPoints"],
  },
  registrations: {
    fields: { code: "unitCode", name: "unitName", awards: "registeredAwards", date: "registrationDate" },
    required: ["registeredAwards", "registrationDate"],
    oneOf: ["unitCode", "unitName"],
  },
  reports: {
    fields: { code: "unitCode", type: "reportType", date: "submittedOn" },
    required: ["unitCode", "reportType", "submittedOn"],
  },
  deadlines: {
    fields: { type: "reportType", due: "due", late: "lateDeduction", missing: "missingDeduction" },
    required: ["reportType", "due", "lateDeduction", "missingDeduction"],
  },
  classes: {
    fields: {
      name: "className",
      from: "fromPoints",
      noZero: "noZeroCriterion",
      minGroupSharePct: "minGroupSharePct",
      maxSharePct: "maxSharePct",
    },
    required: ["className", "fromPoints"],
  },
  awards: {
    fields: {
      code: "awardCode",
      name: "awardName",
      priority: "priority",
      minPoints: "minPoints",
      minClass: "minClass",
      maxRank: "maxRank",
      registrationRequired: "registrationRequired",
      onTimeRequired: "onTimeRequired",
      minVotePct: "minVotePct",
      scope: "scope",
      maxCount: "maxCount",
      maxSharePct: "maxSharePct",
    },
    required: ["awardCode", "awardName", "priority"],
  },
  votes: {
    fields: { code: "unitCode", award: "award", votes: "votes" },
    required: ["unitCode", "award", "votes"],
  },
  settings: {
    fields: { name: "setting", value: "value" },
    required: ["setting", "value"],
  },
  proposals: {
    fields: { code: "unitCode", award: "award" },
    required: ["unitCode", "award"],
  },
} as const satisfies Partial<Record<SheetId, SheetFields>>;

export type TableSheetId = keyof typeof SHEET_FIELDS;

/** The Vietnamese header of a field of a sheet, as named in messages and the `column` of issues. */
export function headerOf(sheet: TableSheetId, field: string): string {
  const fields = SHEET_FIELDS[sheet].fields as Record<string, HeaderId>;
  const id = fields[field];
  return id ? HEADERS[id].vi : field;
}
