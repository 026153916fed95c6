/**
 * The command line's own messages (usage, options, files, exit), apart from the shell's catalogue
 * (../i18n) so that the task pane's first script does not carry them. One renderer for the
 * engine's keys, the shell's and these.
 */
import { catalogues as engine, createRenderer, type MessageKey } from "../core/i18n";
import type { Msg, Param } from "../core/issues";
import { shellCatalogues, type ShellKey } from "../i18n";

const cliVi = {
  "cli.usage":
    "Cách dùng:\n  thidua template [--sample] [--lang vi|en] [--force] TỆP_RA.xlsx\n      Tạo sổ tính mẫu trống (hoặc ví dụ Lai Châu 2023 với --sample).\n  thidua run TỆP_VÀO.xlsx [--out TỆP_RA.xlsx] [--json TỆP.json] [--lang vi|en] [--force]\n      Tính kết quả, ghi sổ tính kết quả (mặc định cạnh tệp vào, không bao giờ ghi đè) và JSON.\n      Mã thoát: 0 có kết quả; 1 lỗi cấu trúc (vẫn ghi JSON, không ghi sổ tính); 2 dùng sai lệnh.",
  "cli.unknownCommand": "Lệnh không hợp lệ: '{command}'",
  "cli.missingArgument": "Thiếu tham số: {what}",
  "cli.badOption": "Tuỳ chọn không hợp lệ: {detail}",
  "cli.notFound": "Không tìm thấy tệp '{file}'",
  "cli.wouldOverwrite": "Tệp ra '{file}' trùng với tệp vào: Thi Đua không bao giờ ghi đè sổ tính của bạn",
  "cli.exists": "Tệp ra '{file}' đã có",
  "cli.useForce":
    "Thêm --force để ghi đè tệp đó (tệp vào không bao giờ bị ghi đè), hoặc chọn tên khác với --out.",
  "cli.notRegularFile":
    "Không ghi được '{file}': đó không phải một tệp thường (thư mục, liên kết hay thiết bị)",
  "cli.outputTwice": "Hai tệp ra trùng nhau: '{file}'",
  "cli.cannotWrite": "Không ghi được '{file}': {reason}. Không có gì bị ghi dở.",
  "cli.reason.denied": "không có quyền ghi",
  "cli.reason.noFolder": "thư mục không có",
  "cli.reason.notFolder": "một phần của đường dẫn là tệp, không phải thư mục",
  "cli.reason.isFolder": "đó là một thư mục",
  "cli.reason.full": "ổ đĩa đã đầy",
  "cli.reason.readOnly": "ổ đĩa chỉ đọc",
  "cli.reason.busy": "tệp đang được chương trình khác dùng",
  "cli.reason.nameTooLong": "tên tệp quá dài",
  "cli.reason.other": "lỗi hệ thống tệp",
  "cli.unknownOption": "Tuỳ chọn không hợp lệ: {option}",
  "cli.missingValue": "Tuỳ chọn {option} cần một giá trị, ví dụ {option} {example}",
  "cli.noValue": "Tuỳ chọn {option} không nhận giá trị (chỉ ghi {option})",
  "cli.badValue": "Giá trị không hợp lệ cho {option}: '{value}' — cần {expected}",
  "cli.extraArgument": "Tham số thừa: {value}",
  "cli.expect.lang": "vi hoặc en",
  "cli.expect.file": "một tên tệp",
  "cli.expect.text": "một chữ không trống",
  "cli.example.file": "ket-qua.xlsx",
  "cli.example.text": '"Nguyễn Văn A"',
  "cli.cannotSave":
    "Không tạo được sổ tính '{file}': Thi Đua không ghi lại được một phần của sổ tính (ví dụ một bảng, hình hay định dạng lạ). Không có gì bị ghi. Hãy mở tệp vào trong Excel, lưu lại thành .xlsx rồi chạy lại; nếu vẫn lỗi, gửi tệp cho người quản trị.",
  "cli.lastResort":
    "Thi Đua không đọc hoặc ghi được tệp (lỗi không mong đợi); không có tệp nào bị ghi dở. Hãy mở tệp trong Excel, lưu lại thành .xlsx rồi chạy lại; nếu vẫn lỗi, gửi tệp và lệnh đã chạy cho người quản trị.",
  "cli.stdoutClosed":
    "Đầu ra bị đóng giữa chừng (ví dụ: | head): phần in ra bị cắt; các tệp vẫn được ghi đủ.",
  "cli.templateWritten": "Đã tạo {file}",
  "cli.verifyUsage":
    "  thidua verify SỔ_TÍNH.xlsx [--lang vi|en]\n      Kiểm chứng trang Nhật ký: chuỗi mã SHA-256, dữ liệu vào có đổi không, tính lại có cho đúng kết quả đã ghi không.\n      Mã thoát: 0 chuỗi khớp; 1 nhật ký bị sửa (nêu dòng) hoặc chưa có.\n  --by TÊN (với run, import, import-scores, score-sheets, votes): tên người thực hiện, ghi vào Nhật ký.",
  "cli.written": "Đã ghi sổ tính kết quả: {file}",
  "cli.jsonWritten": "Đã ghi JSON: {file}",
  "cli.importUsage":
    "  thidua import SỔ_TÍNH.xlsx TỆP(.xlsx|.csv) [--sheet TÊN] [--out TỆP_RA.xlsx] [--dry-run] [--force] [--json BÁO_CÁO.json]\n      Nhập đăng ký thi đua vào trang Đăng ký (xem trước, rồi ghi một lần).\n  thidua import-scores SỔ_TÍNH.xlsx TỆP.xlsx… [--member TÊN] [--out TỆP_RA.xlsx] [--dry-run] [--force] [--json BÁO_CÁO.json]\n      Nhập phiếu chấm điểm của thành viên Hội đồng.\n  thidua score-sheets SỔ_TÍNH.xlsx --member TÊN… [--password MẬT_KHẨU] [--out TỆP_RA.xlsx] [--lang vi|en] [--force]\n      Tạo phiếu chấm (một trang được bảo vệ cho mỗi thành viên: mọi đơn vị × mọi tiêu chí).\n  thidua votes SỔ_TÍNH.xlsx [--out TỆP_RA.xlsx] [--lang vi|en] [--force]\n      Thêm vào trang Biểu quyết một dòng cho mỗi đơn vị có tên trên Phiếu biểu quyết (số phiếu để trống); không sửa số phiếu đã nhập.\n  Không lệnh nào ghi đè tệp vào; tệp ra đã có chỉ được thay khi có --force.\n  thidua --help | --version",
};

