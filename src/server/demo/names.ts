// Realistic Vietnamese names and addresses for the demo communes, from a seeded generator so every
// fresh database holds the same demo data (README lists some of it).

/** Small deterministic PRNG (mulberry32): the demo must be identical on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Weighted roughly as in central Vietnam: Nguyễn most common, then Trần, Lê, Phạm, Huỳnh, Võ…
const FAMILY = [
  ["Nguyễn", 30],
  ["Trần", 11],
  ["Lê", 10],
  ["Phạm", 7],
  ["Huỳnh", 6],
  ["Võ", 6],
  ["Phan", 4],
  ["Trương", 3],
  ["Bùi", 3],
  ["Đặng", 2],
  ["Đỗ", 2],
  ["Ngô", 2],
  ["Hồ", 3],
  ["Dương", 2],
  ["Đinh", 2],
  ["Đoàn", 2],
  ["Lương", 1],
  ["Tạ", 1],
  ["Châu", 1],
  ["Lý", 1],
] as const;
const MIDDLE_MALE = ["Văn", "Văn", "Văn", "Minh", "Đức", "Quốc", "Thanh", "Hữu", "Công", "Ngọc", "Xuân", "Tấn"];
const MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Mỹ", "Thu", "Hồng", "Bích"];
const GIVEN_MALE = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Đạt",
  "Hải",
  "Hùng",
  "Huy",
  "Khánh",
  "Lâm",
  "Long",
  "Minh",
  "Nam",
  "Nghĩa",
  "Phong",
  "Phúc",
  "Quang",
  "Sơn",
  "Tài",
  "Thắng",
  "Thành",
  "Thịnh",
  "Toàn",
  "Trung",
  "Tuấn",
  "Việt",
  "Vinh",
];
const GIVEN_FEMALE = [
  "Anh",
  "Châu",
  "Dung",
  "Giang",
  "Hà",
  "Hạnh",
  "Hoa",
  "Hương",
  "Lan",
  "Liên",
  "Linh",
  "Mai",
  "Nga",
  "Nhung",
  "Oanh",
  "Phượng",
  "Quyên",
  "Sương",
  "Tâm",
  "Thảo",
  "Thủy",
  "Trang",
  "Tuyết",
  "Vân",
  "Yến",
];
const STREETS = [
  "Phạm Văn Đồng",
  "Trần Phú",
  "Lê Lợi",
  "Nguyễn Công Phương",
  "Huỳnh Thúc Kháng",
  "Hùng Vương",
  "Quang Trung",
  "Lê Trung Đình",
  "Nguyễn Nghiêm",
  "Trương Định",
  "Bà Triệu",
  "Phạm Xuân Hòa",
];

export type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function pickWeighted(rng: Rng, items: readonly (readonly [string, number])[]): string {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [value, weight] of items) {
    r -= weight;
    if (r < 0) return value;
  }
  return items[items.length - 1][0];
}

export function personName(rng: Rng): string {
  const female = rng() < 0.35; // heads of household are still more often men in the register
  const family = pickWeighted(rng, FAMILY);
  const middle = pick(rng, female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = pick(rng, female ? GIVEN_FEMALE : GIVEN_MALE);
  return `${family} ${middle} ${given}`;
}

export function streetAddress(
  rng: Rng,
  neighbourhoodName: string,
  communeLabel: string,
  streets: readonly string[] = STREETS,
): string {
  const number = 1 + Math.floor(rng() * 240);
  const street = pick(rng, streets);
  return `Số ${number}, đường ${street}, ${neighbourhoodName}, ${communeLabel}`;
}

export function householdSize(rng: Rng): number {
  const sizes = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6, 7];
  return pick(rng, sizes);
}
