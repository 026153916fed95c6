/**
 * Microsoft's office.js in Node, driving the fake Excel (./fake-excel.ts): the add-in's Office.js code
 * runs on a real `Excel.RequestContext`, so every `context.sync()` is serialised by office.js itself —
 * its object paths, instantiations, `_KeepReference` calls, 1,500-cell write chunks, "L" lists — and
 * each request's size is what Excel on the web would receive. The fake keeps the workbook state and
 * throws where Excel throws.
 *
 * How: `@microsoft/office-js`'s `dist/excel-web-16.00.js` (the Excel-on-the-web library) is run in a
 * Node `vm` context with a few stubs (`window` is the context itself, `navigator.userAgent`, an empty
 * `document`, a quiet console, timers that are recorded and never fire, and an `Office.context` for
 * Excel on the web whose `requirements.isSetSupported` is the fake's). `Excel.run` gets a session
 * derived from `OfficeExtension.SessionBase` whose request executor receives each request message:
 * it records `JSON.stringify(message.Body)` — the text office.js hands to Excel (RichApiMessageUtility.
 * buildMessageArrayForIRequestExecutor) — and its UTF-8 size, then answers it by running the RichApi
 * protocol against the fake:
 *
 * - ObjectPaths: 1 root (the workbook), 4 property (`Format` → `format`), 3 method (`GetRangeByIndexes`
 *   → `getRangeByIndexes(...)`, object arguments resolved through `ReferencedObjectPathIds`), 5 indexer
 *   (→ `getItem(...)`), 6 reference id (an object kept by `_KeepReference` in an earlier request), 7 null
 *   object. Each path is resolved once per request, at its Instantiate action, as Excel does. A range kept
 *   by reference is then the fixed range it was (worksheets.getItem(id).getRange(address)), as in Excel.
 * - Actions: 1 Instantiate (answered with `null` for a null object, `{"Id"}` for a worksheet and
 *   `{"_ReferenceId"}` after a `_KeepReference`), 2 Query (Select/Expand/Top/Skip → the fake's `load`,
 *   answered with the loaded values under their wire names, collections as `{"_Items": [...]}`),
 *   3 Method (the fake's method; `_KeepReference`, `_RemoveReference`, `_RemoveAllReferences` and
 *   `_ValidateArraySize` are the bridge's), 4 SetProperty, 5 Trace (ignored).
 * - An operation the fake rejects becomes `Body.Error` with its code, message and action index, so the
 *   add-in gets an `OfficeExtension.Error` with that code; a request or response over the limit (5 MB =
 *   5 × 1024 × 1024, counted in UTF-8 bytes of the JSON) is refused as `RequestPayloadSizeLimitExceeded` /
 *   `ResponsePayloadSizeLimitExceeded` before (resp. after) running.
 * - Something the bridge or the fake does not model (another action or path type, a member the fake
 *   lacks) rejects the sync with an `OfficeJsBridgeError`: it is never answered silently.
 *
 * Not modelled: actions 6 RecursiveQuery (loadRecursive), 7 QueryAsJson, 8 EnsureUnchanged, 9 Update;
 * object path 2 (new top-level objects); `getItemAt` (office.js's path to a collection item it got
 * without an id, used again in a later request); events and other `_`-methods; trace messages;
 * PreviewExecutionActions (off in office.js's configuration); the postMessage envelope around the body
 * on the web, and the partial results Excel may send with an error.
 *
 * Assumptions where office.js does not say what Excel answers: which Instantiate actions get a result
 * (see above), that a worksheet's query result carries its `Id`, and the form of reference ids
 * (`{00000000-0000-0000-0000-00000000000n}`; their length only matters to requests that use kept
 * ranges, mainly the `_RemoveReference` clean-up request `Excel.run` sends at its end).
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { FakeExcel, FakeExcelError, type FakeExcelOptions } from "./fake-excel";

/** One `context.sync()` that reached Excel (office.js sends nothing for a sync with nothing queued). */
export interface OfficeJsRequest {
  /** UTF-8 bytes of the request body office.js built: `JSON.stringify(message.Body)`. */
  bytes: number;
  /** Its length in UTF-16 code units (what a JavaScript string length gives). */
  chars: number;
  /** UTF-8 bytes of the response body the bridge answered (0 when refused before running). */
  responseBytes: number;
  actions: number;
  objectPaths: number;
  /** office.js's request flags. */
  flags: number;
  /** The clean-up request of `Excel.run` (only `_RemoveReference` calls). */
  cleanup: boolean;
  /** The fake's own estimate of the same batch (FakeExcel.batchBytes), for comparison. */
  fakeEstimate: number | null;
  /** The error the request was answered with, if any. */
  error?: { code: string; message: string; actionIndex?: number };
  /** The request body as sent, when `keepBodies` (the default). */
  body?: string;
  response?: string;
}

