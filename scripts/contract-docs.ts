/**
 * docs/CONTRACT.md: the tables of the workbook contract, in Vietnamese and English, generated from
 * its one description (src/core/contract/sheets.ts). `npm run docs:contract` writes the file; a test
 * (test/docs/contract.test.ts) fails when the file and the description differ.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { CONTRACT, SETTING_SPECS, type SheetId, type ValueKind } from "../src/core/contract/sheets";
import { SETTINGS, type Term } from "../src/core/contract/terms";

type Lang = "vi" | "en";

const WORDS = {
  title: { vi: "Hợp đồng sổ tính: các trang và cột", en: "The workbook contract: sheets and columns" },
  intro: {
    vi: "Tạo từ `src/core/contract/sheets.ts` bằng `npm run docs:contract`; đừng sửa tay. Quy tắc tính: `../shared/WORKBOOK.md` và [RULES.md](RULES.md).",
    en: "Generated from `src/core/contract/sheets.ts` by `npm run docs:contract`; do not edit by hand. The rules: `../shared/WORKBOOK.md` and [RULES.md](RULES.md).",
  },
  required: { vi: "bắt buộc", en: "required" },
  optional: { vi: "tuỳ chọn", en: "optional" },
  output: { vi: "phần mềm ghi", en: "written by the software" },
  oneOf: { vi: "một trong hai", en: "one of the two" },
  yes: { vi: "có", en: "yes" },
  no: { vi: "không", en: "no" },
  header: { vi: "Tiêu đề cột", en: "Header" },
  requiredCol: { vi: "Bắt buộc", en: "Required" },
  holds: { vi: "Giá trị", en: "Holds" },
  meaning: { vi: "Ý nghĩa", en: "Meaning" },
  default: { vi: "Để trống", en: "When empty" },
  settings: { vi: "Các tham số của `Cài đặt`", en: "The settings of `Cài đặt`" },
  setting: { vi: "Tham số", en: "Setting" },
  scores: {
    vi: "Mỗi trang có tên bắt đầu bằng `Chấm điểm` là phiếu của một thành viên; các cột khác là mã tiêu chí.",
    en: "Every sheet whose name starts with `Chấm điểm` is one member's; the other columns are criterion codes.",
  },
} satisfies Record<string, Term>;

function holds(value: ValueKind, lang: Lang): string {
  const vi = lang === "vi";
  switch (value.type) {
    case "text":
      return vi ? "chữ" : "text";
    case "code":
      return vi ? "mã (không phân biệt hoa thường)" : "code (case-insensitive)";
    case "awards":
      return vi ? "danh hiệu, cách nhau bởi ;" : "awards, separated by ;";
    case "date":
      return vi ? "ngày (ngày/tháng/năm)" : "date (day/month/year)";
    case "yesNo":
      return vi ? "Có/Không" : "yes/no";
    case "percent":
      return vi ? "tỷ lệ 0–100" : "share 0–100";
    case "whole":
    case "number": {
      const kind = value.type === "whole" ? (vi ? "số nguyên" : "whole number") : vi ? "số" : "number";
      const bounds = [
        value.min !== undefined ? `≥ ${value.min}` : "",
        value.max !== undefined ? `≤ ${value.max}` : "",
      ]
        .filter(Boolean)
        .join(", ");
      return bounds ? `${kind} ${bounds}` : kind;
    }
    case "term":
      return Object.values(value.terms)
        .map((term) => (vi ? `\`${term.vi}\`` : `\`${term.vi}\` [${term.en}]`))
        .join(" · ");
    case "from":
      return value.sheet === "classes"
        ? vi
          ? "tên một xếp loại của `Xếp loại`"
          : "a class of `Xếp loại`"
        : vi
          ? "một loại báo cáo của `Hạn nộp`"
          : "a report type of `Hạn nộp`";
  }
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

function sheetSection(id: SheetId, lang: Lang): string[] {
  const spec = CONTRACT[id];
  const status = spec.kind === "output" ? WORDS.output : spec.required ? WORDS.required : WORDS.optional;
  const meaning = spec.meaning[lang];
  const lines = [
    `### \`${spec.name.vi}\` [${spec.name.en}] — ${status[lang]}`,
    "",
    meaning.charAt(0).toUpperCase() + meaning.slice(1) + ".",
  ];
  if (spec.kind === "scores") lines.push("", WORDS.scores[lang]);
  if (spec.fields.length === 0) return lines;
  const oneOf: readonly string[] = "oneOf" in spec ? spec.oneOf : [];
  lines.push(
    "",
    `| ${WORDS.header[lang]} | ${WORDS.requiredCol[lang]} | ${WORDS.holds[lang]} | ${WORDS.meaning[lang]} | ${WORDS.default[lang]} |`,
    "|---|---|---|---|---|",
  );
  for (const field of spec.fields) {
    const required = oneOf.includes(field.field) ? WORDS.oneOf : field.required ? WORDS.yes : WORDS.no;
    const fallback = "default" in field.spec && field.spec.default ? field.spec.default[lang] : "";
    lines.push(
      `| \`${field.spec.header.vi}\` [${field.spec.header.en}] | ${required[lang]} | ${cell(holds(field.spec.value, lang))} | ${cell(field.spec.meaning[lang])} | ${cell(fallback)} |`,
    );
  }
  return lines;
}

function settingsSection(lang: Lang): string[] {
  return [
    `### ${WORDS.settings[lang]}`,
    "",
    `| ${WORDS.setting[lang]} | ${WORDS.holds[lang]} | ${WORDS.meaning[lang]} | ${WORDS.default[lang]} |`,
    "|---|---|---|---|",
    ...SETTING_SPECS.map(
      (s) =>
        `| \`${SETTINGS[s.id].vi}\` [${SETTINGS[s.id].en}] | ${cell(holds(s.value, lang))} | ${cell(s.meaning[lang])} | ${cell(s.default[lang])} |`,
    ),
  ];
}

export function contractMarkdown(): string {
  const out = [`# ${WORDS.title.vi}`, "", `_[English below](#english)_`, "", WORDS.intro.vi, ""];
  const ids = Object.keys(CONTRACT) as SheetId[];
  for (const id of ids) out.push(...sheetSection(id, "vi"), "");
  out.push(
    ...settingsSection("vi"),
    "",
    "---",
    "",
    '<a id="english"></a>',
    "",
    `# ${WORDS.title.en}`,
    "",
    WORDS.intro.en,
    "",
  );
  for (const id of ids) out.push(...sheetSection(id, "en"), "");
  out.push(...settingsSection("en"), "");
  return out.join("\n");
}

if (require.main === module) {
  const file = path.resolve(__dirname, "..", "docs", "CONTRACT.md");
  writeFileSync(file, contractMarkdown());
  process.stdout.write(`written ${path.relative(process.cwd(), file)}\n`);
}
