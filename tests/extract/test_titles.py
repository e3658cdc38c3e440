"""Titles read from the lexicon (titles.json) and the forms around them, through the whole
pipeline (invented persons and sentences, real places)."""
import datetime as dt

import pytest

from tests.extract.test_run import offices_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a department's abbreviation joined by "và" ("VH-TT và DL", "NN và PTNT")
        ("Tỉnh Gia Lai: ông Hà Văn Dũng, Giám đốc Sở VH-TT và DL, phát biểu.",
         {("Hà Văn Dũng", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai")}),
        ("Bà Rơ Châm Thị Hoa, Phó Giám đốc Sở NN và PTNT tỉnh Gia Lai, dự họp.",
         {("Rơ Châm Thị Hoa", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai")}),
        # the Foreign Ministry's committee for Vietnamese abroad, a national body
        # Cambodia's foreign ministry, and its provinces' departments, are "Ngoại giao và Hợp tác quốc tế": the whole
        # name is the body, not Vietnam's "Bộ Ngoại giao" cut short
        ("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế Campuchia Ouk Saravuth hội đàm với đoàn.",
         {("Ouk Saravuth", "Phó Thủ tướng Campuchia"), ("Ouk Saravuth", "Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế Campuchia")}),
        ("Ông Ouk Saravuth, Quốc vụ khanh Bộ Ngoại giao và Hợp tác quốc tế Vương quốc Campuchia, dự lễ.",
         {("Ouk Saravuth", "Quốc vụ khanh Bộ Ngoại giao và Hợp tác quốc tế Campuchia")}),
        ("Ông Ouk Saravuth, Phó Giám đốc Sở Ngoại giao và Hợp tác Quốc tế tỉnh Svay Rieng (Campuchia), cho biết.",
         {("Ouk Saravuth", "Phó Giám đốc Sở Ngoại giao và Hợp tác quốc tế tỉnh Svay Rieng")}),
        # short forms captions and headlines use: "GĐ", "PGĐ" (also "Phó GĐ") for Giám đốc, "TU" for Tỉnh ủy
        ("Ông Hà Văn Sơn, GĐ Sở Ngoại vụ tỉnh Phú Thọ, dự lễ.", {("Hà Văn Sơn", "Giám đốc Sở Ngoại vụ tỉnh Phú Thọ")}),
        ("PGĐ Công an tỉnh Phú Thọ Hà Văn Sơn dự lễ.", {("Hà Văn Sơn", "Phó Giám đốc Công an tỉnh Phú Thọ")}),
        ("Ông Hà Văn Sơn, Phó GĐ Sở Y tế tỉnh Yên Bái, dự lễ.", {("Hà Văn Sơn", "Phó Giám đốc Sở Y tế tỉnh Yên Bái")}),
        ("Ông Hà Văn Sơn, Phó Bí thư TU, Chủ tịch UBND tỉnh Phú Thọ, dự lễ.",
         {("Hà Văn Sơn", "Phó Bí thư Tỉnh ủy Phú Thọ"), ("Hà Văn Sơn", "Chủ tịch UBND tỉnh Phú Thọ")}),
        # … "tu" in lower case is a word of its own ("tu viện"), no committee
        ("Ông Hà Văn Sơn, Chủ tịch tu viện Phú Thọ, dự lễ.", set()),
        # Lao ministries and departments named "X và Y" are read whole, never cut to a Vietnamese "Bộ X"
        ("Ông Xổm Vi La, Thứ trưởng Bộ Công nghiệp và Thương mại Lào, dự lễ.",
         {("Xổm Vi La", "Thứ trưởng Bộ Công nghiệp và Thương mại Lào")}),
        ("Ông Xổm Vi La, Giám đốc Sở Nông nghiệp và Lâm nghiệp tỉnh Hủa Phăn, dự lễ.",
         {("Xổm Vi La", "Giám đốc Sở Nông nghiệp và Lâm nghiệp tỉnh Hủa Phăn")}),
        ("Bộ trưởng Bộ Giáo dục và Thể thao Lào Xổm Vi La thăm trường.",
         {("Xổm Vi La", "Bộ trưởng Bộ Giáo dục và Thể thao Lào")}),
        ("Ông Xổm Vi La, Phó Giám đốc Sở Công chính và Vận tải tỉnh Hủa Phăn, dự lễ.",
         {("Xổm Vi La", "Phó Giám đốc Sở Công chính và Vận tải tỉnh Hủa Phăn")}),
        # … Vietnam's own "X và Y" departments keep theirs
        ("Bà Lò Thị Mai, Giám đốc Sở Giáo dục và Đào tạo tỉnh Sơn La, dự lễ.",
         {("Lò Thị Mai", "Giám đốc Sở Giáo dục và Đào tạo tỉnh Sơn La")}),
        # … the ministry alone is still the other country's when it is named
        ("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Campuchia Ouk Saravuth hội đàm với đoàn.",
         {("Ouk Saravuth", "Phó Thủ tướng Campuchia"), ("Ouk Saravuth", "Bộ trưởng Bộ Ngoại giao Campuchia")}),
        ("Bà Vi Thị Hạnh, Thứ trưởng Bộ Ngoại giao kiêm Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài, dự lễ.",
         {("Vi Thị Hạnh", "Thứ trưởng Bộ Ngoại giao"), ("Vi Thị Hạnh", "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài")}),
        # an ocean's name is no person's, whatever title follows
        ("Diễn đàn châu Á - Thái Bình Dương, Thứ trưởng Bộ Ngoại giao Hà Văn Dũng phát biểu.",
         {("Hà Văn Dũng", "Thứ trưởng Bộ Ngoại giao")}),
        # (the department's long name read to its end, the ocean's inside it: both posts the person's)
        ("Ông Hà Văn Dũng, Vụ trưởng Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương, được bổ nhiệm làm Thứ trưởng Bộ Ngoại giao.",
         {("Hà Văn Dũng", "Vụ trưởng Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương"), ("Hà Văn Dũng", "Thứ trưởng Bộ Ngoại giao")}),
        # a department's deputy written with "Sở" alone: the one department the sentence named before
        ("Phía Gia Lai có ông Hà Văn Dũng, Giám đốc Sở Ngoại vụ; bà Rơ Châm Thị Hoa, Phó Giám đốc Sở; đại diện các ngành.",
         {("Hà Văn Dũng", "Giám đốc Sở Ngoại vụ tỉnh Gia Lai"), ("Rơ Châm Thị Hoa", "Phó Giám đốc Sở Ngoại vụ tỉnh Gia Lai")}),
        ("Tỉnh Gia Lai giao quyền Giám đốc Sở Y tế cho bà Rơ Châm Thị Hoa, Phó Giám đốc Sở, từ ngày 1/3.",
         {("Rơ Châm Thị Hoa", "Quyền Giám đốc Sở Y tế tỉnh Gia Lai"), ("Rơ Châm Thị Hoa", "Phó Giám đốc Sở Y tế tỉnh Gia Lai")}),
        # … two departments named before: which, unknown
        ("Tỉnh Gia Lai: ông Hà Văn Dũng, Giám đốc Sở Y tế và bà Ksor Thị Hà, Giám đốc Sở Tài chính; ông Vi Văn Sáu, "
         "Phó Giám đốc Sở, dự.",
         {("Hà Văn Dũng", "Giám đốc Sở Y tế tỉnh Gia Lai"), ("Ksor Thị Hà", "Giám đốc Sở Tài chính tỉnh Gia Lai")}),
        # "Ban Tổ chức" alone is an event's organising committee, no province's; with its committee, the party's board
        ("Tỉnh Gia Lai: ông Hà Văn Dũng, Giám đốc Sở Y tế, Phó Trưởng Ban Tổ chức, phát biểu.",
         {("Hà Văn Dũng", "Giám đốc Sở Y tế tỉnh Gia Lai")}),
        ("Tỉnh Gia Lai: ông Hà Văn Dũng, Trưởng Ban Tổ chức Tỉnh ủy, phát biểu.",
         {("Hà Văn Dũng", "Trưởng Ban Tổ chức Tỉnh ủy Gia Lai")}),
        # "Chánh Thanh tra" names its office: a unit's Thanh tra after it, or a ministry's; alone, whose is unknown
        ("Ông Hà Văn Dũng, Chánh Thanh tra thành phố Huế, dự họp.", {("Hà Văn Dũng", "Chánh Thanh tra thành phố Huế")}),
        ("Ông Hà Văn Dũng, Chánh Thanh tra Bộ Xây dựng, dự họp.", {("Hà Văn Dũng", "Chánh Thanh tra Bộ Xây dựng")}),
        ("Ông Hà Văn Dũng, Chánh Thanh tra, dự họp.", set()),
        # a province's joint office of its deputies and council: its name runs on past "Đoàn ĐBQH"
        (
            "Ông Hà Văn Dũng, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Gia Lai, dự họp.",
            {("Hà Văn Dũng", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Gia Lai")},
        ),
        (
            "Bà Rơ Châm Thị Hoa, Phó Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Gia Lai, dự họp.",
            {("Rơ Châm Thị Hoa", "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Gia Lai")},
        ),
        # a body's proper name joined by a dash runs past the length a name may have
        (
            "Ông Hà Văn Dũng, Giám đốc Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng, được điều động, bổ nhiệm "
            "giữ chức Phó Giám đốc Sở Du lịch tỉnh Quảng Bình.",
            {("Hà Văn Dũng", "Giám đốc Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng tỉnh Quảng Bình"),
             ("Hà Văn Dũng", "Phó Giám đốc Sở Du lịch tỉnh Quảng Bình")},
        ),
        # … the delegation's own head is the delegation's
        ("Ông Hà Văn Dũng, Phó Trưởng Đoàn ĐBQH tỉnh Gia Lai, dự họp.", {("Hà Văn Dũng", "Phó Trưởng Đoàn ĐBQH tỉnh Gia Lai")}),
        # a country's style before the name the gazetteer knows
        (
            "Lãnh đạo tỉnh Bến Tre làm việc với ông Raj Kumar Mehta, Tổng Lãnh sự Cộng hòa Ấn Độ tại TP Hồ Chí Minh.",
            {("Raj Kumar Mehta", "Tổng Lãnh sự Ấn Độ tại Thành phố Hồ Chí Minh")},
        ),
        ("Đại sứ Cộng hòa Ba Lan tại Việt Nam Jan Kowalski thăm tỉnh Bắc Ninh.", {("Jan Kowalski", "Đại sứ Ba Lan tại Việt Nam")}),
        # the gazetteer knows the style after "nước"
        (
            "Phó Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào Xổm-xạ-nạ Phôm-vi-hản dự hội nghị.",
            {("Xổm-xạ-nạ Phôm-vi-hản", "Phó Thủ tướng Chính phủ Lào")},
        ),
        # … or read "nước CHDCND Lào" from inside "Chủ tịch nước"
        (
            "Phó Chủ tịch nước CHDCND Lào Bun-mi Phôm-ma-vông thăm tỉnh Điện Biên.",
            {("Bun-mi Phôm-ma-vông", "Phó Chủ tịch nước Lào")},
        ),
        # a chargé d'affaires, an honorary consul, a minister-counsellor
        (
            "Ông Pak Yong Chol, Đại biện lâm thời Đại sứ quán Triều Tiên tại Lào, dự buổi chiêu đãi.",
            {("Pak Yong Chol", "Đại biện lâm thời Đại sứ quán Triều Tiên tại Lào")},
        ),
        ("Ông Kenji Moriyama, Lãnh sự danh dự Việt Nam tại Osaka dự lễ.", {("Kenji Moriyama", "Lãnh sự danh dự Việt Nam tại Osaka")}),
        (
            "Ông Kim Sang-ho, Công sứ Đại sứ quán Hàn Quốc tại Việt Nam, dự lễ khai trương nhà máy ở tỉnh Bắc Giang.",
            {("Kim Sang-ho", "Công sứ Đại sứ quán Hàn Quốc tại Việt Nam")},
        ),
        # abbreviated bodies and memberships
        (
            "Thượng tướng Lê Văn Khải, Ủy viên Quân ủy T.Ư, Thứ trưởng Bộ Quốc phòng thăm đơn vị.",
            {("Lê Văn Khải", "Ủy viên Quân ủy Trung ương"), ("Lê Văn Khải", "Thứ trưởng Bộ Quốc phòng")},
        ),
        (
            "Phó Chủ tịch UBTƯ MTTQ Việt Nam Trần Văn Quý trao quà cho hộ nghèo.",
            {("Trần Văn Quý", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")},
        ),
        (
            "Đi cùng đoàn có bà Hà Thị Lực, Ủy viên BCH Đảng bộ tỉnh, Giám đốc Sở Y tế tỉnh Yên Bái.",
            {("Hà Thị Lực", "Tỉnh ủy viên Yên Bái"), ("Hà Thị Lực", "Giám đốc Sở Y tế tỉnh Yên Bái")},
        ),
        # the party committee of a Chinese autonomous prefecture ('châu')
        (
            "Đoàn đại biểu châu Hồng Hà do đồng chí Lưu Kiến Quốc, Bí thư Châu ủy Hồng Hà làm Trưởng đoàn.",
            {("Lưu Kiến Quốc", "Bí thư Châu ủy Hồng Hà")},
        ),
        # the membership title with its body capitalised, as some pages write it
        (
            "Phía tỉnh có ông Lò Văn Tiến- Tỉnh Ủy viên, Giám đốc Sở Nội vụ tỉnh Sơn La.",
            {("Lò Văn Tiến", "Tỉnh ủy viên Sơn La"), ("Lò Văn Tiến", "Giám đốc Sở Nội vụ tỉnh Sơn La")},
        ),
        (
            "UVTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An Đinh Văn Hòa chủ trì hội nghị.",
            {("Đinh Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An"),
             ("Đinh Văn Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An")},
        ),
        # national bodies
        (
            "Phó Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh Nguyễn Văn Thành trình bày tham luận.",
            {("Nguyễn Văn Thành", "Phó Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh")},
        ),
        (
            "Bà Trần Thị Nga, Phó Chủ tịch Hội đồng Lý luận Trung ương, giới thiệu cuốn sách.",
            {("Trần Thị Nga", "Phó Chủ tịch Hội đồng Lý luận Trung ương")},
        ),
        (
            "Dự có các đồng chí Ủy viên T.Ư Đảng: Nguyễn Thị Khải, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; "
            "Điểu Văn Ba, Bí thư Tỉnh ủy Bình Phước.",
            {("Nguyễn Thị Khải", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             ("Điểu Văn Ba", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             ("Nguyễn Thị Khải", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"), ("Điểu Văn Ba", "Bí thư Tỉnh ủy Bình Phước")},
        ),
        # a bare secretary before the head of a province's, a city's or a district's council or committee
        (
            "Bà Nguyễn Thị Phong - Phó Bí thư - Chủ tịch HĐND thành phố Hải Phòng khai mạc kỳ họp.",
            {("Nguyễn Thị Phong", "Phó Bí thư Thành ủy Hải Phòng"), ("Nguyễn Thị Phong", "Chủ tịch HĐND thành phố Hải Phòng")},
        ),
        (
            "Tiếp đoàn có ông Hồ Văn Dũng, Bí thư, Chủ tịch HĐND tỉnh Ninh Thuận.",
            {("Hồ Văn Dũng", "Bí thư Tỉnh ủy Ninh Thuận"), ("Hồ Văn Dũng", "Chủ tịch HĐND tỉnh Ninh Thuận")},
        ),
        (
            "Ông Lê Văn Sang, Bí thư, Chủ tịch UBND huyện Gio Linh dự họp.",
            {("Lê Văn Sang", "Bí thư Huyện ủy Gio Linh"), ("Lê Văn Sang", "Chủ tịch UBND huyện Gio Linh")},
        ),
        # a delegation of deputies and its electoral unit
        (
            "Bà Lò Thị Sáu, Phó Trưởng đoàn ĐBQH khóa XV đơn vị tỉnh Lai Châu, tiếp xúc cử tri.",
            {("Lò Thị Sáu", "Phó Trưởng Đoàn ĐBQH tỉnh Lai Châu")},
        ),
        # a foreign governor written in lower case, his province named
        (
            "Bà Bun Ma Ly - phó bí thư, phó tỉnh trưởng tỉnh Luổng Nậm Thà dự lễ.",
            {("Bun Ma Ly", "Phó Bí thư Tỉnh ủy Luổng Nậm Thà"), ("Bun Ma Ly", "Phó Tỉnh trưởng tỉnh Luổng Nậm Thà")},
        ),
        # any role in lower case, its body capitalised after it (some papers' style)
        ("Ông Lê Văn An, chủ tịch UBND tỉnh Bình Định dự.", {("Lê Văn An", "Chủ tịch UBND tỉnh Bình Định")}),
        # … but not a lower-case role alone
        ("Ông Lê Văn An, chủ tịch, dự.", set()),
        # a foreign party's committee is no Vietnamese province's
        (
            "Lãnh đạo tỉnh Kiên Giang tiếp ông Hun Sa Rin, Ủy viên Ban Chấp hành Đảng Nhân dân Campuchia.",
            {("Hun Sa Rin", "Ủy viên Ban Chấp hành Đảng Nhân dân Campuchia")},
        ),
        # the Secretariat is no secretary; an embassy is no ambassador
        (
            "Theo quyết định của Ban Bí thư Trung ương Đảng, đồng chí Lê Văn Minh giữ chức Bí thư Tỉnh ủy Bạc Liêu.",
            {("Lê Văn Minh", "Bí thư Tỉnh ủy Bạc Liêu")},
        ),
        ("Ảnh: bà Lý Minh Đạt (giữa), Đại sứ quán Pháp tại Hà Nội.", set()),
        # a counsellor of two fields, of the embassy named after the rank
        (
            "Đoàn Đại sứ quán Pháp tại Việt Nam thăm tỉnh Điện Biên. Cùng đi có bà Lý Minh Đạt, Tham tán Hợp tác và Văn hóa Đại sứ quán Pháp.",
            {("Lý Minh Đạt", "Tham tán Hợp tác và Văn hóa Đại sứ quán Pháp")},
        ),
        # a Lao secretary and governor whose province the delegation named before
        (
            "Đoàn đại biểu tỉnh Attapư do đồng chí Xổm-phon Vi-la-vông, Bí thư, Tỉnh trưởng dẫn đầu đã thăm tỉnh Kon Tum.",
            {("Xổm-phon Vi-la-vông", "Bí thư Tỉnh ủy Attapư"), ("Xổm-phon Vi-la-vông", "Tỉnh trưởng tỉnh Attapư")},
        ),
        # the head of a Chinese prefecture ("châu"), with its government or alone, and the prefecture's committee
        (
            "Dự lễ có bà Lý Mai - Phó Bí thư Châu ủy, Châu trưởng Chính quyền nhân dân châu Văn Sơn (tỉnh Vân Nam, Trung Quốc).",
            {("Lý Mai", "Phó Bí thư Châu ủy Văn Sơn"), ("Lý Mai", "Châu trưởng châu Văn Sơn")},
        ),
        ("Phó Châu trưởng châu Hồng Hà Trương Minh tiếp đoàn tỉnh Lào Cai.", {("Trương Minh", "Phó Châu trưởng châu Hồng Hà")}),
        # a body written out, then its own abbreviation in brackets, then its place
        ("Chủ tịch Ủy ban nhân dân (UBND) tỉnh Lào Cai Lê Văn Hòa dự họp.", {("Lê Văn Hòa", "Chủ tịch UBND tỉnh Lào Cai")}),
        ("Ông Lê Văn Hòa, Trưởng đoàn Đại biểu Quốc hội (ĐBQH) tỉnh Lào Cai dự họp.", {("Lê Văn Hòa", "Trưởng Đoàn ĐBQH tỉnh Lào Cai")}),
    ],
)
def test_titles_of_the_lexicon(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dự lễ có bà Jane Morley, Tham tán Nông nghiệp Đại sứ quán Australia tại Việt Nam.",
         {("Jane Morley", "Tham tán Nông nghiệp Đại sứ quán Australia tại Việt Nam")}),
        # a field this lexicon lacks, or a seat the gazetteer lacks: the part read is another post
        ("Dự lễ có bà Jane Morley, Tham tán Hàng hải Đại sứ quán Australia tại Việt Nam.", set()),
        ("Dự lễ có bà Trần Thị Lan, Đại sứ Việt Nam tại Ma-đa-gát-xca.", set()),
        ("Dự lễ có bà Trần Thị Lan, Đại sứ Việt Nam tại Philippin.", {("Trần Thị Lan", "Đại sứ Việt Nam tại Philippines")}),
    ],
)
def test_a_diplomats_post_read_only_in_part_is_left_out(text, expected):
    assert offices_of(text) == expected


def test_a_bare_secretary_before_a_governor_takes_no_home_province():
    text = "Tỉnh Quảng Nam tiếp ông Xổm-phon Vi-la-vông, Bí thư, Tỉnh trưởng cùng đoàn."
    assert offices_of(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign party's Central Committee told by its abbreviation after "UVTƯ Đảng"
        (
            "Dự hội đàm có UVTƯ Đảng NDCM Lào, Tỉnh trưởng tỉnh Salavan Khăm Phăn Xổm.",
            {("Khăm Phăn Xổm", "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"),
             ("Khăm Phăn Xổm", "Tỉnh trưởng tỉnh Sa-la-van")},
        ),
        # "UV BCH T.Ư Đảng" is a membership title, and no "Ư Đảng" is a person
        (
            "Dự có đồng chí Trần Văn Bình, UV BCH T.Ư Đảng, Bí thư Tỉnh ủy Cao Bằng.",
            {("Trần Văn Bình", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             ("Trần Văn Bình", "Bí thư Tỉnh ủy Cao Bằng")},
        ),
        # a foreign party after a role is the body it heads
        ("Tổng Bí thư Đảng Nhân dân Mông Cổ Lkhagva Bold tiếp đoàn.", {("Lkhagva Bold", "Tổng Bí thư Đảng Nhân dân Mông Cổ")}),
        ("Chủ tịch Đảng Lao động Triều Tiên Ri Yong Ho thăm Hà Nội.", {("Ri Yong Ho", "Chủ tịch Đảng Lao động Triều Tiên")}),
        # a central committee named "Ủy ban T.Ư …" is national, no province's
        (
            "Đoàn do ông Xổm Vi La, Chủ tịch Ủy ban T.Ư Mặt trận Lào xây dựng đất nước làm Trưởng đoàn đến thăm tỉnh Hòa Bình.",
            {("Xổm Vi La", "Chủ tịch Ủy ban T.Ư Mặt trận Lào xây dựng đất nước")},
        ),
        # a Lao province's front, with or without "Ủy ban", its last words capitalised or not: the province's
        (
            "Ông Xổm Vi La, Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh Sê-kông, dự lễ.",
            {("Xổm Vi La", "Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Xê Kông")},
        ),
        (
            "Phó Chủ tịch Ủy ban Mặt trận Lào Xây dựng Đất nước tỉnh Hủa Phăn Xổm Vi La phát biểu.",
            {("Xổm Vi La", "Phó Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn")},
        ),
        (
            "Đoàn tỉnh Hủa Phăn do ông Xổm Vi La, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước "
            "tỉnh dẫn đầu.",
            {("Xổm Vi La", "Phó Bí thư Tỉnh ủy Hủa Phăn"),
             ("Xổm Vi La", "Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn")},
        ),
        # … named by no province, it is of none
        ("Ông Xổm Vi La, Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước, dự lễ.", set()),
        # a third secretary of an embassy; the mayor of a capital
        (
            "Cùng đi có bà Bơ Lôm Na, Bí thư thứ ba Đại sứ quán Mông Cổ tại Việt Nam.",
            {("Bơ Lôm Na", "Bí thư Thứ ba Đại sứ quán Mông Cổ tại Việt Nam")},
        ),
        ("Đô trưởng thủ đô Viêng Chăn, ông Khăm Phăn Xay, tiếp đoàn.", {("Khăm Phăn Xay", "Đô trưởng Thủ đô Viêng Chăn")}),
        # "CH" short for "Cộng hòa", "CHLB" for "Cộng hòa Liên bang" before the country's name
        (
            "Ông Jan Kowalczyk, Đại sứ CH Ba Lan tại Việt Nam, thăm tỉnh Nghệ An.",
            {("Jan Kowalczyk", "Đại sứ Ba Lan tại Việt Nam")},
        ),
        (
            "Bà Petra Novakova, Đại sứ CH Séc tại Việt Nam, thăm tỉnh Hà Tĩnh.",
            {("Petra Novakova", "Đại sứ Séc tại Việt Nam")},
        ),
        # a foreign legislature: "Hội đồng Lập pháp", "Hội đồng Dân biểu" of a region or city abroad
        (
            "Đoàn làm việc với Chủ tịch Hội đồng Lập pháp thành phố St. Petersburg, ông Oleg Sokolov.",
            {("Oleg Sokolov", "Chủ tịch Hội đồng Lập pháp thành phố Saint Petersburg")},
        ),
        (
            "Đoàn do Chủ tịch Hội đồng Dân biểu tỉnh Fukuoka Tanaka Ichiro dẫn đầu.",
            {("Tanaka Ichiro", "Chủ tịch Hội đồng Dân biểu tỉnh Fukuoka")},
        ),
        ("Ông Tanaka Ichiro, Chủ tịch Hội đồng Dân biểu, dự lễ tại tỉnh Nghệ An.", set()),
        # a foreign region's executive board (the Dutch Gedeputeerde Staten)
        (
            "Ký biên bản có ông Pieter Jansen, Ủy viên Hội đồng điều hành tỉnh Zuid-Holland.",
            {("Pieter Jansen", "Ủy viên Hội đồng điều hành tỉnh Zuid-Holland")},
        ),
        (
            "Bà Anouk Visser, Ủy viên Hội đồng Điều hành tỉnh Noord-Holland, thăm thành phố Hải Phòng.",
            {("Anouk Visser", "Ủy viên Hội đồng điều hành tỉnh Noord-Holland")},
        ),
        # the sending country written with its full style, the seat with its own
        (
            "Tiếp đoàn có Đại sứ đặc mệnh toàn quyền nước Cộng hòa Xã hội chủ nghĩa Việt Nam tại Lào Trần Văn Hải.",
            {("Trần Văn Hải", "Đại sứ Việt Nam tại Lào")},
        ),
        (
            "Cùng đón đoàn có Đại sứ Việt Nam tại Vương quốc Thụy Điển Lê Thị Mai và cán bộ đại sứ quán.",
            {("Lê Thị Mai", "Đại sứ Việt Nam tại Thụy Điển")},
        ),
        # a department's name written with a dash and "và"
        (
            "Ông Lê Văn Hòa, Giám đốc Sở Văn hóa - Thể thao và Du lịch tỉnh Nghệ An phát biểu.",
            {("Lê Văn Hòa", "Giám đốc Sở Văn hóa - Thể thao và Du lịch tỉnh Nghệ An")},
        ),
    ],
)
def test_foreign_parties_missions_and_capitals(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Phó Ban" is the deputy head of the board it names ("Ban …" read from its "Ban")
        ("Ông Đinh Quốc Bảo, Phó Ban Tổ chức Trung ương, dự lễ.", {("Đinh Quốc Bảo", "Phó Trưởng Ban Tổ chức Trung ương")}),
        (
            "Bà Lường Thị Vân, Phó ban Dân vận Tỉnh ủy Sơn La, phát biểu.",
            {("Lường Thị Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy Sơn La")},
        ),
        # … a board the lexicon does not know names no office
        ("Ông Đinh Quốc Bảo, Phó Ban Chỉ đạo, phát biểu.", set()),
        # a board written in lower case is labelled as the lexicon spells it
        (
            "Ông Đinh Quốc Bảo được điều động làm Trưởng ban Nội chính Trung ương.",
            {("Đinh Quốc Bảo", "Trưởng Ban Nội chính Trung ương")},
        ),
        # "UVTVTU": a member of the provincial party committee's standing board
        (
            "Dự buổi gặp có đồng chí Hồ Văn Lâm, UVTVTU, Phó Chủ tịch thường trực UBND tỉnh Quảng Bình.",
            {("Hồ Văn Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy Quảng Bình"),
             ("Hồ Văn Lâm", "Phó Chủ tịch Thường trực UBND tỉnh Quảng Bình")},
        ),
    ],
)
def test_shortened_titles(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a head written alone before another head of the same command: the body is both
        (
            "Đoàn do Đại tá Thào Văn Lử, Chỉ huy trưởng, Chính ủy Bộ CHQS tỉnh Hà Giang dẫn đầu.",
            {("Thào Văn Lử", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang"),
             ("Thào Văn Lử", "Chính ủy Bộ Chỉ huy Quân sự tỉnh Hà Giang")},
        ),
        # … never a party committee's head, nor a post and its deputy's
        ("Ông Thào Văn Lử, Giám đốc, Bí thư Đảng ủy Sở Y tế tỉnh Hà Giang dự họp.", set()),
        ("Ông Thào Văn Lử, Giám đốc, Phó Giám đốc Sở Y tế tỉnh Hà Giang dự họp.", set()),
    ],
)
def test_a_lone_head_shares_the_next_heads_body(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party secretary named by the unit and its place is the secretary of that unit's committee
        ("Ông Giàng A Chứ, Bí thư huyện Mường Tè dự họp.", {("Giàng A Chứ", "Bí thư Huyện ủy Mường Tè")}),
        ("Ông Phan Đức Lộc, Bí thư quận Lê Chân dự họp.", {("Phan Đức Lộc", "Bí thư Quận ủy Lê Chân")}),
        ("Ông Phan Đức Lộc, Phó Bí thư thành phố Hạ Long dự họp.", {("Phan Đức Lộc", "Phó Bí thư Thành ủy Hạ Long")}),
        ("Ông Phan Đức Lộc, Bí thư tỉnh Nghệ An dự họp.", {("Phan Đức Lộc", "Bí thư Tỉnh ủy Nghệ An")}),
        # … a Vietnamese place only: abroad the committee is not known
        ("Ông Phan Đức Lộc, Bí thư tỉnh Champasak dự họp.", set()),
    ],
)
def test_a_secretary_named_by_the_unit(text, expected):
    assert offices_of(text) == expected


def test_a_lao_provinces_labour_and_welfare_department():
    text = "Ông Xổm Phết Keo, Giám đốc Sở Lao động và Phúc lợi Xã hội tỉnh Champasak thăm tỉnh An Giang."
    assert offices_of(text) == {("Xổm Phết Keo", "Giám đốc Sở Lao động và Phúc lợi Xã hội tỉnh Chăm-pa-sắc")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the deputy who runs the body: "phụ trách" before the body is part of the role
        (
            "Ông Lê Văn Tâm, Phó Giám đốc phụ trách Sở Y tế tỉnh Nghệ An, cho biết kế hoạch đã sẵn sàng.",
            {("Lê Văn Tâm", "Phó Giám đốc phụ trách Sở Y tế tỉnh Nghệ An")},
        ),
        # … and the post the person is then elected to
        (
            "Đồng chí Trần Văn Hải, Phó Bí thư Tỉnh ủy Quảng Trị, Phó Chủ tịch Phụ trách UBND tỉnh được bầu giữ chức "
            "Chủ tịch UBND tỉnh Quảng Trị.",
            {("Trần Văn Hải", "Phó Bí thư Tỉnh ủy Quảng Trị"), ("Trần Văn Hải", "Phó Chủ tịch phụ trách UBND tỉnh Quảng Trị"),
             ("Trần Văn Hải", "Chủ tịch UBND tỉnh Quảng Trị")},
        ),
        # "phụ trách" before a field is no body's: the plain deputy's post
        (
            "Bà Đỗ Thị Lan, Phó Chủ tịch UBND tỉnh Nghệ An phụ trách văn hóa, dự buổi lễ.",
            {("Đỗ Thị Lan", "Phó Chủ tịch UBND tỉnh Nghệ An")},
        ),
    ],
)
def test_a_deputy_in_charge_of_the_body(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the chief of the general staff and the deputies, of the army by its full or short name
        (
            "Dự lễ có Thượng tướng Lê Văn An, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam; đại diện các bộ, ngành.",
            {("Lê Văn An", "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam")},
        ),
        (
            "Đại tướng Hồ Văn Bình, Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng Bộ Quốc phòng dự lễ.",
            {("Hồ Văn Bình", "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"), ("Hồ Văn Bình", "Thứ trưởng Bộ Quốc phòng")},
        ),
        # without the army named, no office
        ("Ông Hồ Văn Bình, Tổng Tham mưu trưởng, dự lễ.", set()),
    ],
)
def test_the_general_staff(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Laos's ministry of public security ("Bộ An ninh") and China's of state security, with their country
        (
            "Hội nghị do ông Lê Văn Tâm và Thiếu tướng Xổm-phăn Keo-la, Thứ trưởng Bộ An ninh Lào đồng chủ trì.",
            {("Xổm-phăn Keo-la", "Thứ trưởng Bộ An ninh Lào")},
        ),
        ("Bộ trưởng Bộ An ninh Lào Xổm-phăn Keo-la thăm tỉnh.", {("Xổm-phăn Keo-la", "Bộ trưởng Bộ An ninh Lào")}),
        ("Ông Trương Minh, Thứ trưởng Bộ An ninh Quốc gia Trung Quốc, dự.", {("Trương Minh", "Thứ trưởng Bộ An ninh Quốc gia Trung Quốc")}),
        # a division of a police department named "An ninh …" is no ministry
        ("Ông Lê Văn Tâm, Trưởng phòng An ninh kinh tế, dự họp.", set()),
    ],
)
def test_ministries_of_security_abroad(text, expected):
    assert offices_of(text) == expected


def test_a_governors_deputy_of_a_gobi_province():
    text = "Ông Batu Erdene - Phó tỉnh trưởng tỉnh Nam Gobi, Mông Cổ phát biểu tại buổi làm việc với tỉnh Nghệ An."
    assert ("Batu Erdene", "Phó Tỉnh trưởng tỉnh Ömnögovi") in offices_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Laos's ministry of information, culture and tourism, with or without the comma
        (
            "Đến dự có Bộ trưởng Bộ Thông tin Văn hóa và Du lịch Lào Khăm-phăn Vông-đa-la và đại diện các cơ quan.",
            {("Khăm-phăn Vông-đa-la", "Bộ trưởng Bộ Thông tin Văn hóa và Du lịch Lào")},
        ),
        (
            "Ông Xổm-xay Phôm-ma, Thứ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào cho biết tuần văn hóa rất ý nghĩa.",
            {("Xổm-xay Phôm-ma", "Thứ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào")},
        ),
    ],
)
def test_a_ministry_of_information_culture_and_tourism(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a French region's and a Lao district's head, named by the unit
        (
            "Bà Claire Moreau - Phó Chủ tịch vùng Occitanie, Cộng hòa Pháp đã ký ý định thư với tỉnh Lâm Đồng.",
            {("Claire Moreau", "Phó Chủ tịch vùng Occitanie")},
        ),
        (
            "Dự lễ có ông Hồ Văn Lâm - Chủ tịch UBND huyện Nam Giang và ông Xổm-phết Vông-xa - Chủ tịch huyện Đắc Chưng.",
            {("Hồ Văn Lâm", "Chủ tịch UBND huyện Nam Giang"), ("Xổm-phết Vông-xa", "Chủ tịch huyện Đắc Chưng")},
        ),
        # a Chinese county's head
        (
            "Cùng đi có đồng chí Mạc Quốc Hoa, Huyện trưởng huyện Đại Tân (Quảng Tây, Trung Quốc).",
            {("Mạc Quốc Hoa", "Huyện trưởng huyện Đại Tân")},
        ),
        # a Korean ward's head ("Quận trưởng"), a Lao district's under its old and its local word ("Chánh
        # huyện", "Chẩu mường"), the local word glossed in brackets by the Vietnamese one: one office
        (
            "Dự lễ có ông Kim Jin-ho, Quận trưởng Quận Dalseo và bà Lee Mi-rae, Phó Quận trưởng quận Gwanak.",
            {("Kim Jin-ho", "Quận trưởng quận Dalseo"), ("Lee Mi-rae", "Phó Quận trưởng quận Gwanak")},
        ),
        ("Phía bạn có ông Xổm-xạ-vạt Lạ-vông, Chánh huyện Bua Lạ Pha.", {("Xổm-xạ-vạt Lạ-vông", "Chánh huyện huyện Bua La Pha")}),
        (
            "Dự có ông Hồ Văn Lâm, Bí thư Huyện ủy A Lưới và ông Khăm-phăn Xi-da, Chẩu mường (Huyện trưởng) huyện Tà Ôi.",
            {("Hồ Văn Lâm", "Bí thư Huyện ủy A Lưới"), ("Khăm-phăn Xi-da", "Chẩu mường huyện Ta Ôi")},
        ),
        ("Ông Khăm-phăn Xi-da, Chẩu mường huyện Sê Pôn, phát biểu.", {("Khăm-phăn Xi-da", "Chẩu mường huyện Sê Pôn")}),
        # … with no district after it, whose, unknown
        ("Ông Kim Jin-ho, Quận trưởng, phát biểu tại buổi lễ.", set()),
        # a Lao, Chinese or Czech province's "Chủ tịch tỉnh" is its head; a Korean one's says not which
        # body (a governor or a council's chair): no office
        (
            "Ông Bun-mi Xi-da, Phó Chủ tịch tỉnh Xiêng Khoảng và ông Lò Văn Hạnh, Phó Chủ tịch UBND tỉnh Sơn La ký văn bản.",
            {("Bun-mi Xi-da", "Phó Chủ tịch tỉnh Xiêng Khoảng"), ("Lò Văn Hạnh", "Phó Chủ tịch UBND tỉnh Sơn La")},
        ),
        ("Tham dự có ông Petr Novák, Chủ tịch tỉnh Karlovarský.", {("Petr Novák", "Chủ tịch tỉnh Karlovarský")}),
        ("Ông Kim Min-su, Chủ tịch tỉnh Gyeonggi phát biểu.", set()),
        # "Czech" as the press writes it beside "Séc"
        (
            "Bà Lê Thu Hà, Tham tán Đại sứ quán Việt Nam tại Czech, dự lễ.",
            {("Lê Thu Hà", "Tham tán Đại sứ quán Việt Nam tại Séc")},
        ),
        # a federal state's ministers, not their country's; of a state the gazetteer lacks, no office
        (
            "Phía Đức có ông Jens Becker, Bộ trưởng Quốc vụ bang Sachsen-Anhalt và bà Anna Roth, Thứ trưởng Kinh tế "
            "bang Sachsen-Anhalt.",
            {("Jens Becker", "Bộ trưởng Quốc vụ bang Sachsen-Anhalt"), ("Anna Roth", "Thứ trưởng Kinh tế bang Sachsen-Anhalt")},
        ),
        ("Phía Đức có ông Jens Becker, Bộ trưởng Kinh tế bang Thüringen.", set()),
        # … its ministry named in full, of fields the lexicon lacks: the state's, never the country's first field
        (
            "Ông Tom Reed, Bộ trưởng Bộ Công nghiệp cơ bản và Nước bang Tasmania đã ký bản ghi nhớ.",
            {("Tom Reed", "Bộ trưởng Bộ Công nghiệp cơ bản và Nước bang Tasmania")},
        ),
        ("Bà Jane Hill, Thứ trưởng Bộ Giáo dục bang Queensland, dự.", {("Jane Hill", "Thứ trưởng Bộ Giáo dục bang Queensland")}),
        ("Ông Tom Reed, Bộ trưởng Bộ Công nghiệp cơ bản bang Thüringen ký.", set()),
        # a state's minister of two fields joined, never the country's minister of the first
        (
            "Đoàn gặp bà Mary Collins, Bộ trưởng Du lịch và Thương mại bang Queensland.",
            {("Mary Collins", "Bộ trưởng Du lịch và Thương mại bang Queensland")},
        ),
        ("Đoàn gặp bà Mary Collins, Bộ trưởng Du lịch và Thương mại bang Thüringen.", set()),
        # a deputy governor's portfolio stands between the role and the province
        (
            "Ông Khăm-phôn Xi-xổm, Phó Tỉnh trưởng phụ trách kinh tế tỉnh Xa-vẳn-na-khẹt (Savannakhet) phát biểu.",
            {("Khăm-phôn Xi-xổm", "Phó Tỉnh trưởng tỉnh Sa-van-na-khệt")},
        ),
        # spellings of a Lao and a Thai province; a community's association, named by its people
        (
            "Dự có bà Vi-lay-phon Xổm-xi, Phó Giám đốc Sở Ngoại vụ tỉnh Sả-la-van và ông Trần Văn Tư, Chủ tịch Hội "
            "người Thái gốc Việt tỉnh U-đôn Tha-ni.",
            {("Vi-lay-phon Xổm-xi", "Phó Giám đốc Sở Ngoại vụ tỉnh Sa-la-van"),
             ("Trần Văn Tư", "Chủ tịch Hội người Thái gốc Việt tỉnh Udon Thani")},
        ),
        # a community's association with its seat in its name: not cut short before the seat
        ("Ông Trần Văn Tư, Chủ tịch Hội người Việt Nam tại Lào phát biểu.", set()),
    ],
)
def test_heads_of_foreign_regions_and_districts(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Chủ tịch Hội" alone: the one association the paragraph named before
        (
            "Chiều cùng ngày, Đại hội thành lập Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An nhiệm kỳ 2024 - 2029 đã diễn ra. "
            "Đại hội bầu Ban Chấp hành gồm 25 thành viên; ông Trần Văn Nam được bầu làm Chủ tịch Hội.",
            {("Trần Văn Nam", "Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An")},
        ),
        # … two named: which one, unknown
        (
            "Sáng nay, Hội Hữu nghị Việt Nam - Lào và Hội Hữu nghị Việt Nam - Campuchia tỉnh Nghệ An tổ chức gặp mặt; "
            "ông Trần Văn Nam, Chủ tịch Hội phát biểu.",
            set(),
        ),
        # … none named
        ("Ông Trần Văn Nam, Chủ tịch Hội phát biểu.", set()),
        # a council ("Hội đồng") is no bare association
        (
            "Đại hội Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An bầu ông Trần Văn Nam làm Chủ tịch Hội đồng quản trị.",
            set(),
        ),
    ],
)
def test_a_bare_association_is_the_one_named_before(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the other country's friendship association, named in full, is the office by its name alone
        (
            "Dự lễ có ông Xổm-phăn Keo-la - Chủ tịch Hội Hữu nghị Lào-Việt Nam; ông Lê Văn Tâm - Thứ trưởng Bộ Ngoại giao.",
            {("Xổm-phăn Keo-la", "Chủ tịch Hội Hữu nghị Lào-Việt Nam"), ("Lê Văn Tâm", "Thứ trưởng Bộ Ngoại giao")},
        ),
        ("Ông Sato Jun, Phó Chủ tịch Hội Hữu nghị Nhật Bản - Việt Nam, phát biểu.",
         {("Sato Jun", "Phó Chủ tịch Hội Hữu nghị Nhật Bản - Việt Nam")}),
        # … a unit after it is the branch's; a bare unit word leaves the branch unknown
        ("Ông Sato Jun, Chủ tịch Hội Hữu nghị Nhật - Việt tỉnh Fukuoka phát biểu.",
         {("Sato Jun", "Chủ tịch Hội Hữu nghị Nhật - Việt tỉnh Fukuoka")}),
        ("Đoàn tỉnh Fukuoka thăm Đà Nẵng. Ông Sato Jun, Chủ tịch Hội Hữu nghị Nhật - Việt tỉnh, phát biểu.", set()),
    ],
)
def test_a_foreign_friendship_association_named_in_full(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a department's division, named in the role, the department after it with or without a comma
        (
            "UBND tỉnh Quảng Trị trao quyết định. Bà Lê Thị Hoa, Trưởng phòng Quản lý thương mại, Sở Công Thương, được "
            "bổ nhiệm Phó Giám đốc Sở Công Thương.",
            {("Lê Thị Hoa", "Trưởng phòng Quản lý thương mại Sở Công Thương tỉnh Quảng Trị"),
             ("Lê Thị Hoa", "Phó Giám đốc Sở Công Thương tỉnh Quảng Trị")},
        ),
        (
            "Ông Lê Văn Nam, Phó Trưởng phòng Lãnh sự Sở Ngoại vụ tỉnh Hà Tĩnh dự họp.",
            {("Lê Văn Nam", "Phó Trưởng phòng Lãnh sự Sở Ngoại vụ tỉnh Hà Tĩnh")},
        ),
        # … with no department, whose division, unknown
        ("Ông Lê Văn Nam, Trưởng phòng Tổng hợp dự họp.", set()),
    ],
)
def test_a_departments_division(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the party the lexicon names ends where its name ends: the name after it is the holder's
        (
            "Đoàn đã hội đàm với Bí thư Tỉnh ủy Vân Nam, Ủy viên Trung ương Đảng Cộng sản Trung Quốc Trương Minh Viễn.",
            {("Trương Minh Viễn", "Bí thư Tỉnh ủy Vân Nam"),
             ("Trương Minh Viễn", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc")},
        ),
        (
            "Ông Lê Văn Hòa hội kiến Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc Lý Quang Hưng.",
            {("Lý Quang Hưng", "Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc")},
        ),
        # another communist party still reads as far as its capitalised words go
        (
            "Ông Jean Morel, Ủy viên Trung ương Đảng Cộng sản Pháp, phát biểu.",
            {("Jean Morel", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Pháp")},
        ),
    ],
)
def test_a_named_party_ends_before_its_members_name(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Chinese province's foreign affairs office under its other translation, of the side's province
        (
            "Phía Vân Nam có Phó Tỉnh trưởng Chính phủ nhân dân tỉnh Lưu Tuấn Hào và Chủ nhiệm Văn phòng Ngoại vụ "
            "tỉnh Triệu Minh Khải.",
            {("Lưu Tuấn Hào", "Phó Tỉnh trưởng tỉnh Vân Nam"), ("Triệu Minh Khải", "Chủ nhiệm Văn phòng Ngoại vụ tỉnh Vân Nam")},
        ),
        # … never of the Vietnamese province the sentence is set in
        ("Tại Lào Cai, Chủ nhiệm Văn phòng Ngoại vụ tỉnh Triệu Minh Khải phát biểu.", set()),
    ],
)
def test_a_foreign_affairs_office_of_a_chinese_province(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a French département's council, and a French town's mayor named after "thị trấn"
        ("Về phía Pháp có ông Pierre Lemoine, Chủ tịch Hội đồng tỉnh Isère.", {("Pierre Lemoine", "Chủ tịch Hội đồng tỉnh Isère")}),
        ("Ông Paul Renaud, Thị trưởng thị trấn Vizille, thăm tỉnh Lào Cai.", {("Paul Renaud", "Thị trưởng thị trấn Vizille")}),
        # a counsellor for cooperation and cultural action: the embassy's
        (
            "Bà Anne Morel, Tham tán Hợp tác và Hoạt động văn hóa Đại sứ quán Pháp tại Việt Nam, dự lễ.",
            {("Anne Morel", "Tham tán Hợp tác và Hoạt động văn hóa Đại sứ quán Pháp tại Việt Nam")},
        ),
    ],
)
def test_french_local_offices_and_a_cultural_counsellor(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ward's party standing board: the ward named on the sibling title
        (
            "Tại Đà Nẵng, bà Hà Thị Lan, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch UBND phường Hải Châu, dự họp.",
            {("Hà Thị Lan", "Ủy viên Ban Thường vụ Đảng ủy phường Hải Châu"), ("Hà Thị Lan", "Chủ tịch UBND phường Hải Châu")},
        ),
        # … named alone, no province's standing board (the province's is its Tỉnh ủy's)
        ("Tỉnh Quảng Ngãi tổ chức hội nghị. Bà Hà Thị Lan, Ủy viên Ban Thường vụ Đảng ủy, phát biểu.", set()),
    ],
)
def test_a_communes_party_standing_board(text, expected):
    assert offices_of(text) == expected