export interface OfficeJsBridgeOptions {
  /** The request limit in bytes, instead of the fake's (Infinity: record every request, refuse none). */
  limitBytes?: number;
  /** Keep each request's body and response text in `requests` (default true; benchmarks turn it off). */
  keepBodies?: boolean;
  /** Called with each request once answered (or refused), and its body text even when not kept. */
  onRequest?: (request: OfficeJsRequest, body: string) => void;
}

export interface OfficeJsExcel {
  /** The fake holding the workbook state. */
  readonly fake: FakeExcel;
  /** Every request, in order. */
  readonly requests: OfficeJsRequest[];
  /**
   * The request (and response) limit in bytes: FakeExcelOptions.limitBytes, an existing fake's
   * limitBytes, or `options.limitBytes`; default 5 MB as Excel on the web. Settable (Infinity to measure).
   */
  limitBytes: number;
  /** `Excel.run` of the real office.js, on the bridge's session. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /**
   * A bare `Excel.RequestContext` on the bridge's session, outside `Excel.run`: office.js then keeps no
   * references (no `_KeepReference`, no clean-up request), so objects do not outlive their request.
   */
  context(): Excel.RequestContext;
  /** `Office.context.requirements.isSetSupported`, as the fake answers it. */
  isSetSupported(name: string, version?: string): boolean;
  /** Bytes of the largest request so far (0 before the first). */
  largestRequest(): number;
  /** Timers office.js asked for (they never fire; Excel.run's clean-up retries after a failure use them). */
  readonly timers: { delay: number }[];
  /** The sandbox's `OfficeExtension` (its `Error` is the class the add-in's errors are instances of). */
  readonly OfficeExtension: typeof OfficeExtension;
  readonly Excel: typeof Excel;
}

/** A part of the RichApi protocol the bridge (or the fake) does not model. */
export class OfficeJsBridgeError extends Error {
  constructor(message: string) {
    super(`officejs bridge: ${message}`);
    this.name = "OfficeJsBridgeError";
  }
}

// ------------------------------------------------------------------------------------ the library

const LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");
let compiled: vm.Script | undefined;

/** The library, compiled once per module instance (once per test file under Jest). */
function library(): vm.Script {
  compiled ??= new vm.Script(readFileSync(LIBRARY, "utf8"), { filename: LIBRARY });
  return compiled;
}

interface Sandbox {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  OSF: { _OfficeAppFactory?: unknown };
}

function sandbox(isSetSupported: (name: string, version?: string) => boolean, timers: { delay: number }[]) {
  const quiet = (): void => undefined;
  const timer = (_callback: unknown, delay = 0): number => timers.push({ delay: Number(delay) });
  const globals = {
    navigator: { userAgent: "Node.js (test/helpers/officejs.ts)" },
    document: {},
    console: { log: quiet, info: quiet, debug: quiet, trace: quiet, warn: quiet, error: quiet },
    setTimeout: timer,
    setInterval: timer,
    clearTimeout: quiet,
    clearInterval: quiet,
  };
  const context = vm.createContext(globals);
  vm.runInContext("var window = globalThis, self = globalThis;", context);
  library().runInContext(context);
  const box = context as unknown as Sandbox;
  // Office.context of Excel on the web: office.js asks it for requirement sets and the platform
  const officeContext = {
    requirements: { isSetSupported },
    platform: "OfficeOnline",
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
  };
  box.OSF._OfficeAppFactory = { getContext: () => officeContext };
  return box;
}