export type CliOnlyKey = keyof typeof cliVi;

const cliEn: Record<CliOnlyKey, string> = {
  "cli.usage":
    "Usage:\n  thidua template [--sample] [--lang vi|en] [--force] OUT.xlsx\n      Create an empty council workbook (or the Lai Châu 2023 example with --sample).\n  thidua run IN.xlsx [--out OUT.xlsx] [--json FILE.json] [--lang vi|en] [--force]\n      Compute the results, write the result workbook (by default beside the input, never over it) and the JSON.\n      Exit codes: 0 results produced; 1 structural error (the JSON is still written, no workbook); 2 wrong usage.",
  "cli.unknownCommand": "Unknown command: '{command}'",
  "cli.missingArgument": "Missing argument: {what}",
  "cli.badOption": "Invalid option: {detail}",
  "cli.notFound": "File not found: '{file}'",
  "cli.wouldOverwrite": "The output file '{file}' is the input file: Thi Đua never writes over your workbook",
  "cli.exists": "The output file '{file}' already exists",
  "cli.useForce":
    "Add --force to replace that file (an input is never written over), or choose another name with --out.",
  "cli.notRegularFile": "Cannot write '{file}': it is not a regular file (a folder, a link or a device)",
  "cli.outputTwice": "Two outputs are the same file: '{file}'",
  "cli.cannotWrite": "Cannot write '{file}': {reason}. Nothing was half-written.",
  "cli.reason.denied": "permission denied",
  "cli.reason.noFolder": "the folder does not exist",
  "cli.reason.notFolder": "part of the path is a file, not a folder",
  "cli.reason.isFolder": "it is a folder",
  "cli.reason.full": "the disk is full",
  "cli.reason.readOnly": "the disk is read-only",
  "cli.reason.busy": "another program is using the file",
  "cli.reason.nameTooLong": "the file name is too long",
  "cli.reason.other": "a file system error",
  "cli.unknownOption": "Unknown option: {option}",
  "cli.missingValue": "Option {option} needs a value, e.g. {option} {example}",
  "cli.noValue": "Option {option} takes no value (write just {option})",
  "cli.badValue": "Invalid value for {option}: '{value}' — expected {expected}",
  "cli.extraArgument": "Unexpected argument: {value}",
  "cli.expect.lang": "vi or en",
  "cli.expect.file": "a file name",
  "cli.expect.text": "some text (not empty)",
  "cli.example.file": "results.xlsx",
  "cli.example.text": '"Nguyen Van A"',
  "cli.cannotSave":
    "Could not make the workbook '{file}': Thi Đua could not write back a part of it (e.g. a table, a picture or an unusual format). Nothing was written. Open the input in Excel, save it again as .xlsx and run again; if it still fails, send the file to the administrator.",
  "cli.lastResort":
    "Thi Đua could not read or write a file (an unexpected error); no file was half-written. Open the file in Excel, save it again as .xlsx and run again; if it still fails, send the file and the command you ran to the administrator.",
  "cli.stdoutClosed":
    "The output was closed part-way (e.g. | head): what was printed is cut; the files were written in full.",
  "cli.templateWritten": "Created {file}",
  "cli.verifyUsage":
    "  thidua verify WORKBOOK.xlsx [--lang vi|en]\n      Verifies the Nhật ký (log) sheet: the SHA-256 chain, whether the input changed, whether computing again gives the logged result.\n      Exit codes: 0 the chain holds; 1 the log was edited (the row is named) or there is none.\n  --by NAME (with run, import, import-scores, score-sheets, votes): who runs it, written to the log.",
  "cli.written": "Result workbook written: {file}",
  "cli.jsonWritten": "JSON written: {file}",
  "cli.importUsage":
    "  thidua import WORKBOOK.xlsx FILE(.xlsx|.csv) [--sheet NAME] [--out OUT.xlsx] [--dry-run] [--force] [--json REPORT.json]\n      Import registrations into the Registrations sheet (preview, then one write).\n  thidua import-scores WORKBOOK.xlsx FILE.xlsx… [--member NAME] [--out OUT.xlsx] [--dry-run] [--force] [--json REPORT.json]\n      Import council members' score sheets.\n  thidua score-sheets WORKBOOK.xlsx --member NAME… [--password PASSWORD] [--out OUT.xlsx] [--lang vi|en] [--force]\n      Make score sheets (one protected sheet per member: every unit × every criterion).\n  thidua votes WORKBOOK.xlsx [--out OUT.xlsx] [--lang vi|en] [--force]\n      Add to the Votes sheet one row per unit on the Ballots (count left empty); counts already entered are never changed.\n  No command writes over its inputs; an existing output is replaced only with --force.\n  thidua --help | --version",
};

/** Any key the command line renders. */
export type CliKey = MessageKey | ShellKey | CliOnlyKey;
export type CliMsg = Msg<CliKey>;
export type CliParams = Record<string, Param<CliKey>>;

/** The command line's own keys, in both languages (checked by test/cli/catalogue.test.ts). */
export const cliCatalogues = { vi: cliVi as Record<CliOnlyKey, string>, en: cliEn };

const renderer = createRenderer<CliKey>({
  vi: { ...engine.vi, ...shellCatalogues.vi, ...cliVi },
  en: { ...engine.en, ...shellCatalogues.en, ...cliEn },
});

export const message = renderer.message;
export const render = renderer.render;

export function note(key: CliKey, params: CliParams = {}): CliMsg {
  return { key, params };
}
