"""Pairing persons with titles and qualifying the titles, through the whole pipeline
(invented persons and sentences, real places)."""
import datetime as dt

import pytest

from tests.extract.test_run import facts_of, offices_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ethnic-minority family name the list lacks, its middle name Vietnamese: the host's officials,
        # not guests of the foreign province the sentence names
        (
            "UBND tỉnh Ninh Thuận tổ chức hội nghị. Dự có ông Kim Jae-ho, Phó Tỉnh trưởng tỉnh Gangwon (Hàn Quốc). "
            "Về phía tỉnh có các đồng chí: Đàng Văn Lợi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Chamaléa Thị Thủy, "
            "Phó Chủ tịch UBND tỉnh.",
            {("Kim Jae-ho", "Phó Tỉnh trưởng tỉnh Gangwon"), ("Đàng Văn Lợi", "Phó Bí thư Tỉnh ủy Ninh Thuận"),
             ("Đàng Văn Lợi", "Chủ tịch UBND tỉnh Ninh Thuận"), ("Chamaléa Thị Thủy", "Phó Chủ tịch UBND tỉnh Ninh Thuận")},
        ),
        # a city's delegation: its leader's Thành ủy and council are the city's, not its province's
        (
            "Đoàn thành phố Móng Cái do ông Hoàng Văn Nam, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố dẫn đầu "
            "đã sang thăm Trung Quốc.",
            {("Hoàng Văn Nam", "Phó Bí thư Thành ủy Móng Cái"), ("Hoàng Văn Nam", "Chủ tịch UBND thành phố Móng Cái")},
        ),
        # … a province's delegation says nothing of which city
        ("Đoàn tỉnh Lạng Sơn do ông Hoàng Văn Nam, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố dẫn đầu.", set()),
        # a Chinese city's party committee (Thị ủy) is that of the city its mayor heads
        (
            "Tại buổi tiếp, ông Lý Quốc Cường, Phó Bí thư Thị ủy, Thị trưởng thành phố Bằng Tường (Quảng Tây, "
            "Trung Quốc) giới thiệu tiềm năng của thành phố.",
            {("Lý Quốc Cường", "Phó Bí thư Thị ủy Bằng Tường"), ("Lý Quốc Cường", "Thị trưởng thành phố Bằng Tường")},
        ),
        # a city's standing board, written with or without "Ban", is the city's, as its council is
        (
            "Ông Lê Văn Hòa, Ủy viên Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố Móng Cái dự lễ.",
            {("Lê Văn Hòa", "Ủy viên Ban Thường vụ Thành ủy Móng Cái"), ("Lê Văn Hòa", "Phó Chủ tịch UBND thành phố Móng Cái")},
        ),
        (
            "Ông Lê Văn Hòa, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố Móng Cái dự lễ.",
            {("Lê Văn Hòa", "Ủy viên Ban Thường vụ Thành ủy Móng Cái"), ("Lê Văn Hòa", "Phó Chủ tịch UBND thành phố Móng Cái")},
        ),
        (
            "Đoàn có ông Trương Vĩ, Ủy viên Thường vụ Thành ủy, Phó Thị trưởng thành phố Bằng Tường (Quảng Tây, Trung Quốc).",
            {("Trương Vĩ", "Ủy viên Ban Thường vụ Thành ủy Bằng Tường"), ("Trương Vĩ", "Phó Thị trưởng thành phố Bằng Tường")},
        ),
        # a transfer told before the new post: where to, then the committee the person joins
        (
            "Ông Nguyễn Văn Bình, Thứ trưởng Bộ Xây dựng, được điều động về địa phương, chỉ định tham gia Ban "
            "Thường vụ Tỉnh ủy, giữ chức Phó Bí thư Tỉnh ủy Thanh Hóa nhiệm kỳ 2025 - 2030.",
            {("Nguyễn Văn Bình", "Phó Bí thư Tỉnh ủy Thanh Hóa"), ("Nguyễn Văn Bình", "Thứ trưởng Bộ Xây dựng"),
             ("Nguyễn Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy Thanh Hóa")},
        ),
        (
            "Bà Lê Thị Mai, Phó Giám đốc Sở Y tế, được điều động đến Sở Nội vụ, giữ chức Phó Giám đốc Sở Nội vụ tỉnh Hà Tĩnh.",
            {("Lê Thị Mai", "Phó Giám đốc Sở Nội vụ tỉnh Hà Tĩnh"), ("Lê Thị Mai", "Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh")},
        ),
        # a title's term set off by commas, then the person's next title
        (
            "Ông Lương Văn Tâm, Phó Bí thư Tỉnh ủy, nhiệm kỳ 2020-2025, Chủ tịch HĐND tỉnh Ninh Thuận khóa XI dự họp.",
            {("Lương Văn Tâm", "Phó Bí thư Tỉnh ủy Ninh Thuận"), ("Lương Văn Tâm", "Chủ tịch HĐND tỉnh Ninh Thuận")},
        ),
        (
            "Kỳ họp bầu ông Lương Văn Tâm hiện giữ chức vụ Phó Bí thư Tỉnh ủy, khóa XIV, nhiệm kỳ 2020-2025, Phó Chủ "
            "tịch HĐND tỉnh Ninh Thuận.",
            {("Lương Văn Tâm", "Phó Bí thư Tỉnh ủy Ninh Thuận"), ("Lương Văn Tâm", "Phó Chủ tịch HĐND tỉnh Ninh Thuận")},
        ),
        # a foreign national post told with its country first, then without it: still that country's
        (
            "Phó Thủ tướng Campuchia Sok Vanna tiếp đoàn tỉnh Tây Ninh. Sau đó, đoàn hội kiến Phó Thủ tướng Sok Vanna.",
            {("Sok Vanna", "Phó Thủ tướng Campuchia")},
        ),
        # … first with its government's name, then bare: the country all the same
        (
            "Phó Thủ tướng Chính phủ Lào Xổm-phăn Keo-la tiếp đoàn. Phó Thủ tướng Xổm-phăn Keo-la (phải) và Thứ trưởng "
            "Lê Văn Tâm.",
            {("Xổm-phăn Keo-la", "Phó Thủ tướng Chính phủ Lào"), ("Xổm-phăn Keo-la", "Phó Thủ tướng Lào")},
        ),
        # … another person's bare post is not of that country
        (
            "Phó Thủ tướng Chính phủ Lào Xổm-phăn Keo-la tiếp đoàn. Phó Thủ tướng Lê Văn Tâm dự.",
            {("Xổm-phăn Keo-la", "Phó Thủ tướng Chính phủ Lào"), ("Lê Văn Tâm", "Phó Thủ tướng Chính phủ")},
        ),
        # a Chinese prefecture ("châu") qualifies a title as a province does
        (
            "Ông Trương Minh, Chủ tịch Chính phủ nhân dân châu Hồng Hà, Trung Quốc phát biểu tại hội đàm.",
            {("Trương Minh", "Chủ tịch Chính phủ nhân dân châu Hồng Hà")},
        ),
        # a Chinese region's foreign affairs office, in either case
        (
            "Đoàn do bà Lý Mai, Chủ nhiệm Văn phòng Ngoại sự tỉnh Vân Nam làm Trưởng đoàn.",
            {("Lý Mai", "Chủ nhiệm Văn phòng Ngoại sự tỉnh Vân Nam")},
        ),
        (
            "Phó Chủ nhiệm Văn phòng ngoại sự châu Hồng Hà Lý Mai chào mừng đoàn tỉnh Lào Cai.",
            {("Lý Mai", "Phó Chủ nhiệm Văn phòng Ngoại sự châu Hồng Hà")},
        ),
        # a capitalised term between the title and the name is no part of the name
        (
            "Chủ tịch HĐND tỉnh Nghệ An Khóa XVIII Lê Văn Tâm phát biểu khai mạc kỳ họp.",
            {("Lê Văn Tâm", "Chủ tịch HĐND tỉnh Nghệ An")},
        ),
        # a shared title's list after a colon, its honorific capitalised
        (
            "Các Phó Chủ tịch UBND tỉnh Cà Mau gồm: Bà Trần Thị Lan và ông Lê Văn Hòa.",
            {("Trần Thị Lan", "Phó Chủ tịch UBND tỉnh Cà Mau"), ("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh Cà Mau")},
        ),
        (
            "Bộ Chính trị chỉ định các Phó Bí thư Tỉnh ủy Cà Mau nhiệm kỳ mới gồm: Ông Lê Văn Hòa, Phó bí thư thường "
            "trực; bà Trần Thị Lan, Phó bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.",
            {("Lê Văn Hòa", "Phó Bí thư Tỉnh ủy Cà Mau"), ("Trần Thị Lan", "Phó Bí thư Tỉnh ủy Cà Mau"),
             ("Trần Thị Lan", "Chủ tịch HĐND tỉnh Cà Mau")},
        ),
        # a council member's title (capitalised), its terms set off by commas, then the new post
        (
            "Bà Lê Thị Hoa, Phó Bí thư Tỉnh ủy, Đại biểu HĐND tỉnh khóa XIX, nhiệm kỳ 2021 - 2026, được bầu giữ chức "
            "Chủ tịch HĐND tỉnh Hà Giang.",
            {("Lê Thị Hoa", "Phó Bí thư Tỉnh ủy Hà Giang"), ("Lê Thị Hoa", "Đại biểu HĐND tỉnh Hà Giang"),
             ("Lê Thị Hoa", "Chủ tịch HĐND tỉnh Hà Giang")},
        ),
        # … in lower case, the council's members are the attendees: no one's title
        ("Các đại biểu HĐND tỉnh Hà Giang bầu ông Lê Văn Hòa giữ chức Phó Chủ tịch UBND tỉnh.",
         {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh Hà Giang")}),
        # "Chánh Thanh tra tỉnh" is no person "Chánh Thanh": the head of the province's Thanh tra
        (
            "Ông Hà Văn Dũng, Tỉnh ủy viên, Chánh Thanh tra tỉnh giữ chức vụ Giám đốc Sở Tài chính tỉnh Thái Nguyên.",
            {("Hà Văn Dũng", "Giám đốc Sở Tài chính tỉnh Thái Nguyên"), ("Hà Văn Dũng", "Tỉnh ủy viên Thái Nguyên"),
             ("Hà Văn Dũng", "Chánh Thanh tra tỉnh Thái Nguyên")},
        ),
        # … its deputy, named after a transfer to it
        (
            "Bà Lê Thị Mai, Phó Giám đốc Sở Tài chính, được điều động đến Thanh tra tỉnh, giữ chức Phó Chánh Thanh "
            "tra tỉnh Hà Tĩnh.",
            {("Lê Thị Mai", "Phó Chánh Thanh tra tỉnh Hà Tĩnh"), ("Lê Thị Mai", "Phó Giám đốc Sở Tài chính tỉnh Hà Tĩnh")},
        ),
        # the author of a decision, set off by a comma before the appointee, is not the appointee
        (
            "Theo Quyết định của Chủ tịch UBND tỉnh, ông Lê Văn Hòa, Phó Giám đốc Sở Y tế giữ chức vụ Giám đốc "
            "Sở Y tế tỉnh Bắc Kạn.",
            {("Lê Văn Hòa", "Phó Giám đốc Sở Y tế tỉnh Bắc Kạn"), ("Lê Văn Hòa", "Giám đốc Sở Y tế tỉnh Bắc Kạn")},
        ),
        # … who signed it, named right after the title, is its holder
        (
            "Quyết định của Chủ tịch UBND tỉnh Bắc Kạn Lê Văn Hòa có hiệu lực từ ngày ký.",
            {("Lê Văn Hòa", "Chủ tịch UBND tỉnh Bắc Kạn")},
        ),
        # a consulate's office ("Văn phòng Lãnh sự …") names no consul
        (
            "Thay mặt đoàn công tác của Văn phòng Lãnh sự Hàn Quốc tại Đà Nẵng, ông Kim Jin-ho cảm ơn sự đón tiếp "
            "của tỉnh Quảng Nam.",
            set(),
        ),
        # the person's age between the name and the titles
        (
            "Ông Đặng Văn Hùng, 54 tuổi, Phó Chủ tịch UBND tỉnh Gia Lai, được bầu giữ chức Chủ tịch UBND tỉnh Gia Lai.",
            {("Đặng Văn Hùng", "Phó Chủ tịch UBND tỉnh Gia Lai"), ("Đặng Văn Hùng", "Chủ tịch UBND tỉnh Gia Lai")},
        ),
        # personnel news naming the post first: "… được chỉ định là ông A"
        (
            "Chủ tịch UBND tỉnh Quảng Trị được chỉ định là ông Hồ Văn Lâm. Ông Lâm sinh năm 1973.",
            {("Hồ Văn Lâm", "Chủ tịch UBND tỉnh Quảng Trị")},
        ),
        (
            "Các Phó Chủ tịch HĐND tỉnh Quảng Trị được chỉ định là ông Hồ Văn Lâm và bà Lê Thị Hạnh.",
            {("Hồ Văn Lâm", "Phó Chủ tịch HĐND tỉnh Quảng Trị"), ("Lê Thị Hạnh", "Phó Chủ tịch HĐND tỉnh Quảng Trị")},
        ),
        # "bầu … vào chức danh X" names the post as "làm" does, past the persons' present titles
        (
            "HĐND tỉnh Gia Lai đã bầu các ông Lê Văn An, Phó Chủ tịch HĐND tỉnh khóa XI và ông Đỗ Minh Tâm, "
            "Bí thư Huyện ủy Chư Sê vào chức danh Phó Chủ tịch HĐND tỉnh khóa XII.",
            {("Lê Văn An", "Phó Chủ tịch HĐND tỉnh Gia Lai"), ("Đỗ Minh Tâm", "Bí thư Huyện ủy Chư Sê"),
             ("Đỗ Minh Tâm", "Phó Chủ tịch HĐND tỉnh Gia Lai")},
        ),
        # … but "vào chức vụ" with no verb of appointing is no post
        ("Ông Lê Văn An, Phó Chủ tịch UBND tỉnh Kon Tum bước vào vị trí Chủ tịch HĐND tỉnh.",
         {("Lê Văn An", "Phó Chủ tịch UBND tỉnh Kon Tum")}),
        # "A, B và bà C là các Phó Chủ tịch …": a deputy's post for each name listed
        (
            "Các ông Phạm Văn Hoa, Lê Văn Tư và bà Nguyễn Thị Lan là các Phó Chủ tịch UBND tỉnh Kon Tum.",
            {("Phạm Văn Hoa", "Phó Chủ tịch UBND tỉnh Kon Tum"), ("Lê Văn Tư", "Phó Chủ tịch UBND tỉnh Kon Tum"),
             ("Nguyễn Thị Lan", "Phó Chủ tịch UBND tỉnh Kon Tum")},
        ),
        # … a head's post is not shared that way ("các Chủ tịch UBND huyện": of several bodies)
        ("Ông Phạm Văn Hoa và ông Lê Văn Tư là các Chủ tịch UBND huyện.", set()),
        # the party committee of a Chinese border county: its name is the county's, not a person's
        ("Đoàn do đồng chí Lý Văn Hùng - Bí thư Huyện ủy Ma Lật Pha làm trưởng đoàn.",
         {("Lý Văn Hùng", "Bí thư Huyện ủy Ma Lật Pha")}),
        # the standing committee of a Chinese province's people's congress, sharing the place with the title before
        ("Về phía tỉnh Vân Nam có đồng chí Lý Minh - Bí thư Tỉnh ủy, Chủ nhiệm Ủy ban Thường vụ Nhân Đại tỉnh Vân Nam.",
         {("Lý Minh", "Bí thư Tỉnh ủy Vân Nam"), ("Lý Minh", "Chủ nhiệm Ủy ban Thường vụ Nhân Đại tỉnh Vân Nam")}),
        # a ministry by its abbreviation
        ("Phát biểu tại lễ khai mạc, Bộ trưởng VHTT&DL Trần Văn Nam cho biết.",
         {("Trần Văn Nam", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")}),
        # a foreign party's central commission, named with the party
        ("Đồng chí Pedro Luis Garcia, Trưởng ban Đối ngoại Trung ương Đảng Cộng sản Cuba chủ trì buổi tiếp.",
         {("Pedro Luis Garcia", "Trưởng Ban Đối ngoại Trung ương Đảng Cộng sản Cuba")}),
        # a friendship association in lower case; its name ends with the countries
        ("Phát biểu tại buổi gặp, Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản tỉnh Bình Định Trần Văn Nam nhấn mạnh.",
         {("Trần Văn Nam", "Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản tỉnh Bình Định")}),
        # (with no unit word after it, the national association or a province's: which, the sentence does not say)
        ("Ông Trần Văn Nam, Chủ tịch Hội Hữu nghị Việt Nam - Nhật Bản bày tỏ cảm ơn tỉnh Bình Định.", set()),
        # … the other country's association is of no Vietnamese province the sentence names: its own name says whose
        ("Ông Asaba Kenji, Chủ tịch Hội Hữu nghị Fukuroi - Việt Nam bày tỏ cảm ơn tỉnh Bình Định.",
         {("Asaba Kenji", "Chủ tịch Hội Hữu nghị Fukuroi - Việt Nam")}),
        # deputies counted right after their head's title are of the head's body
        (
            "Ông Trần Văn Nam được bầu làm Chủ tịch UBND tỉnh Quảng Ngãi cùng 3 Phó Chủ tịch gồm: Lê Văn An, "
            "Phạm Thị Hoa, Đỗ Minh Tâm.",
            {("Trần Văn Nam", "Chủ tịch UBND tỉnh Quảng Ngãi"), ("Lê Văn An", "Phó Chủ tịch UBND tỉnh Quảng Ngãi"),
             ("Phạm Thị Hoa", "Phó Chủ tịch UBND tỉnh Quảng Ngãi"), ("Đỗ Minh Tâm", "Phó Chủ tịch UBND tỉnh Quảng Ngãi")},
        ),
        # … unless the deputies' own title is written out
        (
            "Ông Trần Văn Nam, Chủ tịch UBND tỉnh Quảng Ngãi cùng các Phó Chủ tịch UBND tỉnh Kon Tum Lê Văn An, "
            "Phạm Thị Hoa dự họp.",
            {("Trần Văn Nam", "Chủ tịch UBND tỉnh Quảng Ngãi"), ("Lê Văn An", "Phó Chủ tịch UBND tỉnh Kon Tum"),
             ("Phạm Thị Hoa", "Phó Chủ tịch UBND tỉnh Kon Tum")},
        ),
        # merger news: the merger opening the sentence is the appointing of "làm"
        ("Sau hợp nhất Kon Tum và Quảng Ngãi, ông Trần Văn Nam làm Chủ tịch UBND tỉnh Quảng Ngãi.",
         {("Trần Văn Nam", "Chủ tịch UBND tỉnh Quảng Ngãi")}),
        ("Trước khi hợp nhất, ông Trần Văn Nam làm Chủ tịch UBND tỉnh Kon Tum.", set()),
        # a foreign name's romanised spelling in brackets: the title after it is still that name's
        (
            "Về phía ngoài nước có ông Lý Minh Đức (Li Mingde) - Tổng Lãnh sự Trung Quốc, bà Wong Mei Ling - "
            "Tổng Lãnh sự Malaysia.",
            {("Lý Minh Đức", "Tổng Lãnh sự Trung Quốc"), ("Wong Mei Ling", "Tổng Lãnh sự Malaysia")},
        ),
        # a foreign body's name ends with its country or its party when the holder's name follows at once
        ("Dự lễ có Phó Chủ tịch Ủy ban Chính sách Quốc hội Nhật Bản Tanaka Jiro; Thống đốc tỉnh Aichi Omura Ken.",
         {("Tanaka Jiro", "Phó Chủ tịch Ủy ban Chính sách Quốc hội Nhật Bản"), ("Omura Ken", "Thống đốc tỉnh Aichi")}),
        ("Dự lễ có Phó Trưởng ban Nghiên cứu Chính sách Đảng Dân chủ Tự do Nhật Bản Tanaka Jiro.",
         {("Tanaka Jiro", "Phó Trưởng Ban Nghiên cứu Chính sách Đảng Dân chủ Tự do Nhật Bản")}),
        # a dash between the title and the name, no honorific
        (
            "Chiều qua, Chủ tịch UBND tỉnh Hà Nam - Lê Văn Tám tiếp đoàn doanh nghiệp Hàn Quốc.",
            {("Lê Văn Tám", "Chủ tịch UBND tỉnh Hà Nam")},
        ),
        # … but a title after a name stays that name's
        (
            "Ông Trần Văn An, Giám đốc Sở Y tế tỉnh Long An - Nguyễn Văn Bé dự họp.",
            {("Trần Văn An", "Giám đốc Sở Y tế tỉnh Long An")},
        ),
        # the title's term between it and the name
        (
            "Tại phiên bế mạc, Chủ tịch HĐND tỉnh Bến Tre nhiệm kỳ 2021 - 2026 Đỗ Văn Khang cảm ơn cử tri.",
            {("Đỗ Văn Khang", "Chủ tịch HĐND tỉnh Bến Tre")},
        ),
        # the present title in brackets, then the new post
        (
            "Kỳ họp đã bầu bà Lê Thị Sang (Giám đốc Sở Tư pháp tỉnh Gia Lai) giữ chức Phó Chủ tịch UBND tỉnh Gia Lai.",
            {("Lê Thị Sang", "Phó Chủ tịch UBND tỉnh Gia Lai"), ("Lê Thị Sang", "Giám đốc Sở Tư pháp tỉnh Gia Lai")},
        ),
        # one vote for each name listed after "đối với"
        (
            "Kỳ họp HĐND tỉnh Sóc Trăng đã bầu chức danh Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Toàn, Giám đốc "
            "Sở Nội vụ; ông Thạch Văn Sang, Tỉnh ủy viên.",
            {("Lê Văn Toàn", "Phó Chủ tịch UBND tỉnh Sóc Trăng"), ("Thạch Văn Sang", "Phó Chủ tịch UBND tỉnh Sóc Trăng"),
             ("Lê Văn Toàn", "Giám đốc Sở Nội vụ tỉnh Sóc Trăng"), ("Thạch Văn Sang", "Tỉnh ủy viên Sóc Trăng")},
        ),
        # "tân": newly in office
        ("Bà Phạm Thị Tài - tân Phó Chủ tịch HĐND tỉnh Phú Thọ.", {("Phạm Thị Tài", "Phó Chủ tịch HĐND tỉnh Phú Thọ")}),
        # an authority's title is not the next name's
        (
            "Thừa ủy quyền của Chủ tịch nước, Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Minh trao tặng Huân chương cho đoàn.",
            {("Lê Văn Minh", "Phó Thủ tướng Chính phủ"), ("Lê Văn Minh", "Bộ trưởng Bộ Ngoại giao")},
        ),
        (
            "Với sự cho phép của Thủ tướng Chính phủ, Bộ trưởng Bộ Công Thương Lê Văn Minh dự hội chợ.",
            {("Lê Văn Minh", "Bộ trưởng Bộ Công Thương")},
        ),
        # a plural title written right before its holders' names is each one's
        (
            "Cùng dự có các ủy viên Hội đồng tỉnh Gyeonggi Kim Jae Ho, Lee Sun Mi, Choi Woo Jin.",
            {("Kim Jae Ho", "Ủy viên Hội đồng tỉnh Gyeonggi"), ("Lee Sun Mi", "Ủy viên Hội đồng tỉnh Gyeonggi"),
             ("Choi Woo Jin", "Ủy viên Hội đồng tỉnh Gyeonggi")},
        ),
        # a foreign party's branch in a province: the foreign province whose side it is, else unknown
        (
            "Đoàn đại biểu tỉnh Mondulkiri do ngài Chea Sok, Phó Chủ tịch Đảng Nhân dân Campuchia tỉnh, Chủ tịch Hội đồng tỉnh dẫn đầu.",
            {("Chea Sok", "Phó Chủ tịch Đảng Nhân dân Campuchia tỉnh Mondulkiri"), ("Chea Sok", "Chủ tịch Hội đồng tỉnh Mondulkiri")},
        ),
        ("Tỉnh Bình Phước tiếp ngài Chea Sok, Phó Chủ tịch Đảng Nhân dân Campuchia tỉnh.", set()),
        # one acts on behalf of a title's holder; a title counted in the plural is several persons'
        (
            "Thay mặt Thủ tướng, Phó Thủ tướng Chính phủ Lê Văn Minh đã ký quyết định phê chuẩn.",
            {("Lê Văn Minh", "Phó Thủ tướng Chính phủ")},
        ),
        (
            "Trước sự chứng kiến của hai Bí thư, Chủ tịch UBND tỉnh Lạng Sơn Hoàng Văn Kiên và Thị trưởng Lý Hải Phong đã ký thỏa thuận.",
            {("Hoàng Văn Kiên", "Chủ tịch UBND tỉnh Lạng Sơn")},
        ),
        # titles after a name are that name's, the last one before the next name is the next name's …
        (
            "Dự lễ có các ông Vũ Đức Long, Phó Chủ tịch Quốc hội; Hà Minh Tiến,Tổng Thanh tra Chính phủ, nguyên Phó "
            "Chủ tịch nước Lâm Thị Hạnh và đông đảo nhân dân.",
            {("Vũ Đức Long", "Phó Chủ tịch Quốc hội"), ("Hà Minh Tiến", "Tổng Thanh tra Chính phủ")},
        ),
        # … unless the first name had its own title before it
        (
            "Thủ tướng Chính phủ Lê Văn Bảo, Ủy viên Bộ Chính trị - Trưởng Ban Dân vận Trung ương Trần Thị Mơ cùng dự "
            "lễ khánh thành.",
            {("Lê Văn Bảo", "Thủ tướng Chính phủ"), ("Trần Thị Mơ", "Trưởng Ban Dân vận Trung ương"),
             ("Trần Thị Mơ", "Ủy viên Bộ Chính trị")},
        ),
        # a consulate's seat (written in lower case, "TP." glued) says nothing of the hosts' province
        (
            "Nhân dịp khai trương Tổng lãnh sự quán Hàn Quốc tại TP.Đà Nẵng, Phó Chủ tịch UBND tỉnh Lê Văn Hải gặp "
            "ngài Kim Min-su - Tổng lãnh sự Hàn Quốc tại TP.Đà Nẵng.",
            {("Kim Min-su", "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng")},
        ),
        # a second body begins at "Ban" (the standing deputy head's "ban Thường trực" is the role): an event's committee is no province's
        (
            "Ông Trần Văn Hùng - Giám đốc Sở Nội vụ tỉnh Cà Mau, Phó Trưởng ban Thường trực Ban Tổ chức Hội chợ.",
            {("Trần Văn Hùng", "Giám đốc Sở Nội vụ tỉnh Cà Mau"),
             ("Trần Văn Hùng", "Phó Trưởng ban Thường trực Ban Tổ chức Hội chợ")},
        ),
        (
            "Bà Đỗ Thị Hải, Phó Giám đốc Sở Văn hóa và Du lịch Quảng Nam giới thiệu chương trình.",
            {("Đỗ Thị Hải", "Phó Giám đốc Sở Văn hóa và Du lịch tỉnh Quảng Nam")},
        ),
        # a minister's rank between the name and the post
        (
            "Đến thăm có bà Lò Thị Hà, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc cùng đoàn công tác.",
            {("Lò Thị Hà", "Phó Chủ nhiệm Ủy ban Dân tộc")},
        ),
        # a governor of the one foreign province the article names
        (
            "Tỉnh trưởng Sok Pheap cảm ơn sự đón tiếp của tỉnh Bình Phước và mời đoàn sang thăm Kratie.",
            {("Sok Pheap", "Tỉnh trưởng tỉnh Kratie")},
        ),
        # … a group of provinces ("Nam Lào") is no second province
        (
            "Chiều qua, lãnh đạo tỉnh Attapư, Nam Lào do Bí thư, Tỉnh trưởng Phon Xay Xa dẫn đầu đón đoàn tỉnh Quảng Nam.",
            {("Phon Xay Xa", "Tỉnh trưởng tỉnh Attapư"), ("Phon Xay Xa", "Bí thư Tỉnh ủy Attapư")},
        ),
        # … not when it names two
        ("Tỉnh trưởng Sok Pheap cảm ơn các tỉnh Tây Ninh, Svay Rieng và Tboung Khmum.", set()),
        # a mayor of the one foreign city the article names, that city a first-level region ("thành phố Daegu")
        (
            "Thành phố Đà Nẵng tiếp đoàn thành phố Daegu. Về phía thành phố bạn có ông Kim Dong-su, Phó Thị trưởng.",
            {("Kim Dong-su", "Phó Thị trưởng thành phố Daegu")},
        ),
        ("Thành phố Hải Phòng đón đoàn thành phố Busan (Hàn Quốc). Ông Kim Dong-su, Thị trưởng, cảm ơn.",
         {("Kim Dong-su", "Thị trưởng thành phố Busan")}),
        # … not when it names two; a province is no mayor's
        ("Thành phố Hải Phòng tiếp đoàn thành phố Busan và thành phố Daegu. Ông Kim Dong-su, Phó Thị trưởng, cảm ơn.", set()),
        ("Tỉnh Quảng Nam tiếp đoàn tỉnh Saitama. Ông Tanaka Jun, Phó Thị trưởng, cảm ơn.", set()),
        # a prefect heads the one prefecture ("châu") the article names, not the province around it
        (
            "Đoàn châu Văn Sơn, tỉnh Vân Nam (Trung Quốc) thăm tỉnh Hà Giang. Châu trưởng Lý Minh Hoa cảm ơn sự đón tiếp.",
            {("Lý Minh Hoa", "Châu trưởng châu Văn Sơn")},
        ),
        # a council's first session told in other words: the post kept, taken, or handed over
        (
            "Ngày 28-6, kỳ họp thứ nhất HĐND tỉnh Nghệ An đã bầu Bí thư Tỉnh ủy Lâm Văn Một (Ủy viên Trung ương Đảng) "
            "vào cương vị Chủ tịch HĐND tỉnh.",
            {("Lâm Văn Một", "Bí thư Tỉnh ủy Nghệ An"), ("Lâm Văn Một", "Chủ tịch HĐND tỉnh Nghệ An"),
             ("Lâm Văn Một", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")},
        ),
        (
            "Tại tỉnh Nghệ An, ông Kiều Văn Hai thôi giữ chức Phó Chủ tịch UBND tỉnh để giữ chức Phó Chủ tịch HĐND tỉnh.",
            {("Kiều Văn Hai", "Phó Chủ tịch HĐND tỉnh Nghệ An")},
        ),
        (
            "Tại tỉnh Nghệ An, cương vị Chủ tịch UBND tỉnh được giao cho ông Hà Văn Ba, Phó Bí thư Tỉnh ủy.",
            {("Hà Văn Ba", "Chủ tịch UBND tỉnh Nghệ An"), ("Hà Văn Ba", "Phó Bí thư Tỉnh ủy Nghệ An")},
        ),
        (
            "Cùng ngày, HĐND tỉnh Nghệ An tín nhiệm bà Ma Thị Tư, Phó Bí thư Tỉnh ủy, ở vị trí Chủ tịch HĐND tỉnh.",
            {("Ma Thị Tư", "Chủ tịch HĐND tỉnh Nghệ An"), ("Ma Thị Tư", "Phó Bí thư Tỉnh ủy Nghệ An")},
        ),
        (
            "Tại tỉnh Nghệ An, ông Đinh Văn Năm (Phó Bí thư Tỉnh ủy) tiếp tục làm Chủ tịch UBND tỉnh; "
            "Bí thư Tỉnh ủy Rơ Văn Sáu nhận nhiệm vụ Chủ tịch HĐND tỉnh.",
            {("Đinh Văn Năm", "Chủ tịch UBND tỉnh Nghệ An"), ("Đinh Văn Năm", "Phó Bí thư Tỉnh ủy Nghệ An"),
             ("Rơ Văn Sáu", "Bí thư Tỉnh ủy Nghệ An"), ("Rơ Văn Sáu", "Chủ tịch HĐND tỉnh Nghệ An")},
        ),
        # who holds a post now, told from the post's side
        ("Chủ tịch UBND tỉnh Nghệ An hiện là bà Lê Thị Mai.", {("Lê Thị Mai", "Chủ tịch UBND tỉnh Nghệ An")}),
        (
            "Tỉnh Nghệ An tổ chức hội nghị; Chủ tịch UBND tỉnh hiện nay là ông Lê Văn Tám, nguyên Giám đốc Sở Tài chính.",
            {("Lê Văn Tám", "Chủ tịch UBND tỉnh Nghệ An")},
        ),
        # "làm" with no verb of appointing, after a bracketed title: no new post
        ("Thời ông Lâm Văn Một (Bí thư Tỉnh ủy Nghệ An) làm Chủ tịch UBND tỉnh, tỉnh phát triển.",
         {("Lâm Văn Một", "Bí thư Tỉnh ủy Nghệ An")}),
        # a new post after "đắc cử chức"; "lần lượt" gives one post to each name
        (
            "Ông Lê Văn Châu, người vừa đắc cử chức Bí thư Tỉnh ủy Vĩnh Long, phát biểu nhận nhiệm vụ.",
            {("Lê Văn Châu", "Bí thư Tỉnh ủy Vĩnh Long")},
        ),
        (
            "Hai ông Lê Văn Một và Trần Văn Hai lần lượt trúng cử chức danh Phó Chủ tịch HĐND và Phó Chủ tịch UBND "
            "tỉnh Hà Nam.",
            {("Lê Văn Một", "Phó Chủ tịch HĐND tỉnh Hà Nam"), ("Trần Văn Hai", "Phó Chủ tịch UBND tỉnh Hà Nam")},
        ),
        # … unless the posts and the names are not as many
        (
            "Hai ông Lê Văn Một và Trần Văn Hai lần lượt trúng cử lại chức danh Phó Chủ tịch HĐND, Phó Chủ tịch UBND "
            "và Chánh Văn phòng UBND tỉnh Hà Nam.",
            set(),
        ),
        # the provincial military command as the press abbreviates it; a delegation's full-time deputy head
        (
            "Về phía tỉnh Hà Tĩnh có các đồng chí: Đặng Văn Toàn - Chỉ huy trưởng Bộ CHQS tỉnh; Võ Thị Lan - Phó "
            "Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh.",
            {("Đặng Văn Toàn", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"),
             ("Võ Thị Lan", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Hà Tĩnh")},
        ),
        # a Lao province's administrative committee, in lower case as often as not; never a Vietnamese province's
        (
            "Đoàn tỉnh Hủa Phăn do đồng chí Xổm Phết Ma Ni, Chủ tịch Ủy ban chính quyền tỉnh Hủa Phăn dẫn đầu thăm tỉnh Thanh Hóa.",
            {("Xổm Phết Ma Ni", "Chủ tịch Ủy ban Chính quyền tỉnh Hủa Phăn")},
        ),
        ("Tại Thanh Hóa, đồng chí Lê Văn Tâm, Chủ tịch Ủy ban chính quyền tỉnh phát biểu.", set()),
        # the post, a rank where "ông" would stand, then the name
        ("Dịp này, Trưởng Công an huyện Quan Sơn, Thượng tá Hà Văn Dũng đã trao tặng 10 bộ máy tính.",
         {("Hà Văn Dũng", "Trưởng Công an huyện Quan Sơn")}),
        ("Dịp này, Giám đốc Công an tỉnh Thanh Hóa, Đại tá Hà Văn Dũng phát biểu.",
         {("Hà Văn Dũng", "Giám đốc Công an tỉnh Thanh Hóa")}),
    ],
)
def test_pairs_and_qualifies(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ward's council head, and the ward's party committee named once for both titles
        (
            "Đại hội Đảng bộ tỉnh Quảng Trị khai mạc. Bà Lê Thị Mơ, Bí thư Đảng ủy, Chủ tịch HĐND phường Đông Hà phát biểu.",
            {("Lê Thị Mơ", "Bí thư Đảng ủy phường Đông Hà"), ("Lê Thị Mơ", "Chủ tịch HĐND phường Đông Hà")},
        ),
        # a person's name right after the commune's name
        (
            "Tỉnh Cà Mau: Chủ tịch UBND xã Tân Hưng Lê Văn Út kiểm tra đê biển.",
            {("Lê Văn Út", "Chủ tịch UBND xã Tân Hưng")},
        ),
        # a commune's title whose commune is not named is no province's
        ("Tại tỉnh Nghệ An, ông Hồ Văn Sáu, Chủ tịch UBND xã, báo cáo tình hình.", set()),
        ("Tại tỉnh Nghệ An, ông Hồ Văn Sáu, Bí thư Đảng ủy, báo cáo tình hình.", set()),
        # … but a Chinese province's party committee is its "Đảng ủy"
        (
            "Phía tỉnh Quảng Tây có ông Vương Minh, Phó Bí thư Đảng ủy, Chủ tịch Chính phủ nhân dân khu tự trị Quảng Tây.",
            {("Vương Minh", "Phó Bí thư Đảng ủy khu tự trị Quảng Tây"), ("Vương Minh", "Chủ tịch Chính phủ nhân dân khu tự trị Quảng Tây")},
        ),
        # an inspection committee belongs to the party committee the text names; its term is no part of its name
        ("Tỉnh Bình Định: bà Đào Thị Hoa giữ chức Chủ nhiệm Ủy ban Kiểm tra nhiệm kỳ 2025-2030.", set()),
        (
            "Tỉnh Bình Định: bà Đào Thị Hoa giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2025-2030.",
            {("Đào Thị Hoa", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Bình Định")},
        ),
        # a ward's or commune's unit word abbreviated, glued to its name or not
        (
            "Tỉnh Quảng Ninh: theo ông Lê Văn Út, Chủ tịch UBND P.Móng Cái 1, hội chợ mở cửa ngày 5/12.",
            {("Lê Văn Út", "Chủ tịch UBND phường Móng Cái 1")},
        ),
        (
            "Tại tỉnh An Giang, bà Hà Thị Mai, Bí thư Đảng ủy X. Tân Hiệp, phát biểu.",
            {("Hà Thị Mai", "Bí thư Đảng ủy xã Tân Hiệp")},
        ),
        # "TP." is a city's, never a ward's
        ("Ông Lê Văn Út, Chủ tịch UBND TP.Móng Cái, phát biểu.", {("Lê Văn Út", "Chủ tịch UBND thành phố Móng Cái")}),
        # a commune's bare titles are of the one commune of their unit word the article names ...
        (
            "Sáng 4/3, HĐND xã Thanh Sơn tổ chức kỳ họp chuyên đề.\n\n"
            "Bí thư Đảng ủy xã, Chủ tịch HĐND xã Lò Văn Páo điều hành kỳ họp.",
            {("Lò Văn Páo", "Bí thư Đảng ủy xã Thanh Sơn"), ("Lò Văn Páo", "Chủ tịch HĐND xã Thanh Sơn")},
        ),
        (
            "Đại hội Đảng bộ phường Tân Định lần thứ I diễn ra ngày 10/8. Dự đại hội có bà Hà Thị Mai, "
            "Phó Bí thư Đảng ủy, Chủ tịch UBND phường.",
            {("Hà Thị Mai", "Phó Bí thư Đảng ủy phường Tân Định"), ("Hà Thị Mai", "Chủ tịch UBND phường Tân Định")},
        ),
        # ... of the one its paragraph named before, where the article names two
        (
            "Bà Hà Thị Mai được chỉ định làm Chủ tịch HĐND phường Tân Định. Ông Vi Văn Đức, Chủ tịch UBND phường, phát biểu.\n\n"
            "Cùng ngày, phường Đa Kao tổ chức đại hội.",
            {("Hà Thị Mai", "Chủ tịch HĐND phường Tân Định"), ("Vi Văn Đức", "Chủ tịch UBND phường Tân Định")},
        ),
        # two communes of the unit in the article and none in the paragraph: whose, unknown
        (
            "Xã Thanh Sơn và xã Yên Lập ký kết nghĩa: xã Thanh Sơn, xã Yên Lập cùng phát triển.\n\n"
            "Ông Lò Văn Páo, Chủ tịch UBND xã, phát biểu.",
            set(),
        ),
        # a ward named, a commune's title: of another unit, no ward's
        ("HĐND phường Tân Định họp. Ông Vi Văn Đức, Chủ tịch UBND xã, phát biểu.", set()),
        # a party committee named alone may be a school's: only a commune's sibling title makes it a commune's
        ("Hội nghị diễn ra tại phường Rạch Giá. Ông Vi Văn Đức, Bí thư Đảng ủy, Hiệu trưởng Nhà trường, phát biểu.", set()),
        # a commune's unit word ends a body's name: "Ban CHQS xã và …" is no name
        (
            "Tại xã Thanh Sơn, hai Ủy viên UBND xã được bầu là ông Lò Văn Páo, Chỉ huy trưởng Ban CHQS xã và ông Vi Văn Đức, "
            "Trưởng Công an xã.",
            {("Lò Văn Páo", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã Thanh Sơn"), ("Vi Văn Đức", "Trưởng Công an xã Thanh Sơn"),
             ("Lò Văn Páo", "Ủy viên UBND xã Thanh Sơn"), ("Vi Văn Đức", "Ủy viên UBND xã Thanh Sơn")},
        ),
        # a numbered ward's title before its holder's name, or its province in brackets after the number
        ("Chủ tịch UBND phường Móng Cái 2 Đinh Thị Vân phát biểu khai mạc.",
         {("Đinh Thị Vân", "Chủ tịch UBND phường Móng Cái 2")}),
        ("Dự lễ có Bí thư Đảng ủy phường Hà Giang 1 Sùng Văn Chứ và bà Đinh Thị Vân.",
         {("Sùng Văn Chứ", "Bí thư Đảng ủy phường Hà Giang 1")}),
        ("Bà Đinh Thị Vân, Chủ tịch UBND phường Hà Giang 2 (tỉnh Tuyên Quang), phát biểu.",
         {("Đinh Thị Vân", "Chủ tịch UBND phường Hà Giang 2")}),
        # … a count after a commune's name is no number of it
        ("Chủ tịch UBND xã Hòa Bình 2 năm liền được khen thưởng.", set()),
    ],
)
def test_commune_offices_name_their_commune(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a colon after "đối với", then the names listed
        (
            "Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Yên Bái nhiệm kỳ 2021 - 2026 đối với: ông Hà Văn Dũng, "
            "ông Lò Văn Tịnh.",
            {("Hà Văn Dũng", "Phó Chủ tịch UBND tỉnh Yên Bái"), ("Lò Văn Tịnh", "Phó Chủ tịch UBND tỉnh Yên Bái")},
        ),
        # … the list opening with a capital, the post in lower case, "và" between names
        (
            "Thủ tướng phê chuẩn kết quả bầu Phó chủ tịch UBND tỉnh Yên Bái nhiệm kỳ 2021 - 2026 đối với: Ông Hà Văn Dũng "
            "và bà Lò Thị Tâm.",
            {("Hà Văn Dũng", "Phó Chủ tịch UBND tỉnh Yên Bái"), ("Lò Thị Tâm", "Phó Chủ tịch UBND tỉnh Yên Bái")},
        ),
        # the present title's term, then the new post
        (
            "Ông Vi Văn Hùng, Phó Bí thư Tỉnh ủy Lạng Sơn nhiệm kỳ 2020-2025, được chỉ định giữ chức Phó Bí thư Thường trực "
            "Tỉnh ủy nhiệm kỳ 2025-2030.",
            {("Vi Văn Hùng", "Phó Bí thư Tỉnh ủy Lạng Sơn"), ("Vi Văn Hùng", "Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn")},
        ),
        # a deputy's post written once before a list of bare names
        (
            "Dự hội nghị có Phó Chủ tịch UBND tỉnh Kon Tum Lê Văn Hòa, Y Ngọc và Nguyễn Thị Mai.",
            {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh Kon Tum"), ("Y Ngọc", "Phó Chủ tịch UBND tỉnh Kon Tum"),
             ("Nguyễn Thị Mai", "Phó Chủ tịch UBND tỉnh Kon Tum")},
        ),
        # … but not where the last name carries a title of its own, nor for a post only one holds
        (
            "Dự hội nghị có Phó Chủ tịch UBND tỉnh Kon Tum Lê Văn Hòa, Y Ngọc và Nguyễn Thị Mai, Giám đốc Sở Y tế.",
            {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh Kon Tum"), ("Nguyễn Thị Mai", "Giám đốc Sở Y tế tỉnh Kon Tum")},
        ),
        (
            "Dự hội nghị có Chủ tịch UBND tỉnh Kon Tum Lê Văn Hòa, Y Ngọc và Nguyễn Thị Mai.",
            {("Lê Văn Hòa", "Chủ tịch UBND tỉnh Kon Tum")},
        ),
        # one title shared by a list of generals, each with a post of his own
        (
            "Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Thượng tướng Đỗ Văn Hải, Bộ trưởng Quốc phòng; Trung tướng Lê Văn Kiên, "
            "Bộ trưởng Công an.",
            {("Đỗ Văn Hải", "Ủy viên Bộ Chính trị"), ("Đỗ Văn Hải", "Bộ trưởng Bộ Quốc phòng"),
             ("Lê Văn Kiên", "Ủy viên Bộ Chính trị"), ("Lê Văn Kiên", "Bộ trưởng Bộ Công an")},
        ),
        # a dash between the present title and the new post
        (
            "Bộ Công an điều động đại tá Lê Văn Hà - Giám đốc Công an tỉnh Hà Giang - đến nhận công tác và giữ chức vụ "
            "Cục trưởng Cục Cảnh sát giao thông.",
            {("Lê Văn Hà", "Giám đốc Công an tỉnh Hà Giang"), ("Lê Văn Hà", "Cục trưởng Cục Cảnh sát giao thông")},
        ),
        # a central committee that the text does not name is no office
        ("Dự lễ có ông Trần Văn Bảy, Chủ tịch Ủy ban Trung ương, phát biểu.", set()),
        # names listed with their present titles, then one new post for each; "chuyên trách" (full-time) is part of it
        (
            "Tỉnh ủy Sơn La chỉ định ông Lò Văn Minh, Tỉnh ủy viên và bà Cầm Thị Hoa giữ chức Phó Bí thư chuyên trách "
            "Đảng ủy UBND tỉnh.",
            {("Lò Văn Minh", "Tỉnh ủy viên Sơn La"), ("Lò Văn Minh", "Phó Bí thư chuyên trách Đảng ủy UBND tỉnh Sơn La"),
             ("Cầm Thị Hoa", "Phó Bí thư chuyên trách Đảng ủy UBND tỉnh Sơn La")},
        ),
        (
            "Ban Bí thư chỉ định các ông Hà Văn An, Chủ tịch HĐND tỉnh; Lê Văn Bình (Chủ tịch UBND tỉnh) và bà Vi Thị Cúc "
            "(Chủ tịch Ủy ban MTTQ tỉnh), giữ chức Phó Bí thư Tỉnh ủy Bắc Kạn khóa mới.",
            {("Hà Văn An", "Chủ tịch HĐND tỉnh Bắc Kạn"), ("Lê Văn Bình", "Chủ tịch UBND tỉnh Bắc Kạn"),
             ("Vi Thị Cúc", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn"), ("Hà Văn An", "Phó Bí thư Tỉnh ủy Bắc Kạn"),
             ("Lê Văn Bình", "Phó Bí thư Tỉnh ủy Bắc Kạn"), ("Vi Thị Cúc", "Phó Bí thư Tỉnh ủy Bắc Kạn")},
        ),
        # one person's new post does not go to the person of the appointment before
        (
            "Bộ Chính trị điều động ông Hà Văn An, Bí thư Tỉnh ủy Bắc Kạn, giữ chức Bí thư Tỉnh ủy Cao Bằng; ông Lê Văn Bình, "
            "Chủ tịch UBND tỉnh Cao Bằng, giữ chức Bí thư Tỉnh ủy Bắc Kạn.",
            {("Hà Văn An", "Bí thư Tỉnh ủy Bắc Kạn"), ("Hà Văn An", "Bí thư Tỉnh ủy Cao Bằng"),
             ("Lê Văn Bình", "Chủ tịch UBND tỉnh Cao Bằng"), ("Lê Văn Bình", "Bí thư Tỉnh ủy Bắc Kạn")},
        ),
        # … and entries whose titles stand before the name; a new group ends the list
        (
            "Gửi hoa chúc mừng có các Ủy viên Bộ Chính trị: Phó Thủ tướng Lê Văn Dũng; Thượng tướng Đỗ Văn Hải, Bộ trưởng "
            "Bộ Công an; các Ủy viên Trung ương Đảng: Lò Văn Sơn, Bí thư Tỉnh ủy Điện Biên.",
            {("Lê Văn Dũng", "Ủy viên Bộ Chính trị"), ("Lê Văn Dũng", "Phó Thủ tướng Chính phủ"),
             ("Đỗ Văn Hải", "Ủy viên Bộ Chính trị"), ("Đỗ Văn Hải", "Bộ trưởng Bộ Công an"),
             ("Lò Văn Sơn", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"), ("Lò Văn Sơn", "Bí thư Tỉnh ủy Điện Biên")},
        ),
        # the chief of the Central Committee's office
        ("Đồng chí Hoàng Văn Lâm, Chánh Văn phòng Trung ương, phát biểu.", {("Hoàng Văn Lâm", "Chánh Văn phòng Trung ương Đảng")}),
        # one verb for a list of appointments: "…, giữ chức X; ông B, <own title>, làm Y"
        (
            "Bộ Chính trị quyết định điều động, chỉ định ông Hà Văn An, Bí thư Tỉnh ủy Bắc Kạn, giữ chức Bí thư Tỉnh ủy Cao "
            "Bằng; ông Lê Văn Bình, Bí thư Tỉnh ủy Cao Bằng, làm Bí thư Tỉnh ủy Bắc Kạn.",
            {("Hà Văn An", "Bí thư Tỉnh ủy Bắc Kạn"), ("Hà Văn An", "Bí thư Tỉnh ủy Cao Bằng"),
             ("Lê Văn Bình", "Bí thư Tỉnh ủy Cao Bằng"), ("Lê Văn Bình", "Bí thư Tỉnh ủy Bắc Kạn")},
        ),
        # "bầu A làm …, B, C làm …": the verb told once, far before the second list of names
        (
            "Hội nghị lần thứ nhất bầu đồng chí Hà Văn An làm Bí thư Tỉnh ủy Hà Giang, đồng chí Lê Văn Bình, đồng chí Vi "
            "Thị Cúc làm Phó Bí thư Tỉnh ủy.",
            {("Hà Văn An", "Bí thư Tỉnh ủy Hà Giang"), ("Lê Văn Bình", "Phó Bí thư Tỉnh ủy Hà Giang"),
             ("Vi Thị Cúc", "Phó Bí thư Tỉnh ủy Hà Giang")},
        ),
        # a post held for a term is a new post, with no verb in the sentence
        (
            "Hội nghị bầu Ủy ban Kiểm tra Tỉnh ủy Trà Vinh. Đồng chí Thạch Văn Sơn, Tỉnh ủy viên làm Chủ nhiệm Ủy ban "
            "Kiểm tra Tỉnh ủy nhiệm kỳ 2020 - 2025.",
            {("Thạch Văn Sơn", "Tỉnh ủy viên Trà Vinh"), ("Thạch Văn Sơn", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Trà Vinh")},
        ),
        # the new province's "(mới)" before the present title's term
        (
            "2. Chỉ định ông Lò Văn Minh, Phó Bí thư Tỉnh ủy Lào Cai (mới) nhiệm kỳ 2020 - 2025 giữ chức vụ Chủ tịch UBND "
            "tỉnh Lào Cai (mới) nhiệm kỳ 2021-2026.",
            {("Lò Văn Minh", "Phó Bí thư Tỉnh ủy Lào Cai"), ("Lò Văn Minh", "Chủ tịch UBND tỉnh Lào Cai")},
        ),
        # "được chỉ định làm", "được hiệp thương làm" (the Front's election by consultation)
        ("Ông Vi Văn Hùng được chỉ định làm Bí thư Tỉnh ủy Cà Mau.", {("Vi Văn Hùng", "Bí thư Tỉnh ủy Cà Mau")}),
        (
            "Bà Lò Thị Hoa được hiệp thương làm Chủ tịch Ủy ban MTTQ tỉnh Điện Biên nhiệm kỳ 2024-2029.",
            {("Lò Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Điện Biên")},
        ),
        # the present title's term before "làm" and the new post
        (
            "Hội nghị bầu đồng chí Thạch Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy khóa XIII làm Bí thư Tỉnh ủy Trà Vinh "
            "khóa XIV.",
            {("Thạch Văn Sơn", "Phó Bí thư Thường trực Tỉnh ủy Trà Vinh"), ("Thạch Văn Sơn", "Bí thư Tỉnh ủy Trà Vinh")},
        ),
        # a post once held ("từng giữ chức") is a former office
        ("Tại Cà Mau, ông Vi Văn Hùng từng giữ chức Phó Chủ tịch UBND tỉnh.", set()),
        # a title the lexicon cannot read inside a chain: the chain goes on past it
        (
            "Bộ Chính trị phân công bà Lê Thị Hoa - Ủy viên Trung ương Đảng, Ủy viên Đảng đoàn Quốc hội, Ủy viên Ủy ban "
            "Thường vụ Quốc hội giữ chức Bí thư Tỉnh ủy Thái Nguyên.",
            {("Lê Thị Hoa", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             ("Lê Thị Hoa", "Ủy viên Ủy ban Thường vụ Quốc hội"), ("Lê Thị Hoa", "Bí thư Tỉnh ủy Thái Nguyên")},
        ),
        # … not past a clause ("của tỉnh"), nor past words no role opens
        (
            "Dự có ông Lê Văn Hải, Giám đốc Sở Y tế tỉnh Cà Mau, Trưởng đoàn công tác của tỉnh, Chủ tịch Hội Chữ thập đỏ tỉnh.",
            {("Lê Văn Hải", "Giám đốc Sở Y tế tỉnh Cà Mau")},
        ),
        (
            "Dự có ông Lê Văn Hải, Giám đốc Sở Y tế tỉnh Cà Mau, đại diện Hội Nông dân tỉnh, Chủ tịch Hội Chữ thập đỏ tỉnh.",
            {("Lê Văn Hải", "Giám đốc Sở Y tế tỉnh Cà Mau")},
        ),
        # … but "làm" with no verb nor term is no appointment
        ("Tại Trà Vinh, thời ông Thạch Văn Sơn làm Chủ tịch UBND tỉnh, tỉnh mở nhiều khu công nghiệp.", set()),
        ("Tại Trà Vinh, ông Thạch Văn Sơn, Phó Chủ tịch UBND tỉnh, làm Chủ tịch Hội đồng thi.", {("Thạch Văn Sơn", "Phó Chủ tịch UBND tỉnh Trà Vinh")}),
        # a body told with its posts: each bare post after "có" is the body's, a counted deputies' list each one's
        (
            "Sau kỳ họp, UBND tỉnh Ninh Bình có Chủ tịch Trần Văn Bình và ba Phó Chủ tịch gồm các ông Lê Văn Cao, "
            "Ngô Văn Dũng và bà Đỗ Thị Hoa.",
            {("Trần Văn Bình", "Chủ tịch UBND tỉnh Ninh Bình"), ("Lê Văn Cao", "Phó Chủ tịch UBND tỉnh Ninh Bình"),
             ("Ngô Văn Dũng", "Phó Chủ tịch UBND tỉnh Ninh Bình"), ("Đỗ Thị Hoa", "Phó Chủ tịch UBND tỉnh Ninh Bình")},
        ),
        (
            "Hiện nay, Sở Ngoại vụ tỉnh Lào Cai có Giám đốc Trần Văn Bình và hai Phó Giám đốc là ông Lê Văn Cao và bà Đỗ Thị Hoa.",
            {("Trần Văn Bình", "Giám đốc Sở Ngoại vụ tỉnh Lào Cai"), ("Lê Văn Cao", "Phó Giám đốc Sở Ngoại vụ tỉnh Lào Cai"),
             ("Đỗ Thị Hoa", "Phó Giám đốc Sở Ngoại vụ tỉnh Lào Cai")},
        ),
        # … a post written with its own body after "có" is that body's, not the one before
        ("HĐND tỉnh Ninh Bình có Chủ tịch UBND tỉnh Hà Nam Trần Văn Bình dự.", {("Trần Văn Bình", "Chủ tịch UBND tỉnh Hà Nam")}),
        # … and a body of no place named leaves its posts alone
        ("Buổi làm việc có Chủ tịch Trần Văn Bình phát biểu.", set()),
        # the post for the new term, then "là" and its holder
        (
            "HĐND tỉnh Quảng Trị họp phiên đầu tiên. Chủ tịch HĐND tỉnh khóa mới là ông Lê Văn Cao, Phó Bí thư Tỉnh ủy.",
            {("Lê Văn Cao", "Chủ tịch HĐND tỉnh Quảng Trị"), ("Lê Văn Cao", "Phó Bí thư Tỉnh ủy Quảng Trị")},
        ),
        ("Chủ tịch UBND tỉnh Quảng Trị nhiệm kỳ mới là bà Đỗ Thị Hoa.", {("Đỗ Thị Hoa", "Chủ tịch UBND tỉnh Quảng Trị")}),
        # the head of the one mission the sentence before named, in the same paragraph; a rank alone is of any mission
        ("Đoàn đến chào Đại sứ quán Việt Nam tại Liên bang Nga. Đại sứ Nguyễn Văn Bình chúc mừng đoàn.",
         {("Nguyễn Văn Bình", "Đại sứ Việt Nam tại Nga")}),
        ("Đoàn đến chào Đại sứ quán Việt Nam tại Liên bang Nga.\n\nĐại sứ Nguyễn Văn Bình chúc mừng đoàn.", set()),
        ("Đoàn đến chào Đại sứ quán Việt Nam tại Liên bang Nga. Tham tán Nguyễn Văn Bình chúc mừng đoàn.", set()),
        # a counted post, then its holders each with their own titles, the last after "và" or "cùng"
        (
            "Kỳ họp bầu bổ sung 2 Ủy viên UBND tỉnh Gia Lai khóa XII là ông Trần Văn Bình, Giám đốc Công an tỉnh "
            "cùng ông Lê Văn Cao, Giám đốc Sở Tài chính.",
            {("Trần Văn Bình", "Ủy viên UBND tỉnh Gia Lai"), ("Lê Văn Cao", "Ủy viên UBND tỉnh Gia Lai"),
             ("Trần Văn Bình", "Giám đốc Công an tỉnh Gia Lai"), ("Lê Văn Cao", "Giám đốc Sở Tài chính tỉnh Gia Lai")},
        ),
        (
            "Tại tỉnh Gia Lai, hai Phó Chủ tịch UBND tỉnh được bầu bổ sung là Đại tá Trần Văn Bình, Giám đốc Công an tỉnh "
            "và bà Đỗ Thị Hoa, Giám đốc Sở Ngoại vụ.",
            {("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Gia Lai"), ("Đỗ Thị Hoa", "Phó Chủ tịch UBND tỉnh Gia Lai"),
             ("Trần Văn Bình", "Giám đốc Công an tỉnh Gia Lai"), ("Đỗ Thị Hoa", "Giám đốc Sở Ngoại vụ tỉnh Gia Lai")},
        ),
        # ... the count not met, the later name's post is its own only
        (
            "Kỳ họp bầu bổ sung 3 Ủy viên UBND tỉnh Gia Lai khóa XII là ông Trần Văn Bình, Giám đốc Công an tỉnh "
            "cùng ông Lê Văn Cao, Giám đốc Sở Tài chính.",
            {("Trần Văn Bình", "Ủy viên UBND tỉnh Gia Lai"),
             ("Trần Văn Bình", "Giám đốc Công an tỉnh Gia Lai"), ("Lê Văn Cao", "Giám đốc Sở Tài chính tỉnh Gia Lai")},
        ),
    ],
)
def test_lists_and_new_posts(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign chamber's head, the country named after the chamber
        ("Chủ tịch Thượng viện Campuchia Sam Rang thăm tỉnh An Giang.", {("Sam Rang", "Chủ tịch Thượng viện Campuchia")}),
        # … and none where no country is named: Vietnam has no such chamber
        ("Tại tỉnh An Giang, Chủ tịch Thượng viện Sam Rang phát biểu.", set()),
        # a foreign city's council, the abbreviated unit glued to the city's name
        (
            "Đoàn tỉnh Gyeonggi (Hàn Quốc) do ông Park Min Ho - Ủy viên Hội đồng TP.Suwon dẫn đầu thăm tỉnh Bắc Ninh.",
            {("Park Min Ho", "Ủy viên Hội đồng thành phố Suwon")},
        ),
        # the National Assembly's Standing Committee, and a board under it, in a province's news
        (
            "Tỉnh Hà Nam đón đoàn. Dự lễ có bà Lê Thị Hoa, Ủy viên Ủy ban Thường vụ Quốc hội, Trưởng Ban Công tác đại biểu "
            "thuộc Ủy ban Thường vụ Quốc hội.",
            {("Lê Thị Hoa", "Ủy viên Ủy ban Thường vụ Quốc hội"),
             ("Lê Thị Hoa", "Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội")},
        ),
        # a board under a body this lexicon does not know is no province's
        ("Tỉnh Hà Nam đón đoàn. Dự lễ có bà Lê Thị Hoa, Trưởng Ban Dân nguyện thuộc Hội đồng Hòa bình.", set()),
        # a party secretary named by the province alone; a centrally run city's is its Thành ủy's
        (
            "Bộ Chính trị điều động ông Lê Văn Bình, Bí thư Phú Thọ, giữ chức Bí thư Hà Nội.",
            {("Lê Văn Bình", "Bí thư Tỉnh ủy Phú Thọ"), ("Lê Văn Bình", "Bí thư Thành ủy Hà Nội")},
        ),
        ("Bí thư Hà Giang Sơn phát biểu.", set()),
        # a committee of the National Assembly, commas and "và" in its name
        (
            "Dự hội nghị có bà Lê Thị Nga, Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội.",
            {("Lê Thị Nga", "Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội")},
        ),
        # … written without "của", the assembly capitalised: still Vietnam's, never the scene's city
        ("Chiều 12/3, tại Hà Nội, ông Trần Văn Khải, Chủ nhiệm Ủy ban Kinh tế và Tài chính Quốc Hội, tiếp đoàn.",
         {("Trần Văn Khải", "Chủ nhiệm Ủy ban Kinh tế và Tài chính của Quốc hội")}),
        ("Tại TP. Hồ Chí Minh, Phó Chủ nhiệm Ủy ban Pháp luật và Tư pháp Quốc hội Lê Thị Nga dự hội thảo.",
         {("Lê Thị Nga", "Phó Chủ nhiệm Ủy ban Pháp luật và Tư pháp của Quốc hội")}),
        ("Tại Hà Nội, bà Lê Thị Nga, Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc Hội, dự lễ.",
         {("Lê Thị Nga", "Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc hội")}),
        # … a foreign assembly's committee, named with its country, stays that country's
        ("Tại Hà Nội, ông Bun Mi, Chủ tịch Ủy ban Kinh tế Quốc hội Lào, tiếp đoàn.",
         {("Bun Mi", "Chủ tịch Ủy ban Kinh tế Quốc hội Lào")}),
    ],
)
def test_assemblies_and_their_committees(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Nhà nước" is a country's style
        (
            "Tỉnh Hà Nam tiếp ông David Cohen, Đại sứ Nhà nước Israel tại Việt Nam.",
            {("David Cohen", "Đại sứ Israel tại Việt Nam")},
        ),
        # a country's cultural centre abroad, named like its mission; a province's, by its place
        (
            "Tỉnh Quảng Nam đón bà Anna Novak, Giám đốc Trung tâm Văn hóa Ba Lan tại Việt Nam.",
            {("Anna Novak", "Giám đốc Trung tâm Văn hóa Ba Lan tại Việt Nam")},
        ),
        ("Ông Lê Văn Sáu, Giám đốc Trung tâm Văn hóa tỉnh Quảng Nam, phát biểu.", {("Lê Văn Sáu", "Giám đốc Trung tâm Văn hóa tỉnh Quảng Nam")}),
        ("Tỉnh Quảng Nam: ông Lê Văn Sáu, Giám đốc Trung tâm Văn hóa - Thể thao, phát biểu.", set()),
        # ranks of the one mission the sentence names
        (
            "Về phía Đại sứ quán Việt Nam tại Thái Lan có Công sứ Nguyễn Văn Bình và Bí thư Thứ nhất Lê Thị Lan.",
            {("Nguyễn Văn Bình", "Công sứ Đại sứ quán Việt Nam tại Thái Lan"),
             ("Lê Thị Lan", "Bí thư Thứ nhất Đại sứ quán Việt Nam tại Thái Lan")},
        ),
        # an ambassador named by rank, the embassy later in the sentence
        (
            "Đại sứ Trần Văn Khoa đã tiếp đoàn tỉnh Nghệ An tại Đại sứ quán Việt Nam tại Pháp.",
            {("Trần Văn Khoa", "Đại sứ Việt Nam tại Pháp")},
        ),
        # a consul general heads no embassy; a foreign name serves no Vietnamese mission
        ("Tổng Lãnh sự Lê Văn Nam thăm Đại sứ quán Việt Nam tại Pháp.", set()),
        ("Tham tán Pierre Martin thăm Đại sứ quán Việt Nam tại Pháp.", set()),
        # of two missions named, a Vietnamese diplomat serves Vietnam's
        (
            "Đoàn cán bộ Đại sứ quán Campuchia tại Hà Nội thăm, chúc Tết Đại sứ Trần Văn Khoa và nhân viên Đại sứ quán "
            "Việt Nam tại Thái Lan.",
            {("Trần Văn Khoa", "Đại sứ Việt Nam tại Thái Lan")},
        ),
        ("Đại sứ Trần Văn Khoa thăm Đại sứ quán Việt Nam tại Pháp và Đại sứ quán Việt Nam tại Bỉ.", set()),
        # a diplomat's other titles are the mission's, never the article's province
        (
            "Thành phố Cần Thơ đón bà Anna Novak - Tham tán, Trưởng ban Thương mại, Đại sứ quán Ba Lan tại Việt Nam.",
            {("Anna Novak", "Tham tán Đại sứ quán Ba Lan tại Việt Nam")},
        ),
        # a consulate's city and its country joined by a dash or in brackets (Vancouver, a seat of Vietnam's
        # consulates general, in the gazetteer without its unit word)
        ("Ông Trần Văn Khải, Tổng Lãnh sự Việt Nam tại Vancouver - Canada, phát biểu.",
         {("Trần Văn Khải", "Tổng Lãnh sự Việt Nam tại Vancouver")}),
        ("Tổng Lãnh sự Việt Nam tại Vancouver (Canada) Trần Văn Khải tiếp đoàn tỉnh Nghệ An.",
         {("Trần Văn Khải", "Tổng Lãnh sự Việt Nam tại Vancouver")}),
        # an ambassador's post after the appointment's wording
        ("Ông Trần Văn Khải vừa được bổ nhiệm làm Đại sứ đặc mệnh toàn quyền Việt Nam tại Liên bang Nga.",
         {("Trần Văn Khải", "Đại sứ Việt Nam tại Nga")}),
        # near-miss: a delegation's visit to the city is no post
        ("Đoàn công tác tỉnh Nghệ An do ông Trần Văn Khải dẫn đầu thăm Vancouver - Canada.", set()),
    ],
)
def test_diplomats_serve_in_the_mission_named(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Vietnamese friendship association with no unit word after it: the national one, never the
        # province or city of the scene
        ("Chiều 12/3, tại Hà Nội, ông Trần Văn Khải, Chủ tịch Hội hữu nghị Việt - Séc, đã tiếp đoàn.", set()),
        ("Sáng 5/6, tại Đà Nẵng, Phó Chủ tịch Hội Hữu nghị Việt Nam - Lào Lê Thị Hạnh dự buổi gặp mặt.", set()),
        # … a province's where the side names it, or where the text writes its unit
        ("Về phía tỉnh Nghệ An có ông Trần Văn Khải, Chủ tịch Hội hữu nghị Việt - Lào, và bà Lê Thị Hạnh, "
         "Giám đốc Sở Ngoại vụ.",
         {("Trần Văn Khải", "Chủ tịch Hội hữu nghị Việt - Lào tỉnh Nghệ An"),
          ("Lê Thị Hạnh", "Giám đốc Sở Ngoại vụ tỉnh Nghệ An")}),
        ("Tại Hà Nội, ông Trần Văn Khải, Chủ tịch Hội Hữu nghị Việt Nam - Nhật Bản thành phố Hà Nội, phát biểu.",
         {("Trần Văn Khải", "Chủ tịch Hội Hữu nghị Việt Nam - Nhật Bản thành phố Hà Nội")}),
    ],
)
def test_a_friendship_association_takes_no_place_from_the_scene(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one post held by two persons of a list, its province written for the last alone: the first is of
        # another province, the text does not say which
        ("Dự hội nghị có ông Trần Văn Khải - Giám đốc Sở Công Thương và ông Đỗ Minh Quân - Giám đốc Sở Công Thương "
         "tỉnh Lâm Đồng.", {("Đỗ Minh Quân", "Giám đốc Sở Công Thương tỉnh Lâm Đồng")}),
        ("Tham dự có ông Trần Văn Khải, Chủ tịch UBND tỉnh; ông Đỗ Minh Quân, Chủ tịch UBND tỉnh Đắk Lắk.",
         {("Đỗ Minh Quân", "Chủ tịch UBND tỉnh Đắk Lắk")}),
        # … each given its own province, or the side naming the first one's
        ("Tham dự có ông Trần Văn Khải, Giám đốc Sở Công Thương tỉnh Đắk Lắk và ông Đỗ Minh Quân, Giám đốc Sở Công "
         "Thương tỉnh Lâm Đồng.",
         {("Trần Văn Khải", "Giám đốc Sở Công Thương tỉnh Đắk Lắk"), ("Đỗ Minh Quân", "Giám đốc Sở Công Thương tỉnh Lâm Đồng")}),
        ("Về phía tỉnh Lâm Đồng có ông Trần Văn Khải, Giám đốc Sở Công Thương và ông Đỗ Minh Quân, Giám đốc Sở Công "
         "Thương tỉnh Đắk Lắk.",
         {("Trần Văn Khải", "Giám đốc Sở Công Thương tỉnh Lâm Đồng"), ("Đỗ Minh Quân", "Giám đốc Sở Công Thương tỉnh Đắk Lắk")}),
        # … near-misses: two different posts share the province written last; deputies are several in one body
        ("Tham dự có ông Trần Văn Khải, Giám đốc Sở Ngoại vụ và ông Đỗ Minh Quân, Giám đốc Sở Công Thương tỉnh Lâm Đồng.",
         {("Trần Văn Khải", "Giám đốc Sở Ngoại vụ tỉnh Lâm Đồng"), ("Đỗ Minh Quân", "Giám đốc Sở Công Thương tỉnh Lâm Đồng")}),
        ("Tham dự có ông Trần Văn Khải, Phó Giám đốc Sở Công Thương và ông Đỗ Minh Quân, Phó Giám đốc Sở Công Thương "
         "tỉnh Lâm Đồng.",
         {("Trần Văn Khải", "Phó Giám đốc Sở Công Thương tỉnh Lâm Đồng"), ("Đỗ Minh Quân", "Phó Giám đốc Sở Công Thương tỉnh Lâm Đồng")}),
    ],
)
def test_one_post_of_two_holders_is_not_the_same_provinces(text, expected):
    assert offices_of(text) == expected


def test_a_section_headed_by_a_province_is_that_provinces():
    text = ("Kết quả kỳ họp thứ nhất HĐND các tỉnh Nam Định, Thái Bình\n\nNam Định\n\n"
            "HĐND tỉnh Nam Định khóa XIX khai mạc kỳ họp. Kỳ họp bầu bà Lê Thị Thu giữ chức Chủ tịch HĐND tỉnh.\n\n"
            "Thái Bình\n\nHĐND tỉnh Thái Bình khóa XVII khai mạc kỳ họp.\n\n"
            "Ông Hà Văn Sơn và ông Bùi Văn Tám giữ chức Phó Chủ tịch HĐND tỉnh nhiệm kỳ mới.")
    assert offices_of(text) == {("Lê Thị Thu", "Chủ tịch HĐND tỉnh Nam Định"), ("Hà Văn Sơn", "Phó Chủ tịch HĐND tỉnh Thái Bình"),
                                ("Bùi Văn Tám", "Phó Chủ tịch HĐND tỉnh Thái Bình")}


def test_a_persons_title_keeps_the_place_the_text_gave_it_before():
    text = ("Đoàn tỉnh Cao Bằng có đồng chí Đặng Văn Khải, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Cao Bằng. "
            "Đại hội Đảng bộ tỉnh Bắc Kạn khai mạc tại tỉnh Bắc Kạn. Tỉnh Bắc Kạn đón đoàn. "
            "Tại Đại hội, Bí thư Tỉnh ủy Đặng Văn Khải gửi lời chúc; Bí thư Tỉnh ủy Lò Văn Sáu tiếp thu.")
    assert offices_of(text) == {("Đặng Văn Khải", "Bí thư Tỉnh ủy Cao Bằng"), ("Đặng Văn Khải", "Trưởng Đoàn ĐBQH tỉnh Cao Bằng"),
                                ("Lò Văn Sáu", "Bí thư Tỉnh ủy Bắc Kạn")}


def test_a_diplomats_office_without_its_seat_is_the_seated_one():
    text = ("Tỉnh Bình Phước tiếp Tổng Lãnh sự Thái Lan Somchai Wong\n\n"
            "Chiều 5/3, ông Trần Văn Lộc, Chủ tịch UBND tỉnh Bình Phước tiếp ông Somchai Wong - Tổng Lãnh sự Thái Lan "
            "tại TP Hồ Chí Minh.")
    assert ("Somchai Wong", "Tổng Lãnh sự Thái Lan") not in offices_of(text)
    assert ("Somchai Wong", "Tổng Lãnh sự Thái Lan tại Thành phố Hồ Chí Minh") in offices_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a province's title is not a centrally run city's, nor a city's a province's
        ("Ngày 5/3, tại Hà Nội, Chủ tịch UBND tỉnh Lê Văn Hùng làm việc với Bộ Tài chính.", set()),
        ("Sáng 7/4, tại TP Hồ Chí Minh, Bí thư Tỉnh ủy Trần Thị Mai dự hội nghị xúc tiến đầu tư.", set()),
        ("Ngày 9/5, tại tỉnh Nghệ An, Phó Chủ tịch UBND thành phố Hồ Văn Lợi dự lễ khởi công.", set()),
        # … a title of the right unit still takes the place
        ("Ngày 5/3, tại Hà Nội, Phó Chủ tịch UBND thành phố Lê Văn Hùng tiếp đoàn doanh nghiệp.",
         {("Lê Văn Hùng", "Phó Chủ tịch UBND thành phố Hà Nội")}),
        ("Hội nghị tỉnh Nghệ An đã bầu ông Lê Văn Hùng, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
         {("Lê Văn Hùng", "Bí thư Tỉnh ủy Nghệ An"), ("Lê Văn Hùng", "Chủ tịch UBND tỉnh Nghệ An")}),
        # a city's title given a province named as the city the article is about: its capital's
        ("Thành phố Cao Bằng hội đàm với thị Long Châu. Phía Cao Bằng có bà Nông Thị Hà, Phó Chủ tịch UBND thành phố.",
         {("Nông Thị Hà", "Phó Chủ tịch UBND thành phố Cao Bằng")}),
        ("Đoàn thành phố Lào Cai thăm Hà Khẩu. Tại Lào Cai, ông Vàng Văn Sơn, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố, "
         "tiếp đoàn.",
         {("Vàng Văn Sơn", "Phó Bí thư Thành ủy Lào Cai"), ("Vàng Văn Sơn", "Chủ tịch UBND thành phố Lào Cai")}),
        # … an article about another city: the province's title of a city is no city's
        ("Thành phố Bắc Giang đón đoàn. Phía Cao Bằng có bà Nông Thị Hà, Phó Chủ tịch UBND thành phố.", set()),
    ],
)
def test_a_titles_unit_must_fit_the_place_around_it(text, expected):
    assert offices_of(text, published=dt.date(2024, 4, 16)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Thị ủy is a town's (thị xã) committee: never the city the sentence is set in
        ("Sáng 17/4, tại thành phố Móng Cái, ông Lý Quốc Cường, Phó Bí thư Thị ủy phát biểu chào mừng.", set()),
        ("Sáng 17/4, tại thị xã Quảng Yên, ông Trần Văn Hải, Phó Bí thư Thị ủy phát biểu chào mừng.",
         {("Trần Văn Hải", "Phó Bí thư Thị ủy Quảng Yên")}),
        # a Huyện trưởng heads a district: never the foreign province the delegation or the article is of
        (
            "Đoàn đại biểu tỉnh Hủa Phăn (Lào) có ông Bun-mi Xay-nha-vông, Phó Huyện trưởng và bà Khăm-la Vông-xa, "
            "Phó Tỉnh trưởng tỉnh Hủa Phăn.",
            {("Khăm-la Vông-xa", "Phó Tỉnh trưởng tỉnh Hủa Phăn")},
        ),
        ("Tỉnh Thanh Hóa đón đoàn tỉnh Hủa Phăn (Lào). Phó Huyện trưởng Bun-mi Xay-nha-vông cảm ơn sự giúp đỡ.", set()),
        # … but the one foreign district the article names
        (
            "Huyện Quan Sơn đón đoàn huyện Viêng Xay (tỉnh Hủa Phăn, Lào). Tham gia đoàn có ông Bun-mi Xay-nha-vông, "
            "Phó Huyện trưởng.",
            {("Bun-mi Xay-nha-vông", "Phó Huyện trưởng huyện Viêng Xay")},
        ),
        # the district written once, after the head's title: the Huyện ủy is that district's
        (
            "Ông Bun-mi Xay-nha-vông, Bí thư Huyện ủy, Huyện trưởng huyện Viêng Xay (tỉnh Hủa Phăn, Lào) phát biểu.",
            {("Bun-mi Xay-nha-vông", "Bí thư Huyện ủy Viêng Xay"), ("Bun-mi Xay-nha-vông", "Huyện trưởng huyện Viêng Xay")},
        ),
    ],
)
def test_a_local_committee_or_head_is_of_its_own_unit(text, expected):
    assert offices_of(text) == expected



def test_a_company_name_is_not_the_next_titles_holder():
    text = "Ông Lê Văn Tám từng là Giám đốc Công ty TNHH Phú Lâm Group, Phó Chủ tịch UBND tỉnh Hà Nam."
    assert ("Phú Lâm Group", "Phó Chủ tịch UBND tỉnh Hà Nam") not in offices_of(text)


def test_a_membership_shared_by_a_list_of_titled_names_parted_by_commas():
    text = ("Dự hội nghị có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Tài chính Hồ Văn Phớc, Bộ trưởng Y tế "
            "Lê Thị Hoa và Bí thư Tỉnh ủy Cao Bằng Trần Văn Bình; lãnh đạo các bộ, ngành.")
    member = "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"
    assert offices_of(text) == {
        ("Hồ Văn Phớc", member), ("Lê Thị Hoa", member), ("Trần Văn Bình", member),
        ("Hồ Văn Phớc", "Bộ trưởng Bộ Tài chính"), ("Lê Thị Hoa", "Bộ trưởng Bộ Y tế"), ("Trần Văn Bình", "Bí thư Tỉnh ủy Cao Bằng"),
    }


def test_a_colonels_rank_stands_for_the_honorific_in_a_shared_membership_list():
    text = ("Tham gia đoàn có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An: Lê Văn Hòa, Phó Chủ tịch HĐND tỉnh; "
            "Đại tá Phạm Văn Kiên, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Thượng tá Hồ Minh Đức, Phó Giám đốc Công an tỉnh.")
    member = "Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An"
    got = offices_of(text)
    assert {("Lê Văn Hòa", member), ("Phạm Văn Kiên", member), ("Hồ Minh Đức", member)} <= got


def test_an_entry_naming_its_own_membership_ends_a_shared_membership_list():
    text = ("Tham gia đoàn có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn Hòa, Phó Chủ tịch HĐND tỉnh; "
            "Đại tá Phạm Văn Kiên, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; đồng chí Đỗ Minh Hà, Tỉnh ủy viên, "
            "Phó Chủ tịch UBND tỉnh Nghệ An.")
    member = "Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An"
    got = offices_of(text)
    assert {("Lê Văn Hòa", member), ("Phạm Văn Kiên", member)} <= got
    assert ("Đỗ Minh Hà", member) not in got


@pytest.mark.parametrize(
    "text, expected",
    [
        # party personnel news: the committees joined, then the post
        (
            "Bộ Chính trị đã điều động, phân công, chỉ định ông Lê Văn Tám tham gia Ban Chấp hành, Ban Thường vụ và "
            "giữ chức Bí thư Tỉnh ủy Cao Bằng nhiệm kỳ 2025-2030.",
            {("Lê Văn Tám", "Bí thư Tỉnh ủy Cao Bằng"), ("Lê Văn Tám", "Ủy viên Ban Thường vụ Tỉnh ủy Cao Bằng")},
        ),
        # … and a second post for the same person, joined by "và"
        (
            "Ông Trần Văn Ba đã được Ban Bí thư điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức "
            "Phó Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2025-2030 và được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh.",
            {("Trần Văn Ba", "Phó Bí thư Tỉnh ủy Nghệ An"), ("Trần Văn Ba", "Chủ tịch UBND tỉnh Nghệ An"),
             ("Trần Văn Ba", "Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An")},
        ),
        # "bầu bổ sung": elected to fill the post
        (
            "Tại kỳ họp, ông Lê Văn Hùng, Giám đốc Sở Tài chính tỉnh Bình Dương được bầu bổ sung Ủy viên UBND tỉnh Bình Dương.",
            {("Lê Văn Hùng", "Giám đốc Sở Tài chính tỉnh Bình Dương"), ("Lê Văn Hùng", "Ủy viên UBND tỉnh Bình Dương")},
        ),
        # … but "quy trình bầu bổ sung" is the process, nobody's election
        (
            "Theo ông Lê Văn Hùng, Giám đốc Sở Tài chính tỉnh Bình Dương, trong thời gian thực hiện quy trình bầu bổ sung "
            "chức danh Chủ tịch UBND tỉnh Bình Dương, các sở vẫn hoạt động bình thường.",
            {("Lê Văn Hùng", "Giám đốc Sở Tài chính tỉnh Bình Dương")},
        ),
        # a post the person left is no chain for the next one
        (
            "Ông Trần Văn Ba thôi giữ chức Giám đốc Sở Y tế tỉnh Nghệ An và được bầu giữ chức Phó Chủ tịch UBND tỉnh Nghệ An.",
            set(),
        ),
        # "thôi giữ chức A để giữ chức B": B is the post taken in A's place
        (
            "Ông Trần Văn Ba thôi giữ chức Phó Chủ tịch UBND tỉnh Nghệ An để giữ chức Phó Chủ tịch HĐND tỉnh Nghệ An.",
            {("Trần Văn Ba", "Phó Chủ tịch HĐND tỉnh Nghệ An")},
        ),
        (
            "Theo quyết định của Ban Thường vụ Tỉnh ủy, bà Lò Thị Mai thôi giữ chức Phó Chủ tịch UBND tỉnh Sơn La "
            "để nhận nhiệm vụ Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sơn La.",
            {("Lò Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sơn La")},
        ),
        # … "để nghỉ hưu" takes no post
        ("Ông Trần Văn Ba thôi giữ chức Giám đốc Sở Y tế tỉnh Nghệ An để nghỉ hưu theo chế độ.", set()),
        # army posts: a commune's military command introduced with its abbreviation, moved "về làm"
        (
            "Thiếu tá Lò Văn Páo, Phó Chỉ huy trưởng Ban CHQS xã Mường Lát, được điều động về làm Chỉ huy trưởng "
            "Ban Chỉ huy Quân sự (CHQS) phường Hạc Thành.",
            {("Lò Văn Páo", "Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã Mường Lát"),
             ("Lò Văn Páo", "Chỉ huy trưởng Ban Chỉ huy Quân sự phường Hạc Thành")},
        ),
        # a defence zone command known by its number; a deputy commander "kiêm" its chief of staff
        (
            "Trung tá Vi Văn Đức nhận nhiệm vụ mới với chức vụ Phó Chỉ huy trưởng kiêm Tham mưu trưởng "
            "Ban Chỉ huy Phòng thủ khu vực 3.",
            {("Vi Văn Đức", "Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 3"),
             ("Vi Văn Đức", "Tham mưu trưởng Ban Chỉ huy Phòng thủ khu vực 3")},
        ),
        (
            "Đại tá Lê Văn Hải, Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ CHQS tỉnh Nghệ An, dự họp.",
            {("Lê Văn Hải", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An"),
             ("Lê Văn Hải", "Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An")},
        ),
        # "kiêm" between a director and a party post is two posts of two bodies, as a comma is
        (
            "Ông Trần Văn Ba được bổ nhiệm làm Giám đốc Sở Nội vụ tỉnh Nghệ An kiêm Trưởng Ban Thi đua - Khen thưởng tỉnh.",
            {("Trần Văn Ba", "Giám đốc Sở Nội vụ tỉnh Nghệ An"), ("Trần Văn Ba", "Trưởng Ban Thi đua - Khen thưởng tỉnh Nghệ An")},
        ),
        # a post left "để nhận nhiệm vụ mới là" another
        (
            "Tỉnh Nghệ An: ông Trần Văn Ba thôi giữ cương vị Phó Chủ tịch UBND tỉnh để nhận nhiệm vụ mới là "
            "Trưởng Ban Dân vận Tỉnh ủy.",
            {("Trần Văn Ba", "Trưởng Ban Dân vận Tỉnh ủy Nghệ An")},
        ),
        (
            "Tỉnh Nghệ An: bà Đỗ Thị Hoa thôi làm Giám đốc Sở Nội vụ để nhận nhiệm vụ Phó Chủ tịch HĐND tỉnh.",
            {("Đỗ Thị Hoa", "Phó Chủ tịch HĐND tỉnh Nghệ An")},
        ),
        # the person's post set off by dashes, then the authority that moved them
        (
            "Đại tá Trần Văn Ba - Giám đốc Công an tỉnh Nghệ An - được Bộ trưởng Bộ Công an điều động về Bộ, "
            "bổ nhiệm giữ chức Phó Cục trưởng Cục Cảnh sát hình sự.",
            {("Trần Văn Ba", "Giám đốc Công an tỉnh Nghệ An"), ("Trần Văn Ba", "Phó Cục trưởng Cục Cảnh sát hình sự")},
        ),
        # "A thay ông B giữ chức X": the post is A's, not the one replaced's
        (
            "Ông Trần Văn Ba, Bí thư Tỉnh ủy Nghệ An, thay ông Lê Văn Hùng (nghỉ hưu) giữ chức Bộ trưởng Y tế.",
            {("Trần Văn Ba", "Bí thư Tỉnh ủy Nghệ An"), ("Trần Văn Ba", "Bộ trưởng Bộ Y tế")},
        ),
        ("Bà Đỗ Thị Hoa thay ông Lê Văn Hùng giữ chức Giám đốc Sở Y tế tỉnh Nghệ An.",
         {("Đỗ Thị Hoa", "Giám đốc Sở Y tế tỉnh Nghệ An")}),
        # "A kế nhiệm B giữ chức X" (A succeeds B): the post is A's, as after "thay"
        ("Ông Phan Quốc Dũng kế nhiệm bà Lò Thị Sen giữ chức Giám đốc Sở Y tế tỉnh Điện Biên.",
         {("Phan Quốc Dũng", "Giám đốc Sở Y tế tỉnh Điện Biên")}),
        (
            "Ông Phan Quốc Dũng, Phó Giám đốc Sở Y tế, kế nhiệm bà Lò Thị Sen giữ chức Giám đốc Sở Y tế tỉnh Sơn La.",
            {("Phan Quốc Dũng", "Giám đốc Sở Y tế tỉnh Sơn La"), ("Phan Quốc Dũng", "Phó Giám đốc Sở Y tế tỉnh Sơn La")},
        ),
        ("HĐND tỉnh bầu ông Phan Quốc Dũng kế nhiệm bà Lò Thị Sen giữ chức Chủ tịch UBND tỉnh Điện Biên.",
         {("Phan Quốc Dũng", "Chủ tịch UBND tỉnh Điện Biên")}),
        # … one who only will succeed takes nothing yet, nor does the one succeeded
        ("Ông Phan Quốc Dũng sẽ kế nhiệm bà Lò Thị Sen giữ chức Giám đốc Sở Y tế tỉnh Điện Biên.", set()),
        # … but a clause of the one replaced tells their own new post
        (
            "Ông Trần Văn Ba thay ông Lê Văn Hùng, nguyên Bí thư Huyện ủy Yên Thành, người vừa được bầu giữ chức "
            "Phó Chủ tịch UBND tỉnh Nghệ An.",
            {("Lê Văn Hùng", "Phó Chủ tịch UBND tỉnh Nghệ An")},
        ),
        # "điều động về" a place, not "về làm": the post named after the place's clause is still the verb's
        ("Ông Trần Văn Ba phát biểu về làm kinh tế. Bà Đỗ Thị Hoa, Giám đốc Sở Tài chính tỉnh Nghệ An, dự.",
         {("Đỗ Thị Hoa", "Giám đốc Sở Tài chính tỉnh Nghệ An")}),
    ],
)
def test_party_personnel_news(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the leader of a visiting delegation of a foreign province's government or military command is that province's
        (
            "Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Minh tiếp Đoàn công tác Chính quyền Nhân dân tỉnh Hồ Bắc "
            "(Trung Quốc) do Phó Tỉnh trưởng Trình Dụng Vũ dẫn đầu.",
            {("Phạm Quang Minh", "Chủ tịch UBND tỉnh Ninh Bình"), ("Trình Dụng Vũ", "Phó Tỉnh trưởng tỉnh Hồ Bắc")},
        ),
        (
            "Đoàn đại biểu Bộ Chỉ huy Quân sự (Bộ CHQS) tỉnh Bò Kẹo do Đại tá Bun Khăm Xay, Chính ủy Bộ CHQS tỉnh "
            "làm Trưởng đoàn.",
            {("Bun Khăm Xay", "Chính ủy Bộ Chỉ huy Quân sự tỉnh Bò Kẹo")},
        ),
        # … but the hosts who receive it are not
        (
            "Đồng chí Lê Văn Tám, Phó Bí thư Tỉnh ủy tiếp xã giao Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Bò Kẹo, "
            "nhân dịp đoàn thăm và làm việc tại tỉnh Lào Cai.",
            {("Lê Văn Tám", "Phó Bí thư Tỉnh ủy Lào Cai")},
        ),
        # a city's council is not its province's: it is the one foreign city's the sentence names
        (
            "Sáng 20/12, ông Lê Văn Tâm đã tiếp Đoàn Hội đồng thành phố Cheongju, tỉnh Chungbuk, Hàn Quốc do bà Kim Mi Hee, "
            "Chủ tịch Hội đồng thành phố làm Trưởng đoàn.",
            {("Kim Mi Hee", "Chủ tịch Hội đồng thành phố Cheongju")},
        ),
        # … of two foreign cities named, neither
        (
            "Phía Đức có bà Anna Roth, Chủ tịch Hội đồng thành phố, cùng đại diện thành phố Magdeburg và thành phố "
            "Wernigerode.",
            set(),
        ),
        (
            "Phía Đức có ông Klaus Becker, Bộ trưởng Quốc vụ bang Sachsen-Anhalt; bà Anna Roth, Chủ tịch Hội đồng thành "
            "phố và ông Jens Weber, Thị trưởng Wernigerode.",
            {("Klaus Becker", "Bộ trưởng Quốc vụ bang Sachsen-Anhalt"), ("Anna Roth", "Chủ tịch Hội đồng thành phố Wernigerode"),
             ("Jens Weber", "Thị trưởng thành phố Wernigerode")},
        ),
    ],
)
def test_delegations_and_their_leaders(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a province's board of an economic zone named after a town, and its other zones
        (
            "Điều động ông Lê Văn Hùng, Trưởng Ban Quản lý Khu kinh tế Vân Đồn và các Khu công nghiệp tỉnh Quảng Ninh, "
            "giữ chức Giám đốc Sở Xây dựng tỉnh Quảng Ninh.",
            {("Lê Văn Hùng", "Trưởng Ban Quản lý Khu kinh tế Vân Đồn và các Khu công nghiệp tỉnh Quảng Ninh"),
             ("Lê Văn Hùng", "Giám đốc Sở Xây dựng tỉnh Quảng Ninh")},
        ),
        # titles after "từng làm" are the subject's: the capitalised words after them are no person
        ("Tại tỉnh Quảng Bình, ông đã từng làm Phó Chủ tịch UBND tỉnh, Bí thư Thành ủy Đồng Hới.", set()),
    ],
)
def test_zone_boards_and_predicate_titles(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the acting post the government gives
        ("Thủ tướng giao quyền Chủ tịch UBND tỉnh Cao Bằng cho ông Lê Văn Tám.", {("Lê Văn Tám", "Quyền Chủ tịch UBND tỉnh Cao Bằng")}),
        # the chair named by the unit alone, at home
        ("Chủ tịch tỉnh Thanh Hóa Lê Văn Tám ký quyết định.", {("Lê Văn Tám", "Chủ tịch UBND tỉnh Thanh Hóa")}),
        ("Ông Vũ Văn Ba, Chủ tịch huyện Mường Tè dự.", {("Vũ Văn Ba", "Chủ tịch UBND huyện Mường Tè")}),
        # … abroad the same words are no People's Committee (a Lao province's: its head, the province's own office)
        ("Ông Sổm Phết Ma Ni, Phó Chủ tịch tỉnh Xiêng Khoảng dự.", {("Sổm Phết Ma Ni", "Phó Chủ tịch tỉnh Xiêng Khoảng")}),
        # an ethnic-minority name opening with "A" is a Vietnamese one, in an article about a foreign province too
        (
            "Đoàn tỉnh Rattanakiri thăm tỉnh Kon Tum. Tiếp Đoàn có Phó Bí thư Thường trực Tỉnh ủy A Lên; Phó Bí thư "
            "Tỉnh ủy Y Hoa.",
            {("A Lên", "Phó Bí thư Thường trực Tỉnh ủy Kon Tum"), ("Y Hoa", "Phó Bí thư Tỉnh ủy Kon Tum")},
        ),
    ],
)
def test_acting_chairs_units_and_minority_names(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # merger news: "sau sáp nhập làm" is the post taken in the merged unit, no other verb needed
        (
            "Ông Trịnh Văn Bảy - Bí thư Tỉnh ủy Bắc Kạn sau sáp nhập làm Chủ tịch UBND tỉnh Thái Nguyên.",
            {("Trịnh Văn Bảy", "Bí thư Tỉnh ủy Bắc Kạn"), ("Trịnh Văn Bảy", "Chủ tịch UBND tỉnh Thái Nguyên")},
        ),
        # … but a plain "làm" after a clause word is no appointment
        ("Ông Trịnh Văn Bảy, khi làm Bí thư Huyện ủy Ba Chẽ, đã mở nhiều trường học.", set()),
        # posts listed after one verb, a comma between them, all go to the person
        (
            "Ông Đào Văn Chín, Bí thư Tỉnh ủy Hậu Giang giữ chức Phó Bí thư Thành ủy, Chủ tịch HĐND TP Cần Thơ.",
            {("Đào Văn Chín", "Bí thư Tỉnh ủy Hậu Giang"), ("Đào Văn Chín", "Phó Bí thư Thành ủy Cần Thơ"),
             ("Đào Văn Chín", "Chủ tịch HĐND thành phố Cần Thơ")},
        ),
        # … but a title right before the next name is that name's
        (
            "Kỳ họp bầu ông Đào Văn Chín giữ chức Chủ tịch HĐND tỉnh Nam Định, Phó Chủ tịch UBND tỉnh Lý Thị Mai phát biểu.",
            {("Đào Văn Chín", "Chủ tịch HĐND tỉnh Nam Định")},
        ),
        # the deciding body named between the person and the post
        (
            "HĐND tỉnh miễn nhiệm đối với ông Lò Văn Tịnh, người vừa được Ban Bí thư điều động và chỉ định giữ chức "
            "Phó Bí thư Tỉnh ủy Nghệ An nhiệm kỳ 2025–2030, đồng thời được bầu làm Chủ tịch UBND tỉnh Nghệ An.",
            {("Lò Văn Tịnh", "Phó Bí thư Tỉnh ủy Nghệ An"), ("Lò Văn Tịnh", "Chủ tịch UBND tỉnh Nghệ An")},
        ),
        # "bầu bổ sung làm" (elected to fill a seat) takes the post as "bầu làm" does
        ("Ông Quàng Văn Sinh được bầu bổ sung làm Ủy viên UBND tỉnh Sơn La.",
         {("Quàng Văn Sinh", "Ủy viên UBND tỉnh Sơn La")}),
        (
            "Kỳ họp đã bầu bổ sung bà Lò Thị Hoa làm Phó Chủ tịch UBND tỉnh Điện Biên nhiệm kỳ 2021-2026.",
            {("Lò Thị Hoa", "Phó Chủ tịch UBND tỉnh Điện Biên")},
        ),
        # … "làm" with no post after it is no appointment
        ("Ông Quàng Văn Sinh đề nghị bầu bổ sung làm rõ trách nhiệm của Sở Y tế tỉnh Sơn La.", set()),
    ],
)
def test_posts_taken(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign party's politburo is named with the party, and the titles after it stay the person's
        (
            "Đoàn hội đàm với đồng chí Chu Đại Hải, Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc, Bí thư Tỉnh ủy Vân Nam.",
            {("Chu Đại Hải", "Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc"), ("Chu Đại Hải", "Bí thư Tỉnh ủy Vân Nam")},
        ),
        # its standing committee, "Trung ương" between the body and the party
        (
            "Đoàn hội kiến ông Chu Đại Hải, Ủy viên Thường vụ Bộ Chính trị Trung ương Đảng Cộng sản Trung Quốc.",
            {("Chu Đại Hải", "Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc")},
        ),
        # the Vietnamese party's politburo goes without saying
        (
            "Ông Lê Văn Tám, Ủy viên Bộ Chính trị Đảng Cộng sản Việt Nam, dự lễ.",
            {("Lê Văn Tám", "Ủy viên Bộ Chính trị")},
        ),
        # the Chinese People's Political Consultative Conference, named with its country
        (
            "Phó Chủ tịch Chính hiệp toàn quốc Trung Quốc Chu Đại Hải thăm Hà Nội.",
            {("Chu Đại Hải", "Phó Chủ tịch Chính hiệp toàn quốc Trung Quốc")},
        ),
    ],
)
def test_foreign_party_bodies(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles in lower case, their bodies as named: the style of some national papers
        (
            "Ông Hà Văn Sáu - ủy viên Ban Chấp hành Trung ương Đảng, bí thư Tỉnh ủy, chủ tịch HĐND tỉnh Phú Yên - phát biểu.",
            {("Hà Văn Sáu", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             ("Hà Văn Sáu", "Bí thư Tỉnh ủy Phú Yên"), ("Hà Văn Sáu", "Chủ tịch HĐND tỉnh Phú Yên")},
        ),
        (
            "Kỳ họp bầu bà Lò Thị Bảy làm phó chủ tịch UBND tỉnh Sơn La nhiệm kỳ 2021 - 2026.",
            {("Lò Thị Bảy", "Phó Chủ tịch UBND tỉnh Sơn La")},
        ),
        # a lower-case role with no body named is no title
        ("Ông Hà Văn Sáu, chủ tịch, phát biểu tại buổi lễ.", set()),
    ],
)
def test_lower_case_titles(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "TƯ", "TW" end a central body's name as "T.Ư" does; the office spells "Trung ương" out
        (
            "Ông Lưu Quang Tám, Phó Trưởng ban Tuyên giáo TW, dự hội nghị tại Hà Tĩnh.",
            {("Lưu Quang Tám", "Phó Trưởng Ban Tuyên giáo Trung ương")},
        ),
        # "UB" shortens "Ủy ban" before a committee's name, in lower-case styles too
        (
            "Ông Lưu Quang Tám, phó chủ nhiệm UB Kiểm tra TƯ, được chỉ định làm Bí thư Tỉnh ủy Nghệ An.",
            {("Lưu Quang Tám", "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"), ("Lưu Quang Tám", "Bí thư Tỉnh ủy Nghệ An")},
        ),
        (
            "Bà Đàm Thị Chín, Chủ nhiệm UB Kiểm tra Tỉnh ủy Cao Bằng, phát biểu.",
            {("Đàm Thị Chín", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Cao Bằng")},
        ),
        # an inspection committee whose party committee the text leaves out is nobody's
        ("Bà Đàm Thị Chín, Chủ nhiệm UB Kiểm tra, phát biểu.", set()),
    ],
)
def test_central_and_committee_short_forms(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party committee named alone before a post in an organisation is that organisation's
        (
            "Dự hội nghị có ông Vũ Đình Lâm, Bí thư Đảng ủy, Giám đốc Sở Tài chính tỉnh Yên Bái.",
            {("Vũ Đình Lâm", "Bí thư Đảng ủy Sở Tài chính tỉnh Yên Bái"), ("Vũ Đình Lâm", "Giám đốc Sở Tài chính tỉnh Yên Bái")},
        ),
        (
            "Thiếu tướng Hồ Quang Trung - Phó Bí thư Đảng ủy, Tư lệnh Quân khu 7 phát biểu.",
            {("Hồ Quang Trung", "Phó Bí thư Đảng ủy Quân khu 7"), ("Hồ Quang Trung", "Tư lệnh Quân khu 7")},
        ),
        # … before a post of a ward's People's Committee, the ward's committee
        (
            "Ông Đặng Văn Tú, Bí thư Đảng ủy, Chủ tịch UBND phường Phú Lợi, dự lễ.",
            {("Đặng Văn Tú", "Bí thư Đảng ủy phường Phú Lợi"), ("Đặng Văn Tú", "Chủ tịch UBND phường Phú Lợi")},
        ),
        # … and before a foreign province's head, that province's
        (
            "Ông Lý Cường Hoa, Phó Bí thư Đảng ủy, Tỉnh trưởng tỉnh Vân Nam, tiếp đoàn.",
            {("Lý Cường Hoa", "Phó Bí thư Đảng ủy tỉnh Vân Nam"), ("Lý Cường Hoa", "Tỉnh trưởng tỉnh Vân Nam")},
        ),
    ],
)
def test_party_committee_of_the_next_post(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a photo caption says where the person stands between the name and the titles
        (
            "Ông Bùi Văn Sáng (bên trái), Giám đốc Sở Ngoại vụ tỉnh Lào Cai tặng quà đoàn.",
            {("Bùi Văn Sáng", "Giám đốc Sở Ngoại vụ tỉnh Lào Cai")},
        ),
        (
            "Bà Lò Thị Mai (phải), Chủ tịch UBND tỉnh Điện Biên và ông Hà Văn Khoa (thứ hai từ trái), "
            "Phó Chủ tịch UBND tỉnh Lai Châu ký biên bản.",
            {("Lò Thị Mai", "Chủ tịch UBND tỉnh Điện Biên"), ("Hà Văn Khoa", "Phó Chủ tịch UBND tỉnh Lai Châu")},
        ),
    ],
)
def test_caption_place_after_the_name(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a shared title, then each name with its own title in brackets
        (
            "Các Phó Bí thư Tỉnh ủy Quảng Trị gồm các ông: Hồ Văn Lực (Chủ tịch HĐND tỉnh), Lê Minh Sang (Chủ tịch "
            "UBND tỉnh) và Đinh Công Bảo (Trưởng Ban Tổ chức Tỉnh ủy).",
            {("Hồ Văn Lực", "Phó Bí thư Tỉnh ủy Quảng Trị"), ("Lê Minh Sang", "Phó Bí thư Tỉnh ủy Quảng Trị"),
             ("Đinh Công Bảo", "Phó Bí thư Tỉnh ủy Quảng Trị"), ("Hồ Văn Lực", "Chủ tịch HĐND tỉnh Quảng Trị"),
             ("Lê Minh Sang", "Chủ tịch UBND tỉnh Quảng Trị"), ("Đinh Công Bảo", "Trưởng Ban Tổ chức Tỉnh ủy Quảng Trị")},
        ),
        # an aside on the person before the new post: the aside's post is a former one
        (
            "Bộ Chính trị điều động ông Tạ Quang Vĩnh, người từng giữ chức Bí thư Tỉnh ủy Bến Tre, làm Phó Trưởng "
            "Ban Kinh tế Trung ương.",
            {("Tạ Quang Vĩnh", "Phó Trưởng Ban Kinh tế Trung ương")},
        ),
        # … and with no verb of appointing, no new post
        (
            "Ông Tạ Quang Vĩnh, người từng giữ chức Bí thư Tỉnh ủy Bến Tre, làm việc với đoàn công tác.",
            set(),
        ),
        # a post in brackets after a list of names is each one's, and the new post too
        (
            "Các ông Hồ Văn Lực, Lê Minh Sang và Đinh Công Bảo (cùng giữ chức phó chủ tịch UBND tỉnh Kon Tum nhiệm "
            "kỳ 2016 - 2021) được bầu tiếp tục giữ chức phó chủ tịch UBND tỉnh nhiệm kỳ mới.",
            {("Hồ Văn Lực", "Phó Chủ tịch UBND tỉnh Kon Tum"), ("Lê Minh Sang", "Phó Chủ tịch UBND tỉnh Kon Tum"),
             ("Đinh Công Bảo", "Phó Chủ tịch UBND tỉnh Kon Tum")},
        ),
        (
            "Các bà Lò Thị Hoa và Vi Thị Hạnh (đều là Phó Giám đốc Sở Y tế tỉnh Lai Châu) dự hội nghị.",
            {("Lò Thị Hoa", "Phó Giám đốc Sở Y tế tỉnh Lai Châu"), ("Vi Thị Hạnh", "Phó Giám đốc Sở Y tế tỉnh Lai Châu")},
        ),
    ],
)
def test_personnel_lists_and_asides(text, expected):
    assert offices_of(text) == expected


def test_an_asides_post_is_former():
    text = ("Bộ Chính trị điều động ông Tạ Quang Vĩnh, người từng giữ chức Bí thư Tỉnh ủy Bến Tre, làm Phó Trưởng "
            "Ban Kinh tế Trung ương.")
    assert ("Tạ Quang Vĩnh", "formerlyHeldOffice", "Bí thư Tỉnh ủy Bến Tre") in facts_of(text)


def test_a_post_given_to_others_named_after_the_speaker_is_theirs():
    # the speaker congratulates those elected: the posts are theirs, not the speaker's
    text = ("Chủ tịch HĐND tỉnh Phú Yên Lê Hoàng Nam chúc mừng các vị được bầu giữ chức danh Phó Chủ tịch UBND tỉnh, "
            "Ủy viên UBND tỉnh.")
    assert offices_of(text) == {("Lê Hoàng Nam", "Chủ tịch HĐND tỉnh Phú Yên")}
    # who elected them is no subject of the verb
    text = ("Các Phó Chủ tịch hiện tại là Lê Hoàng Nam, Trần Minh Khoa cũng được các đại biểu bầu tiếp tục giữ chức "
            "Phó Chủ tịch UBND tỉnh Phú Yên.")
    assert offices_of(text) == {("Lê Hoàng Nam", "Phó Chủ tịch UBND tỉnh Phú Yên"), ("Trần Minh Khoa", "Phó Chủ tịch UBND tỉnh Phú Yên")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a district's Youth Union ("Huyện Đoàn"): "Đoàn" is no family name opening a person there
        (
            "Ông Vàng Seo Chử kinh qua các chức vụ bí thư Huyện Đoàn Bắc Hà, phó bí thư Tỉnh ủy Lào Cai.",
            set(),
        ),
        ("Bà Lò Thị Mai, Bí thư Huyện đoàn Mường Tè, phát biểu tại buổi lễ.", {("Lò Thị Mai", "Bí thư Huyện đoàn Mường Tè")}),
        ("Ông Đoàn Văn Hùng, Bí thư Quận đoàn Hoàn Kiếm, phát biểu.", {("Đoàn Văn Hùng", "Bí thư Quận đoàn Hoàn Kiếm")}),
    ],
)
def test_district_youth_union(text, expected):
    assert offices_of(text) == expected


def test_the_central_policy_and_strategy_commission_is_one_body_despite_its_comma():
    # "Ban Chính sách, chiến lược Trung ương" (from 2025): the comma inside its name ends no title
    text = "Dự có ông Trần Văn Bình, Phó Trưởng ban Chính sách, chiến lược Trung ương."
    assert offices_of(text) == {("Trần Văn Bình", "Phó Trưởng ban Chính sách, chiến lược Trung ương")}


def test_the_leader_of_a_foreign_countrys_delegation_holds_that_countrys_national_titles():
    text = ("Đại tướng Phan Văn Hòa, Bộ trưởng Bộ Quốc phòng đón đoàn đại biểu Campuchia do Đại tướng Sok Vanna - Phó "
            "Thủ tướng, Bộ trưởng Bộ Quốc phòng dẫn đầu.")
    assert offices_of(text) == {("Phan Văn Hòa", "Bộ trưởng Bộ Quốc phòng"), ("Sok Vanna", "Phó Thủ tướng Campuchia"),
                                ("Sok Vanna", "Bộ trưởng Bộ Quốc phòng Campuchia")}
    # a delegation of Vietnam, or titles after the leader is told, take no country from it
    assert offices_of("Đoàn đại biểu Việt Nam do ông Lê Văn Hòa, Phó Thủ tướng dẫn đầu.") == {("Lê Văn Hòa", "Phó Thủ tướng Chính phủ")}
    assert ("Sok Chenda", "Thứ trưởng Bộ Quốc phòng Campuchia") not in offices_of(
        "Ông Lê Văn Hòa tiếp đoàn đại biểu Campuchia do ông Sok Vanna dẫn đầu, cùng dự có ông Sok Chenda, Thứ trưởng Bộ Quốc phòng.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of posts, one "ông A làm <post>" clause each, is a list of appointments
        (
            "Long An: Ông Phan Văn Kiệt làm chủ tịch HĐND tỉnh; ông Đỗ Minh Quân làm chủ tịch UBND tỉnh.",
            {("Phan Văn Kiệt", "Chủ tịch HĐND tỉnh Long An"), ("Đỗ Minh Quân", "Chủ tịch UBND tỉnh Long An")},
        ),
        # … one such clause alone tells no appointment
        ("Ông Phan Văn Kiệt làm Chủ tịch UBND tỉnh Long An nhiều năm.", set()),
        # … nor does a clause whose "làm" is no post
        (
            "Ông Phan Văn Kiệt làm việc với tỉnh Long An; ông Đỗ Minh Quân làm Chủ tịch UBND tỉnh Long An nhiều năm.",
            set(),
        ),
    ],
)
def test_a_list_of_posts_told_with_lam(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the person's age in brackets stands between the name and the title
        (
            "Ban Thường vụ Tỉnh ủy An Giang cho ông Lê Văn An (56 tuổi), Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy An Giang, nghỉ hưu trước tuổi.",
            {("Lê Văn An", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy An Giang")},
        ),
        # "được tín nhiệm, bầu giữ chức …": the vote of confidence before the verb of appointing
        (
            "Tại kỳ họp, ông Lê Văn An, Phó Bí thư Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban Nhân dân tỉnh Thái Nguyên "
            "được tín nhiệm, bầu giữ chức Chủ tịch Ủy ban Nhân dân tỉnh nhiệm kỳ 2016-2021.",
            {("Lê Văn An", "Phó Bí thư Tỉnh ủy Thái Nguyên"), ("Lê Văn An", "Phó Chủ tịch Thường trực UBND tỉnh Thái Nguyên"),
             ("Lê Văn An", "Chủ tịch UBND tỉnh Thái Nguyên")},
        ),
        # a department written with "&"
        (
            "Sáng 24/4, Bộ trưởng Bộ Văn hóa, Thể thao & Du lịch Lê Văn An đã thăm tỉnh Thái Nguyên.",
            {("Lê Văn An", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")},
        ),
        (
            "Ông Lê Văn An, Giám đốc Sở Khoa học & Công nghệ tỉnh Thái Nguyên, phát biểu.",
            {("Lê Văn An", "Giám đốc Sở Khoa học và Công nghệ tỉnh Thái Nguyên")},
        ),
    ],
)
def test_ages_votes_and_ampersands(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a post whose term ended before the page's year ("nhiệm kỳ 2011-2016", "giai đoạn 2015 - 2020") is held no more
        ("Ông Hà Văn Sơn, Chủ tịch UBND tỉnh Phú Thọ nhiệm kỳ 2011-2016, về thăm trường cũ.", set()),
        ("Dự lễ có bà Lò Thị Hoa, Bí thư Tỉnh ủy Lai Châu giai đoạn 2015 - 2020.", set()),
        # … a term running into the page's year is the post's now
        ("Ông Hà Văn Sơn, Bí thư Tỉnh ủy Phú Thọ nhiệm kỳ 2020-2025, dự lễ.", {("Hà Văn Sơn", "Bí thư Tỉnh ủy Phú Thọ")}),
        # … and a post taken for a past term is the news of its day
        ("Năm 2016, ông Hà Văn Sơn được bầu giữ chức Chủ tịch UBND tỉnh Phú Thọ nhiệm kỳ 2016 - 2021.",
         {("Hà Văn Sơn", "Chủ tịch UBND tỉnh Phú Thọ")}),
    ],
)
def test_a_post_of_a_term_ended_before_the_page_is_former(text, expected):
    assert offices_of(text, published=dt.date(2025, 5, 20)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a central Party or National Assembly post told with its numbered term, ended before the page: held no more
        ("Ông Trần Văn Hùng, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương khóa XII, dự lễ.",
         {("Trần Văn Hùng", "Ủy viên Bộ Chính trị")}),
        ("Bà Lê Thị Hoa, Phó Chủ tịch Quốc hội khóa XIV, về thăm trường cũ.", set()),
        ("Ông Trần Văn Hùng, Ủy viên Trung ương Đảng khóa XII, dự lễ.", set()),
        # near-misses: a term running at the page's date, a post taken for that term, a province's numbered term
        ("Ông Trần Văn Hùng, Ủy viên Trung ương Đảng khóa XIII, dự lễ.",
         {("Trần Văn Hùng", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")}),
        ("Năm 2016, bà Lê Thị Hoa được bầu giữ chức Phó Chủ tịch Quốc hội khóa XIV.", {("Lê Thị Hoa", "Phó Chủ tịch Quốc hội")}),
        ("Ông Trần Văn Hùng, Bí thư Tỉnh ủy Nghệ An khóa XVIII, dự lễ.", {("Trần Văn Hùng", "Bí thư Tỉnh ủy Nghệ An")}),
    ],
)
def test_a_central_post_of_a_numbered_term_ended_is_former(text, expected):
    assert offices_of(text, published=dt.date(2023, 5, 20)) == expected


def test_the_lao_ministry_of_information_culture_and_tourism():
    text = "Tham dự có Bộ trưởng Thông tin, Văn hóa và Du lịch Lào Bua Khăm và nhiều quan chức."
    assert offices_of(text) == {("Bua Khăm", "Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "thành phố" beside a sibling title of a city names that city
        (
            "Đồng chí Lê Văn Cường, Bí thư Thành ủy Móng Cái, Chủ tịch HĐND thành phố phát biểu.",
            {("Lê Văn Cường", "Bí thư Thành ủy Móng Cái"), ("Lê Văn Cường", "Chủ tịch HĐND thành phố Móng Cái")},
        ),
        (
            "Bà Trịnh Thị Hoa, Phó Bí thư Thành ủy Cẩm Phả, Chủ tịch UBND TP phát biểu.",
            {("Trịnh Thị Hoa", "Phó Bí thư Thành ủy Cẩm Phả"), ("Trịnh Thị Hoa", "Chủ tịch UBND thành phố Cẩm Phả")},
        ),
        # a post named as one to fill is not the next name's
        (
            "Trong thời gian chờ kiện toàn chức vụ Bí thư Thành ủy Uông Bí, đồng chí Lê Văn Cường, "
            "Phó Bí thư Thành ủy Uông Bí được giao phụ trách Đảng bộ thành phố.",
            {("Lê Văn Cường", "Phó Bí thư Thành ủy Uông Bí")},
        ),
        # … though it says which committee the name's own titles are of
        (
            "Trong thời gian chờ kiện toàn chức vụ Bí thư Thành ủy Uông Bí, đồng chí Lê Văn Cường, "
            "Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố được giao phụ trách Đảng bộ thành phố.",
            {("Lê Văn Cường", "Phó Bí thư Thường trực Thành ủy Uông Bí"), ("Lê Văn Cường", "Chủ tịch HĐND thành phố Uông Bí")},
        ),
        ("Bí thư Thành ủy Uông Bí, đồng chí Lê Văn Cường phát biểu.", {("Lê Văn Cường", "Bí thư Thành ủy Uông Bí")}),
    ],
)
def test_a_city_named_by_a_sibling_title_and_a_post_to_fill(text, expected):
    assert offices_of(text) == expected


def test_a_foreign_places_country_may_stand_aside_between_title_and_name():
    text = "Đoàn làm việc với Thống đốc tỉnh Primorsky, LB Nga, ông Ivan Petrov."
    assert offices_of(text) == {("Ivan Petrov", "Thống đốc vùng Primorsky")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # … or in brackets, right before the name
        ("Phó Thống đốc tỉnh Nakhon Phanom (Thái Lan) Somsak Prasert cho biết.",
         {("Somsak Prasert", "Phó Thống đốc tỉnh Nakhon Phanom")}),
        ("Thống đốc tỉnh Chiba (Nhật Bản) Tanaka Jun phát biểu.", {("Tanaka Jun", "Thống đốc tỉnh Chiba")}),
        ("Tiếp đoàn có Tỉnh trưởng tỉnh Hủa Phăn (Lào) Xổm Vi La.", {("Xổm Vi La", "Tỉnh trưởng tỉnh Hủa Phăn")}),
        # … a place after the brackets is no holder
        ("Đoàn của Phó Thống đốc tỉnh Nakhon Phanom (Thái Lan) Quảng Trị đón tiếp.", set()),
    ],
)
def test_a_foreign_places_country_in_brackets_between_title_and_name(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # who stands beside a title's holder, told by "là", holds only their own title
        (
            "Thủ tướng Trần Văn Hải dự Đại hội Đảng bộ tỉnh Nghệ An. Bên cạnh Thủ tướng là Bí thư Tỉnh ủy Nghệ An "
            "Lê Văn Tâm.",
            {("Trần Văn Hải", "Thủ tướng Chính phủ"), ("Lê Văn Tâm", "Bí thư Tỉnh ủy Nghệ An")},
        ),
        (
            "Cùng với Chủ tịch UBND tỉnh là Giám đốc Sở Ngoại vụ tỉnh Lào Cai Đỗ Minh Hòa.",
            {("Đỗ Minh Hòa", "Giám đốc Sở Ngoại vụ tỉnh Lào Cai")},
        ),
    ],
)
def test_the_one_beside_a_title_is_not_its_holder(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the standing board joined with the post is the post's committee's
        (
            "Bộ Chính trị chỉ định ông Đặng Minh Tâm tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư "
            "Thành ủy Hải Phòng.",
            {("Đặng Minh Tâm", "Bí thư Thành ủy Hải Phòng"), ("Đặng Minh Tâm", "Ủy viên Ban Thường vụ Thành ủy Hải Phòng")},
        ),
        # … of no other body's post
        (
            "Ông Đặng Minh Tâm được chỉ định tham gia Ban Thường vụ Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh Thanh Hóa.",
            {("Đặng Minh Tâm", "Chủ tịch UBND tỉnh Thanh Hóa")},
        ),
        # the post of the term before, held again once re-elected; without that, left out
        (
            "Kỳ họp thứ nhất HĐND tỉnh Nghệ An khóa XIX đã bầu các chức danh. Chủ tịch UBND tỉnh nhiệm kỳ trước "
            "Hồ Văn An, Phó Bí thư Tỉnh ủy, được tín nhiệm bầu lại.",
            {("Hồ Văn An", "Chủ tịch UBND tỉnh Nghệ An"), ("Hồ Văn An", "Phó Bí thư Tỉnh ủy Nghệ An")},
        ),
        (
            "Kỳ họp thứ nhất HĐND tỉnh Nghệ An khóa XIX đã bầu các chức danh. Chủ tịch UBND tỉnh nhiệm kỳ trước "
            "Hồ Văn An phát biểu chia tay.",
            set(),
        ),
        # names listed, then "lần lượt là" and as many posts: one each, in order; a count that differs, none
        (
            "HĐND tỉnh Nghệ An họp. Ông Hồ Văn An, bà Lê Thị Bình lần lượt là Phó Chủ tịch HĐND tỉnh và Phó Chủ tịch "
            "UBND tỉnh.",
            {("Hồ Văn An", "Phó Chủ tịch HĐND tỉnh Nghệ An"), ("Lê Thị Bình", "Phó Chủ tịch UBND tỉnh Nghệ An")},
        ),
        (
            "Ông Hồ Văn An, Lê Văn Bình và Trần Văn Cường lần lượt là Bí thư Tỉnh ủy Nghệ An, Chủ tịch UBND tỉnh Hà Tĩnh.",
            set(),
        ),
        # the elected of a session, listed under their shared post
        (
            "Kỳ họp thứ nhất HĐND tỉnh Nghệ An khóa XIX đã bầu các chức danh. Ba Phó Chủ tịch UBND tỉnh trúng cử "
            "gồm các ông Hồ Văn An, Lê Đức Bình và bà Trần Thị Cúc.",
            {("Hồ Văn An", "Phó Chủ tịch UBND tỉnh Nghệ An"), ("Lê Đức Bình", "Phó Chủ tịch UBND tỉnh Nghệ An"),
             ("Trần Thị Cúc", "Phó Chủ tịch UBND tỉnh Nghệ An")},
        ),
        # a council's officer is a delegate of that council, not of the province the person left
        (
            "Kỳ họp bầu bổ sung bà Phạm Thị Hạnh, nguyên Phó Chủ tịch UBND tỉnh Bến Tre, nay là Phó Chủ tịch HĐND "
            "tỉnh Vĩnh Long, giữ chức Trưởng Ban Pháp chế HĐND tỉnh.",
            {("Phạm Thị Hạnh", "Phó Chủ tịch HĐND tỉnh Vĩnh Long"), ("Phạm Thị Hạnh", "Trưởng Ban Pháp chế HĐND tỉnh Vĩnh Long")},
        ),
        # … and a post of the People's Committee takes no place from the council
        (
            "Kỳ họp bầu bà Phạm Thị Hạnh, nguyên Phó Chủ tịch UBND tỉnh Bến Tre, nay là Phó Chủ tịch HĐND "
            "tỉnh Vĩnh Long, giữ chức Phó Chủ tịch UBND tỉnh.",
            {("Phạm Thị Hạnh", "Phó Chủ tịch HĐND tỉnh Vĩnh Long")},
        ),
        # the post right after "được bổ nhiệm"
        (
            "UBND tỉnh Quảng Trị trao quyết định về công tác cán bộ. Bà Lê Thị Hoa, Phó Chánh Văn phòng UBND tỉnh, "
            "được bổ nhiệm Phó Giám đốc Sở Công Thương.",
            {("Lê Thị Hoa", "Phó Chánh Văn phòng UBND tỉnh Quảng Trị"), ("Lê Thị Hoa", "Phó Giám đốc Sở Công Thương tỉnh Quảng Trị")},
        ),
    ],
)
def test_sessions_elect_and_appoint(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the verb names the post as a position ("cương vị", "vị trí")
        (
            "Kỳ họp thứ nhất HĐND tỉnh Hưng Yên đã bầu ông Trần Văn Hạ làm Chủ tịch HĐND tỉnh; bà Đỗ Thị Mai, "
            "Trưởng Ban Dân vận Tỉnh ủy, đảm nhiệm cương vị Phó Chủ tịch HĐND tỉnh.",
            {("Trần Văn Hạ", "Chủ tịch HĐND tỉnh Hưng Yên"), ("Đỗ Thị Mai", "Phó Chủ tịch HĐND tỉnh Hưng Yên"),
             ("Đỗ Thị Mai", "Trưởng Ban Dân vận Tỉnh ủy Hưng Yên")},
        ),
        (
            "Ông Lê Văn Hòa, Phó Giám đốc Sở Tài chính tỉnh Nghệ An, giữ vị trí Giám đốc Sở Tài chính tỉnh Hà Tĩnh.",
            {("Lê Văn Hòa", "Phó Giám đốc Sở Tài chính tỉnh Nghệ An"), ("Lê Văn Hòa", "Giám đốc Sở Tài chính tỉnh Hà Tĩnh")},
        ),
    ],
)
def test_a_post_taken_as_a_position(text, expected):
    assert offices_of(text) == expected


def test_one_approval_for_a_list_of_posts_each_for_its_person():
    text = ("Theo đó, Ủy ban Thường vụ Quốc hội phê chuẩn kết quả bầu: Chủ tịch HĐND tỉnh Nghệ An khóa XIX đối với "
            "ông Trần Văn An kể từ ngày 22/6/2021; Chủ tịch HĐND tỉnh Hà Tĩnh khóa XIX đối với ông Lê Văn Bình kể từ "
            "ngày 24/6/2021; Chủ tịch HĐND tỉnh Quảng Bình khóa XIX đối với bà Nguyễn Thị Châu kể từ ngày 23/6/2021; "
            "Chủ tịch HĐND tỉnh Quảng Trị khóa X đối với ông Hồ Văn Dũng kể từ ngày 25/6/2021.")
    assert offices_of(text) == {("Trần Văn An", "Chủ tịch HĐND tỉnh Nghệ An"), ("Lê Văn Bình", "Chủ tịch HĐND tỉnh Hà Tĩnh"),
                                ("Nguyễn Thị Châu", "Chủ tịch HĐND tỉnh Quảng Bình"), ("Hồ Văn Dũng", "Chủ tịch HĐND tỉnh Quảng Trị")}
    # a dismissal's list: each post a former one
    dismissed = ("Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Nghệ An đối với ông Trần Văn An; "
                 "Phó Chủ tịch UBND tỉnh Hà Tĩnh đối với ông Lê Văn Bình.")
    assert {(s, o) for s, r, o in facts_of(dismissed) if r == "formerlyHeldOffice"} == {
        ("Trần Văn An", "Phó Chủ tịch UBND tỉnh Nghệ An"), ("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh Hà Tĩnh")}
    # no verb before the list: no fact
    assert offices_of("Danh sách: Chủ tịch HĐND tỉnh Nghệ An đối với ông Trần Văn An; Chủ tịch HĐND tỉnh Hà Tĩnh "
                      "đối với ông Lê Văn Bình.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # re-elected to the post held the term before: the person's own titles are of that province
        (
            "Thủ tướng Chính phủ đã ký các Quyết định phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Nghệ An nhiệm "
            "kỳ 2021-2026 đối với ông Trần Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021; và chức "
            "vụ Phó Chủ tịch UBND tỉnh Hà Tĩnh đối với ông Lê Văn Bình, Giám đốc Sở Tài chính.",
            {("Trần Văn An", "Chủ tịch UBND tỉnh Nghệ An"), ("Trần Văn An", "Phó Bí thư Tỉnh ủy Nghệ An"),
             ("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh Hà Tĩnh")},
        ),
        # a city's chairman elected a province's: not the post he held; whose committee, unknown
        (
            "Thủ tướng Chính phủ đã ký các Quyết định phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Nghệ An đối với "
            "ông Trần Văn An, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; và chức vụ Phó Chủ tịch UBND tỉnh Hà Tĩnh "
            "đối với ông Lê Văn Bình.",
            {("Trần Văn An", "Chủ tịch UBND tỉnh Nghệ An"), ("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh Hà Tĩnh")},
        ),
    ],
)
def test_a_post_kept_for_another_term_places_the_persons_titles(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare "Đại sứ quán" is the one mission of the person's country the sentence before named
        (
            "Ngày 24/9, Đại sứ đặc mệnh toàn quyền Việt Nam tại Pháp Lê Minh Tâm đã tiếp đoàn tại Paris. Bà Trần Thu Hà, "
            "Tham tán Công sứ Đại sứ quán, đi cùng đoàn.",
            {("Lê Minh Tâm", "Đại sứ Việt Nam tại Pháp"), ("Trần Thu Hà", "Tham tán Công sứ Đại sứ quán Việt Nam tại Pháp")},
        ),
        (
            "Đoàn thăm Đại sứ quán Việt Nam tại Nhật Bản. Ông Trần Văn Bình, Bí thư Thứ nhất Đại sứ quán, giới thiệu.",
            {("Trần Văn Bình", "Bí thư Thứ nhất Đại sứ quán Việt Nam tại Nhật Bản")},
        ),
        # … or the sentence itself
        (
            "Tại Đại sứ quán Việt Nam tại Nhật Bản, ông Trần Văn Bình, Tham tán Công sứ Đại sứ quán, giới thiệu.",
            {("Trần Văn Bình", "Tham tán Công sứ Đại sứ quán Việt Nam tại Nhật Bản")},
        ),
        # another paragraph, two missions, or a rank named alone: which mission, unknown
        (
            "Ngày 24/9, Đại sứ đặc mệnh toàn quyền Việt Nam tại Pháp Lê Minh Tâm đã tiếp đoàn tại Paris.\n"
            "Bà Trần Thu Hà, Tham tán Công sứ Đại sứ quán, đi cùng đoàn.",
            {("Lê Minh Tâm", "Đại sứ Việt Nam tại Pháp")},
        ),
        (
            "Đoàn thăm Đại sứ quán Việt Nam tại Nhật Bản và Đại sứ quán Việt Nam tại Hàn Quốc. Ông Trần Văn Bình, Bí thư "
            "Thứ nhất Đại sứ quán, giới thiệu.",
            set(),
        ),
        ("Đoàn thăm Đại sứ quán Việt Nam tại Nhật Bản. Ông Trần Văn Bình, Tham tán Thương mại, giới thiệu.", set()),
        # a foreign diplomat is not of Vietnam's mission
        (
            "Đoàn thăm Đại sứ quán Việt Nam tại Nhật Bản. Ông Tanaka Hiroshi, Bí thư Thứ nhất Đại sứ quán, giới thiệu.",
            set(),
        ),
    ],
)
def test_a_bare_embassy_is_the_mission_named_before(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # who accompanies a mission's head, by rank alone, serves in the head's mission: the one this sentence
        # names, or the paragraph before, whatever the look of the name
        (
            "Chiều 5/3, ông Chu Quốc Lương, Tổng Lãnh sự Trung Quốc tại TP Hồ Chí Minh, đến chào lãnh đạo tỉnh An Giang. "
            "Chủ tịch UBND tỉnh tiếp đoàn. Cùng đi với Tổng Lãnh sự có ông Hoàng Chí Viễn, Phó Tổng Lãnh sự.",
            {("Chu Quốc Lương", "Tổng Lãnh sự Trung Quốc tại Thành phố Hồ Chí Minh"),
             ("Hoàng Chí Viễn", "Phó Tổng Lãnh sự Trung Quốc tại Thành phố Hồ Chí Minh")},
        ),
        (
            "Cùng đi với bà Sarangerel Bat, Đại sứ Mông Cổ tại Việt Nam, có ông Ganbold Dorj, Bí thư thứ nhất của Đại sứ quán.",
            {("Sarangerel Bat", "Đại sứ Mông Cổ tại Việt Nam"),
             ("Ganbold Dorj", "Bí thư Thứ nhất Đại sứ quán Mông Cổ tại Việt Nam")},
        ),
        # two missions told, or the head's mission in another paragraph: which one, unknown
        (
            "Đoàn gồm ông Sato Ken, Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh và ông Ito Jun, Tổng Lãnh sự Nhật Bản tại "
            "Đà Nẵng. Cùng đi với hai Tổng Lãnh sự có bà Mori Aya, Phó Tổng Lãnh sự.",
            {("Sato Ken", "Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh"), ("Ito Jun", "Tổng Lãnh sự Nhật Bản tại Đà Nẵng")},
        ),
        (
            "Chiều 5/3, ông Chu Quốc Lương, Tổng Lãnh sự Trung Quốc tại TP Hồ Chí Minh, đến chào lãnh đạo tỉnh.\n"
            "Cùng đi với Tổng Lãnh sự có ông Hoàng Chí Viễn, Phó Tổng Lãnh sự.",
            {("Chu Quốc Lương", "Tổng Lãnh sự Trung Quốc tại Thành phố Hồ Chí Minh")},
        ),
    ],
)
def test_who_accompanies_a_missions_head_serves_in_the_mission(text, expected):
    assert offices_of(text) == expected


