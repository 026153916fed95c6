/**
 * The engine's Vietnamese message catalogue — the reference: every key lives here first. What the
 * rules say (errors, warnings, standards, reasons, violations, what was expected, import
 * rejections). The shell's texts (task pane, command line, output sheets) are in src/i18n.
 * Placeholders are written {name}; see ./index.ts for how they are filled.
 */
export const vi = {
  "status.ranked": "Đã xếp hạng",
  "status.incomplete": "Thiếu điểm",
  "status.invalid": "Không hợp lệ",
  // What was expected
  "expect.number": "cần một số",
  "expect.numberAtLeast": "cần một số ≥ {min}",
  "expect.wholeAtLeast": "cần một số nguyên ≥ {min}",
  "expect.percent": "cần một tỷ lệ từ 0 đến 100",
  "expect.yesNo": "cần Có/Không (Có, x, 1, Yes, TRUE hoặc Không, 0, No, FALSE, để trống)",
  "expect.oneOf": "cần một trong: {values}",
  "expect.year": "cần một năm, ví dụ 2023",
  "expect.criterionCodes": "cần các mã tiêu chí có trong trang Tiêu chí, cách nhau bởi dấu ;",
  "expect.text": "cần một đoạn chữ",
  // Structural errors (§6): nothing is written
  "err.missingSheet": "Thiếu trang bắt buộc '{sheet}'",
  "err.missingHeader": "Thiếu cột bắt buộc '{header}' trong 20 dòng đầu của trang",
  "err.missingOneOfHeaders": "Cần ít nhất một trong các cột {headers}",
  "err.duplicateUnitCode": "Mã đơn vị trùng: '{code}' đã có ở dòng {first}",
  "err.duplicateCriterionCode": "Mã tiêu chí trùng: '{code}' đã có ở dòng {first}",
  "err.duplicateAwardCode": "Mã danh hiệu trùng: '{code}' đã có ở dòng {first}",
  "err.duplicatePriority":
    "Thứ tự ưu tiên {priority} trùng với dòng {first}; mỗi danh hiệu cần một thứ tự riêng",
  "err.duplicateClass": "Xếp loại trùng: '{name}' đã có ở dòng {first}",
  "err.duplicateReportType": "Loại báo cáo trùng: '{type}' đã có ở dòng {first}",
  "err.badMaxPoints": "Điểm tối đa của tiêu chí {code} không hợp lệ: cần một số > 0",
  "err.badCriterionKind": "Loại của tiêu chí {code} không hợp lệ: cần Chấm điểm, Điểm thưởng hoặc Điểm trừ",
  "err.badClassFrom": "Điểm từ của xếp loại '{name}' không hợp lệ: cần một số",
  "err.badDueDate":
    "Hạn nộp của '{type}' không phải ngày hợp lệ: cần ngày dạng ngày/tháng/năm, ví dụ 10/02/2023",
  "err.badDeduction": "Điểm trừ của '{type}' không hợp lệ: cần một số ≥ 0",
  "err.badAwardValue": "Giá trị không hợp lệ cho danh hiệu {code}: {expected}",
  "err.unknownClass": "Danh hiệu {code} cần xếp loại '{name}', nhưng xếp loại này không có trong Xếp loại",
  "err.settingInvalid": "Giá trị của '{name}' không hợp lệ: {expected}",
  "err.settingDuplicate": "Tham số '{name}' được đặt hai lần với giá trị khác nhau (dòng {first})",
  "err.councilSizeRequired":
    "Cần 'Số thành viên Hội đồng' trong Cài đặt: có danh hiệu yêu cầu tỷ lệ phiếu và có trang Biểu quyết",
  "err.sheetTwice": "Hai trang cùng là '{sheet}': '{first}' và '{second}'",
  "err.noScoreSheet": "Cần ít nhất một trang chấm điểm (tên bắt đầu bằng 'Chấm điểm')",
  "err.memberTwice":
    "Hai trang chấm điểm '{first}' và '{second}' cùng của thành viên '{member}': điểm của người này sẽ bị tính hai lần — gộp thành một trang hoặc đổi tên một trang",
  "err.formulaNotComputed":
    "Ô {cell}: công thức chưa được tính — mở và lưu tệp trong Excel rồi chạy lại (giá trị của ô chưa có trong tệp)",
  // §10.6
  "err.duplicateClassFrom":
    "Điểm từ {from} của xếp loại '{name}' trùng với dòng {first}: mỗi xếp loại cần một Điểm từ riêng",
  "err.badClassValue": "Giá trị không hợp lệ cho xếp loại '{name}': {expected}",
  "err.shareOnLowestClass":
    "Xếp loại '{name}' có Điểm từ thấp nhất nên không thể có Tỷ lệ tối đa (%): đơn vị vượt tỷ lệ không còn xếp loại thấp hơn",
  "err.unknownTieBreakCode": "Phá đồng điểm: '{code}' không phải mã tiêu chí trong trang Tiêu chí",
  // Unit errors: the unit is invalid
  "err.emptyBloc": "Đơn vị chưa có khối thi đua: cần tên khối",
  "err.unitTwiceInSheet":
    "Đơn vị {code} có hai dòng trong trang này (dòng {first} và dòng này): mỗi đơn vị một dòng",
  "err.badRecused": "Ô Miễn chấm không đọc được: cần Có/Không",
  "err.scoreNotANumber": "Điểm không phải là số: cần một số từ 0 đến {max}",
  "err.scoreOutOfRange": "Điểm ngoài khoảng cho phép: cần từ 0 đến {max}",
  "err.unknownMaxClass": "Xếp loại tối đa '{name}' không có trong trang Xếp loại: cần tên một xếp loại",
  // Other errors: the row or value does not count
  "err.badRegistrationDate":
    "Ngày đăng ký không hợp lệ: cần ngày dạng ngày/tháng/năm; dòng này không được tính",
  "err.badReportDate": "Ngày nộp không hợp lệ: cần ngày dạng ngày/tháng/năm; dòng này không được tính",
  "err.unknownAward": "Danh hiệu '{award}' không có trong trang Danh hiệu (cần mã hoặc tên danh hiệu)",
  "err.badVotes": "Số phiếu không hợp lệ: cần một số nguyên ≥ 0; dòng này không được tính",
  "err.votesTwice":
    "Số phiếu của đơn vị và danh hiệu này đã có ở dòng {first} với số khác; dòng {first} được tính",
  // Warnings
  "warn.rowWithoutUnitCode": "Dòng có dữ liệu nhưng không có mã đơn vị: bỏ qua",
  "warn.rowWithoutUnit": "Dòng có dữ liệu nhưng không có mã hay tên đơn vị: bỏ qua",
  "warn.unknownUnit": "Mã đơn vị '{code}' không có trong trang Đơn vị: bỏ qua dòng",
  "warn.unknownUnitName": "Tên đơn vị '{name}' không khớp đơn vị nào trong trang Đơn vị: bỏ qua dòng",
  "warn.ambiguousUnitName":
    "Tên đơn vị '{name}' khớp nhiều đơn vị ({candidates}): cần ghi mã đơn vị; bỏ qua dòng",
  "warn.unitWithoutName": "Đơn vị {code} chưa có tên: dùng mã thay tên",
  "warn.badMembers": "Số đoàn viên không hợp lệ (cần số nguyên ≥ 0): bỏ qua giá trị",
  "warn.badWomenShare": "Tỷ lệ nữ không hợp lệ (cần 0–100): bỏ qua giá trị",
  "warn.rowWithoutCriterionCode": "Dòng có dữ liệu nhưng không có mã tiêu chí: bỏ qua",
  "warn.rowWithoutClassName": "Dòng có dữ liệu nhưng không có tên xếp loại: bỏ qua",
  "warn.rowWithoutReportType": "Dòng có dữ liệu nhưng không có loại báo cáo: bỏ qua",
  "warn.rowWithoutAwardCode": "Dòng có dữ liệu nhưng không có mã danh hiệu: bỏ qua",
  "warn.settingWithoutName": "Dòng có giá trị nhưng không có tên tham số: bỏ qua",
  "warn.unknownSetting": "Tham số '{name}' không được biết: bỏ qua",
  "warn.noClasses": "Trang Xếp loại không có dòng nào: các đơn vị sẽ không được xếp loại",
  "warn.criterionTypo":
    "Cột '{header}' không phải mã tiêu chí, nhưng gần giống '{code}': có thể gõ nhầm; cột này bị bỏ qua",
  "warn.duplicateCriterionColumn": "Tiêu chí {code} có hai cột trong trang này: chỉ cột đầu được tính",
  "warn.criterionColumnsMissing": "Trang không có cột cho tiêu chí: {codes}",
  "warn.hiddenScoreSheet": "Trang chấm điểm '{sheet}' đang bị ẩn nhưng vẫn được tính",
  "warn.veryHiddenScoreSheet":
    "Trang chấm điểm '{sheet}' bị ẩn sâu (very hidden, chỉ hiện lại được từ VBA): không được tính — cho hiện trang nếu điểm của nó cần được tính",
  "warn.scoreRounded": "Điểm có hơn 2 chữ số thập phân: làm tròn thành {rounded}",
  "warn.discrepancy": "Điểm {code} của {unit} chênh lệch {spread} điểm (> {threshold}% × {max}): {scores}",
  "warn.selfScoreInvalid": "Điểm tự chấm không hợp lệ (cần 0 đến {max}): không so sánh được",
  "warn.selfScoreTwice": "Đơn vị {code} có hai dòng tự chấm: dòng sau bị bỏ qua",
  "warn.selfScoreGap": "{unit} tự chấm {self}, Hội đồng chấm {council}: lệch {gap} điểm (> {limit})",
  "warn.noAwardRegistered": "Dòng đăng ký không ghi danh hiệu nào: đơn vị vẫn được tính là đã đăng ký",
  "warn.unknownReportType": "Loại báo cáo '{type}' không có trong Hạn nộp: bỏ qua dòng",
  "warn.registrationInReports": "'{type}' lấy ngày từ trang Đăng ký, không từ Báo cáo: bỏ qua dòng",
  "warn.votesAboveCouncil": "{votes} phiếu nhiều hơn số thành viên Hội đồng ({size})",
  "warn.skippedHigher": "{unit} đạt chuẩn {award}, xếp trên đơn vị được đề nghị nhưng không được đề nghị",
  "warn.sheetIgnored": "Trang '{sheet}' trùng tên với trang '{first}': chỉ trang đầu được đọc",
  "warn.settingRounded": "'{name}' có hơn 2 chữ số thập phân: làm tròn thành {rounded}",
  "warn.controlCharacter":
    "Ô có ký tự điều khiển không in được ({chars}), thường do dán từ phần mềm khác: Thi Đua đọc ô như đang có, nhưng Excel không hiện ký tự này và nó có thể mất khi lưu tệp; hãy xoá nó khỏi ô",
  // Standards (§5): why a unit does not meet an award
  "std.notRegistered": "đơn vị không đăng ký thi đua",
  "std.notRegisteredFor": "không đăng ký {award} hoặc danh hiệu cao hơn",
  "std.minPoints": "tổng điểm {total} < {min}",
  "std.minClass": "xếp loại chưa đạt '{class}'",
  "std.maxRank": "hạng {rank} > {max}",
  "std.onTime": "nộp muộn hoặc không nộp: {reports}",
  "std.votes": "{votes}/{size} phiếu đồng ý, chưa đạt {min}% tổng số thành viên Hội đồng",
  "std.notRanked": "đơn vị chưa được xếp hạng ({status})",
  // Class conditions (§10.1): why a unit does not meet a class
  "cond.zero": "tiêu chí {code} được 0 điểm",
  "cond.groupShare": "nhóm {group} đạt {share}% (cần {min}%)",
  // Reasons of a unit's result
  "reason.criteriaDeduction": "Điểm trừ theo tiêu chí: −{points}",
  "reason.lateReport": "Nộp {report} muộn ({date}, hạn {due}): −{points}",
  "reason.missingReport": "Không nộp {report} (hạn {due}): −{points}",
  "reason.total": "Tổng điểm {total} = {scored} + {bonus} − {deduction}; hạng {rank} trong {bloc}",
  "reason.noClass": "Tổng điểm thấp hơn mọi mức xếp loại: không xếp loại",
  "reason.granted": "Được {award} ({name})",
  "reason.awaitingVote": "{award}: chờ biểu quyết của Hội đồng (chưa có trang Biểu quyết)",
  "reason.notMet": "Không đạt {award}: {why}",
  "reason.quota": "Không được {award}: ngoài chỉ tiêu ({limit})",
  "reason.tie": "Không được {award}: đồng điểm tại ngưỡng chỉ tiêu ({limit}) — Hội đồng quyết định",
  "reason.incomplete": "Chưa xếp hạng: thiếu {count} điểm — {missing}",
  "reason.notScored": "Chưa xếp hạng: chưa thành viên nào chấm điểm đơn vị này",
  "reason.invalid": "Không xếp hạng vì có lỗi: {errors}",
  "reason.proposalFailed": "Đề nghị {award} không đạt: {standards}",
  "reason.proposalQuota": "Đề nghị {award} vượt chỉ tiêu ({limit})",
  "reason.proposalDuplicate": "Đề nghị {award} ở dòng {row} trùng với đề nghị ở dòng {first}",
  "reason.skippedHigher": "Đạt chuẩn {award}, xếp trên đơn vị được đề nghị nhưng không được đề nghị",
  // §10
  "reason.bonusCapped": "Điểm thưởng {sum}, tính tối đa {cap}",
  "reason.deductionCapped": "Điểm trừ {sum}, tính tối đa {cap}",
  "reason.equalAbove": "Bằng {total} điểm với {unit}; xếp trên nhờ {code} ({ahead} > {behind})",
  "reason.equalBelow": "Bằng {total} điểm với {unit}; xếp dưới vì {code} ({behind} < {ahead})",
  "reason.equalAboveDeduction":
    "Bằng {total} điểm với {unit}; xếp trên nhờ {code} (bị trừ {ahead} < {behind})",
  "reason.equalBelowDeduction":
    "Bằng {total} điểm với {unit}; xếp dưới vì {code} (bị trừ {behind} > {ahead})",
  "reason.equalTied": "Bằng {total} điểm với {unit} và bằng nhau ở mọi tiêu chí phá đồng điểm: đồng hạng",
  "reason.equalMore": "Còn {count} đơn vị khác cũng được {total} điểm",
  "reason.maxClass": "Xếp loại tối đa theo trang Đơn vị: {class}",
  "reason.classCondition": "Không đạt {class}: {why}",
  "reason.classNoneMet": "Không đạt điều kiện của xếp loại nào: xếp {class} (mức thấp nhất)",
  "reason.classCapped":
    "Xếp {class}: vượt tỷ lệ {share}% {capped} của khối (tối đa {limit} trên {base} đơn vị)",
  "reason.classCapTie":
    "Xếp {class}: đồng điểm tại ngưỡng tỷ lệ {share}% {capped} của khối (tối đa {limit} trên {base} đơn vị) — Hội đồng quyết định",
  "part.issueAt": "{sheet} dòng {row}, cột {column}: {message}",
  "part.missingScore": "{code} ({member})",
  "part.andMore": "và {count} điểm khác",
  "part.memberScore": "{member}: {points}",
  "part.ungrouped": "(không ghi nhóm)",
  // Violations (check mode)
  "vio.standard": "Không đạt: {standards}",
  "vio.quota": "Vượt chỉ tiêu {award} ({limit}) của {group}",
  "vio.duplicate": "Dòng {row}: đơn vị đã được đề nghị ở dòng {first}",
  "vio.unknownUnit": "Dòng {row}: mã đơn vị '{code}' không có trong Đơn vị",
  "vio.skippedHigher": "Đạt chuẩn {award}, xếp trên đơn vị được đề nghị nhưng không được đề nghị",
  // Import (registrations and members' score sheets)
  "imp.noHeader":
    "Không tìm thấy dòng tiêu đề trong 20 dòng đầu: cần cột mã hoặc tên đơn vị, danh hiệu và ngày đăng ký",
  "imp.missingDateColumn":
    "Tệp không có cột ngày đăng ký (Ngày đăng ký, Ngày, Ngày ĐK): không nhập được dòng nào",
  "imp.unknownUnit": "Đơn vị '{value}' không có trong trang Đơn vị",
  "imp.unknownUnitCandidates": "Đơn vị '{value}' không có trong trang Đơn vị; gần giống: {candidates}",
  "imp.ambiguousUnit": "Tên '{value}' khớp nhiều đơn vị: {candidates}; hãy ghi mã đơn vị",
  "imp.noUnit": "Dòng không có mã hay tên đơn vị",
  "imp.badDate": "Ngày đăng ký không hợp lệ: cần ngày dạng ngày/tháng/năm, ví dụ 10/02/2023",
  "imp.noAward": "Dòng không ghi danh hiệu nào",
  "imp.unknownAward": "Danh hiệu '{value}' không có trong trang Danh hiệu; có: {candidates}",
  "imp.ambiguousAward": "Danh hiệu '{value}' khớp nhiều danh hiệu: {candidates}",
  "imp.duplicateInFile": "Trùng với dòng {first} của tệp nhưng ngày khác ({date})",
  "imp.rowHasOthers":
    "Dòng {row} của Đăng ký còn ghi {others} với ngày {date}: hãy sửa ngày dòng đó bằng tay",
  "imp.emptyFile": "Tệp rỗng",
  "imp.noScoreSheet": "Tệp không có trang chấm điểm nào (tên bắt đầu bằng 'Chấm điểm')",
  "imp.chooseMember":
    "Tệp thay đổi trang chấm điểm của nhiều thành viên ({members}): hãy chọn thành viên cần nhập",
  "imp.memberNotInFile": "Tệp không có trang chấm điểm của '{member}'",
  "imp.scoreUnknownUnit": "Mã đơn vị '{value}' không có trong trang Đơn vị: dòng này sẽ bị bỏ qua khi tính",
  "imp.scoreUnknownCriterion": "Cột '{value}' không phải mã tiêu chí: cột này sẽ bị bỏ qua khi tính",
  "imp.scoreInvalid": "Điểm '{value}' sẽ bị từ chối khi tính: cần số từ 0 đến {max}",
  "imp.scoreDuplicateUnit":
    "Đơn vị {code} có hai dòng (dòng {first} và dòng này): đơn vị sẽ không hợp lệ khi tính",
  "imp.cellTooLong":
    "Ô {cell} có {length} ký tự, quá giới hạn {max} ký tự của một ô Excel: không nhập được tệp này; hãy rút ngắn ô đó trong tệp của thành viên rồi nhập lại",
} as const;

export type MessageKey = keyof typeof vi;
