package extract

import (
	"testing"

	"github.com/vanban/vanban/extract/vn"
)

// TestIssuerResolution checks issuer names, levels and places for header
// layouts of other provinces, levels and eras than the seeds.
func TestIssuerResolution(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text                                string
		name, level, prov, prov25, district string
	}{
		{"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 10/KH-UBND\nThành phố Hồ Chí Minh, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\nVề học tập\nCăn cứ",
			"Ủy ban nhân dân thành phố Hồ Chí Minh", LevelProvince, "Hồ Chí Minh", "Hồ Chí Minh", ""},
		{"ỦY BAN NHÂN DÂN QUẬN 1    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 10/UBND-VX\nQuận 1, ngày 3 tháng 4 năm 2023\nV/v học tập\nKính gửi: Phòng Giáo dục và Đào tạo\nCăn cứ",
			"Ủy ban nhân dân quận 1", LevelDistrict, "Hồ Chí Minh", "Hồ Chí Minh", "1"},
		{"UBND TỈNH ĐĂK LĂK\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 10/KH-SGDĐT\nĐắk Lắk, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\nVề học tập\nCăn cứ",
			"Sở Giáo dục và Đào tạo tỉnh Đăk Lăk", LevelProvince, "Đắk Lắk", "Đắk Lắk", ""},
		{"BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 10/QĐ-BGDĐT\nHà Nội, ngày 3 tháng 4 năm 2023\nQUYẾT ĐỊNH\nVề học tập\nCăn cứ",
			"Bộ Giáo dục và Đào tạo", LevelCentral, "", "", ""},
		{"TỈNH ỦY THANH HÓA\n*\nSố 12-CT/TU\nThanh Hóa, ngày 3 tháng 4 năm 2023\nCHỈ THỊ\nvề học tập\nCăn cứ",
			"Tỉnh ủy Thanh Hóa", LevelProvince, "Thanh Hóa", "Thanh Hóa", ""},
		{"THÀNH ỦY HÀ NỘI\n*\nSố 20-CT/TU\nHà Nội, ngày 3 tháng 4 năm 2023\nCHỈ THỊ\nvề học tập\nCăn cứ",
			"Thành ủy Hà Nội", LevelProvince, "Hà Nội", "Hà Nội", ""},
		{"HUYỆN ỦY CẨM THỦY\nBAN TUYÊN GIÁO\n*\nSố 12-HD/BTGHU\nCẩm Thủy, ngày 3 tháng 4 năm 2023\nHƯỚNG DẪN\nvề học tập\nCăn cứ",
			"Ban Tuyên giáo Huyện ủy Cẩm Thủy", LevelDistrict, "Thanh Hóa", "Thanh Hóa", "Cẩm Thủy"},
		{"ỦY BAN NHÂN DÂN\nTHỊ XÃ SƠN TÂY\nSố: 10/KH-UBND\nSơn Tây, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\nVề học tập\nCăn cứ",
			"Ủy ban nhân dân thị xã Sơn Tây", LevelDistrict, "Hà Nội", "Hà Nội", "Sơn Tây"},
		{"ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nSố: 10/KH-UBND\nThừa Thiên Huế, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\nVề học tập\nCăn cứ",
			"Ủy ban nhân dân tỉnh Thừa Thiên Huế", LevelProvince, "Huế", "Huế", ""},
		{"ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 7/KH-UBND\nKhánh Hòa, ngày 3 tháng 9 năm 2025\nKẾ HOẠCH\nVề học tập\nCăn cứ",
			"Ủy ban nhân dân tỉnh Khánh Hòa", LevelProvince, "Khánh Hòa", "Khánh Hòa", ""},
		// before the reform: Ninh Thuận, later merged into Khánh Hòa
		{"ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 7/KH-UBND\nNinh Thuận, ngày 3 tháng 9 năm 2024\nKẾ HOẠCH\nVề học tập\nCăn cứ",
			"Ủy ban nhân dân tỉnh Ninh Thuận", LevelProvince, "Ninh Thuận", "Khánh Hòa", ""},
	}
	for _, tt := range tests {
		d := x.Extract(Input{Text: tt.text})
		is := d.Issuer
		if is.Name != tt.name || is.Level != tt.level || vn.Fold(is.Province) != vn.Fold(tt.prov) ||
			vn.Fold(is.Province2025) != vn.Fold(tt.prov25) || vn.Fold(is.District) != vn.Fold(tt.district) {
			t.Errorf("issuer of %.40q = %+v\nwant name %q level %q province %q/%q district %q", tt.text, is, tt.name, tt.level, tt.prov, tt.prov25, tt.district)
		}
	}
}