def test_the_standing_board_that_moved_the_person_counts_as_one_word_before_the_new_post():
    text = ("Tại kỳ họp, HĐND thành phố Cần Thơ đã miễn nhiệm chức vụ Phó Chủ tịch UBND thành phố đối với bà Lê Thị Hoa "
            "do được Ban Thường vụ Thành ủy điều động giữ chức Phó Trưởng Ban Tổ chức Thành ủy.")
    assert facts_of(text, relation="holdsOffice") == {("Lê Thị Hoa", "holdsOffice", "Phó Trưởng Ban Tổ chức Thành ủy Cần Thơ")}
    assert facts_of(text, relation="formerlyHeldOffice") == {
        ("Lê Thị Hoa", "formerlyHeldOffice", "Phó Chủ tịch UBND thành phố Cần Thơ")}


def test_a_former_envoys_present_post_is_of_the_province():
    # the embassy left says nothing of where the association he chairs now is
    text = ("UBND tỉnh Khánh Hòa tiếp đoàn. Dự có ông Hà Văn Lâm - nguyên Đại sứ Việt Nam tại Liên bang Nga, "
            "Chủ tịch Hội Hữu nghị Việt - Nga tỉnh.")
    assert ("Hà Văn Lâm", "holdsOffice", "Chủ tịch Hội Hữu nghị Việt - Nga tỉnh Khánh Hòa") in facts_of(text)
    # a serving envoy's other titles stay the mission's
    serving = ("UBND tỉnh Khánh Hòa tiếp đoàn. Dự có ông Hà Văn Lâm - Đại sứ Việt Nam tại Liên bang Nga, "
               "Chủ tịch Hội Hữu nghị Việt - Nga tỉnh.")
    assert offices_of(serving) == {("Hà Văn Lâm", "Đại sứ Việt Nam tại Nga")}


