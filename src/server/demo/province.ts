// The demo province: Quảng Ngãi with three communes, each with its own neighbourhoods, households,
// staff and PINs. README's "Demo province" table and the demo-seed test read these constants.
//
// Household codes restart at H00001 in every commune and two communes have a "Thôn An Hòa", as real
// registers do: codes and names only ever mean something inside their commune.
//
// Codes follow the official list (two digits for a province, five for a commune). Each commune's is
// the pre-arrangement code of a unit it was formed from on 1 July 2025 (Chợ Chùa's is the former
// thị trấn Chợ Chùa's); check them against Decision 19/2025/QĐ-TTg before using them outside the demo.
import type { CommuneStaffRoleName, ProvinceRoleName } from "@/domain/roles";

export type DemoStaff = {
  username: string;
  fullName: string;
  title: string;
  role: CommuneStaffRoleName;
  neighbourhood?: number;
};
export type DemoPin = { code: string; pin: string };

export type DemoCommune = {
  code: string;
  slug: string;
  name: string;
  kind: "COMMUNE" | "WARD";
  /** The People's Committee's seat (Commune.address). */
  seat: string;
  /** How every household address ends. */
  addressLabel: string;
  /** Seed of the commune's own generator: the same demo on every machine, whatever the other communes hold. */
  seed: number;
  neighbourhoods: {
    kind: "VILLAGE" | "RESIDENTIAL_GROUP";
    /** Neighbourhood codes are the prefix and a two-digit number: TDP01, THON01… */
    codePrefix: string;
    /** "Tổ dân phố", "Thôn": the name is the label and the place name. */
    label: string;
    names: string[];
    /** Households per neighbourhood: min + a random share of spread. */
    households: { min: number; spread: number };
  };
  streets?: readonly string[];
  /** Every account of the commune signs in with it (README lists it). */
  password: string;
  staff: DemoStaff[];
  /** Households that can sign in at /{slug}/resident (README lists them). */
  pins: DemoPin[];
};

/** The province's own accounts, if any, sign in with `password`. */
export const DEMO_PROVINCE = { code: "51", name: "Quảng Ngãi", password: "QuangNgai@2026" } as const;

export type DemoProvinceAccount = { username: string; fullName: string; title: string; role: ProvinceRoleName };

/**
 * The province's own accounts: its leader and oversight read every commune of the province, its
 * administrator sets communes up. seedDemoProvince creates every account listed, and the demo test
 * signs each one in and holds its username unique against every commune's; README lists them.
 */
export const DEMO_PROVINCE_STAFF: readonly DemoProvinceAccount[] = [
  { username: "tinh.lanhdao", fullName: "Phạm Minh Quang", title: "Phó Chủ tịch UBND tỉnh", role: "PROVINCE_LEADER" },
  {
    username: "tinh.giamsat",
    fullName: "Đỗ Thị Hồng Nhung",
    title: "Ủy ban MTTQ Việt Nam tỉnh",
    role: "PROVINCE_OVERSIGHT",
  },
  {
    username: "tinh.quantri",
    fullName: "Trương Văn Tín",
    title: "Trung tâm Công nghệ thông tin tỉnh",
    role: "PROVINCE_ADMIN",
  },
];

/**
 * Chợ Chùa as it was as a thị trấn (12 residential groups), now a xã: on 1 July 2025 thị trấn
 * Chợ Chùa was merged with Hành Thuận and Hành Trung into a xã (Resolution 1677/NQ-UBTVQH15), so
 * its kind is COMMUNE; its tổ dân phố keep their names.
 */
export const DEMO_CHO_CHUA: DemoCommune = {
  code: "21364",
  slug: "cho-chua",
  name: "Chợ Chùa",
  kind: "COMMUNE",
  seat: "Trụ sở UBND xã Chợ Chùa, tỉnh Quảng Ngãi",
  addressLabel: "xã Chợ Chùa, tỉnh Quảng Ngãi",
  seed: 20_251_125,
  neighbourhoods: {
    kind: "RESIDENTIAL_GROUP",
    codePrefix: "TDP",
    label: "Tổ dân phố",
    names: [
      "Phú Vinh Đông",
      "Phú Vinh Tây",
      "Phú Vinh Trung",
      "Phú Lâm Đông",
      "Phú Lâm Tây",
      "Phú Mỹ",
      "Tân Phú",
      "Hòa Vinh",
      "Trường Xuân",
      "Xuân Đình",
      "An Hòa",
      "Thạch An",
    ],
    households: { min: 160, spread: 50 },
  },
  password: "ChoChua@2026",
  staff: [
    { username: "quantri", fullName: "Đặng Minh Khôi", title: "Quản trị hệ thống", role: "ADMIN" },
    { username: "congchuc", fullName: "Lê Thị Thu Hà", title: "Công chức Văn phòng – Thống kê", role: "OFFICIAL" },
    { username: "chutich", fullName: "Nguyễn Văn Hùng", title: "Chủ tịch UBND", role: "LEADER" },
    { username: "phochutich", fullName: "Trần Thị Mỹ Linh", title: "Phó Chủ tịch UBND", role: "LEADER" },
    { username: "giamsat", fullName: "Võ Văn Sơn", title: "Trưởng ban Thanh tra nhân dân", role: "OVERSIGHT" },
    {
      username: "totruong",
      fullName: "Huỳnh Văn An",
      title: "Tổ trưởng tổ dân phố",
      role: "NEIGHBOURHOOD_HEAD",
      neighbourhood: 0,
    },
  ],
  pins: [
    { code: "H00001", pin: "246810" },
    { code: "H00002", pin: "135791" },
    { code: "H00003", pin: "864213" },
    { code: "H00200", pin: "572904" },
    { code: "H01000", pin: "318265" },
  ],
};

