/**
 * The whole engine: the parsed council workbook in, the council's results out (WORKBOOK.md
 * §3–§6 and §10). Pure: no Office.js, no DOM, no file I/O. The command line, the browser file mode and the
 * Excel task pane all call `evaluate`, so the same workbook gives the same numbers everywhere.
 */
import { allocate, type QuotaUse } from "../awards/allocation";
import { checkProposals, type Violation } from "../awards/check";
import { capClasses, type ClassQuotaUse } from "../ranking/classes";
import { checkDeadlines } from "../deadlines/deadlines";
import { explain } from "./reasons";
import { IssueLog, type Issue, type Msg } from "../issues";
import { CouncilInputSchema, type CouncilInput } from "../contract/input";
import { orderOf } from "../ranking/order";
import type { Hundredths } from "../contract/points";
import { rankAndClassify } from "../ranking/ranking";
import { readRegistrations } from "../deadlines/registrations";
import { checkSelfScores, scoreUnits, unitPoints, type Member } from "../scores/scoring";
import { readCouncil, type Council, type Settings } from "../setup/council";
import type { Context, Standing, Status } from "../ranking/standing";
import { vietnameseCollator } from "../contract/text";
import { at } from "../contract/indexing";
import { readVotes } from "../awards/votes";
import { ballotsOf, type Ballot } from "../awards/ballots";

export interface UnitResult {
  code: string;
  name: string;
  bloc: string | null;
  type: string | null;
  status: Status;
  scored: Hundredths | null;
  bonus: Hundredths | null;
  deduction: Hundredths | null;
  total: Hundredths | null;
  rank: number | null;
  class: string | null;
  registered: string[];
  award: string | null;
  awaitingVote: boolean;
  reasons: Msg[];
  /** Row of the unit in `Đơn vị`. */
  row: number;
}

export interface CouncilResult {
  /** False when a structural error stopped the run (no units, quotas or violations). */
  ok: boolean;
  year: number | null;
  mode: "allocate" | "check" | null;
  units: UnitResult[];
  quotas: QuotaUse[];
  /** §10.2: every (class with a `Tỷ lệ tối đa (%)`, bloc); [] when no class has one. */
  classQuotas: ClassQuotaUse[];
  violations: Violation[];
  issues: Issue[];
  /** The council's awards by priority and blocs in order, for the writers. */
  awards: { code: string; name: string; priority: number }[];
  blocs: string[];
  members: string[];
  /** The settings used (null after a structural error). */
  settings: Settings | null;
  /** §11.3: one ballot per award with a min vote %, its candidates; [] after a structural error. */
  ballots: Ballot[];
}

export interface EvaluateOptions {
  /** The year used when `Cài đặt` has no `Năm thi đua` (default: this year). */
  currentYear?: number;
}

export function evaluate(rawInput: CouncilInput, options: EvaluateOptions = {}): CouncilResult {
  const input = CouncilInputSchema.parse(rawInput);
  const log = new IssueLog();
  log.issues.push(...(input.issues as Issue[]));
  const council = readCouncil(input, log, options.currentYear ?? new Date().getFullYear());
  if (!council) {
    return {
      ok: false,
      year: null,
      mode: null,
      units: [],
      quotas: [],
      classQuotas: [],
      violations: [],
      issues: log.issues,
      awards: [],
      blocs: [],
      members: [],
      settings: null,
      ballots: [],
    };
  }

  const scoring = scoreUnits(council, input.scoreSheets, log);
  const registrations = readRegistrations(council, input.registrations, log);
  const deadlines = checkDeadlines(council, input.reports, registrations, log);
  const votes = readVotes(council, input.votes, log);

  const standings: Standing[] = council.units.map((unit, u) => {
    const scores = at(scoring.units, u, "scoring.units");
    const unitDeadlines = at(deadlines, u, "deadlines");
    const status: Status =
      unit.errors.length > 0 || scores === null
        ? "invalid"
        : scores.notScored || scores.missing.length > 0
          ? "incomplete"
          : "ranked";
    const points =
      status === "ranked" && scores !== null
        ? unitPoints(council.settings, scores, unitDeadlines.deduction)
        : null;
    return {
      unit,
      status,
      scores,
      deadlines: unitDeadlines,
      registration: at(registrations, u, "registrations"),
      scored: points?.scored ?? null,
      bonus: points?.bonus ?? null,
      deduction: points?.deduction ?? null,
      bonusSum: points?.bonusSum ?? null,
      deductionSum: points?.deductionSum ?? null,
      total: points?.total ?? null,
      rank: null,
      class: null,
      award: null,
      awaitingVote: false,
      rankReasons: [],
      classReasons: [],
      outcomes: [],
      checkReasons: [],
    };
  });
  const order = orderOf(council, scoring.aggregates);
  rankAndClassify(council, standings, order, scoring.aggregates);
  // §10.2, after §10.1 and §10.3; award standards use the class after every cap
  const classQuotas = capClasses(council, standings, order, scoring.aggregates);

  const context: Context = { council, standings, votes, order };
  const checkMode = input.proposals !== null;
  let quotas: QuotaUse[];
  let violations: Violation[] = [];
  if (input.proposals) ({ quotas, violations } = checkProposals(context, input.proposals, log));
  else quotas = allocate(context);

  if (input.selfScores) {
    const councilTotals = new Map<number, Hundredths>();
    for (const s of standings) {
      if (s.status === "ranked" && s.scores) {
        councilTotals.set(s.unit.index, s.scores.scored + s.scores.bonus - s.scores.criteriaDeduction);
      }
    }
    checkSelfScores(council, input.selfScores, councilTotals, log);
  }

  const ordered = orderForResults(council, standings);
  const units = ordered.map((s) => unitResult(council, s, scoring.members, checkMode));
  return {
    ok: true,
    year: council.settings.year,
    mode: checkMode ? "check" : "allocate",
    units,
    quotas,
    classQuotas,
    violations,
    issues: log.issues,
    awards: council.awards.map((a) => ({ code: a.code, name: a.name, priority: a.priority })),
    blocs: council.blocs.map((b) => b.name),
    members: scoring.members.map((m) => m.name),
    settings: council.settings,
    ballots: ballotsOf(context, ordered),
  };
}

/** §7: by bloc (bloc order), then rank, then name in Vietnamese alphabetical order. */
function orderForResults(council: Council, standings: Standing[]): Standing[] {
  const blocOrder = (s: Standing) => (s.unit.blocIndex < 0 ? council.blocs.length : s.unit.blocIndex);
  return [...standings].sort(
    (a, b) =>
      blocOrder(a) - blocOrder(b) ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      vietnameseCollator.compare(a.unit.name, b.unit.name) ||
      a.unit.index - b.unit.index,
  );
}

function unitResult(council: Council, s: Standing, members: Member[], checkMode: boolean): UnitResult {
  const registered = council.awards.filter((a) => s.registration.awards.includes(a.index)).map((a) => a.code);
  return {
    code: s.unit.code,
    name: s.unit.name,
    bloc: s.unit.bloc,
    type: s.unit.type,
    status: s.status,
    scored: s.scored,
    bonus: s.bonus,
    deduction: s.deduction,
    total: s.total,
    rank: s.rank,
    class: s.class?.name ?? null,
    registered,
    award: s.award?.code ?? null,
    awaitingVote: s.awaitingVote,
    reasons: explain(council, s, members, checkMode),
    row: s.unit.row,
  };
}
