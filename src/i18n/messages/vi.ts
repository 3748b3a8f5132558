// Vietnamese: the default language. en.ts must have exactly these keys (checked by its type and a test).
import { materialsVi } from "./materials/vi";
import { postingsVi } from "./postings/vi";
import { outboxVi } from "./outbox/vi";
import { contactsVi } from "./contacts/vi";
import { detailVi } from "./detail/vi";
import { entryVi } from "./entry/vi";
import { validationVi } from "./validation/vi";
import { formVi } from "./form/vi";
import { meetingsVi } from "./meetings/vi";
import { publicVi } from "./public/vi";
import { themesVi } from "./themes/vi";
import { resultsVi } from "./results/vi";
import { recordsVi } from "./records/vi";
import { registerVi } from "./register/vi";
import { verifyVi } from "./verify/vi";
import { auditLogVi } from "./audit/vi";
import { householdsVi } from "./households/vi";
import { adminVi } from "./admin/vi";
import { setupVi } from "./setup/vi";
import { communesVi } from "./communes/vi";
import { provinceVi } from "./province/vi";
import { dashboardVi } from "./dashboard/vi";
import { residentVi } from "./resident/vi";
import { tallyVi } from "./tally/vi";
import { errorsVi } from "./errors/vi";

export const vi = {
  publicPages: publicVi,
  consultationForm: formVi,
  ...validationVi,
  consultationDetail: detailVi,
  meetings: meetingsVi,
  entry: entryVi,
  themes: themesVi,
  results: resultsVi,
  records: recordsVi,
  register: registerVi,
  verify: verifyVi,
  auditLog: auditLogVi,
  households: householdsVi,
  admin: adminVi,
  setup: setupVi,
  communes: communesVi,
  province: provinceVi,
  materials: materialsVi,
  postings: postingsVi,
  outbox: outboxVi,
  contacts: contactsVi,
  app: {
    name: "Ý Dân",
    tagline: "Lấy ý kiến Nhân dân ở cơ sở",
    skipToContent: "Bỏ qua, đến nội dung chính",
    language: "Ngôn ngữ",
    switchTo: "English",
    footer: "Ý Dân — nền tảng lấy ý kiến cộng đồng dân cư của {commune}.",
  },
  nav: {
    home: "Trang chủ",
    staffSignIn: "Cán bộ đăng nhập",
    residentSignIn: "Hộ gia đình đăng nhập",
    console: "Trang quản trị",
    signOut: "Đăng xuất",
    dashboard: "Bảng điều hành",
    overview: "Tổng quan",
    consultations: "Đợt lấy ý kiến",
    postings: "Niêm yết cần gỡ",
    neighbourhoods: "Thôn, tổ dân phố",
    audit: "Nhật ký hệ thống",
    slips: "Phiếu mời (mã PIN)",
    households: "Danh sách hộ",
    registerImport: "Nhập danh sách hộ",
    staff: "Tài khoản cán bộ",
    mainMenu: "Trình đơn chính",
    province: "Tổng hợp toàn tỉnh",
    provinceCommunes: "Xã, phường của tỉnh",
  },
  role: {
    RESIDENT: "Người dân (đại diện hộ)",
    NEIGHBOURHOOD_HEAD: "Tổ trưởng tổ dân phố / Trưởng thôn",
    OFFICIAL: "Công chức",
    LEADER: "Lãnh đạo UBND",
    OVERSIGHT: "Giám sát",
    ADMIN: "Quản trị hệ thống",
    PROVINCE_ADMIN: "Quản trị cấp tỉnh",
    PROVINCE_LEADER: "Lãnh đạo UBND tỉnh",
    PROVINCE_OVERSIGHT: "Giám sát cấp tỉnh",
  },
  status: {
    DRAFT: "Bản nháp",
    SUBMITTED: "Chờ phê duyệt",
    PUBLISHED: "Đã công bố (sắp lấy ý kiến)",
    OPEN: "Đang lấy ý kiến",
    CLOSED: "Đã kết thúc",
    TALLIED: "Đã tổng hợp",
    RECORDED: "Đã lập biên bản",
    RESULTS_PUBLISHED: "Đã công bố kết quả",
    CANCELLED: "Đã hủy",
  },
  matter: {
    PUBLIC_WORKS_CONTRIBUTION: "Đóng góp xây dựng công trình công cộng",
    FUND_MANAGEMENT: "Quản lý quỹ, nguồn đóng góp",
    VILLAGE_CONVENTION: "Hương ước, quy ước",
    OTHER_SELF_MANAGEMENT: "Công việc tự quản khác",
    PROJECT_INVESTMENT_POLICY: "Chủ trương đầu tư dự án",
    ZONING_PLAN: "Quy hoạch khu dân cư",
    COMPENSATION_PLAN: "Phương án bồi thường, hỗ trợ, tái định cư",
    ADMINISTRATIVE_UNIT_CHANGE: "Sắp xếp đơn vị hành chính",
    OTHER_OPINION: "Nội dung tham gia ý kiến khác",
  },
  mode: {
    DECISION: "Việc Nhân dân bàn và quyết định",
    OPINION: "Việc Nhân dân tham gia ý kiến",
  },
  channel: {
    ONLINE: "Trực tuyến",
    PAPER_BALLOT: "Phiếu lấy ý kiến",
    MEETING: "Tại cuộc họp",
    WRITTEN: "Văn bản",
    SUGGESTION_BOX: "Hòm thư góp ý",
  },
  // The channel inside a sentence ("Hộ đã có ý kiến bằng phiếu lấy ý kiến lúc …"); `channel` is the label.
  channelPhrase: {
    ONLINE: "trực tuyến",
    PAPER_BALLOT: "bằng phiếu lấy ý kiến",
    MEETING: "tại cuộc họp",
    WRITTEN: "bằng văn bản",
    SUGGESTION_BOX: "qua hòm thư góp ý",
  },
  communeKind: {
    COMMUNE: "Xã",
    WARD: "Phường",
    SPECIAL_ZONE: "Đặc khu",
    TOWNSHIP: "Thị trấn",
  },
  neighbourhoodKind: {
    VILLAGE: "Thôn",
    RESIDENTIAL_GROUP: "Tổ dân phố",
  },
  home: {
    title: "Lấy ý kiến Nhân dân — {commune}",
    intro:
      "Nơi Ủy ban nhân dân {commune} công khai các nội dung lấy ý kiến, và mỗi hộ gia đình cho ý kiến của mình: trực tuyến, bằng phiếu hoặc tại cuộc họp.",
    residentCta: "Hộ gia đình cho ý kiến",
    residentCtaHelp: "Dùng mã hộ và mã PIN in trên phiếu mời.",
  },
  signIn: {
    staffTitle: "Cán bộ đăng nhập",
    staffHelp: "Dành cho công chức, tổ trưởng, lãnh đạo, giám sát và quản trị.",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    submitting: "Đang đăng nhập…",
    householdTitle: "Hộ gia đình đăng nhập",
    householdHelp: "Nhập mã hộ và mã PIN in trên phiếu mời của hộ.",
    householdCode: "Mã hộ",
    pin: "Mã PIN",
    required: "Vui lòng nhập đủ thông tin.",
    invalidStaff: "Tên đăng nhập hoặc mật khẩu không đúng. Bạn còn {remaining} lần thử.",
    invalidHousehold: "Mã hộ hoặc mã PIN không đúng. Bạn còn {remaining} lần thử.",
    locked: "Tạm khóa đăng nhập do nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút.",
    inactive: "Tài khoản đã ngừng hoạt động. Vui lòng liên hệ quản trị hệ thống.",
    failed: "Không đăng nhập được. Vui lòng thử lại.",
  },
  console: {
    title: "Trang quản trị",
    when: "{date} {time}",
    welcome: "Xin chào, {name}",
    signedInAs: "Đăng nhập với vai trò {role} — {commune}",
    statsTitle: "Đợt lấy ý kiến theo trạng thái",
    households: "Hộ gia đình đang hoạt động",
    neighbourhoods: "Thôn, tổ dân phố",
    scopeNeighbourhood: "Số liệu dưới đây là của {name}, nơi bạn phụ trách.",
    ownNeighbourhood: "Thôn, tổ dân phố phụ trách",
    householdsOf: "Hộ gia đình đang hoạt động của {name}",
    statsTitleOf: "Đợt lấy ý kiến có {name} trong khu vực, theo trạng thái",
    noNeighbourhood:
      "Tài khoản của bạn chưa được giao thôn, tổ dân phố nào nên chưa có số liệu. Vui lòng liên hệ quản trị hệ thống.",
    consultationsTitle: "Đợt lấy ý kiến",
    filterStatus: "Lọc theo trạng thái",
    allStatuses: "Tất cả",
    loading: "Đang tải…",
    empty: "Không có đợt lấy ý kiến nào.",
    colTitle: "Tên đợt lấy ý kiến",
    colMatter: "Loại việc",
    colStatus: "Trạng thái",
    colCloses: "Kết thúc",
    colName: "Tên",
    colKind: "Loại",
    colHouseholds: "Số hộ",
    colHead: "Tổ trưởng / Trưởng thôn",
    auditTitle: "Nhật ký hệ thống",
    colTime: "Thời gian",
    colActor: "Người thực hiện",
    colAction: "Thao tác",
    colEntity: "Đối tượng",
    auditEmpty: "Chưa có sự kiện nào.",
  },
  resident: residentVi,
  disclosurePlace: {
    COMMUNE_OFFICE: "Trụ sở UBND",
    CULTURAL_HOUSE: "Nhà văn hóa thôn, tổ dân phố",
    LOUDSPEAKER: "Loa truyền thanh",
    PORTAL: "Cổng thông tin điện tử",
    SOCIAL_GROUP: "Nhóm mạng xã hội của khu dân cư",
    HOUSEHOLD_NOTICE: "Thông báo đến từng hộ",
  },
  questionKind: {
    APPROVAL: "Đồng ý / không đồng ý / ý kiến khác",
    SINGLE_CHOICE: "Chọn một phương án",
    MULTIPLE_CHOICE: "Chọn nhiều phương án",
    FREE_TEXT: "Trả lời tự do",
  },
  slip: {
    pageTitle: "Phiếu mời và mã PIN",
    intro:
      "Phát hành mã PIN đăng nhập cho từng hộ và in phiếu mời. Mã PIN chỉ hiện trên phiếu in ra lúc phát hành; phát hành lại sẽ hủy mã cũ của các hộ đó.",
    byConsultation: "Theo đợt lấy ý kiến",
    byNeighbourhood: "Theo thôn, tổ dân phố",
    consultation: "Đợt lấy ý kiến",
    neighbourhood: "Thôn, tổ dân phố",
    format: "Định dạng",
    pdf: "PDF (A4, 8 phiếu/trang)",
    html: "Trang in (HTML)",
    issue: "Phát hành mã PIN và in phiếu",
    warning: "Phát hành lại sẽ làm mã PIN cũ của các hộ này hết hiệu lực.",
    committee: "Ủy ban nhân dân {commune}",
    title: "PHIẾU THÔNG TIN ĐĂNG NHẬP",
    neighbourhoodLabel: "Thôn, tổ dân phố",
    householdLabel: "Mã hộ",
    headLabel: "Chủ hộ",
    pinLabel: "Mã PIN",
    howTo: "Cho ý kiến trực tuyến: quét mã QR hoặc truy cập",
    keepSecret: "Giữ kín mã PIN. Mỗi hộ chỉ có một ý kiến.",
  },
  tally: tallyVi,
  dashboard: dashboardVi,

  lifecycleAction: {
    submit: "Gửi phê duyệt",
    withdraw: "Rút lại để sửa",
    approve: "Phê duyệt công bố",
    return: "Trả lại để sửa",
    unpublish: "Thu hồi phê duyệt, trả về bản nháp",
    publishNow: "Công bố ngay",
    open: "Bắt đầu lấy ý kiến",
    close: "Kết thúc lấy ý kiến",
    publishResults: "Công bố kết quả",
    cancel: "Hủy đợt lấy ý kiến",
  },
  errors: errorsVi,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof vi>;