// ------------------------------------------------------------------------------------ the protocol

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}
interface WirePath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}
interface WireBody {
  Actions: WireAction[];
  ObjectPaths: Record<string, WirePath>;
}
/** The message office.js gives a request executor. */
interface RequestMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: unknown;
}
/** office.js's RichApiMessageUtility.buildMessageArrayForIRequestExecutor: [customData, method, path, headers, body, …]. */
type BuildMessage = (
  customData: string,
  flags: number,
  message: RequestMessage,
  sourceLib?: string,
) => unknown[];
interface WireError {
  Code: string;
  Message: string;
  Location: string;
  ActionIndex: number;
  HttpStatusCode: number;
}
interface WireResponse {
  HttpStatusCode: number;
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string>;
  Body: { Results?: { ActionId: number; Value: unknown }[]; Error?: WireError } | null;
}

const ROOT = 1;
const NEW_OBJECT = 2;
const METHOD = 3;
const PROPERTY = 4;
const INDEXER = 5;
const REFERENCE_ID = 6;
const NULL_PATH = 7;

const INSTANTIATE = 1;
const QUERY = 2;
const METHOD_ACTION = 3;
const SET_PROPERTY = 4;
const TRACE = 5;

const HTTP_STATUS: Record<string, number> = {
  AccessDenied: 403,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidOperation: 400,
  InvalidReference: 400,
  ItemAlreadyExists: 409,
  ItemNotFound: 404,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
};

// ----------------------------------------------------------------------------------- fake objects

type Fulfil = (obj: object, prop: string, value: unknown) => void;
/** The members of fake-excel.ts's proxies the bridge uses (their classes are not exported). */
interface FakeProxy {
  readonly _kind: string;
  _collect(paths: string[], fulfil: Fulfil): void;
  _resolve(): unknown;
}
/** A queued operation of the fake (FakeExcel._queue). */
type Queue = (run: () => void) => void;

/** The object of an ObjectPath whose object Excel found to be a null object in an earlier request. */
const NULL_OBJECT = Symbol("null object");
type Resolved = object | typeof NULL_OBJECT;

const encoder = new TextEncoder();
const utf8 = (text: string): number => encoder.encode(text).length;
const camel = (name: string): string => (name.startsWith("_") ? name : name[0].toLowerCase() + name.slice(1));
const pascal = (name: string): string =>
  name.startsWith("_") ? name : name[0].toUpperCase() + name.slice(1);
const isProxy = (obj: unknown): obj is FakeProxy =>
  typeof obj === "object" && obj !== null && typeof (obj as FakeProxy)._collect === "function";
/** Only the fake's recorders (conditional formats) are functions: they accept any member. */
const isRecorder = (obj: unknown): boolean => typeof obj === "function";
const kindOf = (obj: Resolved): string =>
  obj === NULL_OBJECT ? "null object" : isProxy(obj) ? obj._kind : "recorded object";
/** A scalar property of a proxy is an accessor on the instance (fake-excel.ts defines them so). */
const isScalar = (obj: object, name: string): boolean =>
  Object.getOwnPropertyDescriptor(obj, name)?.get !== undefined;
const isCollection = (obj: object): boolean => "items" in obj;

function hasSetter(obj: object, name: string): boolean {
  for (let o: object | null = obj; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return d.set !== undefined;
  }
  return false;
}

const removesReference = (a: WireAction): boolean =>
  a.ActionType === METHOD_ACTION && a.Name === "_RemoveReference";

function referenceId(n: number): string {
  return `{00000000-0000-0000-0000-${String(n).padStart(12, "0")}}`;
}

/** Captures what a load of the fake fulfils, by object, without touching the proxies' loaded state. */
class Capture {
  readonly values = new Map<object, Map<string, unknown>>();
  readonly fulfil: Fulfil = (obj, prop, value) => {
    let got = this.values.get(obj);
    if (!got) this.values.set(obj, (got = new Map()));
    got.set(prop, value);
  };
  get(obj: object, prop: string): unknown {
    return this.values.get(obj)?.get(prop);
  }
}