func TestIssuerHint(t *testing.T) {
	x := testExtractor(t)
	text := "ỦY BAN NHÂN DÂN\nSố: 5/KH-UBND\nKẾ HOẠCH\nVề việc thử\nCăn cứ Luật."
	d := x.Extract(Input{Text: text, Hints: Hints{Issuer: "Tỉnh Bình Dương"}})
	if d.Issuer.Province != "Bình Dương" || d.Issuer.Province2025 != "Hồ Chí Minh" || d.Issuer.Level != LevelProvince ||
		d.Issuer.Name != "Ủy ban nhân dân tỉnh Bình Dương" {
		t.Errorf("issuer placed by the hint = %+v", d.Issuer)
	}
	text = "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 5/KH-UBND\nLong An, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nVề việc thử\nCăn cứ Luật."
	d = x.Extract(Input{Text: text, Hints: Hints{Issuer: "Tỉnh Bình Dương"}})
	if d.Issuer.Province != "Long An" || len(d.Warnings) != 1 {
		t.Errorf("issuer %+v, warnings %q: want Long An and one warning", d.Issuer, d.Warnings)
	}
}

func TestIssuerPartyOrgan(t *testing.T) {
	x := testExtractor(t)
	text := "ĐẢNG BỘ TỈNH LÀO CAI          ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY CÁC CƠ QUAN TỈNH\n*\nSố 15-KH/ĐU          Lào Cai, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\nvề học tập\nCăn cứ"
	d := x.Extract(Input{Text: text})
	if d.Issuer.Name != "Đảng ủy các cơ quan tỉnh Lào Cai" || d.Issuer.Level != LevelProvince || d.Issuer.Province != "Lào Cai" {
		t.Errorf("issuer = %+v", d.Issuer)
	}
}

// TestIssuerNewCommune: a commune of 2026 in merged Tây Ninh whose
// predecessors all lay in Long An keeps Long An as its old province.
func TestIssuerNewCommune(t *testing.T) {
	x := testExtractor(t)
	text := "ỦY BAN NHÂN DÂN\nXÃ CẦN ĐƯỚC\nSố: 3/KH-UBND\nCần Đước, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nXây dựng xã hội học tập năm 2026\nCăn cứ Kế hoạch của UBND tỉnh Tây Ninh."
	d := x.Extract(Input{Text: text})
	is := d.Issuer
	if is.Level != LevelCommune || is.Commune != "Cần Đước" || is.District != "" || is.Province2025 != "Tây Ninh" || is.Province != "Long An" {
		t.Errorf("issuer = %+v", is)
	}
}

func TestIssuerTypeWithoutName(t *testing.T) {
	x := testExtractor(t)
	d := x.Extract(Input{Text: "ỦY BAN NHÂN DÂN TỈNH\nSố: 5/KH-UBND\nLào Cai, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nVề việc thử\nCăn cứ Luật."})
	if d.Issuer.Name != "Ủy ban nhân dân tỉnh Lào Cai" || d.Issuer.Level != LevelProvince {
		t.Errorf("issuer = %+v", d.Issuer)
	}
}

func TestIssuerSchool(t *testing.T) {
	x := testExtractor(t)
	text := "UBND TỈNH QUẢNG NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THPT LÊ QUÝ ĐÔN\nSố: 25/KH-THPTLQĐ\nTam Kỳ, ngày 5 tháng 9 năm 2023\nKẾ HOẠCH\nXây dựng trường học học tập\nCăn cứ Kế hoạch của Sở."
	d := x.Extract(Input{Text: text})
	if d.Issuer.Name != "Trường Trung học phổ thông Lê Quý Đôn tỉnh Quảng Nam" || d.Issuer.Level != LevelProvince || d.Issuer.Province != "Quảng Nam" {
		t.Errorf("issuer = %+v", d.Issuer)
	}
}

