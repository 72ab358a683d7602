import type { Random } from './seeded-random.js';

/**
 * Word lists for plausible Vietnamese names. Family names with rough weights
 * (Nguyễn is about a third of the population); middle and given names by sex,
 * as officials' names read in the press. All text is NFC.
 */
const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 70], ['Hoàng', 50], ['Huỳnh', 50], ['Phan', 45], ['Vũ', 39],
  ['Võ', 39], ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5], ['Trương', 8],
  ['Đinh', 7], ['Lâm', 5], ['Mai', 5], ['Tô', 3], ['Lưu', 3], ['Châu', 3], ['Hà', 4], ['Cao', 4], ['Thái', 3],
  ['Đoàn', 4], ['Lương', 4], ['Trịnh', 5], ['Quách', 2],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Hữu', 'Đức', 'Công', 'Quang', 'Minh', 'Thanh', 'Xuân', 'Hoàng', 'Ngọc', 'Tấn', 'Thành', 'Quốc', 'Trọng', 'Đình', 'Bá', 'Việt'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Hồng', 'Phương', 'Mỹ', 'Bích', 'Minh', 'Diệu', 'Thúy'];
const GIVEN_MALE = ['Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Nam', 'Thắng', 'Long', 'Phong', 'Sơn', 'Trung', 'Hiếu', 'Bình', 'Cường', 'Đạt', 'Phúc', 'Quân', 'Tâm', 'Thành', 'Nghĩa', 'Việt', 'Khánh', 'Lâm', 'Toàn', 'Tùng', 'Hòa', 'Hưng', 'Lợi', 'Thịnh', 'Kiên', 'Nhân', 'Tài', 'Vinh', 'Quyết', 'Chiến'];
const GIVEN_FEMALE = ['Lan', 'Hương', 'Hoa', 'Mai', 'Hạnh', 'Hằng', 'Thảo', 'Trang', 'Linh', 'Nga', 'Yến', 'Nhung', 'Phượng', 'Thủy', 'Vân', 'Loan', 'Ngọc', 'Hà', 'Thu', 'Dung', 'Tuyết', 'Oanh', 'Trinh', 'Diễm', 'Hiền', 'Xuân', 'Quyên', 'Uyên', 'Liên', 'Thúy'];

export function personName(random: Random): string {
  const female = random.chance(0.35);
  const family = random.weighted(FAMILY);
  const middle = random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = random.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  // Some names carry a second middle name ("Nguyễn Thị Kim Loan").
  const second = random.chance(0.15) ? ` ${random.pick(female ? ['Kim', 'Ngọc', 'Thanh', 'Mỹ'] : ['Minh', 'Quốc', 'Thanh', 'Hoàng'])}` : '';
  return `${family} ${middle}${second} ${given}`.normalize('NFC');
}

/** Syllables common in district and commune names (Tân Phú, Bình Thạnh, An Hòa…). */
const PLACE_SYLLABLES = [
  'An', 'Bình', 'Phú', 'Tân', 'Long', 'Hòa', 'Thạnh', 'Mỹ', 'Hưng', 'Thuận', 'Phước', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung',
  'Vĩnh', 'Thới', 'Thành', 'Lợi', 'Hiệp', 'Đức', 'Hải', 'Sơn', 'Lâm', 'Quang', 'Minh', 'Xuân', 'Hà', 'Khánh', 'Định', 'Lộc',
  'Phong', 'Điền', 'Cát', 'Kim', 'Ngọc', 'Hồng', 'Thái', 'Thịnh', 'Hội', 'Lạc', 'Yên', 'Gia', 'Cẩm', 'Tiến', 'Hương', 'Châu',
  'Giang', 'Mai', 'Nghĩa', 'Thắng', 'Hữu', 'Bảo', 'Phúc', 'Hiếu', 'Tường', 'Thọ', 'Quới', 'Hậu',
];

export function placeName(random: Random): string {
  return `${random.pick(PLACE_SYLLABLES)} ${random.pick(PLACE_SYLLABLES)}`.normalize('NFC');
}

/** Kinds of "Dân vận khéo" models as the press names them; a place name follows. */
export const MODEL_TEMPLATES: ReadonlyArray<readonly [string, string]> = [
  ['Hội quán', 'Dân vận khéo'],
  ['Tổ nhân dân tự quản', 'Dân vận khéo'],
  ['Tuyến đường hoa', 'Xây dựng nông thôn mới'],
  ['Camera an ninh', 'An ninh trật tự'],
  ['Chợ 0 đồng', 'An sinh xã hội'],
  ['Bếp ăn tình thương', 'An sinh xã hội'],
  ['Ngày thứ bảy tình nguyện', 'Dân vận khéo'],
  ['Dân vận khéo trong xây dựng nông thôn mới', 'Xây dựng nông thôn mới'],
  ['Mái ấm tình thương', 'Giảm nghèo bền vững'],
  ['Tổ liên gia tự quản', 'An ninh trật tự'],
  ['Nhà văn hóa tự quản', 'Dân vận khéo'],
  ['Chuyển đổi số ở khu dân cư', 'Chuyển đổi số'],
  ['Gia đình không có người vi phạm pháp luật', 'An ninh trật tự'],
  ['Hũ gạo tình thương', 'An sinh xã hội'],
  ['Con đường xanh - sạch - đẹp', 'Bảo vệ môi trường'],
];

export const ARTICLE_TOPICS = [
  'Lan tỏa phong trào thi đua "Dân vận khéo" ở',
  'Nâng cao hiệu quả công tác dân vận chính quyền tại',
  'Phát huy vai trò Mặt trận Tổ quốc trong xây dựng nông thôn mới ở',
  'Nhân rộng mô hình dân vận khéo tại',
  'Công tác dân vận góp phần giữ vững an ninh trật tự ở',
  'Khi người dân cùng làm đường giao thông nông thôn ở',
  'Tăng cường đối thoại giữa chính quyền và nhân dân tại',
];