def test_a_bare_foreign_deputy_governor_is_of_the_one_region_the_sentence_names():
    # the article names another foreign province (a Lao one) elsewhere: the sentence's own region decides
    text = ("Tỉnh Hà Tĩnh đón đoàn tỉnh Nakhon Phanom. Dự lễ có ông Somchai Rattana - Tỉnh trưởng tỉnh Nakhon Phanom; "
            "ông Prasit Wongsa - Phó Tỉnh trưởng. Đoàn sẽ đi qua tỉnh Bò-li-khăm-xay (Lào).")
    assert ("Prasit Wongsa", "Phó Tỉnh trưởng tỉnh Nakhon Phanom") in offices_of(text)
    # two foreign regions in the sentence: whose deputy, unknown
    two = ("Dự lễ có ông Somchai Rattana - Tỉnh trưởng tỉnh Nakhon Phanom; ông Prasit Wongsa - Phó Tỉnh trưởng "
           "và ông Kham Phoumy, Phó Tỉnh trưởng tỉnh Bò-li-khăm-xay.")
    assert not any(p == "Prasit Wongsa" for p, _ in offices_of(two))


@pytest.mark.parametrize(
    "text, expected",
    [
        # "được giao quyền …": the acting post is taken, as after a verb of appointing
        ("Ông Phan Văn Tài được giao quyền Chủ tịch UBND phường Thanh Khê.",
         {("Phan Văn Tài", "Quyền Chủ tịch UBND phường Thanh Khê")}),
        # "được giao" before a post that is not acting gives nothing
        ("Ông Phan Văn Tài được giao Chủ tịch UBND phường Thanh Khê.", set()),
    ],
)
def test_an_acting_post_given_to_the_name_before(text, expected):
    assert offices_of(text, published=dt.date(2025, 8, 20)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one ward a personnel sentence names is that of its other ward posts
        ("Ông Lê Văn Hải được chỉ định làm Bí thư Đảng ủy, Chủ tịch HĐND phường Thanh Khê; bà Võ Thị Lan làm "
         "Phó Bí thư Đảng ủy, Chủ tịch UBND phường.",
         {("Lê Văn Hải", "Bí thư Đảng ủy phường Thanh Khê"), ("Lê Văn Hải", "Chủ tịch HĐND phường Thanh Khê"),
          ("Võ Thị Lan", "Phó Bí thư Đảng ủy phường Thanh Khê"), ("Võ Thị Lan", "Chủ tịch UBND phường Thanh Khê")}),
        # two wards named: whose, unknown
        ("Ông Lê Văn Hải giữ chức Chủ tịch UBND phường Thanh Khê, bà Võ Thị Lan giữ chức Chủ tịch HĐND phường An Khê; "
         "ông Hồ Văn Nam làm Phó Chủ tịch UBND phường.",
         {("Lê Văn Hải", "Chủ tịch UBND phường Thanh Khê"), ("Võ Thị Lan", "Chủ tịch HĐND phường An Khê")}),
        # a new post says nothing of the ward of the present one …
        ("Ông Hồ Văn Nam, Phó Chủ tịch UBND phường, được điều động giữ chức Chủ tịch UBND xã Hòa Tiến.",
         {("Hồ Văn Nam", "Chủ tịch UBND xã Hòa Tiến")}),
        # … unless it is the acting head of the deputy's own body
        ("Ông Hồ Văn Nam, Phó Chủ tịch UBND phường, được giao quyền Chủ tịch UBND phường Thanh Khê.",
         {("Hồ Văn Nam", "Phó Chủ tịch UBND phường Thanh Khê"), ("Hồ Văn Nam", "Quyền Chủ tịch UBND phường Thanh Khê")}),
        # a bare party committee before the ward's Fatherland Front is the ward's
        ("Bà Võ Thị Lan, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Thanh Khê, phát biểu.",
         {("Võ Thị Lan", "Ủy viên Ban Thường vụ Đảng ủy phường Thanh Khê"),
          ("Võ Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thanh Khê")}),
    ],
)
def test_ward_posts_of_one_sentence(text, expected):
    assert offices_of(text, published=dt.date(2025, 8, 20)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a full name set off by commas right after each title
        ("Thị trưởng thành phố Bordeaux, Pierre Lambert, cùng Đại sứ Việt Nam tại Pháp, Hồ Văn Khang, đã cắt băng.",
         {("Pierre Lambert", "Thị trưởng thành phố Bordeaux"), ("Hồ Văn Khang", "Đại sứ Việt Nam tại Pháp")}),
        # the name's own title follows it: the title before is the earlier person's
        ("Có mặt ông Lê Văn Tâm, Giám đốc Sở Y tế tỉnh Nghệ An, Hồ Thị Mai, Phó Giám đốc Sở Y tế tỉnh Nghệ An.",
         {("Lê Văn Tâm", "Giám đốc Sở Y tế tỉnh Nghệ An"), ("Hồ Thị Mai", "Phó Giám đốc Sở Y tế tỉnh Nghệ An")}),
        # a counted title: one name of several, which the text does not say
        ("Dự có hai Phó Chủ tịch UBND tỉnh Lạng Sơn, Lê Văn Hòa, phát biểu.", set()),
    ],
)
def test_a_name_set_off_by_commas_after_a_title(text, expected):
    assert offices_of(text) == expected