func TestIssuerSteeringCommittee(t *testing.T) {
	x := testExtractor(t)
	text := "UBND XÃ CẨM THÀNH\nBAN CHỈ ĐẠO XÂY DỰNG XHHT\nSố: 3/KH-BCĐ\nCẩm Thành, ngày 5 tháng 9 năm 2023\nKẾ HOẠCH\nXây dựng xã hội học tập\nCăn cứ Kế hoạch của UBND huyện Cẩm Xuyên."
	d := x.Extract(Input{Text: text})
	if d.Issuer.Name != "Ban Chỉ đạo xây dựng Xã hội học tập xã Cẩm Thành" || d.Issuer.Level != LevelCommune || d.Issuer.District != "Cẩm Xuyên" {
		t.Errorf("issuer = %+v", d.Issuer)
	}
}

func TestHdrAbbrevLike(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{{"QLCN", true}, {"GD&ĐT", true}, {"XHHT", true}, {"PHÒNG", false}, {"SỞ", false}, {"Phòng", false}, {"TỈNH", false}} {
		if got := hdrAbbrevLike(c.w); got != c.want {
			t.Errorf("hdrAbbrevLike(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestIssuerAfterPageMenu: capitals of a web page's menu above the header
// (BỘ LỌC, TÌM KIẾM) are not the issuer's parents.
func TestIssuerAfterPageMenu(t *testing.T) {
	x := testExtractor(t)
	text := "TRANG CHỦ\nBỘ LỌC\nTìm kiếm văn bản\nThứ 2, Ngày 28/10/2024\nKế hoạch 10/KH-UBND năm 2023 về học tập\nSố hiệu 10/KH-UBND\nLoại văn bản Kế hoạch\n" +
		"ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 10/KH-UBND\nBến Tre, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\nVề học tập\nCăn cứ Luật."
	d := x.Extract(Input{Text: text})
	if d.Issuer.Name != "Ủy ban nhân dân tỉnh Bến Tre" || d.Issuer.Level != LevelProvince || d.Issuer.Province2025 != "Vĩnh Long" {
		t.Errorf("issuer = %+v", d.Issuer)
	}
}

// TestIssuerFieldCase: an agency named in capitals is written with a
// capital on its field's first word and on each coordinated part (Nghị
// định 30/2020, Phụ lục II); place names keep theirs, the lexicon wins.
func TestIssuerFieldCase(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ header, name string }{
		{"BỘ CÔNG THƯƠNG\nCỤC ĐỔI MỚI SÁNG TẠO,\nCHUYỂN ĐỔI XANH VÀ\nKHUYẾN CÔNG", "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"},
		{"BỘ CÔNG THƯƠNG\nCỤC KỸ THUẬT AN TOÀN VÀ MÔI TRƯỜNG CÔNG NGHIỆP", "Cục Kỹ thuật an toàn và Môi trường công nghiệp"},
		{"UBND TỈNH NGHỆ AN\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"},
		{"UBND TỈNH BẮC NINH\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Ninh"},
		{"BỘ GIAO THÔNG VẬN TẢI", "Bộ Giao thông vận tải"},
		{"BỘ TÀI CHÍNH\nVỤ PHÁP CHẾ", "Vụ Pháp chế"},
		{"UBND HUYỆN ĐÔNG ANH\nPHÒNG VĂN HÓA VÀ THÔNG TIN", "Phòng Văn hóa và Thông tin huyện Đông Anh"},
		{"SỞ CÔNG THƯƠNG\nPHÒNG QLCN", "Phòng Quản lý công nghiệp"},
		{"UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG", "Sở Công Thương tỉnh Lào Cai"},
		{"BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BÌNH DƯƠNG", "Ban Quản lý các Khu công nghiệp tỉnh Bình Dương"}, // as the lexicon writes it
		{"ỦY BAN NHÂN DÂN\nHUYỆN CẨM THỦY  ,", "Ủy ban nhân dân huyện Cẩm Thủy"},
		{"ĐẢNG BỘ TỈNH NGHỆ AN\nBAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh ủy Nghệ An"},
		{"SỞ CÔNG THƯƠNG LÀO CAI", "Sở Công Thương Lào Cai"},
		{"SỞ CÔNG THƯƠNG LÀO CAI\nĐOÀN KIỂM TRA THEO QĐ SỐ 2872/QĐ-SCT", "Đoàn kiểm tra tỉnh Lào Cai"},
	}
	for _, tt := range tests {
		d := x.Extract(Input{Text: tt.header + "\nSố: 5/KH-ABC\nHà Nội, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\nVề việc thử\nCăn cứ Luật."})
		if d.Issuer.Name != tt.name {
			t.Errorf("issuer of %q = %q, want %q", tt.header, d.Issuer.Name, tt.name)
		}
	}
}

// TestTitleEndsAtAuthority: the authority line under a Quyết định's or a
// Giấy phép's trích yếu ends it and, without an issuer column, names the
// issuer; a title line opening with a head word goes on.
func TestTitleEndsAtAuthority(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ text, title, issuer string }{
		{"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: /GP-UBND\nLào Cai, ngày 3 tháng 2 năm 2026\nGIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật.",
			"Sử dụng vật liệu nổ công nghiệp", "Ủy ban nhân dân tỉnh Lào Cai"},
		{"CHÍNH PHỦ\nSố: 5/2026/NQ-CP\nHà Nội, ngày 3 tháng 2 năm 2026\nNGHỊ QUYẾT\nVỀ CẮT GIẢM THỦ TỤC HÀNH CHÍNH\nCHÍNH PHỦ\nCăn cứ Luật.",
			"Về cắt giảm thủ tục hành chính", "Chính phủ"},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGIẤY CHỨNG NHẬN\nCƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM\nSỞ CÔNG THƯƠNG TỈNH LÀO CAI\nChứng nhận\nCơ sở: Cửa hàng A.",
			"Cơ sở đủ điều kiện an toàn thực phẩm", "Sở Công Thương tỉnh Lào Cai"},
		{"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 5/QĐ-UBND\nLào Cai, ngày 3 tháng 2 năm 2026\nQUYẾT ĐỊNH\nVỀ VIỆC\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật.",
			"Về việc ban hành quy chế làm việc của ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Lào Cai"},
	}
	for _, tt := range tests {
		d := x.Extract(Input{Text: tt.text})
		if d.Title != tt.title || d.Issuer.Name != tt.issuer {
			t.Errorf("title %q issuer %q, want %q, %q", d.Title, d.Issuer.Name, tt.title, tt.issuer)
		}
	}
}

// TestIssuerNotFromStamps: capitals below the number (an incoming-mail
// stamp of a scanned letter, "SỞ CÔNG THƯƠNG LÀO CAI / ĐẾN") do not
// replace the issuer, and a body line citing "Nghị định số …" does not
// number the document.
func TestIssuerNotFromStamps(t *testing.T) {
	x := testExtractor(t)
	text := "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC HÓA CHẤT Độc lập - Tự do - Hạnh phúc\nSố: số /QĐ-XPVPHC Hà Nội, ngàyOẨ tháng 7 năm 2026\n" +
		"SỞ CÔNG THƯƠNG LÀO CAI\nĐẾN Số: 54\nQUYẾT ĐỊNH\nXử phạt vi phạm hành chính\nCỤC TRƯỞNG CỤC HÓA CHẤT\nCăn cứ Luật Xử lý vi phạm hành chính;\nNghị định số 71/2019/NĐ-CP ngày 30 tháng 8 năm 2019;\nQUYẾT ĐỊNH:"
	d := x.Extract(Input{Text: text})
	num := ""
	if d.Number != nil {
		num = d.Number.Text
	}
	if d.Issuer.Name != "Cục Hóa chất" || num != "/QĐ-XPVPHC" || d.Issued.Date != "2026-07" || d.Issued.Place != "Hà Nội" || d.Title != "Xử phạt vi phạm hành chính" {
		t.Errorf("issuer %q number %q date %q place %q title %q", d.Issuer.Name, num, d.Issued.Date, d.Issued.Place, d.Title)
	}
	d = x.Extract(Input{Text: "Căn cứ Luật Tổ chức Chính phủ;\nNghị định số 71/2019/NĐ-CP ngày 30 tháng 8 năm 2019 quy định xử phạt;\nĐiều 1. Nội dung."})
	if d.Number != nil {
		t.Errorf("number %+v from a citation in the body", d.Number)
	}
}
