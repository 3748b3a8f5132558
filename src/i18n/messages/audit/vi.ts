// Audit log for oversight (src/app/console/audit). Keys must match ./en.ts.
// The sentences (src/domain/audit-sentence.ts) get enum codes as values and word them with ICU
// `select`; every select has an `other` branch so an unexpected code never shows.
const role =
  "{role, select, NEIGHBOURHOOD_HEAD {trưởng thôn, tổ trưởng tổ dân phố} OFFICIAL {công chức} LEADER {lãnh đạo UBND} OVERSIGHT {giám sát} ADMIN {quản trị hệ thống} PROVINCE_ADMIN {quản trị cấp tỉnh} PROVINCE_LEADER {lãnh đạo UBND tỉnh} PROVINCE_OVERSIGHT {giám sát cấp tỉnh} other {cán bộ}}";
const actorRole =
  "{role, select, NEIGHBOURHOOD_HEAD {Trưởng thôn, tổ trưởng} OFFICIAL {Công chức} LEADER {Lãnh đạo UBND} OVERSIGHT {Giám sát viên} ADMIN {Quản trị viên} PROVINCE_ADMIN {Quản trị viên cấp tỉnh} PROVINCE_LEADER {Lãnh đạo UBND tỉnh} PROVINCE_OVERSIGHT {Giám sát viên cấp tỉnh} other {Cán bộ}}";
const channel =
  "{channel, select, ONLINE { trực tuyến} PAPER_BALLOT { bằng phiếu lấy ý kiến} MEETING { tại cuộc họp} WRITTEN { bằng văn bản} SUGGESTION_BOX { qua hòm thư góp ý} other {}}";
const place =
  "{place, select, COMMUNE_OFFICE { tại trụ sở UBND} CULTURAL_HOUSE { tại nhà văn hóa thôn, tổ dân phố} LOUDSPEAKER { trên loa truyền thanh} PORTAL { trên cổng thông tin điện tử} SOCIAL_GROUP { trên nhóm mạng xã hội của khu dân cư} HOUSEHOLD_NOTICE { bằng thông báo đến từng hộ} other {}}";
const recordKind =
  "{kind, select, COUNT_RECORD {biên bản kiểm phiếu} MEETING_MINUTES {biên bản cuộc họp} SUMMARY_REPORT {báo cáo tổng hợp} RESULTS_NOTICE {thông báo kết quả} other {văn bản}}";
const responseKind =
  "{kind, select, TAKEN_UP {tiếp thu} EXPLAINED {giải trình} FORWARDED {chuyển cơ quan có thẩm quyền} other {trả lời}}";
const status =
  "select, DRAFT {bản nháp} SUBMITTED {chờ phê duyệt} PUBLISHED {đã công bố} OPEN {đang lấy ý kiến} CLOSED {đã kết thúc} TALLIED {đã tổng hợp} RECORDED {đã lập biên bản} RESULTS_PUBLISHED {đã công bố kết quả} CANCELLED {đã hủy} other {khác}";

