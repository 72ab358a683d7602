/**
 * Articles written for the ingestion tests, in the manner of a district news
 * page: invented officials of invented offices, never sentences of real
 * articles. Each names a conference on a date, who chaired it with their
 * titles, and what was signed or presented there.
 */

/** A district conference chaired by two officials, a coordination program signed. */
export const TAM_NONG_ARTICLE = `Huyện Tam Nông sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo”

Ngày 14/5/2024, Ban Dân vận Huyện ủy Tam Nông phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện tổ chức hội nghị sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 – 2024. Ông Trần Minh Khoa – Phó Bí thư Thường trực Huyện ủy và bà Lưu Thị Ngọc Hân – Trưởng Ban Dân vận Huyện ủy đồng chủ trì hội nghị.

Theo báo cáo, trong 3 năm qua toàn huyện xây dựng được 126 mô hình “Dân vận khéo”, trong đó mô hình “Tổ nhân dân tự quản” được nhân rộng ở nhiều xã. Ông Đoàn Văn Lợi – Chủ tịch UBND xã Phú Cường trình bày tham luận về mô hình “Hội quán” của xã.

Dịp này, Ban Dân vận Huyện ủy và Ủy ban Mặt trận Tổ quốc Việt Nam huyện ký kết Chương trình phối hợp thực hiện công tác dân vận giai đoạn 2024 – 2026.
`;

/** A shorter one: a briefing chaired by one official. */
export const LAP_VO_ARTICLE = `Huyện Lấp Vò giao ban công tác dân vận quý I năm 2024

Ngày 28/3/2024, Ban Dân vận Huyện ủy Lấp Vò tổ chức hội nghị giao ban công tác dân vận quý I năm 2024. Bà Huỳnh Thị Mỹ Duyên – Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.

Tại hội nghị, các xã báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” và đề ra nhiệm vụ trọng tâm quý II năm 2024.
`;

/** The first article as a saved web page: navigation and scripts around an article element. */
export const TAM_NONG_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Huyện Tam Nông sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo”</title>
<meta property="article:published_time" content="2024-05-15T08:00:00+07:00">
<script>window.tracker = 1;</script></head>
<body><nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav>
<article><h1>Huyện Tam Nông sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo”</h1>
${TAM_NONG_ARTICLE.split('\n\n')
  .slice(1)
  .map((p) => `<p>${p.trim()}</p>`)
  .join('\n')}
</article>
<footer>Bản quyền thuộc về trang tin huyện.</footer></body></html>`;

/** A page with a menu and a footer but no article body. */
export const EMPTY_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Trang chủ</title></head>
<body><nav><a href="/">Trang chủ</a> <a href="/lien-he">Liên hệ</a></nav><footer>Bản quyền.</footer></body></html>`;