def test_a_district_committee_beside_a_head_of_the_one_foreign_district_the_article_names():
    text = ("Đoàn công tác huyện Mường Lát làm việc với huyện Viêng Xay (tỉnh Hủa Phăn, Lào). "
            "Thành viên đoàn bạn có đồng chí Xổm-phon Vi-lay, Phó Bí thư Huyện ủy, Phó Huyện trưởng.")
    assert offices_of(text) == {("Xổm-phon Vi-lay", "Phó Bí thư Huyện ủy Viêng Xay"),
                                ("Xổm-phon Vi-lay", "Phó Huyện trưởng huyện Viêng Xay")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "UVTV" alone beside a province's posts: the province's standing board
        ("Dự họp tại tỉnh Long An có ông Trần Văn Khoa - UVTV, Quyền Chủ tịch UBND tỉnh.",
         {("Trần Văn Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy Long An"), ("Trần Văn Khoa", "Quyền Chủ tịch UBND tỉnh Long An")}),
        # in a centrally run city the board is the Thành ủy's, which "UVTV" does not tell
        ("Dự họp tại thành phố Hà Nội có ông Trần Văn Khoa - UVTV, Phó Chủ tịch UBND thành phố.",
         {("Trần Văn Khoa", "Phó Chủ tịch UBND thành phố Hà Nội")}),
        # beside a district's or a commune's post, the board may be the district's own
        ("Dự họp tại tỉnh Long An có ông Trần Văn Khoa - UVTV, Bí thư Huyện ủy Cần Giuộc.",
         {("Trần Văn Khoa", "Bí thư Huyện ủy Cần Giuộc")}),
        ("Dự họp tại huyện Cần Giuộc, tỉnh Long An có bà Lê Thị Hoa - UVTV, Phó Chủ tịch UBND huyện.",
         {("Lê Thị Hoa", "Phó Chủ tịch UBND huyện Cần Giuộc")}),
        # the same board written out ("Ủy viên Ban Thường vụ", "Ủy viên Thường vụ") is guarded alike
        ("Dự họp tại tỉnh Long An có ông Trần Văn Khoa - Ủy viên Ban Thường vụ, Quyền Chủ tịch UBND tỉnh.",
         {("Trần Văn Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy Long An"), ("Trần Văn Khoa", "Quyền Chủ tịch UBND tỉnh Long An")}),
        ("Dự họp tại thành phố Hải Phòng có ông Trần Văn Khoa, Ủy viên Ban Thường vụ, Phó Chủ tịch UBND thành phố.",
         {("Trần Văn Khoa", "Phó Chủ tịch UBND thành phố Hải Phòng")}),
        ("Ông Lê Văn Hòa, Ủy viên Thường vụ, Phó Chủ tịch UBND thành phố Huế dự lễ.",
         {("Lê Văn Hòa", "Phó Chủ tịch UBND thành phố Huế")}),
        ("Dự họp tại tỉnh Long An có ông Trần Văn Khoa - Ủy viên Ban Thường vụ, Bí thư Huyện ủy Cần Giuộc.",
         {("Trần Văn Khoa", "Bí thư Huyện ủy Cần Giuộc")}),
        # the committee written keeps its board, city or province
        ("Dự họp tại thành phố Hải Phòng có ông Trần Văn Khoa, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND thành phố.",
         {("Trần Văn Khoa", "Ủy viên Ban Thường vụ Thành ủy Hải Phòng"), ("Trần Văn Khoa", "Phó Chủ tịch UBND thành phố Hải Phòng")}),
    ],
)
def test_a_standing_board_named_by_neither_committee(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "tiếp nhận" joins the verbs of appointing as "điều động" does
        ("Bà Lò Thị Hoa, Bí thư Đảng ủy xã Anh Sơn, được tiếp nhận, bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh Nghệ An.",
         {("Lò Thị Hoa", "Bí thư Đảng ủy xã Anh Sơn"), ("Lò Thị Hoa", "Giám đốc Sở Y tế tỉnh Nghệ An")}),
        ("Bà Hoàng Thị Hoa, Phó Chủ tịch UBND tỉnh Lâm Đồng, được tiếp nhận về Trung ương, bổ nhiệm làm Thứ trưởng Bộ Nội vụ.",
         {("Hoàng Thị Hoa", "Phó Chủ tịch UBND tỉnh Lâm Đồng"), ("Hoàng Thị Hoa", "Thứ trưởng Bộ Nội vụ")}),
        # the deciding authority, named by its title, between the person and the post holds nothing
        ("Ông Lục Văn Khoa, Chủ tịch UBND tỉnh Hà Giang đã được Thủ tướng Chính phủ điều động về nhận công tác, "
         "giữ chức Thứ trưởng Bộ Nội vụ.",
         {("Lục Văn Khoa", "Chủ tịch UBND tỉnh Hà Giang"), ("Lục Văn Khoa", "Thứ trưởng Bộ Nội vụ")}),
        ("Ông Lục Văn Khoa được Chủ tịch UBND tỉnh giao giữ chức Giám đốc Sở Y tế tỉnh Hà Giang.",
         {("Lục Văn Khoa", "Giám đốc Sở Y tế tỉnh Hà Giang")}),
    ],
)
def test_posts_taken_in_from_elsewhere_and_given_by_an_authority(text, expected):
    assert offices_of(text) == expected