export const auditLogVi = {
  title: "Nhật ký hệ thống",
  intro:
    "Mọi thao tác làm thay đổi dữ liệu đều được ghi lại, nối chuỗi bằng mã băm nên không thể sửa hoặc xóa mà không bị phát hiện.",
  filters: {
    title: "Lọc nhật ký",
    action: "Thao tác",
    entityType: "Loại đối tượng",
    entityId: "Mã đối tượng",
    entityIdHint: "Nhập đúng toàn bộ mã.",
    actor: "Người thực hiện",
    actorHint: "Một phần họ tên hoặc tên tài khoản, không phân biệt chữ hoa, chữ thường.",
    from: "Từ ngày",
    to: "Đến ngày",
    any: "Tất cả",
    apply: "Lọc",
    clear: "Bỏ lọc",
    consultation: "Đợt lấy ý kiến",
    unknownConsultation: "(Đợt lấy ý kiến không có trong xã)",
  },
  errors: {
    range: "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.",
    date: "Ngày không hợp lệ.",
    entityId: "Mã đối tượng không hợp lệ.",
  },
  chain: {
    ok: "Chuỗi nhật ký toàn vẹn: đã kiểm tra {count} sự kiện, không có sự kiện nào bị sửa, xóa hay chèn thêm.",
    empty: "Chưa có sự kiện nào để kiểm tra.",
    broken:
      "Chuỗi nhật ký bị phá vỡ tại sự kiện số {seq} ({action}, {entity}): sự kiện này hoặc sự kiện ngay trước nó đã bị sửa, xóa hoặc chèn ngoài hệ thống. {count} sự kiện trước đó vẫn toàn vẹn.",
    brokenTail:
      "Chuỗi nhật ký bị phá vỡ: từ sự kiện số {seq} trở đi đã bị xóa ngoài hệ thống. {count} sự kiện trước đó vẫn toàn vẹn.",
    advice: "Vui lòng báo ngay cho quản trị hệ thống và Ban Thanh tra nhân dân.",
  },
  columns: {
    seq: "Số",
    event: "Sự kiện",
    technical: "Chi tiết kỹ thuật",
  },
  technical: "Chi tiết kỹ thuật",
  technicalLabels: {
    time: "Thời gian",
    actor: "Người thực hiện",
    action: "Thao tác",
    entity: "Đối tượng",
    data: "Dữ liệu",
    hash: "Mã băm",
  },
  linkTo: {
    consultation: "Xem đợt lấy ý kiến",
    record: "Xem văn bản",
    household: "Xem hộ gia đình",
  },
  actor: {
    titled: "{title} {name}",
    staff: `${actorRole} {name}`,
    household: "Hộ {code}",
    system: "hệ thống",
  },
  ref: {
    quoted: "«{text}»",
    plain: "{text}",
    unknown: "(không còn trong hệ thống)",
  },
  sentence: {
    frame: "Lúc {time} ngày {day}, {text}.",
    withReason: "{sentence} Lý do: {reason}",
    unknown: "{actor} thực hiện một thao tác hệ thống chưa mô tả được",
    commune: {
      seeded: "{actor} nạp dữ liệu mẫu cho xã",
      created:
        "{actor} thiết lập {kind, select, WARD {phường} SPECIAL_ZONE {đặc khu} TOWNSHIP {thị trấn} other {xã}} {name} (mã {code}), tài khoản quản trị đầu tiên là {admin}",
    },
    messages: {
      reminderSet:
        "{actor} {days, select, none {bỏ tin nhắc trước hạn} other {đặt tin nhắc các hộ chưa trả lời {days} ngày trước khi kết thúc}} của {consultation}",
      queued:
        "{actor} xếp gửi {messages} {kind, select, INVITATION {thư mời} REMINDER {tin nhắc} other {tin báo kết quả}} đến các hộ của {consultation}",
      retried: "{actor} gửi lại {messages} tin gửi lỗi của {consultation}",
      printListViewed:
        "{actor} xem danh sách liên hệ {households} hộ để gọi điện hoặc đến nhà ({kind, select, INVITATION {thư mời} REMINDER {tin nhắc} other {tin báo kết quả}}) của {consultation}",
    },
    staff: {
      created: `{actor} tạo tài khoản cán bộ cho {staff} (tên đăng nhập {username}), vai trò ${role}`,
      updated: "{actor} cập nhật thông tin tài khoản của {staff}",
      reactivated: "{actor} mở lại tài khoản của {staff}",
      deactivated: "{actor} khóa tài khoản của {staff}",
      passwordChanged: "{actor} đổi mật khẩu của mình",
      passwordReset: "{actor} đặt lại mật khẩu cho {staff}",
      deactivatedByProvince: "{actor} (cấp tỉnh) khóa tài khoản của {staff} (tên đăng nhập {username})",
      reactivatedByProvince: "{actor} (cấp tỉnh) mở lại tài khoản của {staff} (tên đăng nhập {username})",
    },
    household: {
      pinIssued: {
        consultation: "{actor} cấp mã PIN mới cho {count, plural, other {# hộ}} của đợt lấy ý kiến {consultation}",
        neighbourhood: "{actor} cấp mã PIN mới cho {count, plural, other {# hộ}} của {neighbourhood}",
      },
      created: "{actor} thêm hộ {household} (chủ hộ {headName}) vào danh sách hộ của {neighbourhood}",
      updated: "{actor} cập nhật thông tin hộ {household}",
      updatedConsent:
        "{actor} cập nhật thông tin hộ {household} và ghi ý kiến của hộ về nhận tin: {consent, select, GIVEN {đồng ý nhận tin} OPTED_OUT {từ chối nhận tin} other {chưa hỏi}}",
      reactivated: "{actor} đưa hộ {household} trở lại danh sách hộ đang theo dõi",
      deactivatedAgain: "{actor} ngừng theo dõi hộ {household} trong danh sách",
      deactivated: "{actor} ngừng theo dõi hộ {household} trong danh sách",
    },
    consultation: {
      created: "{actor} tạo đợt lấy ý kiến {consultation}",
      updated: "{actor} sửa nội dung đợt lấy ý kiến {consultation} (lần sửa thứ {version})",
      statusChanged: {
        submit: "{actor} gửi đợt lấy ý kiến {consultation} lên lãnh đạo UBND để phê duyệt",
        withdraw: "{actor} rút đợt lấy ý kiến {consultation} về để sửa tiếp",
        approve: "{actor} phê duyệt và công bố đợt lấy ý kiến {consultation}",
        return: "{actor} trả lại đợt lấy ý kiến {consultation} để sửa",
        unpublish: "{actor} thu hồi phê duyệt đợt lấy ý kiến {consultation} trước khi bắt đầu, trả về bản nháp để sửa",
        publishNow:
          "{actor} công bố ngay đợt lấy ý kiến {consultation}, sớm hơn ngày công bố đã phê duyệt ({approvedPublishedAt})",
        open: "{actor} mở đợt lấy ý kiến {consultation}: các hộ bắt đầu cho ý kiến",
        openScheduled: "{actor} tự động mở đợt lấy ý kiến {consultation} theo lịch: các hộ bắt đầu cho ý kiến",
        close: "{actor} kết thúc việc lấy ý kiến của đợt {consultation}",
        closeScheduled: "{actor} tự động kết thúc việc lấy ý kiến của đợt {consultation} theo lịch",
        publishResults: "{actor} công bố kết quả lấy ý kiến {consultation}",
        cancel: "{actor} hủy đợt lấy ý kiến {consultation}",
        recordFinalised:
          "{actor} ký ban hành báo cáo tổng hợp kết quả lấy ý kiến {consultation}, đợt lấy ý kiến chuyển sang “đã lập biên bản”",
        moved: `{actor} chuyển đợt lấy ý kiến {consultation} sang trạng thái “{to, ${status}}” (trước đó là “{from, ${status}}”)`,
      },
      rescheduled:
        "{actor} dời lịch đợt lấy ý kiến {consultation}, hạn cho ý kiến đến ngày {closesAt}; các bản đã niêm yết trước đó phải thay bằng thông báo mới",
    },
    roll: {
      frozen: "{actor} chốt danh sách {households, plural, other {# hộ}} được lấy ý kiến của đợt {consultation}",
      added: "{actor} bổ sung hộ {household} vào danh sách hộ được lấy ý kiến của đợt {consultation}",
      removed: "{actor} đưa hộ {household} ra khỏi danh sách hộ được lấy ý kiến của đợt {consultation}",
    },
    document: {
      added: "{actor} thêm tài liệu {fileName} vào đợt lấy ý kiến {consultation}",
      removed: "{actor} gỡ tài liệu {fileName} khỏi đợt lấy ý kiến {consultation}",
      removedLoose: "{actor} gỡ tài liệu {fileName}",
    },
    disclosure: {
      added: `{actor} ghi nhận đã niêm yết công khai đợt lấy ý kiến {consultation}${place} từ ngày {postedAt}`,
      removed: `{actor} gỡ ghi nhận niêm yết${place} (từ ngày {postedAt}) của đợt lấy ý kiến {consultation}`,
      takenDown: `{actor} ghi nhận đã gỡ bản niêm yết${place} (niêm yết từ ngày {postedAt}) của đợt lấy ý kiến {consultation} vào ngày {takenDownAt}`,
    },
    response: {
      submitted: "{actor} gửi ý kiến trực tuyến về đợt lấy ý kiến {consultation}",
      revised: "{actor} sửa ý kiến đã gửi về đợt lấy ý kiến {consultation} (lần sửa thứ {revision})",
      recorded: `{actor} ghi nhận ý kiến của hộ {household}${channel} cho đợt lấy ý kiến {consultation}{mark, select, BLANK { (phiếu trắng)} INVALID { (phiếu không hợp lệ)} other {}}`,
      voided: `{actor} hủy ý kiến của hộ {household}${channel} trong đợt lấy ý kiến {consultation}`,
    },
    suggestion: {
      recorded: "{actor} ghi nhận một ý kiến từ hòm thư góp ý cho đợt lấy ý kiến {consultation}",
    },
    meeting: {
      recorded:
        "{actor} ghi nhận cuộc họp của {neighbourhood} về đợt lấy ý kiến {consultation}, {voteMode, select, SECRET_BALLOT {bỏ phiếu kín} other {biểu quyết giơ tay}}",
      attendance:
        "{actor} cập nhật danh sách hộ dự họp ở {neighbourhood} (đợt lấy ý kiến {consultation}): {present, plural, other {# hộ}} có mặt",
      secretCount:
        "{actor} ghi kết quả bỏ phiếu kín tại cuộc họp ở {neighbourhood} (đợt lấy ý kiến {consultation}): {participants} người tham gia, {returned} phiếu thu về, {valid} phiếu hợp lệ",
      minutesAttached:
        "{actor} đính kèm biên bản {fileName} cho cuộc họp ở {neighbourhood} (đợt lấy ý kiến {consultation})",
    },
    ballotRound: {
      created: "{actor} lập đợt phát phiếu lấy ý kiến ở {neighbourhood} cho đợt lấy ý kiến {consultation}",
      counted:
        "{actor} ghi kết quả kiểm phiếu ở {neighbourhood} (đợt lấy ý kiến {consultation}): phát ra {issued} phiếu, thu về {returned}, hợp lệ {valid}, không hợp lệ {invalid}",
    },
    theme: {
      created: "{actor} lập nhóm ý kiến {theme} gồm {opinions} ý kiến (đợt lấy ý kiến {consultation})",
      renamed: "{actor} đổi tên nhóm ý kiến {from} thành {to} (đợt lấy ý kiến {consultation})",
      deleted: "{actor} xóa nhóm ý kiến {theme} (đợt lấy ý kiến {consultation})",
      opinionsAssigned: "{actor} xếp {count} ý kiến vào nhóm {theme} (đợt lấy ý kiến {consultation})",
      opinionsUngrouped:
        "{actor} bỏ {count} ý kiến ra khỏi {themes, plural, other {# nhóm}} (đợt lấy ý kiến {consultation})",
      merged: "{actor} gộp nhóm {sources} vào nhóm {theme}, chuyển {moved} ý kiến (đợt lấy ý kiến {consultation})",
      responded: `{actor} trả lời nhóm ý kiến {theme} theo hướng ${responseKind} (đợt lấy ý kiến {consultation})`,
      respondedWithdrawn: `{actor} sửa câu trả lời nhóm ý kiến {theme} theo hướng ${responseKind}, phê duyệt trước đó hết hiệu lực (đợt lấy ý kiến {consultation})`,
      approved: `{actor} phê duyệt câu trả lời (${responseKind}) cho nhóm ý kiến {theme} (đợt lấy ý kiến {consultation})`,
    },
    record: {
      drafted: `{actor} lập dự thảo ${recordKind} của đợt lấy ý kiến {consultation}`,
      draftedAmendment: `{actor} lập dự thảo ${recordKind} sửa đổi văn bản đã ban hành của đợt lấy ý kiến {consultation}`,
      updated: "{actor} sửa ghi chú và nơi nhận của dự thảo {record}",
      draftDeleted: `{actor} xóa dự thảo ${recordKind} {record}`,
      finalised: `{actor} ký ban hành ${recordKind} số {number} {record}`,
      finalisedBare: "{actor} ký ban hành văn bản {record}",
      changeRefused: "Hệ thống từ chối yêu cầu sửa văn bản đã ký ban hành {record} của {actor}",
    },
    contacts: {
      viewed: {
        list: "{actor} xem số điện thoại, email của {households, plural, other {# hộ}} trên danh sách hộ gia đình{scope, select, neighbourhood { của {neighbourhood}} other {}}",
        household: "{actor} xem số điện thoại, email của hộ {household}",
        contactList:
          "{actor} lấy danh sách liên hệ (số điện thoại, email) của {households, plural, other {# hộ}}{scope, select, neighbourhood { của {neighbourhood}} other {}}",
        contactListConsultation:
          "{actor} lấy danh sách liên hệ (số điện thoại, email) của {households, plural, other {# hộ}}{scope, select, neighbourhood { của {neighbourhood}} other {}} để thông báo về đợt lấy ý kiến {consultation}",
      },
    },
    register: {
      imported:
        "{actor} nhập danh sách hộ từ tệp ({rows} dòng): {new} hộ mới, {changed} hộ thay đổi thông tin, {moved} hộ chuyển thôn, tổ, {reactivated} hộ trở lại, {missing} hộ không còn trong danh sách",
    },
    neighbourhood: {
      created:
        "{actor} thêm {name} (mã {code}, {kind, select, RESIDENTIAL_GROUP {tổ dân phố} other {thôn}}), có hiệu lực từ ngày {validFrom}",
      renamed: "{actor} đổi tên {from} thành {to}, có hiệu lực từ ngày {effectiveFrom}",
      merged:
        "{actor} sáp nhập {source} vào {target} ({households, plural, other {# hộ}} chuyển sang), có hiệu lực từ ngày {effectiveFrom}",
    },
  },
  export: {
    link: "Tải XLSX",
    hint: "Tệp Excel gồm các sự kiện khớp với bộ lọc đang chọn, tối đa {max} sự kiện mới nhất.",
    sheet: "Nhật ký hệ thống",
    title: "Nhật ký hệ thống của {commune}",
    filter: "Bộ lọc: {filter}",
    noFilter: "Bộ lọc: không (toàn bộ nhật ký)",
    filterPart: "{label}: {value}",
    generated: "Xuất lúc {time} ngày {day}, {count, plural, other {# sự kiện}}.",
    capped:
      "Tệp chỉ gồm {max} sự kiện mới nhất khớp với bộ lọc. Hãy thu hẹp bộ lọc (theo ngày chẳng hạn) để tải các sự kiện cũ hơn.",
    badQuery: "Bộ lọc không hợp lệ nên không tạo được tệp. Hãy quay lại trang nhật ký, kiểm tra các ô lọc rồi tải lại.",
    role: actorRole,
    entity: "{type} (mã {id})",
    columns: {
      time: "Thời điểm",
      actor: "Người thực hiện",
      role: "Vai trò",
      sentence: "Nội dung",
      entity: "Đối tượng",
      action: "Mã sự kiện",
      seq: "Số thứ tự trong chuỗi",
      hash: "Mã băm",
    },
  },
  caption: "Sự kiện trong nhật ký, mới nhất trước",
  empty: "Chưa có sự kiện nào.",
  emptyFiltered: "Không có sự kiện nào khớp với bộ lọc.",
  older: "Sự kiện cũ hơn",
  newest: "Về sự kiện mới nhất",
  hashTitle: "Mã băm SHA-256 của sự kiện",
  actorType: {
    STAFF: "Cán bộ",
    HOUSEHOLD: "Hộ gia đình",
    SYSTEM: "Hệ thống",
  },
  entity: {
    Commune: "Xã, phường",
    StaffUser: "Tài khoản cán bộ",
    Household: "Hộ gia đình",
    Neighbourhood: "Thôn, tổ dân phố",
    Consultation: "Đợt lấy ý kiến",
    Document: "Tài liệu",
    DisclosurePosting: "Niêm yết công khai",
    Response: "Ý kiến của hộ",
    SuggestionOpinion: "Ý kiến góp ý",
    MeetingRecord: "Cuộc họp",
    BallotRound: "Đợt phát phiếu",
    OpinionTheme: "Nhóm ý kiến",
    DecisionRecord: "Văn bản",
  },
  group: {
    messages: "Tin nhắn đến hộ gia đình",
    commune: "Xã, phường",
    staff: "Cán bộ",
    household: "Hộ gia đình",
    consultation: "Đợt lấy ý kiến",
    roll: "Danh sách hộ gia đình",
    document: "Tài liệu",
    disclosure: "Niêm yết công khai",
    response: "Ý kiến",
    suggestion: "Ý kiến góp ý",
    meeting: "Cuộc họp",
    ballotRound: "Phiếu lấy ý kiến",
    theme: "Nhóm ý kiến",
    record: "Văn bản",
    register: "Nhập danh sách hộ",
    contacts: "Xem số điện thoại, email của hộ",
    neighbourhood: "Thôn, tổ dân phố",
  },
  action: {
    messages: {
      reminderSet: "Đặt tin nhắc trước hạn",
      queued: "Xếp gửi tin đến các hộ",
      retried: "Gửi lại tin gửi lỗi",
      printListViewed: "Xem danh sách liên hệ các hộ",
    },
    commune: { seeded: "Khởi tạo dữ liệu xã", created: "Thiết lập xã, phường mới" },
    staff: {
      created: "Tạo tài khoản cán bộ",
      updated: "Cập nhật tài khoản cán bộ",
      passwordChanged: "Cán bộ đổi mật khẩu",
      passwordReset: "Đặt lại mật khẩu cán bộ",
      deactivatedByProvince: "Tỉnh khóa tài khoản cán bộ",
      reactivatedByProvince: "Tỉnh mở lại tài khoản cán bộ",
    },
    household: {
      pinIssued: "Cấp mã PIN cho hộ",
      created: "Thêm hộ vào sổ hộ",
      updated: "Cập nhật thông tin hộ",
      deactivated: "Ngừng theo dõi hộ trong danh sách",
    },
    register: { imported: "Nhập danh sách hộ gia đình" },
    contacts: { viewed: "Xem số điện thoại, email của hộ" },
    neighbourhood: {
      created: "Thêm thôn, tổ dân phố",
      renamed: "Đổi tên thôn, tổ dân phố",
      merged: "Sáp nhập thôn, tổ dân phố",
    },
    consultation: {
      created: "Tạo đợt lấy ý kiến",
      updated: "Sửa đợt lấy ý kiến",
      statusChanged: "Chuyển trạng thái đợt lấy ý kiến",
      rescheduled: "Dời lịch đợt lấy ý kiến",
    },
    roll: { frozen: "Chốt danh sách hộ gia đình", amended: "Điều chỉnh danh sách hộ gia đình" },
    document: { added: "Thêm tài liệu", removed: "Gỡ tài liệu" },
    disclosure: {
      added: "Ghi nhận niêm yết công khai",
      removed: "Gỡ niêm yết công khai",
      takenDown: "Gỡ bản niêm yết xuống",
    },
    response: {
      submitted: "Hộ gửi ý kiến trực tuyến",
      revised: "Hộ sửa ý kiến",
      recorded: "Cán bộ ghi nhận ý kiến của hộ",
      voided: "Hủy ý kiến đã ghi nhận",
    },
    suggestion: { recorded: "Ghi nhận ý kiến góp ý (hòm thư góp ý)" },
    meeting: {
      recorded: "Ghi nhận cuộc họp",
      attendance: "Cập nhật danh sách hộ dự họp",
      secretCount: "Ghi kết quả bỏ phiếu kín tại cuộc họp",
      minutesAttached: "Đính kèm biên bản cuộc họp",
    },
    ballotRound: { created: "Tạo đợt phát phiếu lấy ý kiến", counted: "Ghi kết quả kiểm phiếu" },
    theme: {
      created: "Tạo nhóm ý kiến",
      renamed: "Đổi tên nhóm ý kiến",
      deleted: "Xóa nhóm ý kiến",
      opinionsAssigned: "Xếp ý kiến vào nhóm",
      opinionsUngrouped: "Bỏ ý kiến khỏi nhóm",
      merged: "Gộp nhóm ý kiến",
      responded: "Trả lời nhóm ý kiến (tiếp thu, giải trình)",
      approved: "Phê duyệt nội dung trả lời",
    },
    record: {
      drafted: "Lập dự thảo văn bản",
      updated: "Sửa dự thảo văn bản",
      draftDeleted: "Xóa dự thảo văn bản",
      finalised: "Ký ban hành văn bản",
      changeRefused: "Từ chối sửa văn bản đã ký ban hành",
    },
  },
};
