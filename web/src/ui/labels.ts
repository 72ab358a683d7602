/**
 * Vietnamese names of the API's enum values. An unknown value (the schema
 * grew) shows as it is rather than breaking the page.
 */
const LABELS: Record<string, Record<string, string>> = {
  ParticipationRole: {
    CHAIRED: 'Chủ trì',
    CO_CHAIRED: 'Đồng chủ trì',
    DIRECTED: 'Phát biểu chỉ đạo',
    SPOKE: 'Phát biểu',
    CONCLUDED: 'Kết luận',
    SIGNED: 'Ký kết',
    ATTENDED: 'Tham dự',
  },
  EventKind: {
    REVIEW_CONFERENCE: 'Hội nghị tổng kết',
    INTERIM_REVIEW: 'Hội nghị sơ kết',
    BRIEFING: 'Giao ban',
    SIGNING: 'Lễ ký kết',
    CONGRESS: 'Đại hội',
  },
  PlaceKind: {
    COUNTRY: 'Quốc gia',
    REGION: 'Vùng',
    PROVINCE: 'Tỉnh',
    MUNICIPALITY: 'Thành phố trực thuộc trung ương',
    DISTRICT: 'Huyện',
    COMMUNE: 'Xã, phường, thị trấn',
  },
  ProgramKind: { COORDINATION_PROGRAM: 'Chương trình phối hợp', COORDINATION_PLAN: 'Kế hoạch phối hợp' },
  CampaignKind: { THEMED_YEAR: 'Năm chủ đề', EMULATION_MOVEMENT: 'Phong trào thi đua' },
  DocumentKind: { DIRECTIVE: 'Chỉ thị', DECISION: 'Quyết định', RESOLUTION: 'Nghị quyết' },
  SourceKind: { ARTICLE: 'Bài báo', LEGAL_TEXT: 'Văn bản pháp lý' },
  SuccessionKind: { MERGED_INTO: 'hợp nhất vào', RENAMED_TO: 'đổi tên thành', SPLIT_INTO: 'chia thành' },
  OrganizationLevel: { CENTRAL: 'Trung ương', PROVINCE: 'Tỉnh', DISTRICT: 'Huyện', COMMUNE: 'Xã' },
  OrganizationLine: {
    PARTY: 'Đảng',
    STATE: 'Nhà nước, chính quyền',
    FRONT: 'Mặt trận, đoàn thể',
    ARMED_FORCES: 'Lực lượng vũ trang',
    SECURITY: 'Công an',
    MEDIA: 'Báo chí',
  },
  OrganizationKind: {
    POLITBURO: 'Bộ Chính trị',
    SECRETARIAT: 'Ban Bí thư',
    PARTY_COMMITTEE: 'Cấp ủy Đảng',
    PARTY_STANDING_BOARD: 'Ban Thường vụ',
    PARTY_BOARD: 'Ban của cấp ủy',
    PARTY_CIVIL_AFFAIRS_COMMITTEE: 'Ban cán sự đảng',
    PARTY_BOARD_OFFICE: 'Cơ quan Thường trực',
    GOVERNMENT: 'Chính phủ',
    PEOPLES_COMMITTEE: 'Ủy ban nhân dân',
    FRONT_COMMITTEE: 'Ủy ban Mặt trận Tổ quốc',
    MILITARY_COMMAND: 'Ban Chỉ huy Quân sự',
    POLICE: 'Công an',
    BORDER_GUARD_STATION: 'Đồn Biên phòng',
    CULTURE_INFORMATION_CENTRE: 'Trung tâm Văn hóa, Thể thao và Truyền thông',
    PARTY_STANDING_MEMBERS: 'Thường trực cấp ủy',
    LEGISLATURE: 'Quốc hội',
    NEWSPAPER: 'Báo',
  },
  OrganizationEventRelation: { ORGANIZED: 'Tổ chức', ATTENDED: 'Dự' },
};

export function label(enumName: keyof typeof LABELS | string, value: string | null | undefined): string {
  if (!value) return '';
  return LABELS[enumName]?.[value] ?? value;
}
