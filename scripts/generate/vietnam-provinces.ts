/**
 * Việt Nam's province-level units as the generator lays them out: the six
 * socio-economic regions, the 63 units before the 2025 reorganisation, and the
 * units after it. Thừa Thiên Huế became thành phố Huế on 1/1/2025 (Nghị quyết
 * 175/2024/QH15); on 1/7/2025 Nghị quyết 202/2025/QH15 merged 52 of the 63 into
 * 23 new units, leaving 34 (11 unchanged, Huế among them). A merged unit is a new
 * node with its own id (`…-2025`), as in the seed: history is never rewritten.
 */

export interface Region {
  slug: string;
  name: string;
}

export const REGIONS: readonly Region[] = [
  { slug: 'trung-du-va-mien-nui-phia-bac', name: 'Trung du và miền núi phía Bắc' },
  { slug: 'dong-bang-song-hong', name: 'Đồng bằng sông Hồng' },
  { slug: 'bac-trung-bo-va-duyen-hai-mien-trung', name: 'Bắc Trung Bộ và duyên hải miền Trung' },
  { slug: 'tay-nguyen', name: 'Tây Nguyên' },
  { slug: 'dong-nam-bo', name: 'Đông Nam Bộ' },
  { slug: 'dong-bang-song-cuu-long', name: 'Đồng bằng sông Cửu Long' },
];

/** A province-level unit: one node of the graph. */
export interface ProvinceUnit {
  slug: string;
  name: string;
  region: number;
  municipality: boolean;
  validFrom?: string;
  validTo?: string;
}

// [slug, name, region, municipality]: the 63 units before 2025, by region.
const BEFORE_2025: ReadonlyArray<readonly [string, string, number, boolean]> = [
  ['ha-giang', 'Hà Giang', 0, false], ['cao-bang', 'Cao Bằng', 0, false], ['bac-kan', 'Bắc Kạn', 0, false],
  ['tuyen-quang', 'Tuyên Quang', 0, false], ['lao-cai', 'Lào Cai', 0, false], ['yen-bai', 'Yên Bái', 0, false],
  ['thai-nguyen', 'Thái Nguyên', 0, false], ['lang-son', 'Lạng Sơn', 0, false], ['bac-giang', 'Bắc Giang', 0, false],
  ['phu-tho', 'Phú Thọ', 0, false], ['dien-bien', 'Điện Biên', 0, false], ['lai-chau', 'Lai Châu', 0, false],
  ['son-la', 'Sơn La', 0, false], ['hoa-binh', 'Hòa Bình', 0, false],
  ['ha-noi', 'Hà Nội', 1, true], ['vinh-phuc', 'Vĩnh Phúc', 1, false], ['bac-ninh', 'Bắc Ninh', 1, false],
  ['quang-ninh', 'Quảng Ninh', 1, false], ['hai-duong', 'Hải Dương', 1, false], ['hai-phong', 'Hải Phòng', 1, true],
  ['hung-yen', 'Hưng Yên', 1, false], ['thai-binh', 'Thái Bình', 1, false], ['ha-nam', 'Hà Nam', 1, false],
  ['nam-dinh', 'Nam Định', 1, false], ['ninh-binh', 'Ninh Bình', 1, false],
  ['thanh-hoa', 'Thanh Hóa', 2, false], ['nghe-an', 'Nghệ An', 2, false], ['ha-tinh', 'Hà Tĩnh', 2, false],
  ['quang-binh', 'Quảng Bình', 2, false], ['quang-tri', 'Quảng Trị', 2, false], ['thua-thien-hue', 'Thừa Thiên Huế', 2, false],
  ['da-nang', 'Đà Nẵng', 2, true], ['quang-nam', 'Quảng Nam', 2, false], ['quang-ngai', 'Quảng Ngãi', 2, false],
  ['binh-dinh', 'Bình Định', 2, false], ['phu-yen', 'Phú Yên', 2, false], ['khanh-hoa', 'Khánh Hòa', 2, false],
  ['ninh-thuan', 'Ninh Thuận', 2, false], ['binh-thuan', 'Bình Thuận', 2, false],
  ['kon-tum', 'Kon Tum', 3, false], ['gia-lai', 'Gia Lai', 3, false], ['dak-lak', 'Đắk Lắk', 3, false],
  ['dak-nong', 'Đắk Nông', 3, false], ['lam-dong', 'Lâm Đồng', 3, false],
  ['binh-phuoc', 'Bình Phước', 4, false], ['tay-ninh', 'Tây Ninh', 4, false], ['binh-duong', 'Bình Dương', 4, false],
  ['dong-nai', 'Đồng Nai', 4, false], ['ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', 4, false], ['tp-ho-chi-minh', 'Thành phố Hồ Chí Minh', 4, true],
  ['long-an', 'Long An', 5, false], ['tien-giang', 'Tiền Giang', 5, false], ['ben-tre', 'Bến Tre', 5, false],
  ['tra-vinh', 'Trà Vinh', 5, false], ['vinh-long', 'Vĩnh Long', 5, false], ['dong-thap', 'Đồng Tháp', 5, false],
  ['an-giang', 'An Giang', 5, false], ['kien-giang', 'Kiên Giang', 5, false], ['can-tho', 'Cần Thơ', 5, true],
  ['hau-giang', 'Hậu Giang', 5, false], ['soc-trang', 'Sóc Trăng', 5, false], ['bac-lieu', 'Bạc Liêu', 5, false],
  ['ca-mau', 'Cà Mau', 5, false],
];

