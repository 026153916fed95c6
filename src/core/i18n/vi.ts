/**
 * Vietnamese message catalogue — the reference catalogue: every key lives here first.
 * Placeholders are written {name}; see ./index.ts for how they are filled.
 */
export const vi = {
  "app.name": "Thi đua – Khen thưởng",
  "app.tagline": "Hội đồng Thi đua – Khen thưởng: chấm điểm, xếp hạng, xét khen thưởng",
  "app.loading": "Đang tải…",
  "host.excel": "Đang làm việc trên sổ tính Excel đang mở.",
  "host.browser": "Chế độ tệp: mở một tệp Excel để làm việc trong trình duyệt.",
  "host.timeout": "Không kết nối được với Office; đang dùng chế độ tệp trong trình duyệt.",
  "steps.heading": "Các bước của Hội đồng",
  "step.import.title": "Nhập đăng ký thi đua",
  "step.import.help": "Nhập đăng ký của các đơn vị từ tệp Excel, CSV hoặc trang tính đang mở.",
  "step.sheets.title": "Tạo phiếu chấm điểm",
  "step.sheets.help": "Tạo một trang chấm điểm cho mỗi thành viên Hội đồng: đơn vị × tiêu chí.",
  "step.compute.title": "Tính kết quả",
  "step.compute.help": "Tổng hợp điểm, trừ điểm nộp muộn, xếp hạng trong khối, xếp loại.",
  "step.awards.title": "Xét khen thưởng",
  "step.awards.help": "Kiểm tra tiêu chuẩn, chỉ tiêu và đề nghị của Hội đồng.",
  "step.print.title": "In danh sách khen thưởng",
  "step.print.help": "Mở danh sách khen thưởng đã xếp hạng, sẵn sàng in khổ A4.",
  "lang.switch": "English",
  "footer.version": "Phiên bản {version}",
} as const;

export type MessageKey = keyof typeof vi;
