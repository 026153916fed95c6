/**
 * The `Nhật ký` log through Office.js (src/workbook/office/log.ts, WORKBOOK.md §11.4), through the
 * public port and the jobs: the same rows as the exceljs door from the same workbook and clock
 * (only `Nơi chạy`, and so the hashes, tell the doors apart); rows chained from one write to the
 * next; the sheet protected (no password) after each write, a user's options kept; a write failing
 * in its last request leaves no row and the protection as it was; a log protected with a password
 * stops the write before anything is written; the read for chaining stays small whatever the log's
 * length, measured with Microsoft's office.js (test/helpers/officejs.ts).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { LOG_HEADERS, checkChain, chainRow, rowHash, type LogEntry } from "../../../src/core/log/chain";
import type { Raw } from "../../../src/core/contract/values";
import { NoteError, render } from "../../../src/i18n";
import { addBallotRows } from "../../../src/jobs/ballots";
import { addMissingSheets } from "../../../src/jobs/check";
import { compute } from "../../../src/jobs/compute";
import { applyRegistrations, planRegistrations } from "../../../src/jobs/registrations";
import { generateScoreSheets } from "../../../src/jobs/score-sheets";
import { applyScores, planScores } from "../../../src/jobs/scores";
import { gridOfWorkbook } from "../../../src/workbook/exceljs/read";
import { templateWorkbook } from "../../../src/workbook/exceljs/sheets";
import { MEASURED_BOUND } from "../../../src/workbook/office/budget";
import { prepareOfficeLog } from "../../../src/workbook/office/log";
import { OfficePort } from "../../../src/workbook/office/port";
import { CancelledError, type WorkbookPort } from "../../../src/workbook/port";
import { casesDir, listCases } from "../../helpers/cases";
import type { FakeExcel, FakeOperation } from "../../helpers/fake-excel";
import { fakeFromWorkbook } from "../../helpers/office";
import { officeJsExcel } from "../../helpers/officejs";
import { bothPorts, officePort, sheetCells } from "../../helpers/ports";
import { makeWorkbook, roundTrip, smallCouncil } from "../../helpers/xlsx";

jest.setTimeout(60_000);

const LOG = "Nhật ký";
const AT = new Date(2026, 11, 2, 9, 5, 0);
/** The clock of the n-th action: one minute apart. */
const clock = (n: number) => () => new Date(AT.getTime() + n * 60_000);
const BY = "Nguyễn Văn A";

/** The sample without its one entered vote: the ballot rows job then has rows to add. */
function sample(): ExcelJS.Workbook {
  const workbook = templateWorkbook({ lang: "vi", sample: true, year: 2023 });
  workbook.removeWorksheet(workbook.getWorksheet("Biểu quyết")!.id);
  return workbook;
}

/**
 * A protection as it acts: Excel reads back every option (false ones, `selectionMode: "Normal"`)
 * where a protect call gave only some, and restoring a read protection gives them all.
 */
function acting(protection: ReturnType<FakeExcel["protection"]>) {
  const options = Object.fromEntries(
    Object.entries((protection as { options?: Record<string, unknown> }).options ?? {}).filter(
      ([key, value]) => value !== false && !(key === "selectionMode" && value === "Normal"),
    ),
  );
  return { ...protection, options };
}

function logOf(fake: FakeExcel): Raw[][] {
  return fake.sheetNames().includes(LOG) ? (fake.values(LOG) as Raw[][]) : [];
}

/**
 * A log as the other door would have chained it: `Nơi chạy` set to `door`, and `Mã trước` and `Mã`
 * computed again down the chain. Everything else a row holds must then be the same in both doors.
 */
function inDoor(rows: Raw[][], door: string): Raw[][] {
  let previous = "0".repeat(64);
  return rows.map((row, r) => {
    if (r === 0) return row;
    const cells = LOG_HEADERS.map((_, c) => String(row[c] ?? ""));
    cells[3] = door;
    cells[7] = previous;
    cells[8] = rowHash(cells);
    previous = cells[8];
    return [row[0], ...cells.slice(1)];
  });
}

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer = readFileSync(file);
  await workbook.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** The sample's member score sheet as a member sends it back: one unit's scores changed. */
