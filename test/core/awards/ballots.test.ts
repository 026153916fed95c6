/** WORKBOOK.md §11.3 — the candidates of each ballot, and the §11.1 document settings as read. */
import { run, simpleCouncil } from "../helpers/council";

describe("§11.3 the ballots' candidates", () => {
  const awards = [
    { code: "CTD", priority: 1, minVotePct: 80, minPoints: 90 },
    { code: "BK", priority: 2, minPoints: 80 },
  ];

  test("one ballot per award with a min vote %: the ranked units that meet every other standard", () => {
    const result = run(
      simpleCouncil({ A: 95, B: 91, C: 85 }, awards, { settings: { "Số thành viên Hội đồng": 9 } }),
    );
    expect(result.ballots).toEqual([{ award: "CTD", name: "CTD", minVotePct: 8000, units: ["A", "B"] }]);
  });

  test("the vote itself is not a standard of the ballot: votes entered, too few or none, leave the candidates", () => {
    const spec = simpleCouncil({ A: 95, B: 91, C: 85 }, awards, {
      settings: { "Số thành viên Hội đồng": 9 },
      votes: [
        ["A", "CTD", 9],
        ["B", "CTD", 2],
      ],
    });
    const result = run(spec);
    expect(result.units.find((u) => u.code === "B")!.award).toBe("BK"); // 2 of 9: not the flag
    expect(result.ballots[0].units).toEqual(["A", "B"]);
  });

  test("no award with a min vote %: no ballot; a structural error: none either", () => {
    expect(run(simpleCouncil({ A: 95 }, [{ code: "BK", priority: 1 }])).ballots).toEqual([]);
    expect(run({ units: [] }).ballots).toEqual([]);
  });
});

describe("§11.1 the document settings of Cài đặt", () => {
  test("read as written, by name or English alias; empty keeps the default (null)", () => {
    const result = run(
      simpleCouncil({ A: 95 }, [{ code: "BK", priority: 1 }], {
        settings: {
          "Cơ quan cấp trên": "  TỔNG LIÊN ĐOÀN   LAO ĐỘNG VIỆT NAM ",
          "Issuing body": "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU",
          "Địa danh": "Lai Châu",
          "Document number": "15/QĐ-LĐLĐ",
          "Người ký": "",
          "Chức vụ người ký": "PHÓ CHỦ TỊCH",
        },
      }),
    );
    expect(result.settings).toMatchObject({
      superiorBody: "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
      issuingBody: "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU",
      place: "Lai Châu",
      documentNumber: "15/QĐ-LĐLĐ",
      signer: null,
      signerTitle: "PHÓ CHỦ TỊCH",
    });
    expect(result.issues).toEqual([]);
  });
});