// [new slug, name, municipality, members]: the 23 units formed on 1/7/2025; the first member gives the region.
const MERGED_2025: ReadonlyArray<readonly [string, string, boolean, readonly string[]]> = [
  ['tuyen-quang-2025', 'Tuyên Quang', false, ['tuyen-quang', 'ha-giang']],
  ['lao-cai-2025', 'Lào Cai', false, ['lao-cai', 'yen-bai']],
  ['thai-nguyen-2025', 'Thái Nguyên', false, ['thai-nguyen', 'bac-kan']],
  ['phu-tho-2025', 'Phú Thọ', false, ['phu-tho', 'vinh-phuc', 'hoa-binh']],
  ['bac-ninh-2025', 'Bắc Ninh', false, ['bac-ninh', 'bac-giang']],
  ['hung-yen-2025', 'Hưng Yên', false, ['hung-yen', 'thai-binh']],
  ['hai-phong-2025', 'Hải Phòng', true, ['hai-phong', 'hai-duong']],
  ['ninh-binh-2025', 'Ninh Bình', false, ['ninh-binh', 'ha-nam', 'nam-dinh']],
  ['quang-tri-2025', 'Quảng Trị', false, ['quang-tri', 'quang-binh']],
  ['da-nang-2025', 'Đà Nẵng', true, ['da-nang', 'quang-nam']],
  ['quang-ngai-2025', 'Quảng Ngãi', false, ['quang-ngai', 'kon-tum']],
  ['gia-lai-2025', 'Gia Lai', false, ['gia-lai', 'binh-dinh']],
  ['khanh-hoa-2025', 'Khánh Hòa', false, ['khanh-hoa', 'ninh-thuan']],
  ['lam-dong-2025', 'Lâm Đồng', false, ['lam-dong', 'dak-nong', 'binh-thuan']],
  ['dak-lak-2025', 'Đắk Lắk', false, ['dak-lak', 'phu-yen']],
  ['tp-ho-chi-minh-2025', 'Thành phố Hồ Chí Minh', true, ['tp-ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau']],
  ['dong-nai-2025', 'Đồng Nai', false, ['dong-nai', 'binh-phuoc']],
  ['tay-ninh-2025', 'Tây Ninh', false, ['tay-ninh', 'long-an']],
  ['can-tho-2025', 'Cần Thơ', true, ['can-tho', 'soc-trang', 'hau-giang']],
  ['vinh-long-2025', 'Vĩnh Long', false, ['vinh-long', 'ben-tre', 'tra-vinh']],
  ['dong-thap-2025', 'Đồng Tháp', false, ['dong-thap', 'tien-giang']],
  ['ca-mau-2025', 'Cà Mau', false, ['ca-mau', 'bac-lieu']],
  ['an-giang-2025', 'An Giang', false, ['an-giang', 'kien-giang']],
];

export const MERGER_DATE = '2025-07-01';
export const LAST_DAY_BEFORE_MERGER = '2025-06-30';
export const HUE_DATE = '2025-01-01';

const mergedInto = new Map(MERGED_2025.flatMap(([slug, , , members]) => members.map((m) => [m, slug] as const)));

/** The 63 units before 2025, indices 0–62; then Huế (63); then the 23 merged units (64–86). */
export const PROVINCE_UNITS: readonly ProvinceUnit[] = [
  ...BEFORE_2025.map(([slug, name, region, municipality]): ProvinceUnit => ({
    slug,
    name,
    region,
    municipality,
    ...(slug === 'thua-thien-hue' ? { validTo: '2024-12-31' } : mergedInto.has(slug) ? { validTo: LAST_DAY_BEFORE_MERGER } : {}),
  })),
  { slug: 'hue', name: 'Huế', region: 2, municipality: true, validFrom: HUE_DATE },
  ...MERGED_2025.map(([slug, name, municipality, members]): ProvinceUnit => ({
    slug,
    name,
    municipality,
    region: BEFORE_2025.find(([s]) => s === members[0])![2],
    validFrom: MERGER_DATE,
  })),
];

export const OLD_PROVINCE_COUNT = 63;
const indexOf = new Map(PROVINCE_UNITS.map((u, i) => [u.slug, i]));
const HUE = indexOf.get('hue')!;
const THUA_THIEN_HUE = indexOf.get('thua-thien-hue')!;

/** Index of the unit that old province `p` is part of on `date` (ISO): itself, Huế, or the merged unit. */
export function unitAt(p: number, date: string): number {
  if (p === THUA_THIEN_HUE && date >= HUE_DATE) return HUE;
  if (date < MERGER_DATE) return p;
  const merged = mergedInto.get(PROVINCE_UNITS[p]!.slug);
  return merged === undefined ? p : indexOf.get(merged)!;
}

/** The 34 units in force after 1/7/2025, as indices of PROVINCE_UNITS. */
export const UNITS_AFTER_2025: readonly number[] = PROVINCE_UNITS.map((_, i) => i).filter((i) => i !== THUA_THIEN_HUE && PROVINCE_UNITS[i]!.validTo === undefined);

/** [old unit, new unit, date, note] for every SUCCEEDED_BY link. */
export const SUCCESSIONS: ReadonlyArray<readonly [number, number, string, string]> = [
  [THUA_THIEN_HUE, HUE, HUE_DATE, 'Thành lập thành phố Huế trực thuộc trung ương trên cơ sở toàn bộ tỉnh Thừa Thiên Huế.'],
  ...MERGED_2025.flatMap(([slug, name, municipality, members]) =>
    members.map((m) => {
      const names = members.map((s) => PROVINCE_UNITS[indexOf.get(s)!]!.name).join(', ');
      const note = `Hợp nhất ${names} thành ${municipality ? 'thành phố' : 'tỉnh'} mới, lấy tên là ${name}.`;
      return [indexOf.get(m)!, indexOf.get(slug)!, MERGER_DATE, note] as const;
    }),
  ),
];