function memberFile() {
  const member = makeWorkbook({
    "Chấm điểm - Nguyễn Văn Hùng": [
      ["Mã đơn vị", "Tên đơn vị", "TC1", "TC2", "TC3", "TC4", "TC5", "TC6", "TC7"],
      ["TD", "LĐLĐ huyện Tam Đường", 19, 14, 13.5, 13, 9, 14.5, 9],
    ],
  });
  return { name: "hung.xlsx", grid: gridOfWorkbook(member, { formats: true }) };
}

/** A registration file of one row: Tam Đường registers for the province's certificate. */
function registrationFile() {
  return {
    name: "dang-ky.csv",
    rows: [
      ["Mã đơn vị", "Danh hiệu", "Ngày"],
      ["TD", "BK_TINH", "05/01/2023"],
    ],
    merges: [],
  };
}

/** Every logged job of the sample, one after the other, each at its minute. */
async function everyJob(port: WorkbookPort): Promise<void> {
  expect((await compute(port, { lang: "vi", now: clock(0), by: BY })).written).toBe(true);
  const ballots = await addBallotRows(port, { lang: "vi", currentYear: 2023, now: clock(1), by: BY });
  expect(ballots.written).toBe(true);
  const registrations = await planRegistrations(port, registrationFile(), "vi");
  expect(registrations.writable).toBe(true);
  await applyRegistrations(port, registrations, { now: clock(2), by: BY });
  const scores = await planScores(port, [memberFile()]);
  expect(scores.writable).toBe(true);
  await applyScores(port, scores, { now: clock(3), by: BY });
  await compute(port, { lang: "vi", now: clock(4), by: BY });
  // last: a new score sheet holds formulas, which the fake Excel does not evaluate
  await generateScoreSheets(port, { members: ["Trần Thị Bình"], lang: "vi", now: clock(5), by: BY });
}

describe("the doors agree: Excel writes the rows the file door writes", () => {
  test("the sample, every logged job: the same rows but for Nơi chạy, the same fingerprints", async () => {
    const ports = await bothPorts(sample());
    await everyJob(ports.file);
    await everyJob(ports.excel);
    const file = await ports.fileAsExcel();
    const excel = logOf(ports.fake);
    expect(excel).toHaveLength(7);
    expect(excel.slice(1).map((row) => row[2])).toEqual([
      "Tính kết quả",
      "Thêm dòng biểu quyết",
      "Nhập đăng ký",
      "Nhập phiếu chấm",
      "Tính kết quả",
      "Tạo phiếu chấm",
    ]);
    expect(excel.slice(1).map((row) => row[3])).toEqual(Array(6).fill("Excel"));
    expect(
      logOf(file)
        .slice(1)
        .map((row) => row[3]),
    ).toEqual(Array(6).fill("Dòng lệnh"));
    // the input and result fingerprints as they are, the hashes once chained in the same door
    const fingerprints = (rows: Raw[][]) => rows.map((row) => [row[0], row[1], row[4], row[5], row[6]]);
    expect(fingerprints(excel)).toEqual(fingerprints(logOf(file)));
    expect(excel).toEqual(inDoor(logOf(file), "Excel"));
    expect(checkChain(excel)).toMatchObject({ ok: true });
    expect(checkChain(logOf(file))).toMatchObject({ ok: true });
    // a compute's result fingerprint, the other rows' empty
    expect(excel.map((row) => row[6] !== "")).toEqual([true, true, false, false, false, true, false]);
    // the same sheet: text cells, STT a number, the header bold and frozen, protected
    expect(sheetCells(ports.fake, LOG).formats).toEqual(sheetCells(file, LOG).formats);
    expect(ports.fake.cell(LOG, "B2")).toMatchObject({
      value: "2026-12-02T09:05:00+00:00",
      numberFormat: "@",
    });
    expect(ports.fake.cell(LOG, "A2")).toMatchObject({ value: 1, numberFormat: "0" });
    expect(ports.fake.cell(LOG, "A1").format).toMatchObject({ "font.bold": true });
    expect(ports.fake.frozenRows(LOG)).toBe(1);
    expect(ports.fake.protection(LOG)).toMatchObject({ protected: true, password: null });
    expect(
      (ports.file.workbook.getWorksheet(LOG) as unknown as { sheetProtection?: object }).sheetProtection,
    ).toMatchObject({ sheet: true });
  });

  test("adding the missing sheets: the same row in both doors", async () => {
    const sheets = smallCouncil();
    delete sheets["Hạn nộp"];
    const ports = await bothPorts(makeWorkbook(sheets));
    await addMissingSheets(ports.file, { lang: "vi", year: 2026, now: clock(0) });
    await addMissingSheets(ports.excel, { lang: "vi", year: 2026, now: clock(0) });
    const excel = logOf(ports.fake);
    expect(excel.map((row) => row[2])).toEqual(["Việc", "Thêm trang nhập liệu"]);
    expect(excel[1][4]).toBe(""); // no name given
    expect(excel).toEqual(inDoor(logOf(await ports.fileAsExcel()), "Excel"));
  });

  test("an empty sheet a user named Nhật ký: the log starts in it, header first, in both doors", async () => {
    const workbook = sample();
    workbook.addWorksheet(LOG);
    const ports = await bothPorts(workbook);
    await compute(ports.file, { lang: "vi", now: clock(0) });
    await compute(ports.excel, { lang: "vi", now: clock(0) });
    const excel = logOf(ports.fake);
    expect(excel[0]).toEqual([...LOG_HEADERS]);
    expect(excel.map((row) => row[2])).toEqual(["Việc", "Tính kết quả"]);
    expect(checkChain(excel)).toMatchObject({ ok: true, rows: [{ row: 2 }] });
    const file = await ports.fileAsExcel();
    expect(file.sheetNames().filter((name) => name === LOG)).toHaveLength(1);
    expect(excel).toEqual(inDoor(logOf(file), "Excel"));
    expect(ports.fake.frozenRows(LOG)).toBe(1);
  });

  const cases = listCases();
  test.each(cases.map((c) => c.name))(
    "shared case %s: a compute logs the same row in both doors",
    async (name) => {
      const ports = await bothPorts(await loadXlsx(path.join(casesDir, name, "input.xlsx")));
      const options = { lang: "vi" as const, currentYear: 2023, now: clock(0), by: "Thư ký" };
      const file = await compute(ports.file, options);
      const excel = await compute(ports.excel, options);
      expect(excel.written).toBe(file.written);
      if (!file.written) {
        // a structural error writes nothing: no log either
        expect(ports.fake.sheetNames()).not.toContain(LOG);
        expect(await ports.file.readLog()).toBeNull();
        return;
      }
      const rows = logOf(ports.fake);
      expect(rows).toHaveLength(2);
      expect(rows[1][5]).toMatch(/^[0-9a-f]{64}$/);
      expect(rows).toEqual(inDoor(logOf(await ports.fileAsExcel()), "Excel"));
    },
  );
});