const DUC_PHO_STREETS = [
  "Nguyễn Nghiêm",
  "Phạm Văn Đồng",
  "Huỳnh Công Thiệu",
  "Lê Thánh Tông",
  "Trần Hưng Đạo",
  "Nguyễn Tất Thành",
  "Hùng Vương",
  "Lê Lợi",
];

/** Xã Nguyễn Nghiêm, formed from the xã Phổ Nhơn and Phổ Phong: six villages. */
export const DEMO_NGUYEN_NGHIEM: DemoCommune = {
  code: "21457",
  slug: "nguyen-nghiem",
  name: "Nguyễn Nghiêm",
  kind: "COMMUNE",
  seat: "Trụ sở UBND xã Nguyễn Nghiêm, tỉnh Quảng Ngãi",
  addressLabel: "xã Nguyễn Nghiêm, tỉnh Quảng Ngãi",
  seed: 20_251_201,
  neighbourhoods: {
    kind: "VILLAGE",
    codePrefix: "THON",
    label: "Thôn",
    names: ["Vạn Lý", "Trung Sơn", "Hiệp An", "An Hòa", "Vĩnh Bình", "Phước Thịnh"],
    households: { min: 50, spread: 20 },
  },
  streets: DUC_PHO_STREETS,
  password: "NguyenNghiem@2026",
  staff: [
    { username: "nguyennghiem.quantri", fullName: "Phạm Quốc Bảo", title: "Quản trị hệ thống", role: "ADMIN" },
    {
      username: "nguyennghiem.congchuc",
      fullName: "Nguyễn Thị Kim Oanh",
      title: "Công chức Văn phòng – Thống kê",
      role: "OFFICIAL",
    },
    { username: "nguyennghiem.chutich", fullName: "Trần Công Thịnh", title: "Chủ tịch UBND", role: "LEADER" },
    {
      username: "nguyennghiem.truongthon",
      fullName: "Lê Văn Tâm",
      title: "Trưởng thôn",
      role: "NEIGHBOURHOOD_HEAD",
      neighbourhood: 3,
    },
  ],
  pins: [
    { code: "H00001", pin: "402517" },
    { code: "H00002", pin: "739164" },
    { code: "H00150", pin: "615283" },
  ],
};

/** Xã Khánh Cường, formed from the xã Phổ Khánh and Phổ Cường: five villages, one of them An Hòa too. */
export const DEMO_KHANH_CUONG: DemoCommune = {
  code: "21475",
  slug: "khanh-cuong",
  name: "Khánh Cường",
  kind: "COMMUNE",
  seat: "Trụ sở UBND xã Khánh Cường, tỉnh Quảng Ngãi",
  addressLabel: "xã Khánh Cường, tỉnh Quảng Ngãi",
  seed: 20_251_202,
  neighbourhoods: {
    kind: "VILLAGE",
    codePrefix: "THON",
    label: "Thôn",
    names: ["An Hòa", "Hải Tân", "Long Thạnh", "Tân Lộc", "Diêm Điền"],
    households: { min: 50, spread: 20 },
  },
  streets: DUC_PHO_STREETS,
  password: "KhanhCuong@2026",
  staff: [
    { username: "khanhcuong.quantri", fullName: "Võ Minh Triết", title: "Quản trị hệ thống", role: "ADMIN" },
    {
      username: "khanhcuong.congchuc",
      fullName: "Huỳnh Thị Bích Ngọc",
      title: "Công chức Văn phòng – Thống kê",
      role: "OFFICIAL",
    },
    { username: "khanhcuong.chutich", fullName: "Đỗ Văn Lợi", title: "Chủ tịch UBND", role: "LEADER" },
    {
      username: "khanhcuong.truongthon",
      fullName: "Bùi Văn Hải",
      title: "Trưởng thôn",
      role: "NEIGHBOURHOOD_HEAD",
      neighbourhood: 0,
    },
  ],
  pins: [
    { code: "H00001", pin: "581036" },
    { code: "H00002", pin: "927345" },
  ],
};

/** In the order they are created: Chợ Chùa first, so it is "the first commune" where one is needed. */
export const DEMO_COMMUNES: readonly DemoCommune[] = [DEMO_CHO_CHUA, DEMO_NGUYEN_NGHIEM, DEMO_KHANH_CUONG];