/** The response value of a query: the captured values of `obj` under their wire names. */
function queryValue(
  capture: Capture,
  obj: object,
  paths: string[],
  page?: { top?: number; skip?: number },
): unknown {
  const got = capture.values.get(obj);
  if (!got || got.get("isNullObject") === true) return null;
  if (got.has("items")) {
    let items = got.get("items") as object[];
    if (page?.skip !== undefined) items = items.slice(page.skip);
    if (page?.top !== undefined) items = items.slice(0, page.top);
    const itemPaths = paths.includes("items")
      ? []
      : paths.filter((p) => p !== "items").map((p) => p.replace(/^items\//, ""));
    return { _Items: items.map((item) => queryValue(capture, item, itemPaths)) };
  }
  const out: Record<string, unknown> = {};
  for (const [prop, value] of got) if (prop !== "isNullObject") out[pascal(prop)] = value;
  const navs = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split("/");
    if (head === "isNullObject" || isScalar(obj, head)) continue;
    if (!navs.has(head)) navs.set(head, []);
    if (rest.length > 0) navs.get(head)?.push(rest.join("/"));
  }
  for (const [head, rest] of navs)
    out[pascal(head)] = queryValue(capture, (obj as Record<string, object>)[head], rest);
  return out;
}

/** The fake's load paths of a QueryInfo: Select and Expand, camel-cased; "*" or nothing is "all". */
function loadPathsOf(query: WireAction["QueryInfo"]): string[] {
  const paths = [...(query?.Select ?? []), ...(query?.Expand ?? [])];
  if (paths.includes("*")) return [];
  return [...new Set(paths.map((p) => p.split("/").map(camel).join("/")))];
}

// --------------------------------------------------------------------------------------- executor

interface Pending {
  actionId: number;
  value: () => unknown;
  /** Whether the action has a result at all (evaluated after the fake ran the batch). */
  answered: () => boolean;
}

interface Kept {
  ref: string;
  capture: Capture;
  obj: object;
}

/** Answers office.js's requests by running them on the fake. */
class Executor {
  /** Objects kept by `_KeepReference`, by reference id, across requests. */
  private readonly references = new Map<string, object>();
  private nextReference = 1;

  constructor(
    private readonly fake: FakeExcel,
    public limitBytes: number,
    private readonly requests: OfficeJsRequest[],
    private readonly keepBodies: boolean,
    private readonly wire: BuildMessage,
    private readonly onRequest?: (request: OfficeJsRequest, body: string) => void,
  ) {}

  async execute(customData: string, requestFlags: number, message: RequestMessage): Promise<WireResponse> {
    let answered: { record: OfficeJsRequest; text: string } | null = null;
    try {
      return await this.answer(
        customData,
        requestFlags,
        message,
        (record, text) => (answered = { record, text }),
      );
    } finally {
      const got = answered as { record: OfficeJsRequest; text: string } | null;
      if (got) this.onRequest?.(got.record, got.text);
    }
  }

  private async answer(
    customData: string,
    requestFlags: number,
    message: RequestMessage,
    recorded: (record: OfficeJsRequest, text: string) => void,
  ): Promise<WireResponse> {
    // the text Excel receives: what office.js's OfficeJsRequestExecutor builds (JSON.stringify of the body)
    const text = this.wire(customData, requestFlags, message)[4] as string;
    const body = JSON.parse(text) as WireBody;
    const record: OfficeJsRequest = {
      bytes: utf8(text),
      chars: text.length,
      responseBytes: 0,
      actions: body.Actions.length,
      objectPaths: Object.keys(body.ObjectPaths).length,
      flags: requestFlags,
      cleanup:
        body.Actions.some(removesReference) &&
        body.Actions.every((a) => a.ActionType === INSTANTIATE || removesReference(a)),
      fakeEstimate: null,
      ...(this.keepBodies ? { body: text } : {}),
    };
    this.requests.push(record);
    recorded(record, text);
    if (record.bytes > this.limitBytes)
      return this.refuse(
        record,
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${record.bytes} bytes)`,
      );
    let answer: Awaited<ReturnType<Batch["run"]>>;
    try {
      answer = await new Batch(this, this.fake, body).run();
    } catch (error) {
      record.error = {
        code: "OfficeJsBridgeError",
        message: error instanceof Error ? error.message : String(error),
      };
      throw error;
    }
    record.fakeEstimate = this.fake.batchBytes[this.fake.batchBytes.length - 1] ?? null;
    const responseText = JSON.stringify(answer);
    record.responseBytes = utf8(responseText);
    if (this.keepBodies) record.response = responseText;
    if (answer.Error) {
      const { Code: code, Message: message, ActionIndex: actionIndex } = answer.Error;
      record.error = { code, message, actionIndex };
    } else if (record.responseBytes > this.limitBytes) {
      // Excel ran the request (its writes stay) but does not send the answer
      return this.refuse(
        record,
        "ResponsePayloadSizeLimitExceeded",
        `The response payload (${record.responseBytes} bytes)`,
      );
    }
    // the answer office.js parses, as from the wire
    return {
      HttpStatusCode: 200,
      ErrorCode: "",
      ErrorMessage: "",
      Headers: {},
      Body: JSON.parse(responseText),
    };
  }

  /** A payload over the limit: refused by the host, as office.js's OfficeJsRequestExecutor reports it. */
  private refuse(record: OfficeJsRequest, code: string, what: string): WireResponse {
    const message = `${what} exceeds the limit (${this.limitBytes} bytes).`;
    record.error = { code, message };
    return { HttpStatusCode: 400, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null };
  }

  /** @internal */
  keep(obj: object): Kept {
    const ref = referenceId(this.nextReference++);
    this.references.set(ref, obj);
    return { ref, capture: new Capture(), obj };
  }

  /** After the batch: a kept range becomes a fixed range (Excel keeps the range, not how it was found). */
  /** @internal */
  settle(kept: Kept): void {
    if (kept.capture.get(kept.obj, "isNullObject") === true) {
      this.references.delete(kept.ref);
      return;
    }
    const address = kept.capture.get(kept.obj, "address");
    const worksheet = (kept.obj as Record<string, object>).worksheet;
    const id = worksheet && kept.capture.get(worksheet, "id");
    if (typeof address !== "string" || typeof id !== "string") return;
    const local = address.slice(address.lastIndexOf("!") + 1);
    this.references.set(kept.ref, this.fake.context.workbook.worksheets.getItem(id).getRange(local));
  }

  /** @internal */
  reference(ref: string): object {
    const obj = this.references.get(ref);
    if (!obj) throw new FakeExcelError("InvalidReference", `The reference '${ref}' is not valid.`);
    return obj;
  }

  /** @internal */
  release(ref: unknown): void {
    this.references.delete(String(ref));
  }

  /** @internal */
  releaseAll(): void {
    this.references.clear();
  }
}

/** One request: its object paths resolved to fake objects, its actions queued on the fake. */
class Batch {
  private readonly objects = new Map<number, Resolved>();
  private readonly pending: Pending[] = [];
  private readonly kept: Kept[] = [];
  private readonly keptPaths = new Map<number, Kept>();
  private readonly queue: Queue;
  private done = -1;

  constructor(
    private readonly executor: Executor,
    private readonly fake: FakeExcel,
    private readonly body: WireBody,
  ) {
    this.queue = (run) => fake._queue(undefined, run);
  }

  async run(): Promise<{ Results?: { ActionId: number; Value: unknown }[]; Error?: WireError }> {
    const actions = this.body.Actions;
    const locations: string[] = [];
    let failure: { error: unknown; index: number } | null = null;
    for (let i = 0; i < actions.length && !failure; i++) {
      try {
        locations.push(this.action(actions[i]));
        this.queue(() => (this.done = i));
      } catch (error) {
        // thrown while queuing (a member of a null object, something not modelled): what came before runs
        failure = { error, index: i };
      }
    }
    try {
      await this.sync();
    } catch (error) {
      const index = this.done + 1;
      return { Error: this.error(error, index, locations[index] ?? "") };
    }
    if (failure) return { Error: this.error(failure.error, failure.index, actions[failure.index].Name) };
    for (const kept of this.kept) this.executor.settle(kept);
    const results = this.pending
      .filter((p) => p.answered())
      .map((p) => ({ ActionId: p.actionId, Value: p.value() }));
    return { Results: results };
  }

  private sync(): Promise<unknown> {
    return this.fake.context.sync();
  }

  private error(error: unknown, index: number, location: string): WireError {
    if (error instanceof FakeExcelError) {
      const message = error.message.startsWith(`${error.code}: `)
        ? error.message.slice(error.code.length + 2)
        : error.message;
      return {
        Code: error.code,
        Message: message,
        Location: location,
        ActionIndex: index,
        HttpStatusCode: HTTP_STATUS[error.code] ?? 400,
      };
    }
    if (error instanceof OfficeJsBridgeError) throw error;
    // the fake failed otherwise (a TypeError for a read-only property…): Excel's general error
    const message = error instanceof Error ? error.message : String(error);
    return {
      Code: "GeneralException",
      Message: message,
      Location: location,
      ActionIndex: index,
      HttpStatusCode: 500,
    };
  }

  // ----- object paths

  private path(id: number): WirePath {
    const path = this.body.ObjectPaths[String(id)];
    if (!path) throw new OfficeJsBridgeError(`object path ${id} is not in the request`);
    return path;
  }

  /** The fake object of an object path (resolved once per request, as Excel instantiates it once). */
  private resolve(id: number): Resolved {
    const known = this.objects.get(id);
    if (known !== undefined) return known;
    const path = this.path(id);
    let obj: Resolved;
    switch (path.ObjectPathType) {
      case ROOT:
        obj = this.fake.context.workbook as unknown as object;
        break;
      case PROPERTY:
        obj = this.member(this.resolve(path.ParentObjectPathId ?? 0), camel(path.Name), "property");
        break;
      case METHOD:
        obj = this.call(
          this.resolve(path.ParentObjectPathId ?? 0),
          camel(path.Name),
          this.args(path.ArgumentInfo),
        );
        break;
      case INDEXER:
        obj = this.call(this.resolve(path.ParentObjectPathId ?? 0), "getItem", this.args(path.ArgumentInfo));
        break;
      case REFERENCE_ID:
        obj = this.executor.reference(path.Name);
        break;
      case NULL_PATH:
        obj = NULL_OBJECT;
        break;
      case NEW_OBJECT:
      default:
        throw new OfficeJsBridgeError(
          `object path type ${path.ObjectPathType} (${path.Name}) is not modelled`,
        );
    }
    this.objects.set(id, obj);
    return obj;
  }

  /** Method arguments: object paths resolved, null (office.js's "not given") as undefined. */
  private args(info: ArgumentInfo | undefined): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((arg, i) => (refs[i] ? this.resolve(refs[i]) : arg === null ? undefined : arg));
  }

  private member(obj: Resolved, name: string, what: string): object {
    if (obj === NULL_OBJECT) return NULL_OBJECT as unknown as object;
    if (!isRecorder(obj) && !(name in obj))
      throw new OfficeJsBridgeError(`the fake Excel has no ${what} ${kindOf(obj)}.${name}`);
    return (obj as Record<string, object>)[name];
  }

  private call(obj: Resolved, name: string, args: unknown[]): Resolved {
    if (obj === NULL_OBJECT)
      throw new FakeExcelError("ItemNotFound", `${name}: the object is a null object.`);
    const method = this.member(obj, name, "method") as unknown;
    if (typeof method !== "function") throw new OfficeJsBridgeError(`${kindOf(obj)}.${name} is not a method`);
    return (method as (...a: unknown[]) => object).apply(obj, args);
  }

  // ----- actions

  /** Queues one action on the fake; returns where it acts, for an error's location. */
  private action(action: WireAction): string {
    switch (action.ActionType) {
      case INSTANTIATE:
        return this.instantiate(action);
      case QUERY:
        return this.query(action);
      case METHOD_ACTION:
        return this.method(action);
      case SET_PROPERTY: {
        const obj = this.resolve(action.ObjectPathId);
        const name = camel(action.Name);
        const [value] = action.ArgumentInfo?.Arguments ?? [];
        if (obj === NULL_OBJECT)
          throw new FakeExcelError("ItemNotFound", `${name}: the object is a null object.`);
        if (!isRecorder(obj) && !hasSetter(obj, name))
          throw new OfficeJsBridgeError(`the fake Excel cannot set ${kindOf(obj)}.${name}`);
        (obj as Record<string, unknown>)[name] = value;
        return `${kindOf(obj)}.${name}`;
      }
      case TRACE:
        return "trace";
      default:
        throw new OfficeJsBridgeError(`action type ${action.ActionType} (${action.Name}) is not modelled`);
    }
  }

  private instantiate(action: WireAction): string {
    const path = this.path(action.ObjectPathId);
    const obj = this.resolve(action.ObjectPathId);
    const kept = this.keptPaths.get(action.ObjectPathId);
    const location =
      path.ObjectPathType === METHOD || path.ObjectPathType === PROPERTY ? camel(path.Name) : "";
    const orNull = path.ObjectPathType === METHOD && path.Name.endsWith("OrNullObject");
    if (obj === NULL_OBJECT) {
      this.pending.push({ actionId: action.Id, value: () => null, answered: () => true });
      return location;
    }
    if (!isProxy(obj)) {
      if (kept)
        this.pending.push({
          actionId: action.Id,
          value: () => ({ _ReferenceId: kept.ref }),
          answered: () => true,
        });
      return location;
    }
    const capture = kept?.capture ?? new Capture();
    const worksheet = obj._kind === "Worksheet";
    if (isCollection(obj)) this.queue(() => obj._resolve());
    else {
      const paths = worksheet
        ? ["id"]
        : kept && obj._kind === "Range"
          ? ["address", "worksheet/id"]
          : ["isNullObject"];
      this.queue(() => obj._collect(paths, capture.fulfil));
    }
    const isNull = (): boolean => capture.get(obj, "isNullObject") === true;
    this.pending.push({
      actionId: action.Id,
      answered: () => isNull() || worksheet || kept !== undefined || orNull,
      value: () => {
        if (isNull()) return null;
        const value: Record<string, unknown> = {};
        if (worksheet) value.Id = capture.get(obj, "id");
        if (kept) value._ReferenceId = kept.ref;
        return value;
      },
    });
    return `${obj._kind}${location ? `.${location}` : ""}`;
  }

  private query(action: WireAction): string {
    const obj = this.resolve(action.ObjectPathId);
    if (obj === NULL_OBJECT) {
      this.pending.push({ actionId: action.Id, value: () => null, answered: () => true });
      return "load";
    }
    if (!isProxy(obj)) throw new OfficeJsBridgeError(`cannot load ${kindOf(obj)}`);
    const paths = loadPathsOf(action.QueryInfo);
    // a worksheet's result carries its Id (office.js re-binds the object to worksheets.getItem(id))
    const withId =
      (obj._kind === "Worksheet" || obj._kind === "WorksheetCollection") &&
      paths.length > 0 &&
      !paths.includes("id")
        ? [...paths, "id"]
        : paths;
    const capture = new Capture();
    this.queue(() => obj._collect(withId, capture.fulfil));
    const page = { top: action.QueryInfo?.Top, skip: action.QueryInfo?.Skip };
    this.pending.push({
      actionId: action.Id,
      value: () => queryValue(capture, obj, withId, page),
      answered: () => true,
    });
    return `${obj._kind}.load`;
  }

  private method(action: WireAction): string {
    const id = action.ObjectPathId;
    const name = camel(action.Name);
    const args = action.ArgumentInfo?.Arguments ?? [];
    switch (name) {
      case "_KeepReference": {
        const obj = this.resolve(id);
        if (obj !== NULL_OBJECT && !this.keptPaths.has(id)) {
          const kept = this.executor.keep(obj);
          this.keptPaths.set(id, kept);
          this.kept.push(kept);
        }
        return "_KeepReference";
      }
      case "_RemoveReference":
        this.queue(() => this.executor.release(args[0]));
        return "Workbook._RemoveReference";
      case "_RemoveAllReferences":
        this.queue(() => this.executor.releaseAll());
        return "Workbook._RemoveAllReferences";
      case "_ValidateArraySize": {
        const obj = this.resolve(id);
        if (!isProxy(obj))
          throw new FakeExcelError("ItemNotFound", "_ValidateArraySize: the object is a null object.");
        const [rows, columns] = args;
        this.queue(() => {
          const size = new Capture();
          obj._collect(["rowCount", "columnCount"], size.fulfil);
          if (size.get(obj, "rowCount") !== rows || size.get(obj, "columnCount") !== columns)
            throw new FakeExcelError(
              "InvalidArgument",
              `The number of rows or columns in the input array (${String(rows)}×${String(columns)}) doesn't match the size or dimensions of the range.`,
            );
        });
        return "Range._ValidateArraySize";
      }
    }
    if (name.startsWith("_"))
      throw new OfficeJsBridgeError(`the internal method ${action.Name} is not modelled`);
    const obj = this.resolve(id);
    const returned = this.call(obj, name, this.args(action.ArgumentInfo));
    const plain = returned === null || ["string", "number", "boolean"].includes(typeof returned);
    if (plain) this.pending.push({ actionId: action.Id, value: () => returned, answered: () => true });
    return `${kindOf(obj)}.${name}`;
  }
}