describe("the chain and the protection in Excel", () => {
  test("two computes: two rows chained, the chain holds, the log protected after each, no password", async () => {
    const fake = fakeFromWorkbook(await roundTrip(sample()));
    const port = officePort(fake);
    await compute(port, { lang: "vi", now: clock(0), by: BY });
    expect(fake.protection(LOG)).toEqual({
      protected: true,
      options: { allowFormatColumns: true, allowFormatRows: true },
      password: null,
    });
    // the log is read-only while protected: Excel refuses an edit
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem(LOG).getRange("E2").values = [["sửa tay"]];
        await context.sync();
      }),
    ).rejects.toThrow(/AccessDenied/);
    await compute(port, { lang: "vi", now: clock(1) });
    const rows = logOf(fake);
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row[0])).toEqual(["STT", 1, 2]);
    expect(rows[2][7]).toBe(rows[1][8]);
    expect(rows[1][7]).toBe("0".repeat(64));
    expect(rows[2][4]).toBe("");
    expect(rows[2][5]).toBe(rows[1][5]); // the same input
    expect(checkChain(rows)).toMatchObject({ ok: true, rows: [{ row: 2 }, { row: 3 }] });
    expect(fake.protection(LOG)).toMatchObject({ protected: true, password: null });
    // what verify reads through the port is what the sheet holds
    // an empty cell reads as empty (null), as the reader reads every sheet
    expect((await port.readLog())?.rows).toEqual(rows.map((row) => row.map((v) => (v === "" ? null : v))));
  });

  test("a log the user protected (no password) with other options keeps them", async () => {
    const fake = fakeFromWorkbook(await roundTrip(sample()));
    const port = officePort(fake);
    await compute(port, { lang: "vi", now: clock(0) });
    await protectLog(fake, { allowFormatCells: true, allowSort: true, selectionMode: "Unlocked" });
    await compute(port, { lang: "vi", now: clock(1) });
    await generateScoreSheets(port, {
      members: ["Trần Thị Bình"],
      password: "mk",
      lang: "vi",
      now: clock(2),
    });
    expect(logOf(fake)).toHaveLength(4);
    expect(checkChain(logOf(fake))).toMatchObject({ ok: true });
    const protection = fake.protection(LOG);
    expect(protection).toMatchObject({
      protected: true,
      password: null, // the score sheets' password is theirs, never the log's
      options: { allowFormatCells: true, allowSort: true, selectionMode: "Unlocked", allowFormatRows: false },
    });
    expect(fake.protection("Chấm điểm - Trần Thị Bình")).toMatchObject({ protected: true, password: "mk" });
  });

  test("a log the user unprotected is protected again by the next write", async () => {
    const fake = fakeFromWorkbook(await roundTrip(sample()));
    const port = officePort(fake);
    await compute(port, { lang: "vi", now: clock(0) });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(LOG).protection.unprotect();
      await context.sync();
    });
    await addBallotRows(port, { lang: "vi", currentYear: 2023, now: clock(1) });
    expect(fake.protection(LOG)).toMatchObject({ protected: true, password: null });
    expect(checkChain(logOf(fake))).toMatchObject({ ok: true, rows: [{ row: 2 }, { row: 3 }] });
  });
});