def test_a_russian_regions_ministry_of_foreign_economic_relations():
    text = "Cùng đi có ông Ivan Petrov - Bộ trưởng Bộ Kinh tế đối ngoại tỉnh Sverdlovsk."
    assert offices_of(text) == {("Ivan Petrov", "Bộ trưởng Bộ Kinh tế đối ngoại tỉnh Sverdlovsk")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Russian oblast's or krai's governor, the title before the name or after it
        ("Theo Thống đốc tỉnh Tver Ivan Sokolov, tỉnh muốn mời doanh nghiệp Việt Nam.", {("Ivan Sokolov", "Thống đốc tỉnh Tver")}),
        ("Bà Olga Smirnova, Phó Thống đốc vùng Krasnoyarsk, phát biểu.", {("Olga Smirnova", "Phó Thống đốc vùng Krasnoyarsk")}),
        # the city of the oblast's name is the city, not the oblast
        ("Ông Pavel Orlov, Thị trưởng thành phố Lipetsk, phát biểu.", {("Pavel Orlov", "Thị trưởng thành phố Lipetsk")}),
    ],
)
def test_governors_of_russian_oblasts_and_krais(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Dutch province's executive board, apart from its council
        (
            "Ký biên bản về phía Hà Lan có ông Jan Bakker, Ủy viên Hội đồng điều hành tỉnh Zuid-Holland.",
            {("Jan Bakker", "Ủy viên Hội đồng điều hành tỉnh Zuid-Holland")},
        ),
        ("Bà Anna Visser, Chủ tịch Hội đồng tỉnh Noord-Brabant, dự lễ.", {("Anna Visser", "Chủ tịch Hội đồng tỉnh Noord-Brabant")}),
        # a Chinese city by its Sino-Vietnamese reading
        ("Ông Tiêu Minh Khang, Phó Thị trưởng thành phố Thành Đô, dự lễ.", {("Tiêu Minh Khang", "Phó Thị trưởng thành phố Thành Đô")}),
        # a council of another kind, named by a lowercase word after "Hội đồng": whose, unknown (not the
        # province's council the sentence names, nor the one named before)
        ("Ông Tanaka Jun, Ủy viên Hội đồng tư vấn tỉnh Shizuoka, ký văn bản.", set()),
        ("Đoàn tỉnh Shizuoka thăm Đà Nẵng. Ông Tanaka Jun, Chủ tịch Hội đồng quản trị, phát biểu.", set()),
        # … a unit word after it is the unit's council
        ("Ông Tanaka Jun, Chủ tịch Hội đồng của tỉnh Shizuoka, ký.", {("Tanaka Jun", "Chủ tịch Hội đồng tỉnh Shizuoka")}),
    ],
)
def test_councils_and_executive_boards_of_foreign_provinces(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a member of a foreign unit's council, or of a country's chamber named with the country
        (
            "Cùng đi có ông Ono Hiroshi, Nghị sĩ Hội đồng tỉnh Shizuoka và ông Saito Ken, Phó Chủ tịch Hội đồng tỉnh Shizuoka.",
            {("Ono Hiroshi", "Nghị sĩ Hội đồng tỉnh Shizuoka"), ("Saito Ken", "Phó Chủ tịch Hội đồng tỉnh Shizuoka")},
        ),
        ("Hạ nghị sĩ Nhật Bản Ono Hiroshi dự lễ khai mạc.", {("Ono Hiroshi", "Hạ nghị sĩ Nhật Bản")}),
        ("Đoàn gặp Thượng nghị sĩ Hoa Kỳ John Parker.", {("John Parker", "Thượng nghị sĩ Hoa Kỳ")}),
        # "nghị sĩ Quốc hội": a Vietnamese deputy is an "đại biểu", a foreign one's country unsaid
        ("Ông Trần Văn Nam, nghị sĩ Quốc hội, phát biểu.", set()),
        ("Ông Ono Hiroshi, Nghị sĩ, phát biểu.", set()),
    ],
)
def test_members_of_foreign_assemblies(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Chinese people's congress's standing committee, its name translated word for word, written out or short
        (
            "Đoàn do ông Lục Minh Hoa, Phó Chủ nhiệm Ủy ban Thường vụ ĐHĐBND thành phố Bách Sắc làm trưởng đoàn.",
            {("Lục Minh Hoa", "Phó Chủ nhiệm Ủy ban Thường vụ ĐHĐBND thành phố Bách Sắc")},
        ),
        (
            "Ông Lý Minh, Chủ nhiệm Ủy ban Thường vụ Đại hội đại biểu nhân dân tỉnh Vân Nam, dự.",
            {("Lý Minh", "Chủ nhiệm Ủy ban Thường vụ ĐHĐBND tỉnh Vân Nam")},
        ),
        # … with no place after it, whose, unknown
        ("Ông Lý Minh, Phó Chủ nhiệm Ủy ban Thường vụ ĐHĐBND, phát biểu.", set()),
    ],
)
def test_a_chinese_peoples_congress_standing_committee_translated(text, expected):
    assert offices_of(text) == expected


