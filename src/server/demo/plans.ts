// What each demo commune has consulted its residents on, seeded in this order: a draft, an open one,
// a closed one, one with published results (a commune has those it lists). Area indexes point into
// the commune's neighbourhoods (./province.ts).
import type { ClosedPlan, DraftPlan, OpenPlan } from "./consultations";
import type { PublishedPlan } from "./published";

export type CommunePlans = { draft?: DraftPlan; open?: OpenPlan; closed?: ClosedPlan; published?: PublishedPlan };

const CHO_CHUA: CommunePlans = {
  draft: {
    title: "Lấy ý kiến về phương án bồi thường, hỗ trợ, tái định cư dự án mở rộng đường Phạm Văn Đồng",
    summary:
      "Dự án mở rộng đường Phạm Văn Đồng đoạn qua Tổ dân phố Phú Lâm Đông và Phú Lâm Tây ảnh hưởng đến đất ở của các hộ dọc tuyến. UBND xã lấy ý kiến của các hộ về dự thảo phương án bồi thường, hỗ trợ, tái định cư trước khi trình phê duyệt.",
    matter: "COMPENSATION_PLAN",
    areaIndexes: [3, 4],
    questions: [
      { kind: "APPROVAL", text: "Hộ gia đình có đồng ý với dự thảo phương án bồi thường, hỗ trợ, tái định cư không?" },
      { kind: "FREE_TEXT", text: "Ý kiến góp ý khác về phương án (nếu có)" },
    ],
    publishInDays: 5,
    opensAfterDays: 30,
    closesAfterDays: 50,
    meetingAfterDays: 35,
  },
  open: {
    title: "Lấy ý kiến về chủ trương đầu tư dự án nâng cấp, cải tạo chợ Chợ Chùa",
    summary:
      "UBND xã dự kiến đầu tư nâng cấp, cải tạo chợ Chợ Chùa: xây mới nhà lồng chợ, hệ thống thoát nước và phòng cháy chữa cháy, bố trí lại khu kinh doanh. Tổng mức đầu tư dự kiến 18,5 tỷ đồng. Kính mời các hộ gia đình cho ý kiến về chủ trương đầu tư.",
    matter: "PROJECT_INVESTMENT_POLICY",
    areaIndexes: "all",
    questions: [
      { kind: "APPROVAL", text: "Hộ gia đình có đồng ý với chủ trương đầu tư nâng cấp, cải tạo chợ Chợ Chùa không?" },
      {
        kind: "SINGLE_CHOICE",
        text: "Trong thời gian thi công, hộ gia đình chọn phương án bố trí chợ tạm nào?",
        options: [
          "Tại bãi đất trống phía đông chợ",
          "Dọc đường Hùng Vương (theo giờ)",
          "Thi công cuốn chiếu, không làm chợ tạm",
        ],
      },
      { kind: "FREE_TEXT", text: "Ý kiến góp ý khác" },
    ],
    publishedDaysAgo: 10,
    closesInDays: 15,
    responses: {
      share: 0.18,
      agreeShare: 0.72,
      channels: ["ONLINE", "ONLINE", "PAPER_BALLOT"],
      comments: [
        "Đề nghị bố trí chỗ gửi xe cho người đi chợ.",
        "Cần công khai phương án sắp xếp ki-ốt trước khi thi công.",
        "Thi công nhanh, tránh mùa mưa bão.",
        "Giữ mức phí chợ như hiện nay cho các hộ buôn bán nhỏ.",
      ],
    },
  },
  closed: {
    title: "Lấy ý kiến về đóng góp kinh phí bê tông hóa đường nội bộ Tổ dân phố Phú Vinh Đông",
    summary:
      "Bê tông hóa 850 m đường nội bộ Tổ dân phố Phú Vinh Đông theo phương thức Nhà nước và Nhân dân cùng làm. Mức đóng góp đề xuất 500.000 đồng/hộ; hộ nghèo, hộ cận nghèo được miễn.",
    matter: "PUBLIC_WORKS_CONTRIBUTION",
    areaIndexes: [0],
    questions: [
      {
        kind: "APPROVAL",
        text: "Hộ gia đình có tán thành mức đóng góp 500.000 đồng/hộ để bê tông hóa đường nội bộ không?",
      },
    ],
    publishedDaysAgo: 45,
    opensAfterDays: 15,
    closedDaysAgo: 7,
    responses: {
      share: 0.86,
      agreeShare: 0.8,
      channels: ["MEETING", "MEETING", "PAPER_BALLOT"],
      comments: ["Đề nghị công khai thu chi hằng tháng.", "Cho hộ khó khăn đóng góp làm hai đợt."],
    },
  },
  published: {
    title: "Lấy ý kiến về quy hoạch chi tiết khu dân cư Gò Mạ, tỷ lệ 1/500",
    summary:
      "Quy hoạch chi tiết khu dân cư Gò Mạ rộng 4,2 ha: 96 lô đất ở, nhà văn hóa, cây xanh và đường giao thông nội bộ; lấy ý kiến Nhân dân hai tổ dân phố trong khu vực theo Luật Quy hoạch đô thị và nông thôn.",
    matter: "ZONING_PLAN",
    areaIndexes: [1, 2],
    questions: [
      { kind: "APPROVAL", text: "Hộ gia đình có đồng ý với dự thảo quy hoạch chi tiết khu dân cư Gò Mạ không?" },
      { kind: "FREE_TEXT", text: "Ý kiến góp ý khác" },
    ],
    publishedDaysAgo: 90,
    closedDaysAgo: 60,
    responses: { share: 0.64, agreeShare: 0.83, channels: ["ONLINE", "PAPER_BALLOT", "MEETING"] },
    themes: [
      {
        title: "Cây xanh và chỗ vui chơi cho trẻ em",
        comments: ["Đề nghị giữ lại hàng cây dầu trước nhà văn hóa.", "Cần có sân chơi cho trẻ em trong khu dân cư."],
        kind: "TAKEN_UP",
        response:
          "UBND xã tiếp thu: điều chỉnh quy hoạch giữ lại 12 cây dầu hiện có và bố trí 600 m² sân chơi trẻ em ở lô CX-02.",
      },
      {
        title: "Mở rộng đường vào khu dân cư",
        comments: ["Đường vào khu dân cư nên rộng 13 m để xe cứu hỏa vào được."],
        kind: "EXPLAINED",
        response:
          "Đường vào khu dân cư theo quy hoạch rộng 13,5 m (lòng đường 7,5 m, vỉa hè mỗi bên 3 m), đáp ứng yêu cầu xe chữa cháy theo QCVN 01:2021/BXD; giữ nguyên như dự thảo.",
      },
      {
        title: "Giá bồi thường đất nông nghiệp",
        comments: ["Giá bồi thường đất lúa cần sát với giá thị trường."],
        kind: "FORWARDED",
        response:
          "Nội dung thuộc thẩm quyền của UBND tỉnh (bảng giá đất); UBND xã đã chuyển ý kiến đến Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi để xem xét.",
      },
    ],
  },
};