/** The log protected again as a user would: with these options (and this password). */
async function protectLog(
  fake: FakeExcel,
  options: Excel.WorksheetProtectionOptions,
  password?: string,
): Promise<void> {
  await fake.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(LOG).protection;
    protection.unprotect();
    protection.protect(options, password);
    await context.sync();
  });
}

type Before = { rows: Raw[][]; protection: ReturnType<FakeExcel["protection"]> };

/** The sample in Excel, computed once: its log and the log's protection as they then are. */
async function computedOnce(): Promise<{ fake: FakeExcel; port: OfficePort; before: Before }> {
  const fake = fakeFromWorkbook(await roundTrip(sample()));
  const port = officePort(fake);
  await compute(port, { lang: "vi", now: clock(0) });
  return { fake, port, before: { rows: logOf(fake), protection: fake.protection(LOG) } };
}

/** The log and its protection as they were. */
function expectAsBefore(fake: FakeExcel, before: Before): void {
  expect(logOf(fake)).toEqual(before.rows);
  expect(acting(fake.protection(LOG))).toEqual(acting(before.protection));
}

/** The swap of the compute's write: the output sheets take their names in its last request. */
const renaming = (name: string) => (op: FakeOperation) =>
  op.kind === "Worksheet" && op.member === "name" && op.payload === name ? "Conflict" : null;