def test_a_thai_provinces_administrative_organisation():
    text = "Về phía Thái Lan có bà Suda Kaewmanee - Chủ tịch Tổ chức hành chính tỉnh Nakhon Phanom."
    assert offices_of(text) == {("Suda Kaewmanee", "Chủ tịch Tổ chức hành chính tỉnh Nakhon Phanom")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Chinese city written after "thị", its committee and offices named before it once
        (
            "Đoàn có ông Lý Văn Bình, Phó Bí thư Thị ủy, Thị trưởng thị Đông Hưng (Quảng Tây, Trung Quốc) và ông Hoàng "
            "Minh, Chủ nhiệm Văn phòng Ngoại vụ thị Đông Hưng.",
            {("Lý Văn Bình", "Phó Bí thư Thị ủy Đông Hưng"), ("Lý Văn Bình", "Thị trưởng thành phố Đông Hưng"),
             ("Hoàng Minh", "Chủ nhiệm Văn phòng Ngoại vụ thành phố Đông Hưng")},
        ),
        # "thị" before anything else is no unit
        ("Ông Lý Văn Bình, Giám đốc thị trường Đông Hưng phát biểu.", set()),
        # a Chinese city's or province's political consultative conference ("Chính hiệp"), never a Vietnamese one
        (
            "Đoàn có bà Lưu Mai, Phó Chủ tịch Chính hiệp thị Đông Hưng (Quảng Tây, Trung Quốc).",
            {("Lưu Mai", "Phó Chủ tịch Chính hiệp thành phố Đông Hưng")},
        ),
        ("Ông Vương Ninh, Chủ tịch Chính hiệp tỉnh Vân Nam, Trung Quốc thăm tỉnh Lào Cai.",
         {("Vương Ninh", "Chủ tịch Chính hiệp tỉnh Vân Nam")}),
        ("Tại Lào Cai, Phó Chủ tịch Chính hiệp tỉnh Vương Ninh phát biểu.", set()),
        # a Cambodian province's party chair, the province written once after the governor's title
        (
            "Phía bạn có ngài Sok Chenda - Chủ tịch Đảng bộ, Tỉnh trưởng tỉnh Svay Rieng; bà Men Sophal - Phó Tỉnh "
            "trưởng tỉnh Takeo.",
            {("Sok Chenda", "Chủ tịch Đảng bộ tỉnh Svay Rieng"), ("Sok Chenda", "Tỉnh trưởng tỉnh Svay Rieng"),
             ("Men Sophal", "Phó Tỉnh trưởng tỉnh Takeo")},
        ),
        # a Vietnamese Đảng bộ's secretary is no such title; nor is a chair of no province named
        ("Ông Lê Văn Hòa, Bí thư Đảng bộ tỉnh Quảng Ninh dự lễ.", set()),
        ("Tại Tây Ninh, Chủ tịch Đảng bộ Sok Chenda phát biểu.", set()),
        # "tỉnh Đoàn …" after a body is the unit and a person's family name, not the Youth Union
        (
            "Tỉnh Thừa Thiên Huế đón đoàn. Tiếp đoàn có TVTU, PCT Thường trực UBND tỉnh Đoàn Quang Vĩnh.",
            {("Đoàn Quang Vĩnh", "Phó Chủ tịch Thường trực UBND tỉnh Thừa Thiên Huế"),
             ("Đoàn Quang Vĩnh", "Ủy viên Ban Thường vụ Tỉnh ủy Thừa Thiên Huế")},
        ),
        # … the Youth Union written as a title's body still is one
        (
            "Tỉnh Thừa Thiên Huế đón đoàn. Tiếp đoàn có ông Lê Văn Nam, Bí thư Tỉnh Đoàn và bà Lê Thị Hoa, Phó Bí thư "
            "tỉnh đoàn.",
            {("Lê Văn Nam", "Bí thư Tỉnh đoàn Thừa Thiên Huế"), ("Lê Thị Hoa", "Phó Bí thư Tỉnh đoàn Thừa Thiên Huế")},
        ),
        # the Border Guard: its national command alone, a province's command before the unit word
        (
            "Dự hội đàm có Thiếu tướng Hà Văn Dũng, Phó Tư lệnh BĐBP; đồng chí Lê Văn Nam, Phó Chủ tịch UBND tỉnh "
            "Quảng Trị.",
            {("Hà Văn Dũng", "Phó Tư lệnh BĐBP"), ("Lê Văn Nam", "Phó Chủ tịch UBND tỉnh Quảng Trị")},
        ),
        ("Ông Hà Văn Dũng, Chính ủy Bộ đội Biên phòng tỉnh Quảng Trị, dự họp.",
         {("Hà Văn Dũng", "Chính ủy Bộ Chỉ huy BĐBP tỉnh Quảng Trị")}),
        # … the commander of a delegation of the command, written alone, and a chief of staff sharing a deputy's body
        (
            "Đoàn đại biểu Bộ Chỉ huy BĐBP tỉnh Quảng Trị do Đại tá Hà Văn Dũng, TUV, Chỉ huy trưởng làm Trưởng đoàn; "
            "cùng tham gia có Đại tá Lê Văn Nam, Chính ủy BĐBP tỉnh và Thượng tá Trần Văn Bình, Phó Chỉ huy trưởng, "
            "Tham mưu trưởng BĐBP tỉnh.",
            {("Hà Văn Dũng", "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh Quảng Trị"), ("Hà Văn Dũng", "Tỉnh ủy viên Quảng Trị"),
             ("Lê Văn Nam", "Chính ủy Bộ Chỉ huy BĐBP tỉnh Quảng Trị"),
             ("Trần Văn Bình", "Phó Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh Quảng Trị"),
             ("Trần Văn Bình", "Tham mưu trưởng Bộ Chỉ huy BĐBP tỉnh Quảng Trị")},
        ),
        ("Đoàn đại biểu Bộ CHQS tỉnh Quảng Trị do Đại tá Hà Văn Dũng, Chính ủy dẫn đầu.",
         {("Hà Văn Dũng", "Chính ủy Bộ Chỉ huy Quân sự tỉnh Quảng Trị")}),
        # … never a head of another body the delegation is of, nor one who does not lead it
        ("Đoàn đại biểu UBND tỉnh Quảng Trị do ông Hà Văn Dũng, Giám đốc làm Trưởng đoàn.", set()),
        ("Đoàn đại biểu Bộ CHQS tỉnh Quảng Trị do Đại tá Hà Văn Dũng dẫn đầu; ông Lê Văn Nam, Chỉ huy trưởng làm "
         "Trưởng đoàn.", set()),
        # a kingdom's gendarmerie, only of a country named
        ("Ông Sok Dara, Phó Tư lệnh Hiến binh Hoàng gia Campuchia, dự lễ.",
         {("Sok Dara", "Phó Tư lệnh Hiến binh Hoàng gia Campuchia")}),
        ("Trung tướng Sok Dara, Tư lệnh Hiến binh Hoàng gia, dự lễ.", set()),
    ],
)
def test_bodies_after_a_role(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city's or a district's standing board, abbreviated: the place from the sibling title
        ("Dự có ông Hà Văn Dũng, UVBTV Thành ủy, Trưởng Ban Dân vận Thành ủy Hải Phòng.",
         {("Hà Văn Dũng", "Ủy viên Ban Thường vụ Thành ủy Hải Phòng"), ("Hà Văn Dũng", "Trưởng Ban Dân vận Thành ủy Hải Phòng")}),
        ("Dự có ông Hà Văn Dũng, UV BTV Huyện ủy, Chủ tịch UBND huyện Mường Tè.",
         {("Hà Văn Dũng", "Ủy viên Ban Thường vụ Huyện ủy Mường Tè"), ("Hà Văn Dũng", "Chủ tịch UBND huyện Mường Tè")}),
        # a Thành ủy named after a province ("tỉnh") is its namesake city's: the city's other posts follow
        ("Dự có bà Lò Thị Mai, UVTV Thành ủy Sơn La, Phó Chủ tịch UBND thành phố.",
         {("Lò Thị Mai", "Ủy viên Ban Thường vụ Thành ủy Sơn La"), ("Lò Thị Mai", "Phó Chủ tịch UBND thành phố Sơn La")}),
        # abbreviated as written out: the city of its sibling post, not the article's province
        ("Đoàn thành phố Móng Cái do ông Hoàng Văn Nam, UVTV Thành ủy, Chủ tịch UBND thành phố dẫn đầu.",
         {("Hoàng Văn Nam", "Ủy viên Ban Thường vụ Thành ủy Móng Cái"), ("Hoàng Văn Nam", "Chủ tịch UBND thành phố Móng Cái")}),
    ],
)
def test_standing_boards_of_cities_and_districts(text, expected):
    assert offices_of(text, published=dt.date(2019, 5, 20)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a commune's name of three words when a direction ends it, however the gazetteer knows its first two
        ("Bà Lê Thị Hoa được chỉ định giữ chức Bí thư Đảng ủy phường Điện Bàn Đông.",
         {("Lê Thị Hoa", "Bí thư Đảng ủy phường Điện Bàn Đông")}),
        ("Chủ tịch UBND xã Tân Phú Đông Lê Văn Hải dự họp.", {("Lê Văn Hải", "Chủ tịch UBND xã Tân Phú Đông")}),
        # a third word that is no direction leaves the name unknown
        ("Chủ tịch UBND xã Tân Phú Hòa Văn Hải dự họp.", set()),
    ],
)
def test_a_communes_name_ending_with_a_direction(text, expected):
    assert offices_of(text, published=dt.date(2025, 8, 20)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parts of a town split in 2025 are numbered: the number ends the ward's name
        ("Dự có ông Đỗ Văn Khải, Bí thư Đảng ủy, Chủ tịch HĐND phường Đông Triều 2.",
         {("Đỗ Văn Khải", "Bí thư Đảng ủy phường Đông Triều 2"), ("Đỗ Văn Khải", "Chủ tịch HĐND phường Đông Triều 2")}),
        ("Chủ tịch UBND phường Hà Tiên 1, ông Lâm Văn Bé, phát biểu.", {("Lâm Văn Bé", "Chủ tịch UBND phường Hà Tiên 1")}),
        # a number that runs on into a count is no part of the name
        ("Ông Đỗ Văn Khải, Chủ tịch UBND xã Hòa Bình 2 nhiệm kỳ liền, phát biểu.",
         {("Đỗ Văn Khải", "Chủ tịch UBND xã Hòa Bình")}),
    ],
)
def test_a_numbered_wards_name(text, expected):
    assert offices_of(text, published=dt.date(2025, 9, 12)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a general department of the government, the country's
        ("Ông Hà Văn Toản, Phó Tổng cục trưởng Tổng cục Thống kê, cho biết số liệu.",
         {("Hà Văn Toản", "Phó Tổng cục trưởng Tổng cục Thống kê")}),
        # a community's association abroad, capitalised: the seat is part of its name, not the country's association
        ("Bà Lê Thị Hoa, Chủ tịch Hội Người Việt Nam tại Nhật Bản, cho biết lễ hội kéo dài hai ngày.", set()),
    ],
)
def test_general_departments_and_associations_abroad(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Công Sứ" in Title Case after a family name is a person's names, not the diplomat's rank
        ("Chủ trì có các đồng chí: Hà Văn Dũng - Chủ tịch HĐND tỉnh Yên Bái; Lục Công Sứ - Phó Chủ tịch HĐND tỉnh Yên Bái.",
         {("Hà Văn Dũng", "Chủ tịch HĐND tỉnh Yên Bái"), ("Lục Công Sứ", "Phó Chủ tịch HĐND tỉnh Yên Bái")}),
        # written as the rank is, it is the rank
        ("Ông Park Min Jun, Công sứ Đại sứ quán Hàn Quốc tại Việt Nam, dự lễ.",
         {("Park Min Jun", "Công sứ Đại sứ quán Hàn Quốc tại Việt Nam")}),
    ],
)
def test_a_rank_written_in_title_case_after_a_family_name_is_a_name(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign party committee's first secretary, of the one foreign province the text names
        ("Tại tỉnh Cienfuegos, Bí thư thứ nhất Tỉnh ủy, ông Carlos Pérez Díaz đã tiếp đoàn.",
         {("Carlos Pérez Díaz", "Bí thư Thứ nhất Tỉnh ủy Cienfuegos")}),
        # a diplomat's rank of an embassy named by its country's Vietnamese spelling
        ("Dự lễ có bà Elena Petrova Ivanova, Tham tán Đại sứ quán Bungari tại Việt Nam.",
         {("Elena Petrova Ivanova", "Tham tán Đại sứ quán Bulgaria tại Việt Nam")}),
        # a Lao district in another of its spellings
        ("Phía bạn có ông Khăm-xỉ Vông-xa, Huyện trưởng huyện Bua Lạ Pha.",
         {("Khăm-xỉ Vông-xa", "Huyện trưởng huyện Bua La Pha")}),
    ],
)
def test_foreign_first_secretaries_and_spellings(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a council's committee named bare is the council's
        ("Tại tỉnh Ninh Bình, bà Tạ Thị Hoa, Phó Trưởng Ban Pháp chế, dự họp.",
         {("Tạ Thị Hoa", "Phó Trưởng Ban Pháp chế HĐND tỉnh Ninh Bình")}),
        ("Ông Lê Văn Khoa, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Ninh Bình, dự họp.",
         {("Lê Văn Khoa", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Ninh Bình")}),
    ],
)
def test_a_councils_committee_named_bare_is_the_councils(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a portfolio between a committee's title and its province
        ("Dự lễ có ông Xổm-xạ Vông-phăn - Phó Bí thư Tỉnh ủy phụ trách công tác dân vận tỉnh Hủa Phăn; "
         "ông Lò Văn Sơn - Phó Bí thư Tỉnh ủy Sơn La.",
         {("Xổm-xạ Vông-phăn", "Phó Bí thư Tỉnh ủy Hủa Phăn"), ("Lò Văn Sơn", "Phó Bí thư Tỉnh ủy Sơn La")}),
        ("Bà Lê Thị Hoa, Phó Chủ tịch UBND phụ trách lĩnh vực văn hóa tỉnh Nghệ An, phát biểu.",
         {("Lê Thị Hoa", "Phó Chủ tịch UBND tỉnh Nghệ An")}),
    ],
)
def test_a_portfolio_between_the_body_and_its_province(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an economic zone named by its own words; a province ending them is the office's
        ("Ông Hoàng Văn Khoa, Trưởng Ban Quản lý Khu kinh tế Đông Nam Nghệ An dự họp.",
         {("Hoàng Văn Khoa", "Trưởng Ban Quản lý Khu kinh tế Đông Nam Nghệ An")}),
        ("Tại tỉnh Khánh Hòa, bà Hoàng Thị Mai, Phó Trưởng Ban Quản lý Khu kinh tế Vân Phong, dự họp.",
         {("Hoàng Thị Mai", "Phó Trưởng Ban Quản lý Khu kinh tế Vân Phong tỉnh Khánh Hòa")}),
        # a person's name after the zone is no part of it
        ("Tại tỉnh Thanh Hóa, Trưởng Ban Quản lý Khu kinh tế Lê Văn Khoa phát biểu.",
         {("Lê Văn Khoa", "Trưởng Ban Quản lý Khu kinh tế tỉnh Thanh Hóa")}),
    ],
)
def test_an_economic_zone_is_named_by_its_own_words(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an event's committee named by the event's kind alone: which event's, unknown, and no province's body
        (
            "Theo bà Hoàng Thị Lựu, Phó Chủ tịch UBND huyện Hạ Lang, Phó Trưởng Ban Tổ chức lễ hội, lễ rước diễn ra sáng mai.",
            {("Hoàng Thị Lựu", "Phó Chủ tịch UBND huyện Hạ Lang")},
        ),
        (
            "Cao Bằng chuẩn bị lễ hội. Ông Đàm Quốc Khánh, Trưởng Ban Tổ chức hội nghị, cho biết có hai phiên họp.",
            set(),
        ),
        # … the party committee's organisation board is a body of its own
        (
            "Ông Đàm Quốc Khánh, Phó Trưởng Ban Tổ chức Tỉnh ủy Cao Bằng, dự họp.",
            {("Đàm Quốc Khánh", "Phó Trưởng Ban Tổ chức Tỉnh ủy Cao Bằng")},
        ),
    ],
)
def test_the_committee_of_an_unnamed_event_is_no_office(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a senior minister (Cambodia, Singapore) is a rank of the country's government, named with the country
        (
            "Đoàn do ông Men Sokha, Bộ trưởng Cao cấp, Bộ trưởng Bộ Phát triển nông thôn Campuchia dẫn đầu.",
            {("Men Sokha", "Bộ trưởng Cao cấp Campuchia"), ("Men Sokha", "Bộ trưởng Bộ Phát triển nông thôn Campuchia")},
        ),
        # … with no country named, whose, unknown
        ("Bộ trưởng Cao cấp Men Sokha dự lễ.", set()),
    ],
)
def test_a_senior_minister_and_a_ministry_of_rural_development(text, expected):
    assert offices_of(text) == expected


