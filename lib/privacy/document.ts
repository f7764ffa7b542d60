// docs/PRIVACY.md, written from the inventory (lib/privacy/inventory.ts): `npm run privacy:doc` writes it,
// and a unit test fails when the file and the inventory differ.
import { FIELDS, RECORD_KIND_LABEL, type CitizenField, type CopyField, type OfficialField, type RecordKind } from "./inventory";
import { DEFAULT_RETENTION_YEARS } from "./retention";

export function privacyDocument(): string {
  const all = Object.entries(FIELDS);
  const citizen = all.filter((e): e is [string, CitizenField] => e[1].class === "citizen");
  const copies = all.filter((e): e is [string, CopyField] => e[1].class === "copy");
  const officials = all.filter((e): e is [string, OfficialField] => e[1].class === "official");
  const none = all.filter(([, d]) => d.class === "none");
  const kinds = [...new Set(citizen.map(([, d]) => d.kind))] as RecordKind[];
  const out: string[] = [
    "# Dữ liệu cá nhân trong cổng thông tin",
    "",
    "<!-- Tệp này được sinh từ lib/privacy/inventory.ts bằng `npm run privacy:doc`; đừng sửa tay. -->",
    "",
    "Khung pháp lý: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (áp dụng từ 01/01/2026) cùng Nghị định",
    "13/2023/NĐ-CP. Cổng giữ những gì người dân đã nói với khối ở cơ sở: kiến nghị, điểm nóng, tình hình nhân",
    "dân, kết quả giám sát. Mục đích xử lý là nhiệm vụ của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội:",
    "nắm tình hình và tập hợp ý kiến, kiến nghị của nhân dân, giám sát và phản biện xã hội, báo cáo cấp trên.",
    "Căn cứ pháp lý cụ thể cho từng mục đích cần cán bộ pháp chế của cơ quan vận hành xác nhận trước khi",
    "đưa vào sử dụng chính thức.",
    "",
    "Mỗi trường văn bản của cơ sở dữ liệu (`prisma/schema.prisma`) có một quyết định trong",
    "`lib/privacy/inventory.ts`; một kiểm thử không cho thêm trường văn bản mới mà không quyết định.",
    "",
    "## Các loại dữ liệu",
    "",
    "- **Dữ liệu của người dân** (`citizen`): văn bản cán bộ ghi từ điều người dân nói; có thể có họ tên, địa chỉ,",
    "  số điện thoại, số định danh của người dân.",
    "- **Bản sao** (`copy`): bản sao của văn bản trên cho một mục đích riêng (chỉ mục tìm kiếm, thông báo, nhật ký",
    "  thao tác); theo quy tắc của nguồn.",
    "- **Dữ liệu của cán bộ** (`official`): tài khoản, cán bộ giữ chức danh, người ký văn bản.",
    `- **Không có dữ liệu cá nhân** (\`none\`): ${none.length} trường mã, danh mục, số liệu, giá trị kỹ thuật.`,
    "",
    "## Ai được xem",
    "",
    "- Xem đầy đủ: người làm việc với hồ sơ: trưởng khối và cán bộ các tổ chức của đơn vị có hồ sơ, cán bộ",
    "  hướng dẫn, thẩm định của cấp trên trực tiếp (cấp huyện năm 2018, cấp tỉnh từ 01/07/2025).",
    "- Xem che bớt họ tên, số điện thoại, số định danh, địa chỉ chi tiết: người chỉ theo dõi chung.",
    "- Quản trị viên: khi xử lý yêu cầu của chính người dân về dữ liệu của họ, có ghi nhật ký.",
    "",
    "## Thời hạn lưu trữ",
    "",
    `Mặc định ${DEFAULT_RETENTION_YEARS} năm kể từ khi hồ sơ kết thúc; quản trị viên đặt cho từng loại hồ sơ. Hết hạn,`,
    "dữ liệu của người dân trong hồ sơ được ẩn danh; hồ sơ và số liệu của nó được giữ. Hồ sơ kết thúc khi: cuộc họp",
    "được duyệt biên bản (hoặc hoãn, hủy), đóng góp hết tuần, nhiệm vụ được xác nhận xong (hoặc hủy, chuyển giao), báo",
    "cáo được chấp nhận, hoạt động giám sát kết thúc (hoặc hủy), kiến nghị có kết quả, phản biện kết thúc.",
    "",
    "## Trạng thái thực hiện",
    "",
    "- [x] Danh mục trường và tài liệu này, kiểm tra khi lược đồ thay đổi.",
    "- [x] Trường đánh dấu cho người dân liên quan đến một vấn đề của báo cáo (họ tên, điện thoại, số định danh,",
    "  địa chỉ); giá trị đã che dán lại bị từ chối.",
    "- [x] Che bớt khi xem báo cáo (cả lịch sử thay đổi), tải báo cáo (DOCX) và trong danh sách điểm nóng: người chỉ theo dõi chung thấy",
    "  `N. V. A`, số bị che; người làm việc với báo cáo xem đầy đủ và mỗi lần xem được ghi nhật ký (`citizen.view`).",
    "- [x] Che bớt khi xem các hồ sơ khác (cuộc họp, đóng góp, giám sát, kiến nghị, phản biện, cả lịch sử), trong",
    "  kết quả tìm kiếm và trong nhật ký thao tác: số điện thoại, số định danh, và họ tên người dân mà báo cáo ghi.",
    "- [x] Mọi tệp tải xuống (CSV, Excel, biên bản, báo cáo, văn bản phản biện) che bớt theo mặc định, cả với người",
    "  làm việc với hồ sơ. Bản đầy đủ: chỉ người được xem đầy đủ, phải ghi lý do (ít nhất 10 ký tự), chỉ dạng Excel",
    "  hoặc văn bản; trang đầu của tệp ghi người tải, thời điểm, lý do; việc tải được ghi nhật ký kèm lý do.",
    "- [x] Thời hạn lưu trữ theo loại hồ sơ (quản trị viên đặt ở /admin/privacy, mặc định 5 năm) và việc ẩn danh",
    "  hằng ngày (bộ chạy nền `npm run mail`, hoặc `npm run retention`): trường của người dân trong hồ sơ đã kết thúc",
    "  quá hạn và các bản sao (nhật ký, thông báo, thư, chỉ mục tìm kiếm) được ẩn danh; hồ sơ, trạng thái, số liệu giữ",
    "  nguyên; chạy lại không thay đổi gì thêm. Bản quét, tệp đính kèm theo chế độ lưu trữ hồ sơ, không tự ẩn danh.",
    "- [x] Yêu cầu của một người (/admin/privacy/person, quản trị viên): tìm mọi hồ sơ nêu tên theo họ tên có dấu",
    "  hoặc không dấu (trọn từ, không lẫn người trùng phần tên) và theo số định danh, số điện thoại (viết liền hoặc",
    "  tách nhóm); tải Excel những gì cổng giữ về người đó; sửa thông tin trong trường đánh dấu; ẩn danh một hồ sơ.",
    "  Hồ sơ đang chờ xem xét, giá trị đã che dán lại bị từ chối; mỗi bước ghi nhật ký kèm căn cứ yêu cầu.",
    "- [x] Phát hiện số điện thoại, số định danh gõ vào văn bản khi lưu (báo cáo, cuộc họp, đóng góp, hoạt động",
    "  giám sát, kiến nghị, kết quả nhiệm vụ): người viết chuyển vào ô đánh dấu hoặc xác nhận; số tiền không tính.",
    "",
    "## Dữ liệu của người dân, theo loại hồ sơ",
    "",
  ];
  for (const kind of kinds) {
    out.push(`### ${RECORD_KIND_LABEL[kind]}`, "", "| Trường | Mục đích |", "| --- | --- |");
    for (const [name, d] of citizen.filter(([, d]) => d.kind === kind)) out.push(`| \`${name}\` | ${d.purpose} |`);
    out.push("");
  }
  out.push("## Bản sao", "", "| Trường | Sao từ đâu, để làm gì |", "| --- | --- |");
  for (const [name, d] of copies) out.push(`| \`${name}\` | ${d.of} |`);
  out.push("", "## Dữ liệu của cán bộ", "", "| Trường | Mục đích |", "| --- | --- |");
  for (const [name, d] of officials) out.push(`| \`${name}\` | ${d.purpose} |`);
  out.push("");
  return out.join("\n");
}
