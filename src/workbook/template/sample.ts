/**
 * The example council of `thidua template --sample`, drawn from the seed (plan 403/KH-LĐLĐ of the
 * Lai Châu Provincial Labour Federation, 2023): the 8 district/city federations in one bloc, two
 * sectoral unions and the provincial civil-servants' union in another, a 100-point criteria table
 * with a bonus and a deduction criterion, three council members, registrations (one unit
 * unregistered, one late), reports (one late, one missing), three awards and the council's vote;
 * the share cap of "Hoàn thành xuất sắc nhiệm vụ" (20% of a bloc, §10.2) and a tie-break order
 * (`TC7; TC2`, §10.4) that separates two units of equal Total at the Bằng khen cut-off.
 *
 * The scores are built so that every result can be worked out by hand: each member's score is the
 * unit's base score plus (member 1), plus nothing (member 2) or minus (member 3) the same small
 * variation, so every mean is the base score exactly.
 */
import type { CriterionKind, Scope, SettingId } from "../../core/contract/terms";

export interface SampleCouncil {
  year: number;
  councilSize: number;
  units: { code: string; name: string; bloc: string; type: string; members: number; women: number }[];
  criteria: { code: string; group: string; description: string; max: number; kind: CriterionKind }[];
  members: { name: string; scores: Record<string, (number | null)[]> }[];
  registrations: { code: string; awards: string; date: [number, number] }[];
  reports: { code: string; type: string; date: [number, number] | null }[];
  awards: {
    code: string;
    name: string;
    priority: number;
    minPoints: number | null;
    minClass: string | null;
    maxRank: number | null;
    registrationRequired: boolean | null;
    onTimeRequired: boolean | null;
    minVotePct: number | null;
    scope: Scope;
    maxCount: number | null;
    maxSharePct: number | null;
  }[];
  votes: { code: string; award: string; votes: number }[];
  /** `Tỷ lệ tối đa (%)` of classes (§10.2), by class name. */
  classShares: Record<string, number>;
  /** Settings other than the defaults, by setting id. */
  settings: Partial<Record<SettingId, string | number>>;
}

const DISTRICTS = "Khối LĐLĐ các huyện, thành phố";
const SECTORS = "Khối Công đoàn ngành, Công đoàn Viên chức";

/** Base scores of the seven `Chấm điểm` criteria (maxima 20, 15, 15, 15, 10, 15, 10), then DT, TR. */
const BASE: Record<string, number[]> = {
  TU: [19, 14, 14, 14, 9, 14, 9, 2, 0], // 93 + 2 = 95
  SH: [19, 14, 14, 13, 9, 14, 9, 1, 0], // 92 + 1 = 93 (not registered)
  TP: [19, 14, 13, 14, 9, 14, 9, 0, 0], // 92
  TD: [18, 14, 13, 13, 9, 14, 9, 0, 0], // 90
  PT: [18, 14, 13, 13, 9, 14, 10, 0, 1], // 91 − 1 = 90: equal to TD, ahead of it by TC7 (10 > 9)
  MT: [18, 13, 13, 13, 9, 13, 9, 0, 0], // 88, registered late: 87
  TNU: [17, 13, 13, 13, 9, 13, 8, 0, 0], // 86, 6-month report late: 85
  NN: [17, 13, 12, 13, 8, 13, 8, 0, 0], // 84, annual report missing: 82
  GD: [19, 14, 14, 14, 9, 14, 10, 0, 0], // 94
  YT: [18, 13, 13, 13, 9, 13, 9, 0, 0], // 88
  VC: [16, 12, 12, 12, 8, 12, 7, 0, 0], // 79
};

/** Member 1 adds it, member 3 subtracts it: the mean stays the base score. */
const VARIATION = [0.5, 0, 0.5, 0, 0, 0.5, 0, 0, 0];