describe("a failed or cancelled write leaves no row", () => {
  test("a compute failing in its last request: no log sheet, no row", async () => {
    const fake = fakeFromWorkbook(await roundTrip(sample()));
    const port = officePort(fake);
    fake.failWhen = renaming("Kiểm tra");
    await expect(compute(port, { lang: "vi", now: clock(0) })).rejects.toThrow(/Conflict/);
    expect(fake.sheetNames()).not.toContain(LOG);
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
  });

  test("a second compute failing in its last request: the log as it was, protected as it was", async () => {
    const fake = fakeFromWorkbook(await roundTrip(sample()));
    const port = officePort(fake);
    await compute(port, { lang: "vi", now: clock(0) });
    await protectLog(fake, { allowFormatCells: true });
    const before = { rows: logOf(fake), protection: fake.protection(LOG) };
    fake.failWhen = (op) =>
      // the last of the swap's own operations, just before the row
      op.kind === "WorksheetFreezePanes" && op.member === "freezeRows" && op.sheet === "Kiểm tra"
        ? "GeneralException"
        : null;
    await expect(compute(port, { lang: "vi", now: clock(1) })).rejects.toThrow(/GeneralException/);
    expectAsBefore(fake, before);
    // the next write chains on the row that is there
    fake.failWhen = null;
    await compute(port, { lang: "vi", now: clock(2) });
    expect(logOf(fake).map((row) => row[0])).toEqual(["STT", 1, 2]);
    expect(checkChain(logOf(fake))).toMatchObject({ ok: true });
    expect(acting(fake.protection(LOG))).toEqual(acting(before.protection));
  });

  test("the row itself refused (a co-author protected the log meanwhile): no row, the protection restored", async () => {
    const { fake, port, before } = await computedOnce();
    fake.failWhen = (op) => (op.sheet === LOG && op.member === "values" ? "AccessDenied" : null);
    await expect(addBallotRows(port, { lang: "vi", currentYear: 2023, now: clock(1) })).rejects.toThrow(
      /AccessDenied/,
    );
    expectAsBefore(fake, before);
  });

  test("a row is never without its write: the protection failing after the row leaves both", async () => {
    const fake = fakeFromWorkbook(await roundTrip(sample()));
    const port = officePort(fake);
    await compute(port, { lang: "vi", now: clock(0) });
    fake.failWhen = (op) => (op.sheet === LOG && op.member === "protect" ? "GeneralException" : null);
    await expect(addBallotRows(port, { lang: "vi", currentYear: 2023, now: clock(1) })).rejects.toThrow(
      /GeneralException/,
    );
    fake.failWhen = null;
    const rows = logOf(fake);
    expect(rows.map((row) => row[2])).toEqual(["Việc", "Tính kết quả", "Thêm dòng biểu quyết"]);
    expect(fake.values("Biểu quyết").length).toBeGreaterThan(2); // under the instruction and header rows: the rows it records
  });

  test("score sheets and a registration import failing in their last request leave no row", async () => {
    const { fake, port, before } = await computedOnce();
    fake.failWhen = (op) => (op.sheet === LOG && op.member === "numberFormat" ? "GeneralException" : null);
    await expect(
      generateScoreSheets(port, { members: ["Trần Thị Bình"], lang: "vi", now: clock(1) }),
    ).rejects.toThrow(/GeneralException/);
    expect(fake.sheetNames()).not.toContain("Chấm điểm - Trần Thị Bình");
    const planned = await planRegistrations(port, registrationFile(), "vi");
    expect(planned.writable).toBe(true);
    await expect(applyRegistrations(port, planned, { now: clock(2) })).rejects.toThrow(/GeneralException/);
    expectAsBefore(fake, before);
  });

  test("a cancelled compute leaves no row, and the log protected as it was", async () => {
    const { fake, port, before } = await computedOnce();
    const signal = { cancelled: false };
    const run = compute(port, {
      lang: "vi",
      now: clock(1),
      signal,
      onProgress: (stage, fraction) => {
        if (stage === "write" && fraction > 0.6) signal.cancelled = true;
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expectAsBefore(fake, before);
  });

  test("a cancel arriving with the last request comes too late: the results and their row are written", async () => {
    const fake = fakeFromWorkbook(await roundTrip(sample()));
    const port = officePort(fake);
    const signal = { cancelled: false };
    // the secretary presses Hủy while Excel runs the swap's request, which holds the log row
    fake.failWhen = (op) => {
      if (op.sheet === LOG && op.member === "values") signal.cancelled = true;
      return null;
    };
    const outcome = await compute(port, { lang: "vi", now: clock(0), signal });
    expect(outcome.written).toBe(true);
    expect(signal.cancelled).toBe(true);
    expect(logOf(fake).map((row) => row[2])).toEqual(["Việc", "Tính kết quả"]);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Kết quả", "Khen thưởng", "Kiểm tra"]));
    expect(fake.protection(LOG)).toMatchObject({ protected: true });
  });
});

describe("a log protected with a password", () => {
  async function locked() {
    const fake = fakeFromWorkbook(await roundTrip(sample()));
    const port = officePort(fake);
    await compute(port, { lang: "vi", now: clock(0) });
    await protectLog(fake, {}, "bí mật");
    const state = () => Object.fromEntries(fake.sheetNames().map((n) => [n, fake.values(n)]));
    return { fake, port, before: state(), state };
  }

  test("stops a compute before anything is written, naming the sheet", async () => {
    const { fake, port, before, state } = await locked();
    const run = compute(port, { lang: "vi", now: clock(1) });
    await expect(run).rejects.toBeInstanceOf(NoteError);
    const error = (await run.catch((e: unknown) => e)) as NoteError;
    expect(error.msg.key).toBe("job.write.protected");
    expect(render("vi", error.msg)).toContain(`“${LOG}” được bảo vệ bằng mật khẩu`);
    expect(render("en", error.msg)).toContain(`“${LOG}” is protected with a password`);
    expect(state()).toEqual(before);
    expect(fake.protection(LOG)).toMatchObject({ protected: true, password: "bí mật" });
  });

  test("stops every other logged write the same way", async () => {
    const { fake, port, before, state } = await locked();
    const jobs: (() => Promise<unknown>)[] = [
      () => addBallotRows(port, { lang: "vi", currentYear: 2023 }),
      () => generateScoreSheets(port, { members: ["Trần Thị Bình"], lang: "vi" }),
      async () => applyScores(port, await planScores(port, [memberFile()])),
    ];
    for (const job of jobs) {
      const error = await job().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NoteError);
      expect((error as NoteError).msg.key).toBe("job.write.protected");
    }
    expect(state()).toEqual(before);
    expect(fake.protection(LOG)).toMatchObject({ protected: true, password: "bí mật" });
  });
});

describe("the read for chaining, measured with Microsoft's office.js", () => {
  const ROWS = 5_000;

  /** The sample with a log of ROWS chained rows, as Excel holds it. */
  async function longLog() {
    const workbook = await roundTrip(sample());
    const sheet = workbook.addWorksheet(LOG);
    sheet.addRow([...LOG_HEADERS]);
    let last: { index: number; hash: string } | null = null;
    for (let i = 0; i < ROWS; i++) {
      const entry: LogEntry = {
        time: `2026-01-01T08:00:${String(i % 60).padStart(2, "0")}+07:00`,
        action: i % 2 ? "compute" : "votes",
        door: "cli",
        by: `Thư ký số ${i}`,
        input: "a".repeat(64),
        result: i % 2 ? "b".repeat(64) : "",
      };
      const cells = chainRow(entry, last);
      sheet.addRow(cells.map((cell, c) => (c === 0 ? Number(cell) : cell)));
      last = { index: i + 1, hash: cells[8] };
    }
    const excel = await officeJsExcel(fakeFromWorkbook(workbook), { limitBytes: Number.POSITIVE_INFINITY });
    return { excel, last: last! };
  }

  test(`with ${ROWS.toLocaleString("en")} rows the prepare requests stay under 4 KB`, async () => {
    const { excel, last } = await longLog();
    const entry: LogEntry = {
      time: "2026-12-02T09:05:00+07:00",
      action: "compute",
      door: "excel",
      by: "",
      input: "c".repeat(64),
      result: "d".repeat(64),
    };
    const prepared = await excel.run((context) => prepareOfficeLog(context, entry));
    expect(prepared).toMatchObject({ sheet: LOG, row: ROWS + 2 });
    expect(prepared.cells[0]).toBe(String(ROWS + 1));
    expect(prepared.cells[7]).toBe(last.hash);
    expect(excel.requests.length).toBeGreaterThan(0);
    for (const request of excel.requests) {
      expect(request.bytes).toBeLessThan(4 * 1024);
      expect(request.responseBytes).toBeLessThan(4 * 1024);
    }
  });

  test(`a compute on a log of ${ROWS.toLocaleString("en")} rows appends row ${ROWS + 2}, every request under the bound`, async () => {
    const { excel, last } = await longLog();
    const port = new OfficePort((batch) => excel.run(batch), excel.isSetSupported);
    await compute(port, { lang: "vi", now: clock(0), by: BY });
    const rows = excel.fake.values(LOG) as Raw[][];
    expect(rows).toHaveLength(ROWS + 2);
    expect(rows[ROWS + 1][0]).toBe(ROWS + 1);
    expect(rows[ROWS + 1][7]).toBe(last.hash);
    expect(checkChain(rows)).toMatchObject({ ok: true });
    expect(Math.max(...excel.requests.map((r) => r.bytes))).toBeLessThanOrEqual(MEASURED_BOUND);
    expect(Math.max(...excel.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(MEASURED_BOUND);
    // the row went in the request that swapped the output sheets in, after them
    const swap = excel.requests.filter((r) => r.body?.includes(last.hash));
    expect(swap).toHaveLength(1);
    const body = swap[0].body!;
    expect(body).toContain('"Kiểm tra"');
    expect(body.indexOf('"Kiểm tra"')).toBeLessThan(body.indexOf(last.hash));
  });
});