def test_whom_a_sentence_opens_speaking_to_is_not_the_speaker():
    text = "Tỉnh Bắc Giang đón đoàn. Báo cáo với Phó Thủ tướng, đồng chí Ngô Văn Khoa cho biết năm qua tỉnh tăng trưởng cao."
    assert offices_of(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # "được giao làm" gives the post as "được phân công làm" does; "đồng thời là" a second one with it
        ("Đảng bộ phường Tân Định, TP.HCM khai mạc Đại hội. Ông Đoàn Văn Khoa được giao làm Chủ tịch UBND phường Tân Định, "
         "đồng thời là Phó Bí thư Đảng ủy phường.",
         {("Đoàn Văn Khoa", "Chủ tịch UBND phường Tân Định"), ("Đoàn Văn Khoa", "Phó Bí thư Đảng ủy phường Tân Định")}),
        ("Ông Đoàn Văn Khoa được bầu làm Chủ tịch UBND tỉnh Bắc Ninh, đồng thời là Phó Bí thư Tỉnh ủy.",
         {("Đoàn Văn Khoa", "Chủ tịch UBND tỉnh Bắc Ninh"), ("Đoàn Văn Khoa", "Phó Bí thư Tỉnh ủy Bắc Ninh")}),
    ],
)
def test_a_post_given_and_a_second_one_with_it(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a head's post the lexicon cannot read stands between the person and the verb
        ("Đại tá Trịnh Văn Khoa - Sư đoàn trưởng Sư đoàn 7 (Quân khu 9), được điều động, bổ nhiệm làm Chỉ huy trưởng Bộ CHQS tỉnh An Giang.",
         {("Trịnh Văn Khoa", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh An Giang")}),
        ("Thiếu tướng Lê Văn Khoa, nguyên Phó Tổng cục trưởng Tổng cục Cảnh sát, về nhận nhiệm vụ Giám đốc Công an tỉnh Hà Tĩnh.",
         {("Lê Văn Khoa", "Giám đốc Công an tỉnh Hà Tĩnh")}),
        # "nhận nhiệm vụ mới là": the new post
        ("Đại tá Ngô Văn Khoa nhận nhiệm vụ mới là Phó Tham mưu trưởng Quân khu 9.",
         {("Ngô Văn Khoa", "Phó Tham mưu trưởng Quân khu 9")}),
    ],
)
def test_a_new_post_past_an_unread_head_post(text, expected):
    assert offices_of(text) == expected


def test_a_post_left_for_work_in_another_body_with_a_new_post():
    text = "Ông Hà Văn Khoa thôi giữ chức Bí thư Tỉnh ủy Hòa Bình để nhận công tác tại Ban Kinh tế Trung ương với cương vị Phó Trưởng Ban Kinh tế Trung ương."
    assert offices_of(text) == {("Hà Văn Khoa", "Phó Trưởng Ban Kinh tế Trung ương")}


def test_a_ministrys_department_head_appointed_deputy_minister():
    text = "Bà Hoàng Thị Hoa, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Nội vụ, được bổ nhiệm giữ chức Thứ trưởng Bộ Nội vụ."
    assert offices_of(text) == {("Hoàng Thị Hoa", "Thứ trưởng Bộ Nội vụ"), ("Hoàng Thị Hoa", "Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the person hands over or announces the decision, or the official appointed goes unnamed: the post is not theirs
        ("Ông Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh Hà Tĩnh trao quyết định tiếp nhận, bổ nhiệm cán bộ giữ chức "
         "Giám đốc Sở Y tế.", {("Nguyễn Văn Bình", "Phó Chủ tịch UBND tỉnh Hà Tĩnh")}),
        ("Bà Lê Thị Mai, Giám đốc Sở Nội vụ tỉnh Hà Tĩnh đã công bố quyết định bổ nhiệm giữ chức Phó Giám đốc Sở Y tế.",
         {("Lê Thị Mai", "Giám đốc Sở Nội vụ tỉnh Hà Tĩnh")}),
        # … the person handed the decision takes the post
        ("Ông Nguyễn Văn Bình, Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh được trao quyết định bổ nhiệm giữ chức Giám đốc Sở Y tế.",
         {("Nguyễn Văn Bình", "Giám đốc Sở Y tế tỉnh Hà Tĩnh"), ("Nguyễn Văn Bình", "Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh")}),
        # a school named after a person is no person: the head of the school is appointed
        ("Bà Lê Thị Mai, Hiệu trưởng Trường THPT Chu Văn An, được bổ nhiệm giữ chức Phó Giám đốc Sở Giáo dục và Đào tạo "
         "tỉnh Hà Tĩnh.", {("Lê Thị Mai", "Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh")}),
        ("Sáng 5/3, tại trường THPT Chu Văn An, được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh.", set()),
    ],
)
def test_an_appointment_is_the_named_persons_own(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lone "ông"/"bà" a verb of appointing names is the one person of that word named just before
        ("Ban Bí thư điều động ông Trần Quốc Hưng, Phó Trưởng Ban Nội chính Trung ương về tỉnh Hà Tĩnh. "
         "Ban Thường vụ Tỉnh ủy giao ông làm Bí thư Thành ủy Hà Tĩnh.",
         {("Trần Quốc Hưng", "Phó Trưởng Ban Nội chính Trung ương"), ("Trần Quốc Hưng", "Bí thư Thành ủy Hà Tĩnh")}),
        ("Hội nghị công bố quyết định điều động bà Lê Thị Mai, Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh, chỉ định bà vào "
         "Ban Chấp hành Đảng bộ tỉnh, giữ chức Phó Bí thư Tỉnh ủy Hà Tĩnh.",
         {("Lê Thị Mai", "Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh"), ("Lê Thị Mai", "Phó Bí thư Tỉnh ủy Hà Tĩnh")}),
        ("Ông Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh Hà Tĩnh dự họp. Tháng 3/2024, ông được Ban Bí thư điều động, "
         "chỉ định giữ chức Phó Bí thư Tỉnh ủy Hà Tĩnh.",
         {("Trần Quốc Hưng", "Phó Chủ tịch UBND tỉnh Hà Tĩnh"), ("Trần Quốc Hưng", "Phó Bí thư Tỉnh ủy Hà Tĩnh")}),
        # two men named: which one, unknown
        ("Ông Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh và ông Lê Văn Nam, Giám đốc Sở Y tế tỉnh Hà Tĩnh dự họp. "
         "Ban Thường vụ Tỉnh ủy Hà Tĩnh giao ông làm Bí thư Thành ủy Hà Tĩnh.",
         {("Trần Quốc Hưng", "Phó Chủ tịch UBND tỉnh Hà Tĩnh"), ("Lê Văn Nam", "Giám đốc Sở Y tế tỉnh Hà Tĩnh")}),
        # a woman named, "ông" said: no one
        ("Bà Lê Thị Mai, Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh dự họp. Ban Thường vụ Tỉnh ủy Hà Tĩnh giao ông làm "
         "Bí thư Thành ủy Hà Tĩnh.", {("Lê Thị Mai", "Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh")}),
        # a lone pronoun no verb of appointing names holds no title beside it
        ("Ông Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh Hà Tĩnh dự họp. Theo ông, Chủ tịch UBND tỉnh đã chỉ đạo.",
         {("Trần Quốc Hưng", "Phó Chủ tịch UBND tỉnh Hà Tĩnh")}),
    ],
)
def test_a_new_post_given_to_a_pronoun(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, left, taken",
    [
        # "thôi làm" names a post left, after a clause too ("rời Ban Chấp hành … và thôi làm", "do …, thôi làm")
        ("Ông Trần Văn Khoa thôi làm Chủ tịch UBND tỉnh Hà Tĩnh.", {("Trần Văn Khoa", "Chủ tịch UBND tỉnh Hà Tĩnh")}, set()),
        ("Ông Trần Văn Khoa, Chủ tịch UBND tỉnh Hà Tĩnh, do đến tuổi nghỉ hưu, thôi làm Chủ tịch UBND tỉnh Hà Tĩnh.",
         {("Trần Văn Khoa", "Chủ tịch UBND tỉnh Hà Tĩnh")}, {("Trần Văn Khoa", "Chủ tịch UBND tỉnh Hà Tĩnh")}),
        ("Bộ Chính trị điều động ông Trần Văn Khoa - Bí thư Tỉnh ủy Hà Tĩnh rời Ban Chấp hành, Ban Thường vụ Tỉnh ủy và "
         "thôi làm Bí thư Tỉnh ủy Hà Tĩnh, để nhận công tác tại Ban Kinh tế Trung ương với cương vị Phó Trưởng Ban Kinh tế "
         "Trung ương.", {("Trần Văn Khoa", "Bí thư Tỉnh ủy Hà Tĩnh")},
         {("Trần Văn Khoa", "Bí thư Tỉnh ủy Hà Tĩnh"), ("Trần Văn Khoa", "Phó Trưởng Ban Kinh tế Trung ương")}),
    ],
)
def test_a_post_left_after_a_clause(text, left, taken):
    facts = facts_of(text)
    assert {(s, o) for s, r, o in facts if r == "formerlyHeldOffice"} == left
    assert {(s, o) for s, r, o in facts if r == "holdsOffice"} == taken


@pytest.mark.parametrize(
    "text, expected",
    [
        # the passive verb names the new post with "là" as with "làm"
        (
            "Ông Thạch Văn Hùng, Phó Bí thư Tỉnh ủy, được chỉ định là Chủ tịch UBND tỉnh Vĩnh Long.",
            {("Thạch Văn Hùng", "Chủ tịch UBND tỉnh Vĩnh Long"), ("Thạch Văn Hùng", "Phó Bí thư Tỉnh ủy Vĩnh Long")},
        ),
        (
            "Bà Kiều Thị Nga, Trưởng Ban Dân vận Tỉnh ủy Hưng Yên, được bầu là Phó Chủ tịch HĐND tỉnh.",
            {("Kiều Thị Nga", "Trưởng Ban Dân vận Tỉnh ủy Hưng Yên"), ("Kiều Thị Nga", "Phó Chủ tịch HĐND tỉnh Hưng Yên")},
        ),
    ],
)
def test_a_post_named_with_la_after_the_passive_verb(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a counted list of deputies elected for a term, "gồm:" after the term; the last entry opens with "và ông"
        (
            "Đại hội đại biểu Đảng bộ thành phố Đà Nẵng khai mạc. Ban Chấp hành bầu 3 Phó Bí thư Thành ủy khóa XXII, "
            "gồm: ông Trần Văn Nam, Chủ tịch UBND thành phố; bà Lê Thị Hoa, Phó Bí thư Thường trực Thành ủy khóa XXI "
            "và ông Phạm Văn Bình, Trưởng Ban Tổ chức Thành ủy khóa XXI.",
            {("Trần Văn Nam", "Phó Bí thư Thành ủy Đà Nẵng"), ("Trần Văn Nam", "Chủ tịch UBND thành phố Đà Nẵng"),
             ("Lê Thị Hoa", "Phó Bí thư Thành ủy Đà Nẵng"), ("Lê Thị Hoa", "Phó Bí thư Thường trực Thành ủy Đà Nẵng"),
             ("Phạm Văn Bình", "Phó Bí thư Thành ủy Đà Nẵng"), ("Phạm Văn Bình", "Trưởng Ban Tổ chức Thành ủy Đà Nẵng")},
        ),
        # "… khóa XXII là:", an entry telling the post held the term before (not the list's, not now held)
        (
            "Bốn Phó Bí thư Thành ủy Đà Nẵng khóa XXII là: ông Trần Văn Nam, Chủ tịch UBND thành phố; ông Đỗ Văn Bình, "
            "nhiệm kỳ trước là Phó Bí thư Thường trực Thành ủy; bà Lê Thị Hoa, Chủ tịch HĐND thành phố.",
            {("Trần Văn Nam", "Phó Bí thư Thành ủy Đà Nẵng"), ("Trần Văn Nam", "Chủ tịch UBND thành phố Đà Nẵng"),
             ("Đỗ Văn Bình", "Phó Bí thư Thành ủy Đà Nẵng"), ("Lê Thị Hoa", "Phó Bí thư Thành ủy Đà Nẵng"),
             ("Lê Thị Hoa", "Chủ tịch HĐND thành phố Đà Nẵng")},
        ),
        # "và" before a name without an honorific after a comma list is no new entry of a ";" list
        (
            "Hai Phó Chủ tịch UBND tỉnh Nghệ An gồm: ông Trần Văn Nam, Giám đốc Sở Tài chính; ông Lê Văn Hùng.",
            {("Trần Văn Nam", "Phó Chủ tịch UBND tỉnh Nghệ An"), ("Trần Văn Nam", "Giám đốc Sở Tài chính tỉnh Nghệ An"),
             ("Lê Văn Hùng", "Phó Chủ tịch UBND tỉnh Nghệ An")},
        ),
    ],
)
def test_counted_lists_of_a_terms_posts(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the committees of a district joined first, then the post with "làm" alone
        (
            "Ban Thường vụ Tỉnh ủy điều động, chỉ định đồng chí Nông Văn Quý, Phó Giám đốc Sở Xây dựng tỉnh Cao Bằng, "
            "vào Ban Chấp hành, Ban Thường vụ Huyện ủy và làm Phó Bí thư Huyện ủy Hà Quảng.",
            {("Nông Văn Quý", "Phó Bí thư Huyện ủy Hà Quảng"), ("Nông Văn Quý", "Phó Giám đốc Sở Xây dựng tỉnh Cao Bằng")},
        ),
        # … "làm" with no verb of appointing, no committees joined: no new post
        ("Ông Nông Văn Quý, Phó Giám đốc Sở Xây dựng tỉnh Cao Bằng, và làm Phó Bí thư Huyện ủy Hà Quảng.",
         {("Nông Văn Quý", "Phó Giám đốc Sở Xây dựng tỉnh Cao Bằng")}),
    ],
)
def test_the_post_after_the_committees_joined(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đại tá Trần Văn Nam, nguyên Phó giám đốc Công an tỉnh Điện Biên, về nhận chức vụ Giám đốc Công an tỉnh Sơn La.",
         {("Trần Văn Nam", "Giám đốc Công an tỉnh Sơn La")}),
        ("Đại tá Lê Văn Hùng, Phó Giám đốc Công an tỉnh Điện Biên, về nhận chức danh Giám đốc Công an tỉnh Lai Châu.",
         {("Lê Văn Hùng", "Phó Giám đốc Công an tỉnh Điện Biên"), ("Lê Văn Hùng", "Giám đốc Công an tỉnh Lai Châu")}),
        # a new post not named: nothing more than the one held
        ("Ông Lê Văn Hùng, Giám đốc Sở Y tế tỉnh Nghệ An, nhận chức vụ mới từ tháng 5.",
         {("Lê Văn Hùng", "Giám đốc Sở Y tế tỉnh Nghệ An")}),
    ],
)
def test_posts_taken_with_nhan(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a committee's deputies listed by their count after the committee itself
        (
            "Ủy ban Dân tộc hiện có 3 Thứ trưởng, Phó Chủ nhiệm: Trần Văn Bích, Lê Thị Hạnh và Phạm Quốc Dũng.",
            {("Trần Văn Bích", "Phó Chủ nhiệm Ủy ban Dân tộc"), ("Lê Thị Hạnh", "Phó Chủ nhiệm Ủy ban Dân tộc"),
             ("Phạm Quốc Dũng", "Phó Chủ nhiệm Ủy ban Dân tộc")},
        ),
        # "Bộ này": the one ministry the sentence before named, its minister and deputies
        (
            "Thủ tướng bổ nhiệm ông Đỗ Văn Khoa làm Thứ trưởng Bộ Y tế. Bộ này hiện do Bộ trưởng Hà Minh Tâm "
            "đứng đầu, cùng hai Thứ trưởng là Vũ Thị Lan và Đỗ Văn Khoa.",
            {("Đỗ Văn Khoa", "Thứ trưởng Bộ Y tế"), ("Hà Minh Tâm", "Bộ trưởng Bộ Y tế"), ("Vũ Thị Lan", "Thứ trưởng Bộ Y tế")},
        ),
        # a count that is not the names listed: someone may be left out, nothing is taken
        ("Bộ Y tế hiện có 4 Thứ trưởng là Vũ Thị Lan và Đỗ Văn Khoa.", set()),
        # "Bộ này" after a sentence that named two ministries: which one is not certain
        (
            "Hội nghị có đại diện Bộ Y tế và Bộ Công Thương. Bộ này hiện có hai Thứ trưởng là Vũ Thị Lan và Đỗ Văn Khoa.",
            set(),
        ),
        # a body that is no national body's: no post is read
        ("Ủy ban Kiểm tra hiện có hai Phó Chủ nhiệm là Vũ Thị Lan và Đỗ Văn Khoa.", set()),
    ],
)
def test_a_national_bodys_roster(text, expected):
    assert offices_of(text) == expected