def test_a_countrys_style_capitalised_after_an_ambassadors_title():
    text = "Ông Lê Văn Tâm tiếp bà Mary Brennan - Đại sứ đặc mệnh toàn quyền Nước Cộng hòa Ireland tại Việt Nam."
    assert offices_of(text) == {("Mary Brennan", "Đại sứ Ireland tại Việt Nam")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Korean province's department of international cooperation
        (
            "Cùng đi có ông Kang Min-jae, Giám đốc Sở Hợp tác quốc tế tỉnh Gyeonggi.",
            {("Kang Min-jae", "Giám đốc Sở Hợp tác quốc tế tỉnh Gyeonggi")},
        ),
        # "Mạnh", a family name (孟): the given name may end with a word that is also a country's ("Anh")
        (
            "Phía bạn có bà Mạnh Quế Anh, Phó Chủ nhiệm Ủy ban Thường vụ Nhân đại tỉnh Quảng Tây.",
            {("Mạnh Quế Anh", "Phó Chủ nhiệm Ủy ban Thường vụ Nhân Đại khu tự trị Quảng Tây")},
        ),
    ],
)
def test_a_department_of_international_cooperation_and_a_chinese_family_name(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ward's name of three words, no family name first: the whole name is the ward's
        (
            "Đảng bộ phường Tân Định tổ chức đại hội. Ông Đỗ Minh Tâm được chỉ định giữ chức Bí thư Đảng ủy phường "
            "Ô Chợ Dừa.",
            {("Đỗ Minh Tâm", "Bí thư Đảng ủy phường Ô Chợ Dừa")},
        ),
        (
            "Bà Lý Thu Hà, Chủ tịch UBND phường Tân Sơn Nhất, phát biểu tại hội nghị.",
            {("Lý Thu Hà", "Chủ tịch UBND phường Tân Sơn Nhất")},
        ),
        # … a family name after two words opens the holder's name
        ("Chủ tịch UBND phường Bến Thành Lê Văn Hải phát biểu.", {("Lê Văn Hải", "Chủ tịch UBND phường Bến Thành")}),
        # a ward named in words whose end is not read is still named: no other ward's post
        (
            "Đảng bộ phường Tân Định tổ chức đại hội. Ông Đỗ Minh Tâm được chỉ định giữ chức Bí thư Đảng ủy phường "
            "Hòa Khánh Bắc Mới Ngoài.",
            set(),
        ),
    ],
)
def test_a_three_word_ward_and_a_ward_not_read(text, expected):
    assert offices_of(text, published=dt.date(2025, 8, 12)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Phó Bí thư, Chủ tịch UBND xã": a commune's or ward's head is its party committee's (deputy) secretary
        (
            "Ông Phạm Quốc Huy, Phó Bí thư, Chủ tịch UBND xã Yên Thế phát biểu.",
            {("Phạm Quốc Huy", "Phó Bí thư Đảng ủy xã Yên Thế"), ("Phạm Quốc Huy", "Chủ tịch UBND xã Yên Thế")},
        ),
        (
            "Ông Trần Văn Nam - Bí thư, Chủ tịch HĐND xã Mường Nhé phát biểu.",
            {("Trần Văn Nam", "Bí thư Đảng ủy xã Mường Nhé"), ("Trần Văn Nam", "Chủ tịch HĐND xã Mường Nhé")},
        ),
        # … no commune named: whose, unknown
        ("Ông Phạm Quốc Huy, Phó Bí thư, Chủ tịch UBND xã phát biểu.", set()),
    ],
)
def test_a_communes_head_is_its_party_committees_secretary(text, expected):
    assert offices_of(text, published=dt.date(2025, 9, 20)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "TX." for "thị xã", glued to its name or not, as "TP." for "thành phố"
        ("Chiều 17.5, ông Hồ Văn Thịnh, Chủ tịch UBND TX.Ba Đồn (Quảng Bình), cho biết.",
         {("Hồ Văn Thịnh", "Chủ tịch UBND thị xã Ba Đồn")}),
        ("Tham dự có ông Trần Văn Thắng, Chủ tịch UBND TX Hương Trà.", {("Trần Văn Thắng", "Chủ tịch UBND thị xã Hương Trà")}),
        # a unit abbreviated in a way no unit word reads: a district's post, not the province's after it
        ("Tham dự có ông Trần Văn Thắng, Chủ tịch UBND H.Minh Hóa (Quảng Bình).", set()),
        ("Tham dự có bà Lê Thu Hà, Phó Chủ tịch UBND Q.Bình Thạnh (TP.HCM).", set()),
    ],
)
def test_a_town_abbreviated_and_a_unit_abbreviated_unread(text, expected):
    assert offices_of(text, published=dt.date(2022, 7, 15)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # set off after the holder's name: the village's name runs to where its capitalised words end
        ("Tại hội nghị, ông Lò Văn Sương, Trưởng khóm Ka Tăng và ông Bun-mi Xay-xổm, Trưởng bản Đen Sa Vẳn "
         "thông tin về tình hình an ninh.",
         {("Lò Văn Sương", "Trưởng khóm Ka Tăng"), ("Bun-mi Xay-xổm", "Trưởng bản Đen Sa Vẳn")}),
        ("Ông Cao Văn Hùng, Chủ tịch UBND xã Dân Hóa và ông Vông-xay Xi-phăn, Trưởng cụm bản Na Phàu đã ký văn bản.",
         {("Cao Văn Hùng", "Chủ tịch UBND xã Dân Hóa"), ("Vông-xay Xi-phăn", "Trưởng cụm bản Na Phàu")}),
        ("Bà Đinh Thị Hoa - Phó Trưởng thôn Đông Xá, phát biểu.", {("Đinh Thị Hoa", "Phó Trưởng thôn Đông Xá")}),
        # before the name: a middle name says where the holder's name starts
        ("Tại hội nghị, Trưởng bản Ka Tăng Hồ Văn Sinh và Trưởng bản Densavan Khăm Văn Phon đã ký quy chế.",
         {("Hồ Văn Sinh", "Trưởng bản Ka Tăng"), ("Khăm Văn Phon", "Trưởng bản Densavan")}),
        # … where nothing says it, the village's name and the holder's run on: left out
        ("Trưởng thôn Đông Xá Lê Hải phát biểu tại buổi lễ.", set()),
        # … and a person's name right after the unit word names no village
        ("Trưởng thôn Lê Văn Hải phát biểu tại buổi lễ.", set()),
    ],
)
def test_a_villages_head(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign unit's head whose role names its unit, set off after the holder's name: the unit the
        # gazetteer lacks is read from the capitalised words after the role's own unit word
        ("Phía bạn có ông Chea Vuthy - Phó Huyện trưởng huyện Kampong Rou; ông Meas Sarin - Xã trưởng xã Chrak Mtes "
         "cùng người dân hai xã.",
         {("Chea Vuthy", "Phó Huyện trưởng huyện Kampong Rou"), ("Meas Sarin", "Xã trưởng xã Chrak Mtes")}),
        ("Buổi ký có sự chứng kiến của ông Seo Jin-woo, Quận trưởng quận Yuseong (thành phố Daejeon).",
         {("Seo Jin-woo", "Quận trưởng quận Yuseong")}),
        ("Đoàn gặp bà Claire Dubois, Thị trưởng thành phố Boulogne-sur-Mer, để bàn hợp tác.",
         {("Claire Dubois", "Thị trưởng thành phố Boulogne-sur-Mer")}),
        ("Phía Trung Quốc có ông Vương Kiến Quốc, Trấn trưởng trấn Đông Hưng Bắc.",
         {("Vương Kiến Quốc", "Trấn trưởng trấn Đông Hưng Bắc")}),
        # not set off after a name: a name may follow the unit's and run on with it
        ("Tại Daejeon, Quận trưởng quận Yuseong Han Do-hyun phát biểu.", set()),
        ("Tại buổi lễ, Thị trưởng thành phố Boulogne Lefebvre Marc phát biểu.", set()),
        # … and a family name among the words may start one, where they run on
        ("Dự có ông Seo Jin-woo, Quận trưởng quận Yuseong Kim Min phát biểu.", set()),
        # … where they end at punctuation, it is the unit's ("Quan" of a Chinese town's name)
        ("Tham gia đoàn có ông Lý Hải Minh, Trấn trưởng trấn Hữu Nghị Quan.", {("Lý Hải Minh", "Trấn trưởng trấn Hữu Nghị Quan")}),
        # a body of a unit only foreign ones are: a Chinese town's party committee
        ("Phía bạn có ông Lý Hải Minh, Bí thư Đảng ủy trấn Đông Hưng và bà Hoàng Lệ, Phó Bí thư Đảng ủy trấn Thủy Khẩu.",
         {("Lý Hải Minh", "Bí thư Đảng ủy trấn Đông Hưng"), ("Hoàng Lệ", "Phó Bí thư Đảng ủy trấn Thủy Khẩu")}),
        # … not set off after a name
        ("Tại lễ, Bí thư Đảng ủy trấn Đông Hưng Lý Hải Minh phát biểu.", set()),
        # a foreign unit's council ("Hội đồng", a Vietnamese unit's being its HĐND), its unit unread: the
        # unit's name read from the text, never the article's region put in its place
        ("Tuần hàng Việt khai mạc tại vùng Grand Est (Pháp). Dự lễ có ông Pierre Lambert - Chủ tịch Hội đồng tỉnh "
         "Meuse và bà Anne Roux - Phó Chủ tịch Hội đồng tỉnh Vosges.",
         {("Pierre Lambert", "Chủ tịch Hội đồng tỉnh Meuse"), ("Anne Roux", "Phó Chủ tịch Hội đồng tỉnh Vosges")}),
        ("Tại vùng Grand Est, ông Paul Girard, Chủ tịch Hội đồng tỉnh Meuse, khẳng định tỉnh luôn chào đón nhà đầu tư.",
         {("Paul Girard", "Chủ tịch Hội đồng tỉnh Meuse")}),
        # … not set off after a name: the unit unread, and a "tỉnh" is not the "vùng" of the article around it
        ("Tuần hàng Việt khai mạc tại vùng Grand Est (Pháp). Chủ tịch Hội đồng tỉnh Meuse Pierre Lambert phát biểu.",
         set()),
        ("Đoàn làm việc tại vùng Krasnodar (Nga). Phó Chủ tịch Hội đồng tỉnh Ivan Petrov tiếp đoàn.", set()),
        # … while a "tỉnh" article's own council is the province's
        ("Đoàn làm việc tại tỉnh Gyeonggi (Hàn Quốc). Cùng dự có các ủy viên Hội đồng tỉnh Park Min-ho, Lee Soo-jin.",
         {("Park Min-ho", "Ủy viên Hội đồng tỉnh Gyeonggi"), ("Lee Soo-jin", "Ủy viên Hội đồng tỉnh Gyeonggi")}),
    ],
)
def test_a_foreign_units_head_its_unit_unread(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "A kiêm B <body>": one person holds both posts of the body named once
        (
            "Dự có đồng chí Trần Văn Khải, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
            {("Trần Văn Khải", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
             ("Trần Văn Khải", "Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam")},
        ),
        (
            "Ông Lê Văn Ba, Chủ tịch kiêm Tổng Thư ký Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh phát biểu.",
            {("Lê Văn Ba", "Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh"),
             ("Lê Văn Ba", "Tổng Thư ký Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh")},
        ),
        # … joined by a comma, "Chủ tịch, Tổng Thư ký" may be two persons' posts: no chair is read
        ("Dự có ông Lê Văn Ba, Chủ tịch, Tổng Thư ký Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh.", set()),
    ],
)
def test_two_posts_joined_by_kiem_share_the_body(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a commune's portal writes its unit word capitalised after the body: the ward's or commune's all the same,
        # never the province the article names
        ("UBND tỉnh Bắc Kạn tổ chức hội nghị. Dự có ông Hà Văn Tĩnh, Chủ tịch UBND Phường Đức Xuân.",
         {("Hà Văn Tĩnh", "Chủ tịch UBND phường Đức Xuân")}),
        ("UBND tỉnh Bắc Kạn tổ chức hội nghị. Kết quả kiểm phiếu, bà Lê Thị Mai trúng cử chức danh Phó Chủ tịch HĐND "
         "Xã Dương Quang.", {("Lê Thị Mai", "Phó Chủ tịch HĐND xã Dương Quang")}),
        ("UBND tỉnh Bắc Kạn tổ chức hội nghị. Ông Nông Văn Hùng, Bí thư Đảng ủy Thị trấn Chợ Rã, phát biểu.",
         {("Nông Văn Hùng", "Bí thư Đảng ủy thị trấn Chợ Rã")}),
        # … named by no commune, it is of none
        ("UBND tỉnh Bắc Kạn tổ chức hội nghị. Ông Nông Văn Hùng, Chủ tịch UBND Xã, phát biểu.", set()),
    ],
)
def test_a_capitalised_commune_unit_word_after_a_body(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of speech closes the speaker's title: no part of the association's name
        ("Phát biểu khai mạc, PGS.TS Lê Văn Hòa, Phó Chủ tịch Hội Di sản Văn hóa Việt Nam khẳng định: di sản là tài sản quý.",
         {("Lê Văn Hòa", "Phó Chủ tịch Hội Di sản Văn hóa Việt Nam")}),
        ("Phát biểu tại hội thảo, ông Lê Văn Hòa, Chủ tịch Hội Nhà báo Việt Nam nhấn mạnh, báo chí là cầu nối.",
         {("Lê Văn Hòa", "Chủ tịch Hội Nhà báo Việt Nam")}),
        ("Bà Trần Thị Mai, Phó Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An bày tỏ vui mừng trước kết quả hợp tác.",
         {("Trần Thị Mai", "Phó Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An")}),
    ],
)
def test_a_verb_of_speech_ends_the_bodys_name(text, expected):
    assert offices_of(text, published=dt.date(2019, 11, 20)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Arab and Islamic republics' styles before the country's name, after a diplomat's "tại"
        ("Dự có ông Đoàn Quốc Hưng, Đại sứ Việt Nam tại Cộng hòa Ả Rập Ai Cập.", {("Đoàn Quốc Hưng", "Đại sứ Việt Nam tại Ai Cập")}),
        ("Bà Hồ Thị Lan, Đại sứ Việt Nam tại Cộng hòa Hồi giáo Iran, phát biểu.", {("Hồ Thị Lan", "Đại sứ Việt Nam tại Iran")}),
        # … and no style the lexicon lacks: the seat unread, the post cut short
        ("Dự có ông Đoàn Quốc Hưng, Đại sứ Việt Nam tại Cộng hòa Tự trị Ai Cập.", set()),
    ],
)
def test_a_diplomats_seat_after_an_arab_or_islamic_republics_style(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the paired verbs of prevention and control ("phòng, chống") inside a committee's name, its number too
        ("Dự có Phó Thủ tướng, Trưởng Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19 Đỗ Minh Quân; Bộ trưởng Bộ Y tế "
         "Hà Văn Tín.",
         {("Đỗ Minh Quân", "Phó Thủ tướng Chính phủ"), ("Đỗ Minh Quân", "Trưởng Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19"),
          ("Hà Văn Tín", "Bộ trưởng Bộ Y tế")}),
        ("Ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống ma túy tỉnh Quảng Bình chủ trì.",
         {("Lê Văn Hùng", "Phó Chủ tịch UBND tỉnh Quảng Bình"),
          ("Lê Văn Hùng", "Trưởng Ban Chỉ đạo phòng, chống ma túy tỉnh Quảng Bình")}),
        # … a comma after "phòng" before another word still ends the name
        ("Bà Trần Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy Quảng Bình, chống chỉ định tăng giá.",
         {("Trần Thị Hoa", "Trưởng Ban Dân vận Tỉnh ủy Quảng Bình")}),
    ],
)
def test_a_committee_named_for_prevention_and_control(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Chinese autonomous region's chairman, named by the region (its unit word capitalised), before or after
        ("Tham dự có Chủ tịch Khu tự trị dân tộc Choang Quảng Tây Lam Vĩ Đông.",
         {("Lam Vĩ Đông", "Chủ tịch khu tự trị Quảng Tây")}),
        ("Tiếp đoàn có bà Mông Thị Hoa, Phó Chủ tịch khu tự trị Quảng Tây (Trung Quốc).",
         {("Mông Thị Hoa", "Phó Chủ tịch khu tự trị Quảng Tây")}),
        # … the region's consultative conference is another body
        ("Tiếp đoàn có ông Lam Vĩ Đông, Chủ tịch Chính hiệp Khu tự trị dân tộc Choang Quảng Tây.",
         {("Lam Vĩ Đông", "Chủ tịch Chính hiệp khu tự trị Quảng Tây")}),
    ],
)
def test_an_autonomous_regions_chairman(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # China's state councillors and the National People's Congress's chairman, the country named after them
        ("Ủy viên Quốc vụ Trung Quốc Vương Dũng tham dự và đọc diễn văn khai mạc.",
         {("Vương Dũng", "Ủy viên Quốc vụ Trung Quốc")}),
        ("Tiếp đoàn có ông Vương Dũng, Ủy viên Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc.",
         {("Vương Dũng", "Ủy viên Quốc vụ Trung Quốc"), ("Vương Dũng", "Bộ trưởng Bộ Ngoại giao Trung Quốc")}),
        ("Đáp lời mời của ông Triệu Minh, Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc Trung "
         "Quốc (Nhân đại Trung Quốc), đoàn sẽ sang thăm.",
         {("Triệu Minh", "Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc")}),
        ("Tiếp đoàn có bà Thẩm Lan, Phó Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc.",
         {("Thẩm Lan", "Phó Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc")}),
        # … the chairman named by his role alone: of no body the text names
        ("Chủ tịch Quốc hội hội đàm với Ủy viên trưởng Triệu Minh tại Bắc Kinh.", set()),
        # … a province's people's congress is the province's
        ("Tiếp đoàn có ông Triệu Minh, Chủ nhiệm Ủy ban Thường vụ Nhân đại tỉnh Vân Nam.",
         {("Triệu Minh", "Chủ nhiệm Ủy ban Thường vụ Nhân Đại tỉnh Vân Nam")}),
    ],
)
def test_chinas_state_councillor_and_congress_chairman(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ministry's department head ("Vụ trưởng Vụ X"), the country's; an ocean's name inside the department's
        ("Bộ trưởng bổ nhiệm bà Lê Thị Hạnh, Phó Vụ trưởng Vụ Tổ chức Cán bộ, giữ chức Vụ trưởng Vụ Đông Bắc Á - "
         "Nam Thái Bình Dương.",
         {("Lê Thị Hạnh", "Phó Vụ trưởng Vụ Tổ chức Cán bộ"), ("Lê Thị Hạnh", "Vụ trưởng Vụ Đông Bắc Á - Nam Thái Bình Dương")}),
        # … its ministry after a comma is the department's
        ("Ông Trần Quốc Bảo, Vụ trưởng Vụ Hợp tác quốc tế, Bộ Văn hóa, Thể thao và Du lịch, được bổ nhiệm giữ chức "
         "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch.",
         {("Trần Quốc Bảo", "Vụ trưởng Vụ Hợp tác quốc tế Bộ Văn hóa, Thể thao và Du lịch"),
          ("Trần Quốc Bảo", "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch")}),
        ("Ông Trần Quốc Bảo, Cục trưởng Cục Lãnh sự, Bộ Ngoại giao, được bổ nhiệm giữ chức Thứ trưởng Bộ Ngoại giao.",
         {("Trần Quốc Bảo", "Cục trưởng Cục Lãnh sự Bộ Ngoại giao"), ("Trần Quốc Bảo", "Thứ trưởng Bộ Ngoại giao")}),
        # … a lower-case "vụ" is another word's syllable: the title after it is read
        ("Ông Trần Quốc Bảo nhận nhiệm vụ Trưởng Ban Dân vận Tỉnh ủy Nghệ An.",
         {("Trần Quốc Bảo", "Trưởng Ban Dân vận Tỉnh ủy Nghệ An")}),
    ],
)
def test_a_ministrys_department_head(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign province's division, named before the province: its head is the province's
        ("Cùng đi có ông Choi Min-su, Trưởng phòng Hợp tác quốc tế tỉnh Gyeongsangbuk.",
         {("Choi Min-su", "Trưởng phòng Hợp tác quốc tế tỉnh Gyeongsang Bắc")}),
        ("Cùng đi có bà Sato Yumi, Phó Trưởng phòng Giao lưu quốc tế tỉnh Shizuoka (Nhật Bản).",
         {("Sato Yumi", "Phó Trưởng phòng Giao lưu quốc tế tỉnh Shizuoka")}),
        # … a Vietnamese province's divisions are its departments': whose, unknown
        ("Cùng đi có ông Lê Văn Hải, Trưởng phòng Hợp tác quốc tế tỉnh Nghệ An.", set()),
    ],
)
def test_a_foreign_provinces_division_head(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a steering committee named by the plural of what it steers: no province's 'Ban Chỉ đạo'
        ("Tham dự có Phó Thủ tướng Chính phủ Lê Văn Hòa - Trưởng Ban Chỉ đạo các Hội chợ quốc gia; "
         "Chủ tịch UBND thành phố Hà Nội Trần Văn Nam.",
         {("Lê Văn Hòa", "Phó Thủ tướng Chính phủ"), ("Trần Văn Nam", "Chủ tịch UBND thành phố Hà Nội")}),
        ("Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Nghệ An dự hội nghị.",
         {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh Nghệ An")}),
        # near-miss: the province's own steering committee, and one named, stay
        ("Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Nghệ An, Trưởng Ban Chỉ đạo tỉnh dự hội nghị.",
         {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh Nghệ An"), ("Lê Văn Hòa", "Trưởng Ban Chỉ đạo tỉnh Nghệ An")}),
        ("Ông Lê Văn Hòa, Trưởng Ban Chỉ đạo Tây Nguyên dự hội nghị.", {("Lê Văn Hòa", "Trưởng Ban Chỉ đạo Tây Nguyên")}),
    ],
)
def test_a_steering_committee_of_listed_things_is_no_provinces(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Front's central committee written without "Việt Nam", its local committees as "UBMTTQVN"
        ("Ông Hà Văn Tĩnh, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc, dự lễ.",
         {("Hà Văn Tĩnh", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")}),
        ("Bà Lê Thị Mai, Chủ tịch UBTƯ MTTQ, tiếp đoàn.", {("Lê Thị Mai", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")}),
        ("Dự có ông Hà Văn Tĩnh - Chủ tịch UBMTTQVN phường Đức Xuân.",
         {("Hà Văn Tĩnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Đức Xuân")}),
        # near-miss: a province's committee stays the province's
        ("Ông Hà Văn Tĩnh, Chủ tịch Ủy ban MTTQ tỉnh Lạng Sơn, dự lễ.",
         {("Hà Văn Tĩnh", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn")}),
    ],
)
def test_the_fronts_central_and_local_committees_short_forms(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of saying after a title ends the body's name: "…, Trưởng ban Chỉ đạo Tây Nguyên nhấn mạnh: …"
        (
            "Phát biểu tại buổi lễ, đồng chí Lê Văn Ba, Trưởng ban Chỉ đạo Tây Nguyên nhấn mạnh: lễ hội là dịp quảng bá.",
            {("Lê Văn Ba", "Trưởng Ban Chỉ đạo Tây Nguyên")},
        ),
        (
            "Ông Lê Văn Ba, Trưởng Ban Chỉ đạo Tây Bắc cảm ơn các đại biểu đã tới dự.",
            {("Lê Văn Ba", "Trưởng Ban Chỉ đạo Tây Bắc")},
        ),
        # … a lower-case word of the name itself runs on
        (
            "Ông Lê Văn Ba, Phó Trưởng ban Chỉ đạo công tác biên giới tỉnh Lai Châu dự họp.",
            {("Lê Văn Ba", "Phó Trưởng Ban Chỉ đạo công tác biên giới tỉnh Lai Châu")},
        ),
    ],
)
def test_a_verb_of_saying_ends_a_bodys_name(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a committee membership written in lower case ("huyện ủy viên", as council news writes it) keeps the
        # person's chain of titles going
        ("HĐND xã Duy Hòa bầu ông Lê Văn Tám – huyện ủy viên, Bí thư Đảng ủy xã giữ chức Chủ tịch HĐND xã Duy Hòa.",
         {("Lê Văn Tám", "Chủ tịch HĐND xã Duy Hòa")}),
        ("Ông Lê Văn Tám, thành ủy viên, Chủ tịch UBND quận Hải Châu dự lễ.",
         {("Lê Văn Tám", "Thành ủy viên Đà Nẵng"), ("Lê Văn Tám", "Chủ tịch UBND quận Hải Châu")}),
        # near-miss: the members as a group are no one's post
        ("Các tỉnh ủy viên đã bỏ phiếu bầu ông Lê Văn Tám.", set()),
    ],
)
def test_a_lower_case_committee_membership(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the command itself ("Bộ Tư lệnh Quân khu 5") is a body, no commander's post of the next name
        ("Theo quyết định của Bộ Tư lệnh Quân khu 5, Thượng tá Trần Văn Hùng được bổ nhiệm giữ chức vụ Chỉ huy "
         "trưởng Ban CHQS huyện Đại Lộc.",
         {("Trần Văn Hùng", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Đại Lộc")}),
        ("Đại diện Bộ Tư lệnh Quân khu 7, Đại tá Trần Văn Hùng phát biểu.", set()),
        # near-misses: a commander's post, and one of a command named whole
        ("Trung tướng Trần Văn Hùng, Tư lệnh Quân khu 7 dự.", {("Trần Văn Hùng", "Tư lệnh Quân khu 7")}),
        ("Trung tướng Trần Văn Hùng, Phó Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội dự.",
         {("Trần Văn Hùng", "Phó Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội")}),
    ],
)
def test_a_command_named_is_no_commanders_post(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an army unit's political head ("Chủ nhiệm Chính trị"), a role of its own before the unit
        ("Thủ tướng Chính phủ bổ nhiệm Thiếu tướng La Văn Tám, Phó Chủ nhiệm Chính trị Quân khu 1 giữ chức Phó "
         "Chính ủy Quân khu 1, Bộ Quốc phòng.",
         {("La Văn Tám", "Phó Chủ nhiệm Chính trị Quân khu 1"), ("La Văn Tám", "Phó Chính ủy Quân khu 1")}),
        ("Đại tá Lê Văn Tám, Chủ nhiệm Chính trị Bộ CHQS tỉnh Lạng Sơn dự lễ.",
         {("Lê Văn Tám", "Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh Lạng Sơn")}),
        # near-miss: a faculty's head is no post here
        ("Ông Lê Văn Tám, Chủ nhiệm Khoa Chính trị Trường Đại học Vinh dự lễ.", set()),
    ],
)
def test_an_army_units_political_head(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit told in a quoted description, not named: the post is no province's
        ("HĐND phường Hạc Thành, tỉnh Thanh Hóa họp. Ông Lê Văn Tám, tân Chủ tịch UBND \"siêu phường\" phát biểu.", set()),
        ("Ông Lê Văn Tám, tân Chủ tịch UBND “xã đảo” ở Quảng Ninh phát biểu.", set()),
        # near-miss: the province named after the title, a quote elsewhere
        ("Ông Lê Văn Tám, Chủ tịch UBND tỉnh Thanh Hóa, nói về \"siêu phường\".",
         {("Lê Văn Tám", "Chủ tịch UBND tỉnh Thanh Hóa")}),
    ],
)
def test_a_unit_told_in_quotes_is_not_the_province(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Front's secretary-general is one of its vice-chairs, the body written once, on the second title
        ("Bà Lê Thị Hoa, Ủy viên Trung ương Đảng, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam dự lễ.",
         {("Lê Thị Hoa", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
          ("Lê Thị Hoa", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
          ("Lê Thị Hoa", "Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam")}),
        ("Hội nghị bầu bà Lê Thị Hoa giữ chức Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
         {("Lê Thị Hoa", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
          ("Lê Thị Hoa", "Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam")}),
        # near-miss: a vice-chair of another body, a comma between: each title keeps its own body
        ("Ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh, Tổng Thư ký Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An dự.",
         {("Lê Văn Tám", "Phó Chủ tịch UBND tỉnh Nghệ An"), ("Lê Văn Tám", "Tổng Thư ký Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An")}),
    ],
)
def test_the_fronts_vice_chair_and_secretary_general(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # departments abbreviated with hyphens only ("Sở TT-TT", "Sở LĐ-TB-XH", "Sở LĐ-TBXH")
        ("Điều động ông Lê Văn Tám, Phó giám đốc Sở LĐ-TB-XH giữ chức Phó chánh Thanh tra tỉnh Quảng Nam.",
         {("Lê Văn Tám", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam"),
          ("Lê Văn Tám", "Phó Chánh Thanh tra tỉnh Quảng Nam")}),
        ("Bà Lê Thị Hoa, Giám đốc Sở LĐ-TBXH tỉnh Quảng Nam dự lễ.",
         {("Lê Thị Hoa", "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam")}),
        ("Ông Trần Văn Hùng, Phó giám đốc Sở TT-TT tỉnh Quảng Nam dự lễ.",
         {("Trần Văn Hùng", "Phó Giám đốc Sở Thông tin và Truyền thông tỉnh Quảng Nam")}),
        # near-miss: the new post named with "Sở" alone after another department: left out
        ("Tỉnh Quảng Nam điều động ông Trần Văn Hùng, Phó giám đốc Sở TT-TT đến nhận công tác tại Sở KH-CN và bổ "
         "nhiệm giữ chức Phó giám đốc Sở.",
         {("Trần Văn Hùng", "Phó Giám đốc Sở Thông tin và Truyền thông tỉnh Quảng Nam")}),
    ],
)
def test_departments_abbreviated_with_hyphens(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place's own country written bare after it, then the holder's name: the country ends the title
        # and starts no name
        ("Chủ nhiệm Ủy ban Thường vụ Đại hội Đại biểu Nhân dân TP Thượng Hải Trung Quốc Lục Mỹ Vân cho rằng "
         "hai thành phố có nhiều điểm tương đồng.",
         {("Lục Mỹ Vân", "Chủ nhiệm Ủy ban Thường vụ ĐHĐBND thành phố Thượng Hải")}),
        ("Thị trưởng thành phố Côn Minh Trung Quốc Lưu Kiến Hoa cho biết hai bên sẽ tăng cường hợp tác.",
         {("Lưu Kiến Hoa", "Thị trưởng thành phố Côn Minh")}),
        ("Tỉnh trưởng tỉnh Chăm-pa-sắc Lào Bun Mi Xay-xổm-phon cảm ơn sự đón tiếp.",
         {("Bun Mi Xay-xổm-phon", "Tỉnh trưởng tỉnh Chăm-pa-sắc")}),
        # near-misses: a Vietnamese province after the place is no country of it (and no holder follows);
        # the country set off after the title, the holder named before
        ("Thị trưởng thành phố Côn Minh Lào Cai cũng tham dự.", set()),
        ("Ông Bun Mi Xay-xổm-phon, Tỉnh trưởng tỉnh Chăm-pa-sắc, Lào, cảm ơn.",
         {("Bun Mi Xay-xổm-phon", "Tỉnh trưởng tỉnh Chăm-pa-sắc")}),
    ],
)
def test_the_places_own_country_before_the_holders_name(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Khu tự trị" written capitalised after a title, its name left to the sibling: the region's
        # government, never the country's ("Chủ tịch Chính phủ" alone would be)
        ("Tiếp đoàn có ông Lưu Văn Ninh, Phó Bí thư Đảng ủy Khu tự trị dân tộc Choang Quảng Tây, Chủ tịch Chính phủ "
         "Khu tự trị.", {("Lưu Văn Ninh", "Phó Bí thư Đảng ủy khu tự trị Quảng Tây")}),
        ("Ông Lưu Văn Ninh, Bí thư Khu ủy Quảng Tây, Phó Chủ tịch Chính phủ Khu tự trị, hội kiến đoàn.",
         {("Lưu Văn Ninh", "Bí thư Khu ủy Quảng Tây")}),
        # near-miss: the region named in full stays read
        ("Tham dự có ông Lâm Thế Kiệt, Phó Chủ tịch Chính phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây.",
         {("Lâm Thế Kiệt", "Phó Chủ tịch Chính phủ nhân dân khu tự trị Quảng Tây")}),
    ],
)
def test_an_autonomous_region_written_capitalised_and_bare(text, expected):
    assert offices_of(text) == expected


# A foreign place after its unit word capitalised as part of its name ("HĐND Thành phố Thượng Hải",
# "Thống đốc Tỉnh Gunma") qualifies the title as the lower-case unit word does.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chủ tịch Hội đồng Nhân dân Thành phố Thượng Hải Lưu Chí Cường thay mặt đoàn bày tỏ vui mừng.",
         {("Lưu Chí Cường", "Chủ tịch HĐND thành phố Thượng Hải")}),
        ("Ông Lưu Chí Cường, Chủ tịch HĐND Thành phố Thượng Hải, phát biểu.",
         {("Lưu Chí Cường", "Chủ tịch HĐND thành phố Thượng Hải")}),
        ("Thống đốc Tỉnh Gunma Yamada Kenji phát biểu.", {("Yamada Kenji", "Thống đốc tỉnh Gunma")}),
        # near-miss: a bare capitalised "Thành phố" after a body names no foreign place
        ("Phó Chủ tịch UBND Thành phố Lê Văn Tùng phát biểu.", set()),
    ],
)
def test_a_capitalised_unit_word_before_a_foreign_place(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Trung ương Đoàn": the Youth Union's central committee; its commissions are not the Party's
        ("Đoàn Việt Nam do bà Bùi Diễm Hường, Ủy viên Ban chấp hành, Phó Trưởng ban Quốc tế Trung ương Đoàn Thanh niên "
         "Cộng sản Hồ Chí Minh, dẫn đầu tham dự.",
         {("Bùi Diễm Hường", "Phó Trưởng Ban Quốc tế Trung ương Đoàn")}),
        ("Cùng dự có anh Nguyễn Minh Triết, Trưởng Ban Tổ chức Trung ương Đoàn.",
         {("Nguyễn Minh Triết", "Trưởng Ban Tổ chức Trung ương Đoàn")}),
        ("Cùng dự có anh Nguyễn Minh Triết, Phó Trưởng Ban Tuyên giáo Trung ương Đoàn TNCS Hồ Chí Minh.",
         {("Nguyễn Minh Triết", "Phó Trưởng Ban Tuyên giáo Trung ương Đoàn")}),
        # near miss: a person of the family name Đoàn after the Party's commission
        ("Cùng dự có Trưởng Ban Tổ chức Trung ương Đoàn Minh Hưng.",
         {("Đoàn Minh Hưng", "Trưởng Ban Tổ chức Trung ương")}),
    ],
)
def test_a_commission_of_the_youth_unions_central_committee(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ministry's department named by its fields parted by commas: the whole name, never cut at the comma
        ("Bà Lê Thị Hạnh, Phó Vụ trưởng Vụ Văn hóa, Giáo dục, Bộ Ngoại giao, dự lễ.",
         {("Lê Thị Hạnh", "Phó Vụ trưởng Vụ Văn hóa, Giáo dục Bộ Ngoại giao")}),
        ("Ông Trần Văn Khải, Vụ trưởng Vụ Văn hóa, Giáo dục dự buổi làm việc.",
         {("Trần Văn Khải", "Vụ trưởng Vụ Văn hóa, Giáo dục")}),
        ("Bà Lê Thị Hạnh, Phó Vụ trưởng Vụ Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng, dự lễ.",
         {("Lê Thị Hạnh", "Phó Vụ trưởng Vụ Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng")}),
        ("Ông Trần Văn Khải, Vụ trưởng Vụ Thi đua, Khen thưởng, Bộ Nội vụ, phát biểu.",
         {("Trần Văn Khải", "Vụ trưởng Vụ Thi đua, Khen thưởng Bộ Nội vụ")}),
        # near-misses: a comma before the ministry, or before the next holder, ends the department's name
        ("Ông Trần Văn Khải, Vụ trưởng Vụ Văn hóa, Bộ Ngoại giao, phát biểu.",
         {("Trần Văn Khải", "Vụ trưởng Vụ Văn hóa Bộ Ngoại giao")}),
        ("Ông Trần Văn Khải, Vụ trưởng Vụ Châu Âu, bà Lê Thị Hạnh, Vụ trưởng Vụ Văn hóa, Giáo dục, đã dự.",
         {("Trần Văn Khải", "Vụ trưởng Vụ Châu Âu"), ("Lê Thị Hạnh", "Vụ trưởng Vụ Văn hóa, Giáo dục")}),
    ],
)
def test_a_ministry_department_named_by_fields_parted_by_commas(text, expected):
    assert offices_of(text) == expected


# A bare secretary joined to the governor's (or the council chair's) post by "kiêm" ("Bí thư kiêm
# Tỉnh trưởng tỉnh Champasak") is the province's party secretary, as with a comma.
@pytest.mark.parametrize("text, expected", [
    ("Dự buổi lễ có ông Vi-lay Khăm-phon, Bí thư kiêm Tỉnh trưởng tỉnh Champasak.",
     {("Vi-lay Khăm-phon", "Bí thư Tỉnh ủy Chăm-pa-sắc"), ("Vi-lay Khăm-phon", "Tỉnh trưởng tỉnh Chăm-pa-sắc")}),
    ("Đoàn do ông Vi-lay Khăm-phon, Phó Bí thư kiêm Phó Tỉnh trưởng tỉnh Salavan dẫn đầu.",
     {("Vi-lay Khăm-phon", "Phó Bí thư Tỉnh ủy Sa-la-van"), ("Vi-lay Khăm-phon", "Phó Tỉnh trưởng tỉnh Sa-la-van")}),
    ("Ông Lê Văn Tâm, Phó Bí thư kiêm Chủ tịch UBND tỉnh Đồng Tháp phát biểu.",
     {("Lê Văn Tâm", "Phó Bí thư Tỉnh ủy Đồng Tháp"), ("Lê Văn Tâm", "Chủ tịch UBND tỉnh Đồng Tháp")}),
])
def test_a_bare_secretary_joined_by_kiem(text, expected):
    assert offices_of(text) == expected


def test_a_bare_secretary_joined_by_kiem_to_a_department_is_no_provincial_secretary():
    text = "Ông Ly Sa-vet, Bí thư kiêm Giám đốc Sở Nông nghiệp tỉnh Takeo phát biểu."
    assert not any(o.startswith("Bí thư") for _, o in offices_of(text))


@pytest.mark.parametrize(
    "text, office",
    [
        # an event's committee is named by its event's whole name: its place and its edition are the event's
        ("Ông Trần Văn An, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế, Trưởng ban Tổ chức Festival Huế lần thứ X cho biết.",
         "Trưởng Ban Tổ chức Festival Huế lần thứ X"),
        ("Bà Lê Thị Hoa - Phó Trưởng Ban Tổ chức Lễ hội Cà phê Buôn Ma Thuột năm 2025 phát biểu.",
         "Phó Trưởng Ban Tổ chức Lễ hội Cà phê Buôn Ma Thuột năm 2025"),
        ("Ông Đinh Văn Hậu, Trưởng Ban Chỉ đạo Đại hội Thể dục thể thao tỉnh Nghệ An lần thứ IX phát biểu.",
         "Trưởng Ban Chỉ đạo Đại hội Thể dục thể thao tỉnh Nghệ An lần thứ IX"),
        ("Ông Phạm Quang Huy, Trưởng ban Tổ chức Festival Biển Nha Trang 2023 cho biết.",
         "Trưởng Ban Tổ chức Festival Biển Nha Trang 2023"),
    ],
)
def test_an_event_committee_is_named_by_its_whole_event(text, office):
    offices = {o for _, o in offices_of(text)}
    assert office in offices
    assert not any(o.startswith(office.split(" Huế")[0] + " tỉnh") or o.endswith("thành phố Nha Trang") for o in offices)


def test_a_party_committee_named_ban_to_chuc_is_no_event_committee():
    # near-miss: the province's party organisation board stays the province's
    assert ("Lê Văn Sáu", "Trưởng Ban Tổ chức Tỉnh ủy Quảng Nam") in offices_of(
        "Ông Lê Văn Sáu, Trưởng Ban Tổ chức Tỉnh ủy Quảng Nam phát biểu.")


# "Chánh Văn phòng Trung ương Đảng" followed by a foreign party's name is that party's office, read to the
# party's end: the holder's name starts after it; the Vietnamese party's office keeps its own form.
@pytest.mark.parametrize("text, expected", [
    ("Dự lễ có Chánh Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào Thoong-đăm Xỉ-pha-seo, "
     "Đại sứ Lào tại Việt Nam Xay-nhạ-phon Kẹo-la-vông.",
     {("Thoong-đăm Xỉ-pha-seo", "Chánh Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào"),
      ("Xay-nhạ-phon Kẹo-la-vông", "Đại sứ Lào tại Việt Nam")}),
    ("Ông Thoong-đăm Xỉ-pha-seo, Chánh Văn phòng Trung ương Đảng NDCM Lào, dự lễ.",
     {("Thoong-đăm Xỉ-pha-seo", "Chánh Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào")}),
    ("Đồng chí Vũ Đình Khải, Chánh Văn phòng Trung ương Đảng, phát biểu.",
     {("Vũ Đình Khải", "Chánh Văn phòng Trung ương Đảng")}),
])
def test_the_central_office_of_a_foreign_party(text, expected):
    assert offices_of(text) == expected


# "Hiệp hội" heads a named association as "Hội" does ("Chủ tịch Hiệp hội Doanh nghiệp tỉnh Hòa Bình"), the
# host of a business delegation; an association whose name runs on to its seat ("… Hàn Quốc tại Việt Nam")
# is not read, never cut short into another one.
@pytest.mark.parametrize("text, expected", [
    ("Tiếp đoàn có ông Nguyễn Văn Sơn – Chủ tịch Hiệp hội Doanh nghiệp tỉnh Hòa Bình cùng lãnh đạo các hội.",
     {("Nguyễn Văn Sơn", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh Hòa Bình")}),
    ("Phó Chủ tịch Hiệp hội Du lịch tỉnh Khánh Hòa Lê Thị Lan giới thiệu sản phẩm.",
     {("Lê Thị Lan", "Phó Chủ tịch Hiệp hội Du lịch tỉnh Khánh Hòa")}),
    ("Ông Kim Jae-ho, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam (KoCham) phát biểu.", set()),
    ("Ông Kim Jae-ho, Chủ tịch Hội Doanh nhân Hàn Quốc tại Bình Dương phát biểu.", set()),
])
def test_a_named_association_headed_by_hiep_hoi(text, expected):
    assert offices_of(text) == expected