const NGUYEN_NGHIEM: CommunePlans = {
  draft: {
    title: "Lấy ý kiến về quy hoạch chi tiết điểm dân cư thôn An Hòa, tỷ lệ 1/500",
    summary:
      "Điểm dân cư thôn An Hòa rộng 1,8 ha, 42 lô đất ở và một sân thể thao thôn, giáp đường liên thôn Vạn Lý – Trung Sơn. UBND xã lấy ý kiến các hộ trong thôn về dự thảo quy hoạch trước khi trình phê duyệt.",
    matter: "ZONING_PLAN",
    areaIndexes: [3],
    questions: [
      { kind: "APPROVAL", text: "Hộ gia đình có đồng ý với dự thảo quy hoạch chi tiết điểm dân cư thôn An Hòa không?" },
      { kind: "FREE_TEXT", text: "Ý kiến góp ý khác" },
    ],
    publishInDays: 4,
    opensAfterDays: 0,
    closesAfterDays: 25,
  },
  open: {
    title: "Lấy ý kiến về chủ trương đầu tư nâng cấp đường liên thôn Vạn Lý – Trung Sơn – Hiệp An",
    summary:
      "Nâng cấp 3,2 km đường liên thôn Vạn Lý – Trung Sơn – Hiệp An: mở rộng mặt đường lên 5,5 m, làm rãnh thoát nước hai bên và lắp đèn chiếu sáng. Tổng mức đầu tư dự kiến 9,8 tỷ đồng từ ngân sách tỉnh và xã. Kính mời các hộ gia đình cho ý kiến về chủ trương đầu tư.",
    matter: "PROJECT_INVESTMENT_POLICY",
    areaIndexes: "all",
    questions: [
      {
        kind: "APPROVAL",
        text: "Hộ gia đình có đồng ý với chủ trương đầu tư nâng cấp đường liên thôn Vạn Lý – Trung Sơn – Hiệp An không?",
      },
      {
        kind: "SINGLE_CHOICE",
        text: "Hộ gia đình muốn ưu tiên thi công đoạn nào trước?",
        options: ["Đoạn Vạn Lý – Trung Sơn", "Đoạn Trung Sơn – Hiệp An", "Thi công đồng thời cả tuyến"],
      },
      { kind: "FREE_TEXT", text: "Ý kiến góp ý khác" },
    ],
    publishedDaysAgo: 6,
    closesInDays: 18,
    responses: {
      share: 0.3,
      agreeShare: 0.76,
      channels: ["ONLINE", "ONLINE", "PAPER_BALLOT"],
      comments: [
        "Đề nghị làm cống qua đường ở đoạn trũng gần trường mẫu giáo.",
        "Thi công sau mùa thu hoạch lúa để không ảnh hưởng việc chở lúa.",
        "Cần biển báo giảm tốc gần chợ thôn Trung Sơn.",
      ],
    },
  },
};