def test_a_khmer_vietnamese_family_name_is_a_vietnamese_persons_beside_foreign_guests():
    text = ("Thành phố Cần Thơ đón đoàn tỉnh Tbong Khmum. Dự có đồng chí Trầm Hữu Phước, Phó Bí thư Thành ủy, "
            "Chủ tịch HĐND thành phố.")
    assert offices_of(text) == {("Trầm Hữu Phước", "Phó Bí thư Thành ủy Cần Thơ"), ("Trầm Hữu Phước", "Chủ tịch HĐND thành phố Cần Thơ")}



@pytest.mark.parametrize(
    "text, expected",
    [
        # a member of the government right before a city's or province's People's Committee head: two persons
        ("Lễ ký diễn ra trước sự chứng kiến của Phó Thủ tướng Chính phủ, Chủ tịch UBND TP Đà Nẵng Lê Văn Tâm.",
         {("Lê Văn Tâm", "Chủ tịch UBND thành phố Đà Nẵng")}),
        ("Dự lễ có Bộ trưởng Bộ Ngoại giao, Chủ tịch HĐND tỉnh Nghệ An Trần Văn Ba.",
         {("Trần Văn Ba", "Chủ tịch HĐND tỉnh Nghệ An")}),
        # … a government member's chain of national posts is one person's
        ("Dự lễ có Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Vi Thanh Tú.",
         {("Vi Thanh Tú", "Phó Thủ tướng Chính phủ"), ("Vi Thanh Tú", "Bộ trưởng Bộ Ngoại giao")}),
    ],
)
def test_a_government_member_is_no_local_governments_head(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's full name with its initials in brackets, or its short name after it: the consul's country,
        # and the seat no province of the host's (the host's bare titles keep the outlet's province)
        (
            "Ông Lê Quang Vinh, Phó Chủ tịch UBND tỉnh Quảng Trị, tiếp ông Bounmy Sengphet, Tổng Lãnh sự nước Cộng hòa "
            "Dân chủ Nhân dân (CHDCND) Lào tại Đà Nẵng.",
            {("Lê Quang Vinh", "Phó Chủ tịch UBND tỉnh Quảng Trị"), ("Bounmy Sengphet", "Tổng Lãnh sự Lào tại Đà Nẵng")},
        ),
        (
            "Ông Võ Thanh Sơn, Phó Chủ tịch UBND tỉnh Quảng Ngãi, tiếp ông Park Ji-won, Tổng Lãnh sự Đại Hàn Dân Quốc "
            "(Hàn Quốc) tại Đà Nẵng.",
            {("Võ Thanh Sơn", "Phó Chủ tịch UBND tỉnh Quảng Ngãi"), ("Park Ji-won", "Tổng Lãnh sự Hàn Quốc tại Đà Nẵng")},
        ),
        (
            "Bà Lê Thị Hồng tiếp ông Trương Vĩ Minh, Đại sứ đặc mệnh toàn quyền nước Cộng hòa Nhân dân (CHND) Trung Hoa "
            "tại Việt Nam.",
            {("Trương Vĩ Minh", "Đại sứ Trung Quốc tại Việt Nam")},
        ),
    ],
)
def test_a_countrys_initials_in_brackets_inside_its_name(text, expected):
    assert offices_of(text) == expected


def test_a_consuls_seat_written_after_the_countrys_full_name_is_no_hosts_city():
    # the host's bare city titles: the outlet's city, not the seat of the consulate of a country written in full
    from kg.sources.loader import parse_document
    from kg.extract.run import extract
    raw = ("title: Tiếp Tổng Lãnh sự\npublished: 2025-11-20\npublisher: Báo Huế ngày nay\n\n"
           "Ngày 21/11, UVTV Thành ủy, Phó Chủ tịch UBND thành phố Lê Quang Vinh tiếp ông Bounmy Sengphet, Tổng Lãnh "
           "sự nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào tại Đà Nẵng.\n")
    found = {(f.subject.label, f.object.label) for f in extract(parse_document(raw, "t")).facts if f.relation == "holdsOffice"}
    assert ("Lê Quang Vinh", "Phó Chủ tịch UBND thành phố Huế") in found
    assert not any("Đà Nẵng" in o for s, o in found if s == "Lê Quang Vinh")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title over a list of places ends with the last place: the next person, after ", và", holds none of it
        (
            "Đại sứ quán trao Giấy khen cho ông Somchai Prasert, nguyên Tỉnh trưởng các tỉnh Nakhon Phanom, Sakon Nakhon "
            "và Udon Thani, và ông Anan Wongsa, nguyên Phó Tỉnh trưởng tỉnh Sakon Nakhon.",
            {("Somchai Prasert", "Tỉnh trưởng tỉnh Nakhon Phanom"), ("Anan Wongsa", "Phó Tỉnh trưởng tỉnh Sakon Nakhon")},
        ),
        (
            "Dự lễ có bà Lê Thị Hoa, nguyên Chủ tịch UBND các huyện Mường Tè, Sìn Hồ và ông Lò Văn Hùng.",
            {("Lê Thị Hoa", "Chủ tịch UBND huyện Mường Tè")},
        ),
    ],
)
def test_a_list_of_places_in_a_title_ends_before_the_next_person(text, expected):
    found = {(f[0], f[2]) for f in facts_of(text, published=dt.date(2022, 8, 5)) if f[1] == "formerlyHeldOffice"}
    assert found == expected
    assert offices_of(text, published=dt.date(2022, 8, 5)) == set()


def _article_offices(body: str, publisher: str) -> set:
    from kg.extract.run import extract
    from kg.sources.loader import parse_document
    raw = f"title: Kỳ họp HĐND\npublished: 2013-09-29\npublisher: {publisher}\n\n{body}\n"
    return {(f.subject.label, f.object.label) for f in extract(parse_document(raw, "t")).facts if f.relation == "holdsOffice"}


