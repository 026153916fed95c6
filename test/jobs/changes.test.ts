/**
 * Co-authoring (src/jobs/changes.ts): between an import's preview and its confirmation someone else
 * edits the workbook in Excel (here the fake Excel, edited through its own API as a co-author's
 * Excel would). The import then writes nothing and names the sheet and row that changed; with no
 * edit in between it writes as previewed.
 */
import { applyRegistrations, planRegistrations } from "../../src/jobs/registrations";
import { applyScores, planScores } from "../../src/jobs/scores";
import { render } from "../../src/i18n";
import { readCsv } from "../../src/workbook/exceljs/csv";
import { gridOfWorkbook } from "../../src/workbook/exceljs/read";
import type { CellValue, FakeExcel } from "../helpers/fake-excel";
import { bothPorts } from "../helpers/ports";
import { makeWorkbook, smallCouncil } from "../helpers/xlsx";

const FILE = [
  "Mã đơn vị;Danh hiệu đăng ký;Ngày đăng ký",
  "SH;BK;14/01/2023", // updates row 4 (15/01 → 14/01)
].join("\r\n");

function source(text: string) {
  const result = readCsv(new TextEncoder().encode(text), "dang-ky.csv");
  if ("error" in result) throw new Error("unreadable");
  return result.sheet;
}

/** A co-author's edit: one request from their Excel. */
async function coAuthor(fake: FakeExcel, sheet: string, address: string, values: CellValue[][]) {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await context.sync();
  });
}

async function councilInExcel() {
  const sheets = smallCouncil();
  sheets["Đăng ký"].pop(); // YT has not registered: the file adds it below the last row
  return bothPorts(makeWorkbook(sheets));
}

describe("a registration import confirmed after a co-author's edit", () => {
  test("the row it updates was edited: nothing is written, the sheet and row are named", async () => {
    const { excel, fake } = await councilInExcel();
    const planned = await planRegistrations(excel, source(FILE), "vi");
    expect(planned.plan.updates.map((u) => u.targetRow)).toEqual([4]);
    await coAuthor(fake, "Đăng ký", "B4", [["CSXS"]]);
    const before = fake.values("Đăng ký");
    const report = await applyRegistrations(excel, planned);
    expect(report.tone).toBe("error");
    expect(render("vi", report.headline)).toContain("“Đăng ký”");
    expect(render("vi", report.headline)).toContain("dòng 4");
    expect(render("en", report.headline)).toContain("row 4");
    expect(fake.values("Đăng ký")).toEqual(before);
  });

  test("a row was added where the import would add its rows: nothing is written", async () => {
    const { excel, fake } = await councilInExcel();
    const planned = await planRegistrations(excel, source(`${FILE}\r\nYT;BK;20/01/2023`), "vi");
    expect(planned.plan.adds).toHaveLength(1);
    await coAuthor(fake, "Đăng ký", "A6:C6", [["YT", "BK", "21/01/2023"]]);
    const before = fake.values("Đăng ký");
    const report = await applyRegistrations(excel, planned);
    expect(render("vi", report.headline)).toContain("dòng 6");
    expect(fake.values("Đăng ký")).toEqual(before);
  });

  test("an edit on another sheet does not stop it; the previewed rows are written", async () => {
    const { excel, fake } = await councilInExcel();
    const planned = await planRegistrations(excel, source(FILE), "vi");
    await coAuthor(fake, "Đơn vị", "B2", [["LĐLĐ huyện Tam Đường (mới)"]]);
    const report = await applyRegistrations(excel, planned);
    expect(report.tone).toBe("success");
    expect(fake.cell("Đăng ký", "C4").value).toBe(44940); // 14/01/2023
  });

  test("the sheet was deleted since the preview: nothing is written", async () => {
    const { excel, fake } = await councilInExcel();
    const planned = await planRegistrations(excel, source(FILE), "vi");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Đăng ký").delete();
      await context.sync();
    });
    const report = await applyRegistrations(excel, planned);
    expect(render("en", report.headline)).toContain("added or deleted");
    expect(fake.sheetNames()).not.toContain("Đăng ký");
  });
});

describe("a score import confirmed after a co-author's edit", () => {
  const member = () =>
    gridOfWorkbook(
      makeWorkbook({
        "Chấm điểm - Nguyễn Văn A": [
          ["Mã đơn vị", "TC1", "TC2", "DT"],
          ["TD", 47, 40, 1],
        ],
      }),
      { formats: true },
    );

  test("the member's sheet it replaces was edited: nothing is written", async () => {
    const { excel, fake } = await councilInExcel();
    const planned = await planScores(excel, [{ name: "a.xlsx", grid: member() }]);
    expect(planned.plan.sheets.map((s) => s.kind)).toEqual(["replace"]);
    await coAuthor(fake, "Chấm điểm - Nguyễn Văn A", "C3", [[30]]);
    const before = fake.values("Chấm điểm - Nguyễn Văn A");
    const report = await applyScores(excel, planned);
    expect(render("vi", report.headline)).toContain("“Chấm điểm - Nguyễn Văn A” đã được sửa");
    expect(render("vi", report.headline)).toContain("dòng 3");
    expect(fake.values("Chấm điểm - Nguyễn Văn A")).toEqual(before);
  });

  test("without an edit in between the sheet is replaced as previewed", async () => {
    const { excel, fake } = await councilInExcel();
    const planned = await planScores(excel, [{ name: "a.xlsx", grid: member() }]);
    const report = await applyScores(excel, planned);
    expect(report.tone).toBe("success");
    expect(fake.values("Chấm điểm - Nguyễn Văn A")[1]).toEqual(["TD", 47, 40, 1]);
  });
});