// ---------------------------------------------------------------------------------------- the API

/**
 * A fake Excel (from FakeExcelOptions, or an existing FakeExcel) behind the real office.js. The request
 * limit is `limitBytes` (default 5 MB) on office.js's own bytes; the fake's estimate-based limit is
 * turned off (an existing fake's `limitBytes` is taken over and set to Infinity).
 */
export async function officeJsExcel(
  source: FakeExcelOptions | FakeExcel = {},
  options: OfficeJsBridgeOptions = {},
): Promise<OfficeJsExcel> {
  let fake: FakeExcel;
  let limitBytes: number;
  if (source instanceof FakeExcel) {
    fake = source;
    limitBytes = fake.limitBytes;
    (fake as unknown as { limitBytes: number }).limitBytes = Number.POSITIVE_INFINITY;
  } else {
    limitBytes = source.limitBytes ?? 5 * 1024 * 1024;
    fake = new FakeExcel({ ...source, limitBytes: Number.POSITIVE_INFINITY });
  }
  const requests: OfficeJsRequest[] = [];
  const timers: { delay: number }[] = [];
  const isSetSupported = (name: string, version?: string): boolean => fake.isSetSupported(name, version);
  const box = sandbox(isSetSupported, timers);
  const { RichApiMessageUtility } = box.OfficeExtension as unknown as {
    RichApiMessageUtility: { buildMessageArrayForIRequestExecutor: BuildMessage };
  };
  const wire: BuildMessage = (customData, flags, message) =>
    RichApiMessageUtility.buildMessageArrayForIRequestExecutor(customData, flags, message, "officejs");
  const executor = new Executor(
    fake,
    options.limitBytes ?? limitBytes,
    requests,
    options.keepBodies ?? true,
    wire,
    options.onRequest,
  );
  const requestExecutor = {
    executeAsync: (customData: string, requestFlags: number, message: RequestMessage) =>
      executor.execute(customData, requestFlags, message),
  };
  const { SessionBase } = box.OfficeExtension as unknown as { SessionBase: new () => object };
  class BridgeSession extends SessionBase {
    _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }> {
      return Promise.resolve({ url: "https://excel.officejs.test/", headers: {} });
    }
    _createRequestExecutorOrNull(): typeof requestExecutor {
      return requestExecutor;
    }
  }
  const session = new BridgeSession();
  const run = box.Excel.run as unknown as <T>(
    session: object,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>;
  return {
    fake,
    requests,
    get limitBytes() {
      return executor.limitBytes;
    },
    set limitBytes(bytes: number) {
      executor.limitBytes = bytes;
    },
    timers,
    OfficeExtension: box.OfficeExtension,
    Excel: box.Excel,
    run: (batch) => run(session, batch),
    context: () => new box.Excel.RequestContext(session as unknown as string),
    isSetSupported,
    largestRequest: () => requests.reduce((n, r) => Math.max(n, r.bytes), 0),
  };
}