@pytest.mark.parametrize(
    "body, publisher, expected",
    [
        # an article about a district: a council's post without its unit word may be the district's or the province's
        (
            "Ngày 28-9, HĐND huyện Mỹ Đức đã tổ chức kỳ họp bất thường.\n\nHĐND huyện đã bầu ông Nguyễn Văn Hoạch giữ "
            "chức Phó Chủ tịch UBND.",
            "An ninh Thủ đô",
            set(),
        ),
        (
            "Ngày 28-9, HĐND huyện Mỹ Đức đã tổ chức kỳ họp.\n\nÔng Nguyễn Văn Hoạch, Phó Bí thư Huyện ủy được bầu giữ chức "
            "vụ Chủ tịch UBND với 100% phiếu tán thành.",
            "An ninh Thủ đô",
            {("Nguyễn Văn Hoạch", "Phó Bí thư Huyện ủy Mỹ Đức")},
        ),
        # … an article about the province: its council's
        (
            "Ngày 28-9, HĐND tỉnh đã tổ chức kỳ họp bất thường.\n\nHĐND tỉnh đã bầu ông Nguyễn Văn Hoạch giữ chức Phó Chủ "
            "tịch UBND.",
            "Báo Nghệ An",
            {("Nguyễn Văn Hoạch", "Phó Chủ tịch UBND tỉnh Nghệ An")},
        ),
    ],
)
def test_a_council_post_without_its_unit_in_an_article_about_a_district(body, publisher, expected):
    assert _article_offices(body, publisher) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a transliterated name whose first syllable is also a Vietnamese family name ("Văn"), its syllables
        # joined by spaced hyphens: a foreign name of up to six words, as when it opens with no family name
        (
            "Cùng đi có các đồng chí: Bun - xỉ Pha - ly - vông – Phó Bí thư Tỉnh ủy tỉnh Khăm Muộn; "
            "Văn - na - khăm Sổm - xạ - vông – Phó Tỉnh trưởng tỉnh Khăm Muộn.",
            {("Bun-xỉ Pha-ly-vông", "Phó Bí thư Tỉnh ủy Khăm Muộn"), ("Văn-na-khăm Sổm-xạ-vông", "Phó Tỉnh trưởng tỉnh Khăm Muộn")},
        ),
        (
            "Về phía Lào có ông Văn - xay Phôm - ma - chăn, Tỉnh trưởng tỉnh Hủa Phăn.",
            {("Văn-xay Phôm-ma-chăn", "Tỉnh trưởng tỉnh Hủa Phăn")},
        ),
        # … a Vietnamese name before a spaced dash and a title stays five words at most
        ("Dự có ông Văn Đình Hải - Phó Chủ tịch UBND tỉnh Nghệ An.", {("Văn Đình Hải", "Phó Chủ tịch UBND tỉnh Nghệ An")}),
        # the Lao province written syllable by syllable, its last syllable in lower case
        (
            "Đoàn có ông Khăm-phăn Xỉ-xổm-bát, Chủ tịch HĐND tỉnh Bô Ly Khăm xay.",
            {("Khăm-phăn Xỉ-xổm-bát", "Chủ tịch HĐND tỉnh Bò-li-khăm-xay")},
        ),
    ],
)
def test_a_transliterated_name_opening_on_a_family_name(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Ủy viên (dự khuyết) Trung ương khóa N": the Party's Central Committee named by "Trung ương" and its term
        (
            "HĐND tỉnh Long An bầu ông Trần Văn Bảy, Ủy viên dự khuyết Trung ương khóa 13, Phó Bí thư Tỉnh ủy, làm Chủ tịch UBND tỉnh.",
            {("Trần Văn Bảy", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
             ("Trần Văn Bảy", "Phó Bí thư Tỉnh ủy Long An"), ("Trần Văn Bảy", "Chủ tịch UBND tỉnh Long An")},
        ),
        (
            "Dự hội nghị có ông Lê Quang Tám, Ủy viên Trung ương khóa XIII, Bí thư Tỉnh ủy Bến Tre.",
            {("Lê Quang Tám", "Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"), ("Lê Quang Tám", "Bí thư Tỉnh ủy Bến Tre")},
        ),
        # … a central commission's name ends with "Trung ương" before its term: that commission's, no membership
        ("Dự có ông Lê Quang Tám, Phó Trưởng Ban Tổ chức Trung ương khóa XIII.", {("Lê Quang Tám", "Phó Trưởng Ban Tổ chức Trung ương")}),
    ],
)
def test_a_central_committee_member_named_by_its_term(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Korean county (gun) the data know as a city: "huyện X" names the county, and its head's office
        (
            "Đoàn do ông Choi Min-ho, Huyện trưởng huyện Haenam (tỉnh Jeollanam, Hàn Quốc) dẫn đầu.",
            {("Choi Min-ho", "Huyện trưởng huyện Haenam")},
        ),
        ("Đón đoàn có ông Lim Sang-woo, Chủ tịch huyện Yeongam.", {("Lim Sang-woo", "Chủ tịch huyện Yeongam")}),
        # … written as a city, it stays one
        ("Ông Choi Min-ho, Thị trưởng thành phố Haenam phát biểu.", {("Choi Min-ho", "Thị trưởng thành phố Haenam")}),
    ],
)
def test_a_foreign_town_written_as_its_county(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the office of a foreign prime minister or president is a ministry of its own, never the
        # prime minister's or president's office
        (
            "Bộ trưởng, Chủ nhiệm Văn phòng Phủ Thủ tướng Lào Khăm-phon Vông-xa dự lễ ký.",
            {("Khăm-phon Vông-xa", "Chủ nhiệm Văn phòng Phủ Thủ tướng Lào")},
        ),
        (
            "Ông Khăm-phon Vông-xa, Bộ trưởng Phủ Thủ tướng Lào, thăm tỉnh Nghệ An.",
            {("Khăm-phon Vông-xa", "Bộ trưởng Phủ Thủ tướng Lào")},
        ),
        (
            "Phó Chủ nhiệm Văn phòng Phủ Chủ tịch nước Lào Xổm-xạ-vắt In-tha-vông dự lễ.",
            {("Xổm-xạ-vắt In-tha-vông", "Phó Chủ nhiệm Văn phòng Phủ Chủ tịch nước Lào")},
        ),
        # … the prime minister himself, and the palace as a venue, stay as they were
        (
            "Sáng 8/1, tại Phủ Chủ tịch, Thủ tướng Lào Khăm-phon Vông-xa hội đàm với Phó Thủ tướng Chính phủ Lê Văn Định.",
            {("Khăm-phon Vông-xa", "Thủ tướng Lào"), ("Lê Văn Định", "Phó Thủ tướng Chính phủ")},
        ),
        # … a bare "Văn phòng Phủ Thủ tướng" names no country: no office
        ("Phó Chủ nhiệm Văn phòng Phủ Thủ tướng Khăm-phon Vông-xa dự lễ.", set()),
    ],
)
def test_a_foreign_prime_ministers_office_is_no_prime_ministers_post(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the Lao Front named with no unit word: the country's own front, not the one Lao province the article names
        (
            "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Hoàng Văn Lực gặp Chủ tịch Mặt trận Lào xây dựng đất nước Xổm Vi La. "
            "Chủ tịch UBND tỉnh Nghệ An Lê Văn Hải gặp Tỉnh trưởng tỉnh Hủa Phăn Bun-mi Xay-nha.",
            {("Hoàng Văn Lực", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"), ("Lê Văn Hải", "Chủ tịch UBND tỉnh Nghệ An"),
             ("Bun-mi Xay-nha", "Tỉnh trưởng tỉnh Hủa Phăn")},
        ),
        ("Tỉnh Nghệ An tiếp đoàn tỉnh Hủa Phăn. Ông Xổm Vi La, Phó Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước, phát biểu.",
         set()),
        # near-misses: the province's delegation it leads, or its unit word, says whose
        ("Đoàn tỉnh Hủa Phăn do ông Xổm Vi La, Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước dẫn đầu đã thăm tỉnh Nghệ An.",
         {("Xổm Vi La", "Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn")}),
        ("Tỉnh Nghệ An tiếp đoàn tỉnh Hủa Phăn. Ông Xổm Vi La, Phó Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh, "
         "phát biểu.", {("Xổm Vi La", "Phó Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn")}),
    ],
)
def test_a_front_named_after_its_country_is_a_provinces_only_by_its_side(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a city the gazetteer lacks, located by "thuộc": its name is no person holding the title before it,
        # and the article's other city gives that title nothing
        ("Sáng 19/8, Thị trưởng thành phố Hà Nguyên thuộc tỉnh Quảng Đông, Trung Quốc, ông Lâm Vĩ, đã ký kết. "
         "Đoàn còn làm việc với thành phố Quảng Châu.", set()),
        ("Dự lễ có Thị trưởng thành phố Hà Trì thuộc khu tự trị Quảng Tây. Đoàn đến thành phố Quảng Châu.", set()),
    ],
)
def test_a_place_located_by_thuoc_names_no_holder(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Cuba's Council of State and its National Assembly of People's Power, written in full
        (
            "Tổng Bí thư tiếp ông Ramón Pérez Villa, Chủ tịch Hội đồng Nhà nước Cộng hòa Cuba.",
            {("Ramón Pérez Villa", "Chủ tịch Hội đồng Nhà nước Cuba")},
        ),
        (
            "Chủ tịch Quốc hội Chính quyền nhân dân Cuba Ramón Pérez Villa phát biểu tại hội đàm.",
            {("Ramón Pérez Villa", "Chủ tịch Quốc hội Cuba")},
        ),
        # … a chain whose first post names no country is never Vietnam's National Assembly
        (
            "Dự có Chủ tịch Quốc hội Chính quyền nhân dân, Chủ tịch Hội đồng Nhà nước Cộng hòa Cuba Ramón Pérez Villa.",
            {("Ramón Pérez Villa", "Chủ tịch Hội đồng Nhà nước Cuba")},
        ),
        # … a Council of State no country qualifies is no office
        ("Ông Trần Văn Lợi, nguyên Chủ tịch Hội đồng Nhà nước, dự lễ.", set()),
    ],
)
def test_a_foreign_council_of_state_is_no_unit_council(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an appointment list names the sending country on the first head's post and drops it from the next
        ("Chủ tịch nước trao quyết định bổ nhiệm cho ông Trịnh Văn Khoa, Đại sứ đặc mệnh toàn quyền nước CHXHCN "
         "Việt Nam tại Cộng hòa Pháp; bà Hồ Thị Lan, Đại sứ tại Vương quốc Bỉ và ông Mạc Đình Sơn, Đại sứ tại Ba Lan.",
         {("Trịnh Văn Khoa", "Đại sứ Việt Nam tại Pháp"), ("Hồ Thị Lan", "Đại sứ Việt Nam tại Bỉ"),
          ("Mạc Đình Sơn", "Đại sứ Việt Nam tại Ba Lan")}),
        ("Các Đại sứ nhận nhiệm vụ gồm: ông Lương Minh Tâm, Đại sứ Việt Nam tại Nhật Bản; ông Đoàn Quốc Hưng, "
         "Đại sứ tại Cộng hòa Ả Rập Ai Cập.",
         {("Lương Minh Tâm", "Đại sứ Việt Nam tại Nhật Bản"), ("Đoàn Quốc Hưng", "Đại sứ Việt Nam tại Ai Cập")}),
        # a name that does not look of the sending country: whose ambassador, unsaid
        ("Dự có ông Lương Minh Tâm, Đại sứ Việt Nam tại Lào và ông David Miller, Đại sứ tại Lào.",
         {("Lương Minh Tâm", "Đại sứ Việt Nam tại Lào")}),
        # … no sender told in the sentence, or two
        ("Bà Hồ Thị Lan, Đại sứ tại Vương quốc Bỉ, phát biểu.", set()),
        ("Ông Lương Minh Tâm, Đại sứ Việt Nam tại Nhật Bản, ông Xay-xổm Phôm-vi-hản, Đại sứ Lào tại Nhật Bản và "
         "bà Hồ Thị Lan, Đại sứ tại Hàn Quốc dự lễ.",
         {("Lương Minh Tâm", "Đại sứ Việt Nam tại Nhật Bản"), ("Xay-xổm Phôm-vi-hản", "Đại sứ Lào tại Nhật Bản")}),
    ],
)
def test_an_ambassador_of_the_country_the_list_named_first(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "được bầu giữ chức A, sau khi được điều động giữ chức B": B is the post taken just before, still held
        (
            "Sáng 18/11, ông Trần Văn Tám đã được HĐND tỉnh Hà Tĩnh bầu giữ chức Chủ tịch UBND tỉnh Hà Tĩnh, sau khi "
            "được điều động giữ chức Phó Bí thư Tỉnh ủy Hà Tĩnh.",
            {("Trần Văn Tám", "Chủ tịch UBND tỉnh Hà Tĩnh"), ("Trần Văn Tám", "Phó Bí thư Tỉnh ủy Hà Tĩnh")},
        ),
        (
            "Chiều 19/11, bà Lê Thị Hoa được HĐND tỉnh Điện Biên bầu giữ chức Chủ tịch UBND tỉnh, sau khi được Bộ Chính "
            "trị điều động, chỉ định giữ chức Phó Bí thư Tỉnh ủy Điện Biên.",
            {("Lê Thị Hoa", "Chủ tịch UBND tỉnh Điện Biên"), ("Lê Thị Hoa", "Phó Bí thư Tỉnh ủy Điện Biên")},
        ),
        # … a post left before is no post held; another person's post is that person's
        (
            "Ông Trần Văn Tám được bầu giữ chức Chủ tịch UBND tỉnh Hà Tĩnh, sau khi thôi giữ chức Phó Bí thư Tỉnh ủy Hà Tĩnh.",
            {("Trần Văn Tám", "Chủ tịch UBND tỉnh Hà Tĩnh")},
        ),
        (
            "Ông Trần Văn Tám được bầu giữ chức Chủ tịch UBND tỉnh Hà Tĩnh, sau khi ông Lê Văn Ba được điều động giữ chức "
            "Phó Bí thư Tỉnh ủy Quảng Bình.",
            {("Trần Văn Tám", "Chủ tịch UBND tỉnh Hà Tĩnh"), ("Lê Văn Ba", "Phó Bí thư Tỉnh ủy Quảng Bình")},
        ),
    ],
)
def test_a_post_taken_just_before_the_one_elected_to(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a post added to the person's: both held
        ("Thượng tá Hoàng Văn Tiến, Phó Chỉ huy trưởng Bộ CHQS tỉnh Cao Bằng, được giao thêm chức Tham mưu trưởng "
         "Bộ CHQS tỉnh Cao Bằng.",
         {("Hoàng Văn Tiến", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Cao Bằng"),
          ("Hoàng Văn Tiến", "Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh Cao Bằng")}),
        ("Bà Lê Thị Thu, Phó Giám đốc Sở Y tế tỉnh Nghệ An, được giao thêm nhiệm vụ Phó Chủ tịch UBND tỉnh Nghệ An.",
         {("Lê Thị Thu", "Phó Giám đốc Sở Y tế tỉnh Nghệ An"), ("Lê Thị Thu", "Phó Chủ tịch UBND tỉnh Nghệ An")}),
        # … a task added is no post
        ("Bà Lê Thị Thu, Phó Giám đốc Sở Y tế tỉnh Nghệ An, được giao thêm nhiệm vụ phụ trách công tác dân số.",
         {("Lê Thị Thu", "Phó Giám đốc Sở Y tế tỉnh Nghệ An")}),
    ],
)
def test_a_post_added_to_the_persons(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign party or country named on one title of a chain is that of its national posts too
        (
            "Dự lễ có đồng chí Bun-thoong Xỉ-la-vông, Phó Chủ tịch Quốc hội, Trưởng Ban Đối ngoại Trung ương Đảng "
            "Nhân dân Cách mạng Lào.",
            {("Bun-thoong Xỉ-la-vông", "Phó Chủ tịch Quốc hội Lào"),
             ("Bun-thoong Xỉ-la-vông", "Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào")},
        ),
        # … the Politburo is that of the country's ruling party
        (
            "Đón đoàn có đồng chí Khăm-phăn Vông-xa, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Kế "
            "hoạch và Đầu tư Lào.",
            {("Khăm-phăn Vông-xa", "Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào"),
             ("Khăm-phăn Vông-xa", "Phó Thủ tướng Chính phủ Lào"),
             ("Khăm-phăn Vông-xa", "Bộ trưởng Bộ Kế hoạch và Đầu tư Lào")},
        ),
        (
            "Tiếp đoàn có ông Lưu Kiến Quân, Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Quảng Đông (Trung Quốc).",
            {("Lưu Kiến Quân", "Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc"),
             ("Lưu Kiến Quân", "Bí thư Tỉnh ủy Quảng Đông")},
        ),
        # … a Vietnamese chain stays Vietnam's
        (
            "Dự hội nghị có đồng chí Trần Văn Khải, Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội, Trưởng Ban Đối ngoại "
            "Trung ương.",
            {("Trần Văn Khải", "Ủy viên Bộ Chính trị"), ("Trần Văn Khải", "Phó Chủ tịch Quốc hội"),
             ("Trần Văn Khải", "Trưởng Ban Đối ngoại Trung ương")},
        ),
    ],
)
def test_national_posts_of_a_foreign_chain(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare national post held by a foreign name: a foreign leader's, whose country is left to the reader,
        # never Vietnam's
        ("Tháng 10/2019, Thủ tướng Samdech Techo Sok Vanna cũng đã có chuyến thăm chính thức Việt Nam.", set()),
        ("Sau hội đàm, Tổng Bí thư Bun-mi Xổm-phu chứng kiến lễ ký.", set()),
        ("Bộ trưởng Ngoại giao Sok Vanna thăm Việt Nam. Phó Thủ tướng Chính phủ Sok Vanna dự lễ.", set()),
        # near-misses: a Vietnamese name keeps the post; a body or a delegation that says its country gives it
        ("Thủ tướng Phạm Minh Quân tiếp Thủ tướng Sok Vanna.", {("Phạm Minh Quân", "Thủ tướng Chính phủ")}),
        ("Lãnh đạo tỉnh Kiên Giang tiếp ông Sok Vanna, Ủy viên Ban Chấp hành Đảng Nhân dân Campuchia.",
         {("Sok Vanna", "Ủy viên Ban Chấp hành Đảng Nhân dân Campuchia")}),
        ("Đoàn đại biểu Campuchia do ông Sok Vanna - Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng dẫn đầu thăm tỉnh.",
         {("Sok Vanna", "Phó Thủ tướng Campuchia"), ("Sok Vanna", "Bộ trưởng Bộ Quốc phòng Campuchia")}),
    ],
)
def test_a_foreign_name_holds_no_bare_national_post(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the title closed by its body's abbreviation in brackets, then the next person: the title is the first's
        ("Ngày 21/10, ông Lê Văn Khiêm - Chủ tịch Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng (DAFO), "
         "bà Đào Thị Nhàn - Chủ tịch Hội hữu nghị Việt Nam - Pháp TP Đà Nẵng đã làm việc với đoàn.",
         {("Lê Văn Khiêm", "Chủ tịch Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng"),
          ("Đào Thị Nhàn", "Chủ tịch Hội hữu nghị Việt Nam - Pháp thành phố Đà Nẵng")}),
        ("Tiếp đoàn có ông Phan Quốc Vinh, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An (VUFO), "
         "bà Lê Thị Cúc, Giám đốc Sở Ngoại vụ tỉnh Nghệ An.",
         {("Phan Quốc Vinh", "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"),
          ("Lê Thị Cúc", "Giám đốc Sở Ngoại vụ tỉnh Nghệ An")}),
        # near-miss: with no name before it, the bracketed title is the one after's
        ("Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An (VUFO), bà Lê Thị Cúc phát biểu.",
         {("Lê Thị Cúc", "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An")}),
    ],
)
def test_a_bracketed_abbreviation_closes_the_title_of_the_name_before(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a national body's post written first in a foreign official's chain: the country a later post names
        ("Hội đàm có Thượng tướng Lý Minh Sơn, Ủy viên Quân ủy Trung ương, Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng "
         "nước Cộng hòa Nhân dân Trung Hoa.",
         {("Lý Minh Sơn", "Ủy viên Quân ủy Trung ương Trung Quốc"), ("Lý Minh Sơn", "Ủy viên Quốc vụ Trung Quốc"),
          ("Lý Minh Sơn", "Bộ trưởng Bộ Quốc phòng Trung Quốc")}),
        ("Tiếp đoàn có Thượng tướng Hà Chí Vĩnh, Ủy viên Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng Trung Quốc.",
         {("Hà Chí Vĩnh", "Ủy viên Quân ủy Trung ương Trung Quốc"), ("Hà Chí Vĩnh", "Bộ trưởng Bộ Quốc phòng Trung Quốc")}),
        # … a Vietnamese official's chain names no foreign country: the posts stay Vietnam's
        ("Dự có Đại tướng Trần Văn Minh, Ủy viên Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng.",
         {("Trần Văn Minh", "Ủy viên Quân ủy Trung ương"), ("Trần Văn Minh", "Bộ trưởng Bộ Quốc phòng")}),
        # … nor does an ambassador's post lend its country (the sender's or the host's)
        ("Dự có ông Lý Văn Minh, Ủy viên Quân ủy Trung ương, Đại sứ Trung Quốc tại Việt Nam.",
         {("Lý Văn Minh", "Ủy viên Quân ủy Trung ương"), ("Lý Văn Minh", "Đại sứ Trung Quốc tại Việt Nam")}),
    ],
)
def test_a_national_body_post_takes_the_country_of_a_later_sibling(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign region named in a spelling the gazetteer lacks: its posts take no other province
        (
            "Ông Xổm-xạ-vạt Lên-xa-vắt trước đây là Phó Tỉnh trưởng tỉnh Khăm-muộn. Người kế nhiệm là ông Bun-khắm "
            "Vông-đa-lạ, nay đảm nhận chức Bí thư, Tỉnh trưởng tỉnh Sả-vẳn-nạ-khệt.",
            set(),
        ),
        # … set off after the holder's name, the post is read with the unit as written, never Kandal's
        (
            "Đoàn tỉnh Kandal (Campuchia) sang thăm. Cùng đi có ông Xôm Sa-rinh, Phó Tỉnh trưởng tỉnh Prây-veng-kông.",
            {("Xôm Sa-rinh", "Phó Tỉnh trưởng tỉnh Prây-veng-kông")},
        ),
        # … spelt as the gazetteer knows it, or told with no name, the post is that region's
        (
            "Ông Bun-khắm Vông-đa-lạ, Bí thư, Tỉnh trưởng tỉnh Chăm-pa-sak tiếp đoàn.",
            {("Bun-khắm Vông-đa-lạ", "Bí thư Tỉnh ủy Chăm-pa-sắc"), ("Bun-khắm Vông-đa-lạ", "Tỉnh trưởng tỉnh Chăm-pa-sắc")},
        ),
        (
            "Đoàn tỉnh Kandal (Campuchia) sang thăm. Cùng đi có ông Xôm Sa-rinh, Phó Tỉnh trưởng tỉnh.",
            {("Xôm Sa-rinh", "Phó Tỉnh trưởng tỉnh Kandal")},
        ),
        # a foreign district written without hyphens in a spelling the gazetteer lacks: neither the host
        # district's post nor a holder named by the district's words
        (
            "Đoàn đại biểu huyện Na Mo Nọi (Lào) thăm huyện Mường Lát. Phó Chủ tịch UBND huyện Na Mo Nọi Khăm Phon "
            "phát biểu. Chủ tịch UBND huyện Mường Lát Lê Văn Dũng cảm ơn.",
            {("Lê Văn Dũng", "Chủ tịch UBND huyện Mường Lát")},
        ),
        (
            "Đoàn đại biểu huyện Na Mo Nọi (Lào) thăm huyện Mường Lát. Ông Khăm Phon, Phó Chủ tịch UBND huyện "
            "Na Mo Nọi phát biểu.",
            set(),
        ),
        (
            "Tiếp đoàn có ông Trần Văn Hải, Chủ tịch UBND huyện Quế Phong. Phó Bí thư Huyện ủy Xổm Bun Xay "
            "(tỉnh Hủa Phăn) cảm ơn huyện Quế Phong.",
            {("Trần Văn Hải", "Chủ tịch UBND huyện Quế Phong")},
        ),
        # … a holder's name after the unit word opens with a family name: the district is the context's
        (
            "Huyện Quế Phong tổ chức hội nghị. Phát biểu có Chủ tịch UBND huyện Lò Văn Thắng.",
            {("Lò Văn Thắng", "Chủ tịch UBND huyện Quế Phong")},
        ),
    ],
)
def test_a_foreign_region_spelt_unread_gives_no_other(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an appointment told as not made (the verb denied before the name, or after it): no post
        ("Ông Trần Văn Bình là Phó Bí thư Huyện ủy Anh Sơn. Dư luận hỏi vì sao không điều động, bổ nhiệm ông Bình "
         "làm Giám đốc Sở Nội vụ tỉnh Nghệ An ngay từ đầu tháng.",
         {("Trần Văn Bình", "Phó Bí thư Huyện ủy Anh Sơn")}),
        ("Ông Trần Văn Bình, Phó Bí thư Huyện ủy Anh Sơn, không được bầu giữ chức Chủ tịch HĐND huyện Anh Sơn.",
         {("Trần Văn Bình", "Phó Bí thư Huyện ủy Anh Sơn")}),
        ("Bà Lê Thị Hoa, Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh, chưa được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Hà Tĩnh.",
         {("Lê Thị Hoa", "Phó Giám đốc Sở Y tế tỉnh Hà Tĩnh")}),
        # near-misses: the appointment made
        ("Ông Trần Văn Bình, Phó Bí thư Huyện ủy Anh Sơn, được bầu giữ chức Chủ tịch HĐND huyện Anh Sơn.",
         {("Trần Văn Bình", "Phó Bí thư Huyện ủy Anh Sơn"), ("Trần Văn Bình", "Chủ tịch HĐND huyện Anh Sơn")}),
        ("Tỉnh quyết định bổ nhiệm ông Trần Văn Bình làm Giám đốc Sở Nội vụ tỉnh Nghệ An.",
         {("Trần Văn Bình", "Giám đốc Sở Nội vụ tỉnh Nghệ An")}),
    ],
)
def test_an_appointment_denied_gives_no_post(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a district raised to a town after the news (Chơn Thành 2022, Hoài Nhơn 2020), written as the
        # district it was: the article is about it, and its offices are the district's, as written
        (
            "Ngày 29/6/2016, HĐND huyện Chơn Thành tổ chức kỳ họp thứ nhất. Ông Lê Văn Tám - Phó Bí thư Huyện ủy, "
            "Chủ tịch UBND huyện tiếp tục được bầu giữ chức Chủ tịch UBND huyện.",
            {("Lê Văn Tám", "Phó Bí thư Huyện ủy Chơn Thành"), ("Lê Văn Tám", "Chủ tịch UBND huyện Chơn Thành")},
        ),
        (
            "Năm 2017, huyện Hoài Nhơn đón 2.000 du khách. Bà Đỗ Thị Lan, Phó Chủ tịch HĐND huyện Hoài Nhơn cho biết "
            "thêm về kế hoạch.",
            {("Đỗ Thị Lan", "Phó Chủ tịch HĐND huyện Hoài Nhơn")},
        ),
        # … written as the town it is now, it stays the town
        (
            "HĐND thị xã Chơn Thành tổ chức kỳ họp. Ông Lê Văn Tám, Chủ tịch UBND thị xã phát biểu.",
            {("Lê Văn Tám", "Chủ tịch UBND thị xã Chơn Thành")},
        ),
        # … and its bare name in another's ("Trường THPT Chơn Thành") names no district the article is about
        ("Ông Lê Văn Tám, Chủ tịch UBND huyện dự lễ khai giảng tại Trường THPT Chơn Thành.", set()),
    ],
)
def test_a_district_written_as_it_was_before_it_became_a_town(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a post told of the names before "là"/"làm" is theirs, not the next name's after the comma
        ("Ban Tổ chức Huyện ủy công bố quyết định bổ nhiệm các ông Lê Văn Tâm (nguyên Ủy viên HĐND huyện) và Trần "
         "Văn Hòa (nguyên Chủ tịch UBND xã Tân Lập) là Phó Trưởng Ban Dân vận Huyện ủy Đông Anh, ông Phạm Văn Tùng "
         "được bổ nhiệm giữ chức Phó Chánh Văn phòng Huyện ủy Đông Anh.",
         {("Phạm Văn Tùng", "Phó Chánh Văn phòng Huyện ủy Đông Anh")}),
        ("Huyện bổ nhiệm bà Lê Thị Tâm (nguyên Phó Chủ tịch UBND xã Tân Lập) làm Phó Trưởng Ban Dân vận Huyện ủy "
         "Đông Anh, ông Phạm Văn Tùng làm Phó Chánh Văn phòng Huyện ủy Đông Anh.",
         {("Lê Thị Tâm", "Phó Trưởng Ban Dân vận Huyện ủy Đông Anh"),
          ("Phạm Văn Tùng", "Phó Chánh Văn phòng Huyện ủy Đông Anh")}),
        # near-miss: a post set off before the name with no copula is the name's
        ("Tham dự có Chủ tịch UBND tỉnh Bắc Ninh, ông Phạm Văn Tùng.", {("Phạm Văn Tùng", "Chủ tịch UBND tỉnh Bắc Ninh")}),
    ],
)
def test_a_post_said_of_the_names_before_is_not_the_next_ones(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign delegation named by its party committee ("Đoàn đại biểu Châu ủy châu X", "… Huyện ủy
        # huyện Y"): the side is the prefecture's or county's, not the province containing it
        (
            "Đoàn đại biểu Châu ủy châu Văn Sơn, tỉnh Vân Nam do ông Lý Minh, Phó Bí thư Châu ủy làm trưởng đoàn "
            "đã sang thăm tỉnh Hà Giang.",
            {("Lý Minh", "Phó Bí thư Châu ủy Văn Sơn")},
        ),
        (
            "Ngày 5/3, Đoàn đại biểu Huyện ủy huyện Hà Khẩu (Vân Nam, Trung Quốc) do ông Lý Minh, Phó Bí thư Huyện "
            "ủy dẫn đầu đã sang thăm huyện Bát Xát.",
            {("Lý Minh", "Phó Bí thư Huyện ủy Hà Khẩu")},
        ),
        # … a foreign side's county committee is never the Vietnamese district the article is about
        (
            "Ngày 5/3, Đoàn đại biểu huyện Hà Khẩu (Vân Nam, Trung Quốc) do ông Lý Minh, Phó Bí thư Huyện ủy, Huyện "
            "trưởng dẫn đầu đã sang thăm huyện Bát Xát.",
            {("Lý Minh", "Phó Bí thư Huyện ủy Hà Khẩu"), ("Lý Minh", "Huyện trưởng huyện Hà Khẩu")},
        ),
        (
            "Ngày 5/3, Đoàn đại biểu tỉnh Vân Nam do ông Lý Minh, Phó Bí thư Huyện ủy dẫn đầu đã sang thăm huyện "
            "Bát Xát. Tiếp đoàn có ông Hoàng Văn Tư, Bí thư Huyện ủy.",
            {("Hoàng Văn Tư", "Bí thư Huyện ủy Bát Xát")},
        ),
        # … but a district's foreign namesake ("Trùng Khánh", Chongqing) read for the side is the district's
        (
            "Ngày 9/5, tại thị trấn Trùng Khánh, đoàn huyện Trùng Khánh, tỉnh Cao Bằng hội đàm với đoàn huyện Long "
            "Châu. Phía Trùng Khánh có bà Hà Thị Vân, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.",
            {("Hà Thị Vân", "Phó Bí thư Huyện ủy Trùng Khánh"), ("Hà Thị Vân", "Chủ tịch UBND huyện Trùng Khánh")},
        ),
    ],
)
def test_a_foreign_delegations_committee_is_its_own(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a transfer tells where the person goes to work, then the post taken there
        ("Tỉnh điều động ông Trần Văn Hùng, Phó Giám đốc Sở Nội vụ đến nhận công tác tại Sở Tư pháp và bổ nhiệm giữ "
         "chức Phó Giám đốc Sở Tư pháp tỉnh Quảng Nam.",
         {("Trần Văn Hùng", "Phó Giám đốc Sở Tư pháp tỉnh Quảng Nam"), ("Trần Văn Hùng", "Phó Giám đốc Sở Nội vụ tỉnh Quảng Nam")}),
        ("Chủ tịch UBND tỉnh điều động ông Trần Văn Hùng - Chủ tịch UBND huyện Quế Sơn về nhận công tác tại Sở Nội vụ "
         "tỉnh Quảng Nam kể từ ngày 1-5-2020; bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ tỉnh Quảng Nam kể từ ngày 1-7-2020.",
         {("Trần Văn Hùng", "Phó Giám đốc Sở Nội vụ tỉnh Quảng Nam"), ("Trần Văn Hùng", "Chủ tịch UBND huyện Quế Sơn")}),
        # near-miss: the post named bare, its body left to the reader, gives nothing
        ("Tỉnh điều động ông Trần Văn Hùng, Phó Giám đốc Sở Nội vụ tỉnh Quảng Nam đến nhận công tác tại Sở Tư pháp và "
         "bổ nhiệm giữ chức Phó giám đốc.",
         {("Trần Văn Hùng", "Phó Giám đốc Sở Nội vụ tỉnh Quảng Nam")}),
    ],
)
def test_a_post_taken_where_the_transfer_sends(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a national post naming no country, held by a name in plain Latin letters: not Vietnam's; the country unknown
        ("Chiều 1/8 tại Viêng Chăn, Đoàn đại biểu tỉnh Hà Nam đã được Thủ tướng Bounmy Sayavong tiếp.", set()),
        ("Chiều 1/8, Phó Chủ tịch nước Khamla Sengdara đã tiếp Đoàn đại biểu tỉnh Thái Bình.", set()),
        # … the country told of the same person before qualifies it
        ("Chiều 1/8, Thủ tướng Lào Bounmy Sayavong đã tiếp Đoàn đại biểu tỉnh Hà Nam. Thủ tướng Bounmy Sayavong "
         "đánh giá cao kết quả hợp tác.",
         {("Bounmy Sayavong", "Thủ tướng Lào")}),
        # … a foreign party named in the post is the post's
        ("Dự có ông Bounlieng Sayavong - Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào.",
         {("Bounlieng Sayavong", "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào")}),
        # … an ethnic minority's name is written with Vietnamese letters: Vietnam's post
        ("Dự có Phó Thủ tướng Kpă Hlen và Phó Thủ tướng Trần Lưu Minh.",
         {("Kpă Hlen", "Phó Thủ tướng Chính phủ"), ("Trần Lưu Minh", "Phó Thủ tướng Chính phủ")}),
    ],
)
def test_a_foreigners_post_naming_no_country_is_not_vietnams(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the army's and the police's national commands, named whole: the country's
        ("Thiếu tướng Trần Văn Hùng, Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội dự lễ.",
         {("Trần Văn Hùng", "Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội")}),
        ("Chuẩn đô đốc Trần Văn Hùng, Phó Tư lệnh Quân chủng Hải quân, thăm tỉnh Khánh Hòa.",
         {("Trần Văn Hùng", "Phó Tư lệnh Quân chủng Hải quân")}),
        ("Bộ Công an điều động Đại tá Trần Văn Hùng, Giám đốc Công an tỉnh Nam Định đến nhận công tác và bổ nhiệm "
         "giữ chức Tư lệnh Bộ Tư lệnh Cảnh sát cơ động.",
         {("Trần Văn Hùng", "Tư lệnh Bộ Tư lệnh Cảnh sát cơ động"), ("Trần Văn Hùng", "Giám đốc Công an tỉnh Nam Định")}),
        # near-miss: a command the lexicon does not name gives nothing
        ("Đại tá Trần Văn Hùng, Tư lệnh Binh chủng Đặc công dự lễ.", set()),
    ],
)
def test_a_national_command_of_the_army_or_police(text, expected):
    assert offices_of(text) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # a master's degree before the name, abbreviated or not, is no part of it
        ("Tham dự có ThS Lê Văn Hòa, Phó Cục trưởng Cục Thú y.", {("Lê Văn Hòa", "Phó Cục trưởng Cục Thú y")}),
        ("Tiếp đoàn có Thạc sĩ Nguyễn Thị Lan, Giám đốc Sở Ngoại vụ tỉnh Nghệ An.",
         {("Nguyễn Thị Lan", "Giám đốc Sở Ngoại vụ tỉnh Nghệ An")}),
        # near-miss: a Khmer family name that opens like the word stays in the name
        ("Ông Thạch Sơn, Phó Chủ tịch UBND tỉnh Trà Vinh, dự hội nghị.", {("Thạch Sơn", "Phó Chủ tịch UBND tỉnh Trà Vinh")}),
    ],
)
def test_a_masters_degree_before_a_name_is_no_part_of_it(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one replaced told of their own move, done before ("đã được", "vừa được"): that post is theirs
        ("HĐND phường Hạc Thành bầu ông Lê Văn Tám giữ chức Chủ tịch UBND phường Hạc Thành, thay cho ông Trần Văn "
         "Hùng đã được Ban Thường vụ Tỉnh ủy điều động giữ chức Bí thư Đảng ủy xã Đông Thành.",
         {("Lê Văn Tám", "Chủ tịch UBND phường Hạc Thành"), ("Trần Văn Hùng", "Bí thư Đảng ủy xã Đông Thành")}),
        ("Ông Lê Văn Tám được bầu làm Chủ tịch UBND phường Hạc Thành thay ông Trần Văn Hùng vừa được điều động giữ "
         "chức Bí thư Đảng ủy xã Đông Thành.",
         {("Lê Văn Tám", "Chủ tịch UBND phường Hạc Thành"), ("Trần Văn Hùng", "Bí thư Đảng ủy xã Đông Thành")}),
        # near-miss: "A thay B giữ chức X": the post is A's
        ("Ông Lê Văn Tám, Bí thư Tỉnh ủy Nghệ An, thay ông Trần Văn Hùng giữ chức Bộ trưởng Bộ Nội vụ.",
         {("Lê Văn Tám", "Bí thư Tỉnh ủy Nghệ An"), ("Lê Văn Tám", "Bộ trưởng Bộ Nội vụ")}),
    ],
)
def test_the_one_replaced_told_of_their_own_move(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # posts listed after one verb of appointing, a dash between them
        ("Ông Lê Văn Tám được chỉ định giữ chức Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Nghệ An.",
         {("Lê Văn Tám", "Phó Bí thư Tỉnh ủy Nghệ An"), ("Lê Văn Tám", "Chủ tịch UBND tỉnh Nghệ An")}),
        ("HĐND xã bầu bà Lê Thị Hoa giữ chức Phó Bí thư Đảng ủy – Chủ tịch UBND xã Tân Lập.",
         {("Lê Thị Hoa", "Phó Bí thư Đảng ủy xã Tân Lập"), ("Lê Thị Hoa", "Chủ tịch UBND xã Tân Lập")}),
        # near-miss: the title after the dash stands before another name: never the appointed one's
        ("Ông Lê Văn Tám được bầu giữ chức Chủ tịch UBND tỉnh Nghệ An - Bí thư Tỉnh ủy Trần Văn Hùng chúc mừng.",
         {("Lê Văn Tám", "Chủ tịch UBND tỉnh Nghệ An")}),
    ],
)
def test_posts_after_the_verb_joined_by_a_dash(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an army corps, division or brigade named by its number is one unit of the whole army
        ("Đại tá Trần Văn Khải, Chính ủy Sư đoàn 5 dự lễ.", {("Trần Văn Khải", "Chính ủy Sư đoàn 5")}),
        ("Trung tướng Lê Quốc Hòa - Tư lệnh Quân đoàn 12 phát biểu chỉ đạo.", {("Lê Quốc Hòa", "Tư lệnh Quân đoàn 12")}),
        (
            "Quyết định được trao cho các đồng chí: Thượng tá Lê Văn Khánh, Phó trưởng Phòng Tham mưu giữ chức Chính ủy "
            "Lữ đoàn 75; Thượng tá Đỗ Minh An, Trợ lý Phòng Tổ chức giữ chức Phó Chính ủy Lữ đoàn 26.",
            {("Lê Văn Khánh", "Chính ủy Lữ đoàn 75"), ("Đỗ Minh An", "Phó Chính ủy Lữ đoàn 26")},
        ),
        # a staff office ("Phòng Tổ chức", "Phòng Cán bộ") never starts a name
        ("Thượng tá Vũ Đức Long, Trợ lý Phòng Cán bộ giữ chức Phó Chính ủy Lữ đoàn 25.", {("Vũ Đức Long", "Phó Chính ủy Lữ đoàn 25")}),
        # a regiment's number repeats across divisions: no office
        ("Đại tá Trần Văn Khải, Chính ủy Trung đoàn 4 dự lễ.", set()),
        # … and a unit told of, not held, is no office
        ("Sư đoàn 5 đã lập nhiều chiến công; ông Trần Văn Khải, Chủ tịch UBND tỉnh Tây Ninh dự lễ.",
         {("Trần Văn Khải", "Chủ tịch UBND tỉnh Tây Ninh")}),
    ],
)
def test_army_units_named_by_their_number(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a province's military or police party committee is a body of its own, apart from a commune's "Đảng ủy"
        (
            "Đại tá Hà Minh Tuấn, Phó Bí thư Đảng ủy Quân sự tỉnh, Chỉ huy trưởng Bộ CHQS tỉnh Vĩnh Long dự lễ.",
            {("Hà Minh Tuấn", "Phó Bí thư Đảng ủy Quân sự tỉnh Vĩnh Long"),
             ("Hà Minh Tuấn", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Vĩnh Long")},
        ),
        (
            "Dự có Thiếu tướng Đinh Văn Hùng - Bí thư Đảng ủy Công an tỉnh, Giám đốc Công an tỉnh Nghệ An.",
            {("Đinh Văn Hùng", "Bí thư Đảng ủy Công an tỉnh Nghệ An"), ("Đinh Văn Hùng", "Giám đốc Công an tỉnh Nghệ An")},
        ),
        # near-miss: a commune's party committee keeps its commune
        ("Ông Hà Minh Tuấn, Bí thư Đảng ủy xã Tân An dự lễ.", {("Hà Minh Tuấn", "Bí thư Đảng ủy xã Tân An")}),
    ],
)
def test_a_provinces_military_and_police_party_committees(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the executive committee named bare before the Tỉnh ủy's (Thành ủy's) standing board shares its body
        (
            "Tỉnh ủy Thái Nguyên công bố quyết định chỉ định ông Đỗ Văn Tâm, Giám đốc Sở Tài chính làm Ủy viên Ban "
            "Chấp hành, Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020-2025.",
            {("Đỗ Văn Tâm", "Giám đốc Sở Tài chính tỉnh Thái Nguyên"), ("Đỗ Văn Tâm", "Tỉnh ủy viên Thái Nguyên"),
             ("Đỗ Văn Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy Thái Nguyên")},
        ),
        (
            "Ông Lương Văn Quý, Ủy viên BCH, Ủy viên BTV Thành ủy Hải Phòng, Giám đốc Sở Tài chính thành phố dự họp.",
            {("Lương Văn Quý", "Thành ủy viên Hải Phòng"), ("Lương Văn Quý", "Ủy viên Ban Thường vụ Thành ủy Hải Phòng"),
             ("Lương Văn Quý", "Giám đốc Sở Tài chính thành phố Hải Phòng")},
        ),
        # near-miss: before a commune's standing board, whose executive committee is not said plainly: nothing for it
        ("Ông Đỗ Văn Tâm, Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ Đảng ủy phường Tân An dự họp.",
         {("Đỗ Văn Tâm", "Ủy viên Ban Thường vụ Đảng ủy phường Tân An")}),
        # … and an association's executive committee stays the association's
        ("Ông Đỗ Văn Tâm, Ủy viên Ban Chấp hành Hội Nông dân tỉnh Nghệ An dự họp.",
         {("Đỗ Văn Tâm", "Ủy viên Ban Chấp hành Hội Nông dân tỉnh Nghệ An")}),
    ],
)
def test_a_bare_executive_committee_before_the_standing_board(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the person's rank set off by commas between the name and the post
        ("Thủ tướng phê chuẩn kết quả bầu bổ sung chức danh Ủy viên UBND tỉnh Hà Tĩnh đối với ông Phan Đức Thịnh, Đại tá, "
         "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh; ông Lê Hữu Nghĩa, Giám đốc Sở Nội vụ tỉnh Hà Tĩnh.",
         {("Phan Đức Thịnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"), ("Phan Đức Thịnh", "Ủy viên UBND tỉnh Hà Tĩnh"),
          ("Lê Hữu Nghĩa", "Giám đốc Sở Nội vụ tỉnh Hà Tĩnh"), ("Lê Hữu Nghĩa", "Ủy viên UBND tỉnh Hà Tĩnh")}),
        ("Dự lễ có ông Phan Đức Thịnh, Thiếu tướng, Giám đốc Công an tỉnh Nghệ An.",
         {("Phan Đức Thịnh", "Giám đốc Công an tỉnh Nghệ An")}),
        # near-miss: a rank alone after the name is no office
        ("Dự lễ có ông Phan Đức Thịnh, Đại tá, cùng nhiều cán bộ của tỉnh Nghệ An.", set()),
    ],
)
def test_a_rank_set_off_by_commas_before_the_post(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the province's executive committee with "chấp hành" (or "ủy viên") in lower case
        ("Thủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Nam Định đối với ông Trần Hữu Phước, ủy viên Ban "
         "chấp hành Đảng bộ tỉnh.",
         {("Trần Hữu Phước", "Phó Chủ tịch UBND tỉnh Nam Định"), ("Trần Hữu Phước", "Tỉnh ủy viên Nam Định")}),
        ("Dự có ông Trần Hữu Phước, Ủy viên Ban chấp hành Đảng bộ tỉnh, Giám đốc Sở Nội vụ tỉnh Nam Định.",
         {("Trần Hữu Phước", "Tỉnh ủy viên Nam Định"), ("Trần Hữu Phước", "Giám đốc Sở Nội vụ tỉnh Nam Định")}),
        # near-miss: the committee's members as a group, no one named
        ("Hội nghị có sự tham dự của các ủy viên Ban chấp hành Đảng bộ tỉnh Nam Định.", set()),
    ],
)
def test_the_provinces_executive_committee_in_lower_case(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a department's initials written together, as many papers write them
        ("Giám đốc Sở KHĐT tỉnh Quảng Ngãi Trần Thị Hoa cho biết thêm.",
         {("Trần Thị Hoa", "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi")}),
        ("Ông Lê Văn Sơn, Giám đốc Sở TNMT tỉnh Quảng Ngãi, dự họp.",
         {("Lê Văn Sơn", "Giám đốc Sở Tài nguyên và Môi trường tỉnh Quảng Ngãi")}),
        ("Bà Lê Thị Hoa, Phó Giám đốc Sở GDĐT tỉnh Nghệ An phát biểu.",
         {("Lê Thị Hoa", "Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Nghệ An")}),
        # near-miss: initials no department has
        ("Ông Lê Văn Sơn, Giám đốc Sở TNMTX tỉnh Quảng Ngãi dự họp.", set()),
    ],
)
def test_department_initials_written_together(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family name that begins a two-word place, addressed as "ông"/"bà" and set off from a title: a person
        ("Thủ tướng giao quyền Chủ tịch UBND tỉnh Bắc Giang đối với ông Mai Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, "
         "Phó Chủ tịch Thường trực UBND tỉnh.",
         {("Mai Sơn", "Quyền Chủ tịch UBND tỉnh Bắc Giang"), ("Mai Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy Bắc Giang"),
          ("Mai Sơn", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Giang")}),
        ("Bà Hà Giang - Giám đốc Sở Tư pháp tỉnh Bắc Ninh dự họp.", {("Hà Giang", "Giám đốc Sở Tư pháp tỉnh Bắc Ninh")}),
        # near-miss: the place itself, with no honorific before it
        ("Đoàn công tác đến thăm huyện Mai Sơn, tỉnh Sơn La; ông Lê Văn Tâm, Chủ tịch UBND tỉnh Sơn La dự.",
         {("Lê Văn Tâm", "Chủ tịch UBND tỉnh Sơn La")}),
    ],
)
def test_an_addressed_name_that_is_also_a_place(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aide's post named by whom the aide serves stands in the chain; the posts after it are still the person's
        ("Thủ tướng bổ nhiệm ông Tạ Quang Vinh - Trợ lý Bộ trưởng, Chánh Văn phòng Bộ Ngoại giao, giữ chức Thứ trưởng Bộ Ngoại giao.",
         {("Tạ Quang Vinh", "Chánh Văn phòng Bộ Ngoại giao"), ("Tạ Quang Vinh", "Thứ trưởng Bộ Ngoại giao")}),
        ("Ông Tạ Quang Vinh, Trợ lý Bộ trưởng, Vụ trưởng Vụ Tổ chức cán bộ Bộ Ngoại giao phát biểu.",
         {("Tạ Quang Vinh", "Vụ trưởng Vụ Tổ chức cán bộ Bộ Ngoại giao")}),
        # near-miss: the aide's post alone is no office
        ("Ông Tạ Quang Vinh, Trợ lý Thủ tướng, phát biểu.", set()),
    ],
)
def test_an_aides_post_in_the_chain(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state committee whose name the lexicon cannot read is a national one: never a province's the article names
        ("Thủ tướng bổ nhiệm ông Tạ Văn Nam - Chánh Văn phòng Bộ Ngoại giao, quyền Chủ nhiệm Ủy ban Nhà nước về người "
         "Việt Nam ở người nước ngoài. Ông từng công tác tại tỉnh Bình Dương.",
         {("Tạ Văn Nam", "Chánh Văn phòng Bộ Ngoại giao")}),
        ("Bà Tạ Thu Hà, Phó Chủ nhiệm Ủy ban Nhà nước về hợp tác kinh tế phát biểu tại tỉnh Bình Dương.", set()),
        # the committee the lexicon reads keeps its post
        ("Ông Tạ Văn Nam, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài phát biểu.",
         {("Tạ Văn Nam", "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài")}),
    ],
)
def test_an_unread_state_committee_is_no_provinces(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a Vietnamese post before the name, then a foreign region's post after it: two persons side by side,
        # the second named by title alone; the foreign post is no Vietnamese leader's (nor its country his)
        (
            "Thủ tướng Lê Quang Vinh, Thống đốc tỉnh Tochigi cùng hai đoàn đại biểu Việt Nam và Nhật Bản chụp ảnh chung.",
            {("Lê Quang Vinh", "Thủ tướng Chính phủ")},
        ),
        (
            "Chủ tịch UBND tỉnh Nghệ An Trần Minh Sơn, Thị trưởng thành phố Izumisano và các đại biểu dự lễ.",
            {("Trần Minh Sơn", "Chủ tịch UBND tỉnh Nghệ An")},
        ),
        # near-misses: a second Vietnamese post after the name is the person's; so is a Vietnamese diplomat's
        (
            "Thứ trưởng Bộ Ngoại giao Lê Quang Vinh, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài, dự lễ.",
            {("Lê Quang Vinh", "Thứ trưởng Bộ Ngoại giao"),
             ("Lê Quang Vinh", "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài")},
        ),
        (
            "Ông Lê Quang Vinh, Thống đốc tỉnh Tochigi, cảm ơn đoàn.",
            {("Lê Quang Vinh", "Thống đốc tỉnh Tochigi")},
        ),
    ],
)
def test_a_foreign_regions_post_after_a_vietnamese_leaders_name(text, expected):
    assert offices_of(text) == expected