const KHANH_CUONG: CommunePlans = {
  open: {
    title: "Lấy ý kiến về chủ trương đầu tư kè chống sạt lở bờ biển thôn Hải Tân và Long Thạnh",
    summary:
      "Xây dựng 1,2 km kè mềm chống sạt lở bờ biển đoạn qua thôn Hải Tân và Long Thạnh, kết hợp đường ven biển rộng 4 m và trồng phi lao chắn cát. Tổng mức đầu tư dự kiến 24 tỷ đồng. Kính mời các hộ gia đình cho ý kiến về chủ trương đầu tư.",
    matter: "PROJECT_INVESTMENT_POLICY",
    areaIndexes: "all",
    questions: [
      {
        kind: "APPROVAL",
        text: "Hộ gia đình có đồng ý với chủ trương đầu tư kè chống sạt lở bờ biển thôn Hải Tân và Long Thạnh không?",
      },
      { kind: "FREE_TEXT", text: "Ý kiến góp ý khác" },
    ],
    publishedDaysAgo: 8,
    closesInDays: 14,
    responses: {
      share: 0.25,
      agreeShare: 0.85,
      channels: ["ONLINE", "PAPER_BALLOT", "MEETING"],
      comments: [
        "Chừa lối xuống biển cho thuyền thúng của bà con.",
        "Đề nghị thi công xong trước mùa mưa bão.",
        "Trồng thêm cây phi lao ở đoạn giáp thôn An Hòa.",
      ],
    },
  },
};

/** Each demo commune's consultations, by its slug. */
export const DEMO_PLANS: Record<string, CommunePlans> = {
  "cho-chua": CHO_CHUA,
  "nguyen-nghiem": NGUYEN_NGHIEM,
  "khanh-cuong": KHANH_CUONG,
};