export function sampleCouncil(): SampleCouncil {
  const units = [
    {
      code: "TD",
      name: "LĐLĐ huyện Tam Đường",
      bloc: DISTRICTS,
      type: "LĐLĐ huyện",
      members: 2150,
      women: 41.5,
    },
    {
      code: "PT",
      name: "LĐLĐ huyện Phong Thổ",
      bloc: DISTRICTS,
      type: "LĐLĐ huyện",
      members: 2630,
      women: 44.2,
    },
    {
      code: "SH",
      name: "LĐLĐ huyện Sìn Hồ",
      bloc: DISTRICTS,
      type: "LĐLĐ huyện",
      members: 2410,
      women: 39.8,
    },
    {
      code: "MT",
      name: "LĐLĐ huyện Mường Tè",
      bloc: DISTRICTS,
      type: "LĐLĐ huyện",
      members: 1720,
      women: 43,
    },
    {
      code: "TU",
      name: "LĐLĐ huyện Than Uyên",
      bloc: DISTRICTS,
      type: "LĐLĐ huyện",
      members: 2880,
      women: 47.6,
    },
    {
      code: "TNU",
      name: "LĐLĐ huyện Tân Uyên",
      bloc: DISTRICTS,
      type: "LĐLĐ huyện",
      members: 2290,
      women: 45.1,
    },
    {
      code: "NN",
      name: "LĐLĐ huyện Nậm Nhùn",
      bloc: DISTRICTS,
      type: "LĐLĐ huyện",
      members: 1180,
      women: 38.7,
    },
    {
      code: "TP",
      name: "LĐLĐ Thành phố Lai Châu",
      bloc: DISTRICTS,
      type: "LĐLĐ thành phố",
      members: 3560,
      women: 52.3,
    },
    {
      code: "GD",
      name: "Công đoàn ngành Giáo dục",
      bloc: SECTORS,
      type: "CĐ ngành",
      members: 8950,
      women: 71.4,
    },
    { code: "YT", name: "Công đoàn ngành Y tế", bloc: SECTORS, type: "CĐ ngành", members: 2870, women: 68.9 },
    {
      code: "VC",
      name: "Công đoàn Viên chức tỉnh",
      bloc: SECTORS,
      type: "CĐ Viên chức",
      members: 3120,
      women: 55,
    },
  ];
  const criteria: SampleCouncil["criteria"] = [
    {
      code: "TC1",
      group: "I. Công tác tổ chức",
      description: "Phát triển đoàn viên, thành lập công đoàn cơ sở",
      max: 20,
      kind: "score",
    },
    {
      code: "TC2",
      group: "I. Công tác tổ chức",
      description: "Xây dựng công đoàn cơ sở vững mạnh",
      max: 15,
      kind: "score",
    },
    {
      code: "TC3",
      group: "II. Đại diện, bảo vệ",
      description: "Đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên",
      max: 15,
      kind: "score",
    },
    {
      code: "TC4",
      group: "II. Đại diện, bảo vệ",
      description: "Chăm lo đời sống đoàn viên (Tết Sum vầy, Mái ấm công đoàn)",
      max: 15,
      kind: "score",
    },
    {
      code: "TC5",
      group: "III. Tuyên truyền",
      description: "Tuyên truyền, giáo dục chính trị, tư tưởng",
      max: 10,
      kind: "score",
    },
    {
      code: "TC6",
      group: "IV. Phong trào thi đua",
      description: "Phong trào Lao động giỏi – Lao động sáng tạo, Chương trình 1 triệu sáng kiến",
      max: 15,
      kind: "score",
    },
    {
      code: "TC7",
      group: "V. Tài chính công đoàn",
      description: "Thu, chi, quản lý tài chính công đoàn",
      max: 10,
      kind: "score",
    },
    {
      code: "DT",
      group: "VI. Điểm thưởng",
      description: "Mô hình mới, cách làm hay được nhân rộng",
      max: 5,
      kind: "bonus",
    },
    {
      code: "TR",
      group: "VII. Điểm trừ",
      description: "Để xảy ra đơn thư vượt cấp, vi phạm tài chính",
      max: 5,
      kind: "deduction",
    },
  ];
  const memberScores = (sign: number) =>
    Object.fromEntries(
      units.map((u) => [
        u.code,
        BASE[u.code].map((base, c) => (base === 0 ? null : base + sign * VARIATION[c])),
      ]),
    );
  return {
    year: 2023,
    councilSize: 9,
    units,
    criteria,
    members: [
      { name: "Nguyễn Văn Hùng", scores: memberScores(1) },
      { name: "Lò Thị Mai", scores: memberScores(0) },
      { name: "Vàng A Sử", scores: memberScores(-1) },
    ],
    registrations: [
      { code: "TU", awards: "CTD_TINH; BK_TINH", date: [5, 1] },
      { code: "TP", awards: "CTD_TINH; BK_TINH", date: [10, 1] },
      { code: "TD", awards: "BK_TINH", date: [12, 1] },
      { code: "PT", awards: "BK_TINH", date: [20, 1] },
      { code: "MT", awards: "BK_TINH", date: [15, 2] }, // late: −1
      { code: "TNU", awards: "BK_TINH", date: [30, 1] },
      { code: "NN", awards: "BK_TINH; GK_TINH", date: [8, 2] },
      { code: "GD", awards: "CTD_TINH; BK_TINH", date: [6, 2] },
      { code: "YT", awards: "BK_TINH", date: [9, 2] },
      { code: "VC", awards: "GK_TINH", date: [10, 2] }, // on the due day: on time
      // SH (Sìn Hồ) did not register: not considered for any award
    ],
    reports: units.flatMap((u) => [
      {
        code: u.code,
        type: "Báo cáo sơ kết 6 tháng",
        date: (u.code === "TNU" ? [15, 6] : [5, 6]) as [number, number],
      },
      {
        code: u.code,
        type: "Báo cáo tổng kết năm",
        date: u.code === "NN" ? null : ([1, 12] as [number, number]),
      },
    ]),
    awards: [
      {
        code: "CTD_TINH",
        name: "Cờ thi đua của LĐLĐ tỉnh",
        priority: 1,
        minPoints: null,
        minClass: "Hoàn thành xuất sắc nhiệm vụ",
        maxRank: 1,
        registrationRequired: true,
        onTimeRequired: true,
        minVotePct: 80,
        scope: "bloc",
        maxCount: 1,
        maxSharePct: null,
      },
      {
        code: "BK_TINH",
        name: "Bằng khen của LĐLĐ tỉnh",
        priority: 2,
        minPoints: 85,
        minClass: "Hoàn thành tốt nhiệm vụ",
        maxRank: null,
        registrationRequired: true,
        onTimeRequired: false,
        minVotePct: null,
        scope: "bloc",
        maxCount: null,
        maxSharePct: 30,
      },
      {
        code: "GK_TINH",
        name: "Giấy khen của LĐLĐ tỉnh",
        priority: 3,
        minPoints: null,
        minClass: "Hoàn thành tốt nhiệm vụ",
        maxRank: null,
        registrationRequired: true,
        onTimeRequired: false,
        minVotePct: null,
        scope: "bloc",
        maxCount: null,
        maxSharePct: null,
      },
    ],
    votes: [
      { code: "TU", award: "CTD_TINH", votes: 9 },
      { code: "TP", award: "CTD_TINH", votes: 6 },
      { code: "GD", award: "CTD_TINH", votes: 7 }, // 7 × 100 < 80 × 9: not enough
    ],
    // Quy định 366-QĐ/TW (2025): "Hoàn thành xuất sắc nhiệm vụ" for at most 20% of a bloc (§10.2)
    classShares: { "Hoàn thành xuất sắc nhiệm vụ": 20 },
    // equal totals are broken by the finance criterion, then the grassroots one (§10.4)
    settings: {
      councilSize: 9,
      tieBreak: "TC7; TC2",
      // §11.1: the award list's header and signature block
      superiorBody: "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
      issuingBody: "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU",
      place: "Lai Châu",
      documentNumber: "15/QĐ-LĐLĐ",
      signer: "Nguyễn Văn An",
      signerTitle: "CHỦ TỊCH",
    },
  };
}