# "Tại cuộc hội kiến với Phó Tỉnh trưởng tỉnh X, Thứ trưởng A khẳng định …": the title of the opening
# is the unnamed counterpart's; the subject named before its verb holds only the title right before it.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tại cuộc hội kiến với Phó Tỉnh trưởng tỉnh Vân Nam, Thứ trưởng Ngoại giao Lương Văn Khải khẳng định quan hệ tốt đẹp.",
         {("Lương Văn Khải", "Thứ trưởng Bộ Ngoại giao")}),
        ("Tại buổi làm việc với Phó Chủ tịch UBND tỉnh Sơn La, Thứ trưởng Bộ Công Thương Đinh Quang Hòa đề nghị hai bên phối hợp.",
         {("Đinh Quang Hòa", "Thứ trưởng Bộ Công Thương")}),
        ("Trong cuộc gặp với Bí thư Tỉnh ủy Hòa Bình, Phó Thủ tướng Đinh Quang Hòa nhấn mạnh vai trò của tỉnh.",
         {("Đinh Quang Hòa", "Phó Thủ tướng Chính phủ")}),
        # near-miss: with a comma after the name, the whole chain is the counterpart's
        ("Tại buổi làm việc với Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La Đinh Quang Hòa, đoàn công tác đề nghị hai bên phối hợp.",
         {("Đinh Quang Hòa", "Phó Bí thư Tỉnh ủy Sơn La"), ("Đinh Quang Hòa", "Chủ tịch UBND tỉnh Sơn La")}),
    ],
)
def test_a_meeting_openings_title_is_the_counterparts(text, expected):
    assert offices_of(text) == expected


# A foreign town's, county's or commune's head whose unit name is not read is no head of the province
# the text supplies ("Trấn trưởng tỉnh Vân Nam" is none); with the unit read, the post stays.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đoàn đại biểu trấn Khúc Thủy, huyện Giang Thành, tỉnh Vân Nam (Trung Quốc) do ông Mã Văn Lộc, Phó Bí thư "
         "Đảng ủy, Trấn trưởng trấn Khúc Thủy làm Trưởng đoàn.", set()),
        ("Tại tỉnh Gyeonggi, ông Kim Ho-jun, Quận trưởng quận Khúc Lâm phát biểu.", set()),
        # near-miss: the unit's name read, the head of that unit
        ("Ông Mã Văn Lộc, Trấn trưởng trấn Thủy Khẩu, huyện Long Châu (Quảng Tây) phát biểu.",
         {("Mã Văn Lộc", "Trấn trưởng trấn Thủy Khẩu")}),
    ],
)
def test_a_local_unit_head_is_no_head_of_a_province(text, expected):
    assert offices_of(text) == expected


# A foreign country's chamber ("Thượng viện") beside a post that names the country takes that country;
# alone, or beside a diplomat's post (the sender's or the host's), it names none.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ông Lê Văn Tùng chào xã giao Chủ tịch Đảng Nhân dân Campuchia, Chủ tịch Thượng viện Chea Sokhom.",
         {("Chea Sokhom", "Chủ tịch Đảng Nhân dân Campuchia"), ("Chea Sokhom", "Chủ tịch Thượng viện Campuchia")}),
        ("Ông Lê Văn Tùng hội kiến Chủ tịch Thượng viện, Chủ tịch Đảng Nhân dân Campuchia Chea Sokhom.",
         {("Chea Sokhom", "Chủ tịch Đảng Nhân dân Campuchia"), ("Chea Sokhom", "Chủ tịch Thượng viện Campuchia")}),
        # near-misses
        ("Chủ tịch Thượng viện Chea Sokhom tiếp đoàn.", set()),
        ("Đại sứ Campuchia tại Việt Nam, Chủ tịch Thượng viện Chea Sokhom tiếp đoàn.",
         {("Chea Sokhom", "Đại sứ Campuchia tại Việt Nam")}),
    ],
)
def test_a_foreign_chamber_takes_its_siblings_country(text, expected):
    assert offices_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sapo of personnel news: the age set off after the name, then the verb of appointing
        ("Ông Hoàng Minh Khôi, 48 tuổi, được bầu làm Chủ tịch UBND tỉnh Vĩnh Long.",
         {("Hoàng Minh Khôi", "Chủ tịch UBND tỉnh Vĩnh Long")}),
        # … the second comma left out, a second person in the same sentence
        ("Ông Hoàng Minh Khôi, 48 tuổi, được bầu làm Chủ tịch UBND tỉnh Vĩnh Long; ông Đào Văn Lực, 55 tuổi được "
         "bầu làm Chủ tịch UBND tỉnh Tây Ninh, nhiệm kỳ 2021-2026.",
         {("Hoàng Minh Khôi", "Chủ tịch UBND tỉnh Vĩnh Long"), ("Đào Văn Lực", "Chủ tịch UBND tỉnh Tây Ninh")}),
        # … the year of birth instead of the age
        ("Ông Trần Văn Bảo, sinh năm 1975, được điều động, bổ nhiệm giữ chức Giám đốc Sở Ngoại vụ tỉnh Quảng Trị.",
         {("Trần Văn Bảo", "Giám đốc Sở Ngoại vụ tỉnh Quảng Trị")}),
    ],
)
def test_an_age_after_the_name_before_the_verb_of_appointing(text, expected):
    assert offices_of(text) == expected


def test_an_age_before_a_denied_appointment_gives_no_office():
    assert offices_of("Ông Đào Văn Lực, 55 tuổi, không được bầu làm Chủ tịch UBND tỉnh Tây Ninh.") == set()


# The culture department written without its "và" or comma ("Sở Văn hóa Thể thao và Du lịch",
# "Sở Văn hóa Thể thao TP. HCM") is the whole department, not a bare "Sở Văn hóa" of the province.
@pytest.mark.parametrize("text, expected", [
    ("Ngày 19/8, ông Trần Văn Bình, Giám đốc Sở Văn hóa Thể thao và Du lịch tỉnh Sóc Trăng, tiếp đoàn.",
     {("Trần Văn Bình", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng")}),
    ("Phó Giám đốc Sở Văn hóa Thể thao và Du lịch tỉnh Đồng Tháp Lê Thị Hoa phát biểu khai mạc.",
     {("Lê Thị Hoa", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp")}),
    ("Giám đốc Sở Văn hóa Thể thao Tp. Hồ Chí Minh - Trần Văn Bình cho biết thêm.",
     {("Trần Văn Bình", "Giám đốc Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh")}),
    # a bare culture department stays what it is
    ("Ngày 19/8, ông Trần Văn Bình, Giám đốc Sở Văn hóa tỉnh Sóc Trăng, tiếp đoàn.",
     {("Trần Văn Bình", "Giám đốc Sở Văn hóa tỉnh Sóc Trăng")}),
])
def test_a_culture_department_without_its_conjunction_is_whole(text, expected):
    assert offices_of(text) == expected


def test_a_culture_department_without_its_conjunction_names_no_office_alone():
    text = "Đoàn cảm ơn Sở Văn hóa Thể thao và Du lịch tỉnh Sóc Trăng đã phối hợp tổ chức."
    assert offices_of(text) == set()


# A board named after the Government is the country's, whatever province the sentence or its side names;
# a province's own board of the same field stays the province's.
@pytest.mark.parametrize("text, expected", [
    ("Về phía tỉnh Bình Thuận có ông Lê Văn Tâm, Thứ trưởng Bộ Nội vụ, Trưởng Ban Tôn giáo Chính phủ; ông Phan Văn "
     "Hải, Chủ tịch UBND tỉnh.",
     {("Lê Văn Tâm", "Thứ trưởng Bộ Nội vụ"), ("Lê Văn Tâm", "Trưởng Ban Tôn giáo Chính phủ"),
      ("Phan Văn Hải", "Chủ tịch UBND tỉnh Bình Thuận")}),
    ("Tại Hội nghị ở tỉnh Kon Tum, ông Trần Quốc Hưng, Phó Trưởng ban Cơ yếu Chính phủ phát biểu.",
     {("Trần Quốc Hưng", "Phó Trưởng Ban Cơ yếu Chính phủ")}),
    ("Tại tỉnh Kon Tum, ông Trần Quốc Hưng, Trưởng Ban Tôn giáo tỉnh phát biểu.",
     {("Trần Quốc Hưng", "Trưởng Ban Tôn giáo tỉnh Kon Tum")}),
])
def test_a_board_of_the_government_is_national(text, expected):
    assert offices_of(text) == expected


# The province's party bloc of agencies and enterprises, written in any case, is named whole, not cut at
# "các cơ quan" (that bloc, before the two were joined, stays what it is).
@pytest.mark.parametrize("text, expected", [
    ("Dự có các đồng chí: Lê Văn An, Tỉnh ủy viên, Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh Bắc Ninh; "
     "Trần Thị Hoa, Bí thư Đảng ủy Khối các cơ quan tỉnh Bắc Ninh.",
     {("Lê Văn An", "Tỉnh ủy viên Bắc Ninh"), ("Lê Văn An", "Bí thư Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh Bắc Ninh"),
      ("Trần Thị Hoa", "Bí thư Đảng ủy Khối các cơ quan tỉnh Bắc Ninh")}),
    ("Ông Lê Văn An, Phó Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh dự lễ.",
     {("Lê Văn An", "Phó Bí thư Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh Hà Tĩnh")}),
])
def test_the_party_bloc_of_agencies_and_enterprises_is_whole(text, expected):
    assert offices_of(text) == expected


# A career told in the plural after "đã" ("đã giữ các chức vụ", "đã lần lượt đảm nhiệm các chức vụ") lists the
# posts a person held before: none is held now; "hiện giữ các chức vụ" and "được bầu giữ các chức vụ" stay current.
@pytest.mark.parametrize("text, expected", [
    ("Trước khi giữ chức vụ Bí thư Tỉnh ủy, đồng chí Lê Văn Bình đã giữ các chức vụ Phó Bí thư Thường trực Tỉnh ủy "
     "Cao Bằng khóa XI, nhiệm kỳ 2015 – 2020; Trưởng Đoàn đại biểu Quốc hội tỉnh Cao Bằng khóa XIV.", set()),
    ("Ông Lê Văn Bình đã lần lượt đảm nhiệm các chức vụ Phó Chủ tịch UBND tỉnh Cao Bằng, Giám đốc Sở Tài chính "
     "tỉnh Cao Bằng.", set()),
    ("Ông Lê Văn Bình hiện giữ các chức vụ Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng.",
     {("Lê Văn Bình", "Phó Bí thư Tỉnh ủy Cao Bằng"), ("Lê Văn Bình", "Chủ tịch UBND tỉnh Cao Bằng")}),
    ("Ông Lê Văn Bình đã được bầu giữ các chức vụ Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng.",
     {("Lê Văn Bình", "Phó Bí thư Tỉnh ủy Cao Bằng"), ("Lê Văn Bình", "Chủ tịch UBND tỉnh Cao Bằng")}),
])
def test_a_career_in_the_plural_after_da_is_past(text, expected):
    assert offices_of(text) == expected


# The Front's committee named with the country and no unit word, beside a Politburo or Secretariat post, is the
# national committee its president heads, not the host province's; with "tỉnh", or beside a province's posts, the
# province's.
@pytest.mark.parametrize("text, expected", [
    ("Tại tỉnh Hà Tĩnh, ông Lê Văn Nam, Bí thư Trung ương Đảng, Chủ tịch Ủy ban MTTQ Việt Nam phát biểu.",
     {("Lê Văn Nam", "Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
      ("Lê Văn Nam", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")}),
    ("Tiếp đoàn tại tỉnh Nghệ An có ông Lê Văn Nam, Ủy viên Bộ Chính trị, Chủ tịch UBMTTQ Việt Nam.",
     {("Lê Văn Nam", "Ủy viên Bộ Chính trị"), ("Lê Văn Nam", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")}),
    ("Tại tỉnh Hà Tĩnh, ông Lê Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu.",
     {("Lê Văn Nam", "Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh"), ("Lê Văn Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh")}),
])
def test_the_front_of_a_politburo_member_is_national(text, expected):
    assert offices_of(text) == expected


# A board of the Fatherland Front's committee named with it, with or without a comma, its name running on in lower
# case past a comma: the Front's board of the place after it, not a province's own board; a membership of the Front
# after a province's board stays two posts.
@pytest.mark.parametrize("text, expected", [
    ("Dự có bà Lê Thị Hoa, Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh.",
     {("Lê Thị Hoa", "Trưởng Ban Công tác Phụ nữ Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh")}),
    ("Dự có ông Trần Văn Bình, Phó Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh Quảng Trị.",
     {("Trần Văn Bình", "Phó Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Quảng Trị")}),
    ("Dự có ông Trần Văn Bình, Trưởng Ban Dân chủ - Pháp luật và Giám sát, phản biện xã hội, Ủy ban MTTQ Việt Nam "
     "tỉnh Quảng Trị.",
     {("Trần Văn Bình", "Trưởng Ban Dân chủ - Pháp luật và Giám sát, phản biện xã hội Ủy ban MTTQ Việt Nam tỉnh Quảng Trị")}),
    ("Kết quả, bà Lê Thị Hoa - Phó Chủ tịch Thường trực Hội LHPN tỉnh, Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt "
     "Nam tỉnh - đã được bầu giữ chức Chủ tịch Hội LHPN tỉnh Hà Tĩnh.",
     {("Lê Thị Hoa", "Chủ tịch Hội LHPN tỉnh Hà Tĩnh"), ("Lê Thị Hoa", "Phó Chủ tịch Thường trực Hội LHPN tỉnh Hà Tĩnh"),
      ("Lê Thị Hoa", "Trưởng Ban Công tác Phụ nữ Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh")}),
    ("Dự có bà Lê Thị Hoa, Trưởng Ban Dân tộc, Ủy viên Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh.",
     {("Lê Thị Hoa", "Trưởng Ban Dân tộc tỉnh Hà Tĩnh"), ("Lê Thị Hoa", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh")}),
    # "chủ" ends a board's name only as the verb "chủ trì"
    ("Ông Trần Văn Bình, Trưởng Ban Dân tộc tỉnh Quảng Trị chủ trì hội nghị.",
     {("Trần Văn Bình", "Trưởng Ban Dân tộc tỉnh Quảng Trị")}),
])
def test_a_board_of_the_front_is_the_fronts(text, expected):
    assert offices_of(text) == expected


# No one is the envoy of two countries: in a list of "title name" entries, a mission of another sender
# right after the name of one told by its mission is the next entry's, whose holder the text leaves out.
@pytest.mark.parametrize("text, expected", [
    ("Đón đoàn có Đại sứ Campuchia tại Việt Nam Mao Sovanny, Đại sứ Việt Nam tại Campuchia cùng cán bộ Đại sứ quán.",
     {("Mao Sovanny", "Đại sứ Campuchia tại Việt Nam")}),
    ("Tại sân bay có Đại sứ Nhật Bản tại Việt Nam Mori Haruto, Tổng Lãnh sự Việt Nam tại Osaka và cộng đồng người Việt.",
     {("Mori Haruto", "Đại sứ Nhật Bản tại Việt Nam")}),
    # both named: each entry keeps its own mission
    ("Đón đoàn có Đại sứ Lào tại Việt Nam Xay-nhạ-phon Kẹo-la-vông, Đại sứ Việt Nam tại Lào Đinh Quang Tạo.",
     {("Xay-nhạ-phon Kẹo-la-vông", "Đại sứ Lào tại Việt Nam"), ("Đinh Quang Tạo", "Đại sứ Việt Nam tại Lào")}),
])
def test_a_second_senders_mission_after_a_named_envoy_is_not_his(text, expected):
    assert offices_of(text) == expected


# A post in a national body the lexicon names by its pattern alone ("Văn phòng Chủ tịch nước", "Văn phòng
# Chính phủ") is Vietnam's read alone: a foreign name holding it is a foreign official whose country the text
# leaves to the reader, left out; a Vietnamese name keeps it.
@pytest.mark.parametrize("text, expected", [
    ("Tiếp đoàn có Chủ nhiệm Văn phòng Chủ tịch nước Khăm-liềng Nọi-xay, Bộ trưởng Bộ Ngoại giao Lào Vông-phết Xổm-ma-lạt.",
     {("Vông-phết Xổm-ma-lạt", "Bộ trưởng Bộ Ngoại giao Lào")}),
    ("Bà Phết-xa-mỏn Viêng-khăm, Chủ nhiệm Văn phòng Chính phủ, tiếp đoàn.", set()),
    ("Đồng chí Lê Văn Hùng, Chủ nhiệm Văn phòng Chủ tịch nước, phát biểu.",
     {("Lê Văn Hùng", "Chủ nhiệm Văn phòng Chủ tịch nước")}),
])
def test_a_foreign_name_in_a_national_office_named_by_its_pattern(text, expected):
    assert offices_of(text) == expected


# "A được bầu giữ chức X, Y, Z B đã …": the posts after the first one that end right before a name are no more
# of A's; where A's list ends and B's begins the text does not say, so B gets none either.
@pytest.mark.parametrize("text, expected", [
    ("Nhân dịp ông Trần Văn Minh được bầu làm Chủ tịch nước, Tổng Bí thư, Chủ tịch nước Lào Bun-khăm Xỉ-xổm "
     "đã gửi thư mừng.",
     {("Trần Văn Minh", "Chủ tịch nước")}),
    ("Ông Lê Văn Tâm được bầu giữ chức Phó Chủ tịch UBND tỉnh, Chủ tịch UBND tỉnh Hà Giang Trần Đức Bình trao quyết định.",
     {("Lê Văn Tâm", "Phó Chủ tịch UBND tỉnh Hà Giang")}),
    # no name after the list: every post is the appointee's
    ("Ông Lê Văn Tâm được bầu giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang.",
     {("Lê Văn Tâm", "Phó Bí thư Tỉnh ủy Hà Giang"), ("Lê Văn Tâm", "Chủ tịch UBND tỉnh Hà Giang")}),
])
def test_posts_after_an_appointment_ending_before_a_name_are_not_the_appointees(text, expected):
    assert offices_of(text) == expected
