package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

func agTestRules(tb testing.TB) *agencyRules {
	tb.Helper()
	set, err := rules.Builtin()
	if err != nil {
		tb.Fatalf("builtin rules: %v", err)
	}
	return newAgencyRules(set)
}

func agTestRulesSet(tb testing.TB) *rules.Set {
	tb.Helper()
	set, err := rules.Builtin()
	if err != nil {
		tb.Fatalf("builtin rules: %v", err)
	}
	return set
}

func TestAgencyMentions(t *testing.T) {
	r := agTestRules(t)
	cases := []struct {
		line string
		want []string // name + " @" + locality, in order
	}{
		{"b) Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Lao động-Thương binh và Xã hội, Bộ Chỉ huy quân sự tỉnh, Công an tỉnh lồng ghép chuyên đề",
			[]string{"Sở Giáo dục và Đào tạo @", "Sở Lao động-Thương binh và Xã hội @", "Bộ Chỉ huy quân sự @tỉnh", "Công an @tỉnh"}},
		{"b) Hội Khuyến học tỉnh hướng dẫn Hội khuyến học các cấp phối hợp với các Sở, ngành, địa phương",
			[]string{"Hội Khuyến học @tỉnh", "Hội khuyến học @"}},
		{"c) Chủ trì, phối hợp với Hội Khuyến học huyện, Ủy ban nhân dân các xã, thị trấn nghiên cứu đổi mới",
			[]string{"Hội Khuyến học @huyện", "Ủy ban nhân dân @các xã, thị trấn"}},
		{"4. Công chức Văn hóa – xã hội.", []string{"Công chức Văn hóa – xã hội @"}},
		{"3. Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu", []string{"Vườn quốc gia Hoàng Liên @"}},
		{"- Phòng LĐ-TB&XH, Phòng GD&ĐT huyện;", []string{"Phòng Lao động - Thương binh và Xã hội @", "Phòng Giáo dục và Đào tạo @huyện"}},
		{"c) Đài Phát thanh và Truyền hình, Báo Ninh Thuận xây dựng các phóng sự", []string{"Đài Phát thanh và Truyền hình @", "Báo Ninh Thuận @"}},
		{"Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án", []string{"Thủ tướng Chính phủ @"}},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", nil},
		{"Số hiệu 3853/KH-UBND; Phong trào Cả nước thi đua", nil},
		{"các Sở, ban, ngành và các địa phương; tạo điều kiện để Hội hoạt động", nil},
		{"**1.1. Phòng Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo)**", []string{"Phòng Giáo dục và Đào tạo @", "Ban Chỉ đạo @"}},
		// Real sentences the first version read wrong.
		{"Căn cứ nội dung trên, đề nghị Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh, Ban Quản lý các Khu công nghiệp tỉnh phối hợp",
			[]string{"Sở Công Thương @", "Ban Quản lý Khu kinh tế @tỉnh", "Ban Quản lý các Khu công nghiệp @tỉnh"}},
		{"3. Bà: Nguyễn Thị Thùy Dương - Chuyên viên phòng Quản lý công nghiệp, Sở Công Thương - Thành viên; thư ký.", []string{"Sở Công Thương @"}},
		{"Sở Công Thương Lào Cai thông báo kết quả kiểm tra", []string{"Sở Công Thương @Lào Cai"}},
		{"Sở Công Thương chưa nắm bắt được số lượng", []string{"Sở Công Thương @"}},
		{"- Bộ Nông nghiệp và Môi trường;", []string{"Bộ Nông nghiệp và Môi trường @"}},
		{"Nghị quyết số 34-NQ/TU ngày 27/12/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 134/KH-UBND", []string{"Ban Thường vụ @Tỉnh ủy"}},
		{"phối hợp với Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch tổ chức tuyên truyền",
			[]string{"Ban Tuyên giáo @Tỉnh ủy", "Sở Văn hóa, Thể thao và Du lịch @"}},
		{"- Tổng công ty xây dựng Trường Sơn;", nil},
		{"theo quy định của Bộ Luật hình sự năm 2015", nil},
		{"Báo cáo gửi về Phòng Quản lý Công nghiệp - Sở Công Thương trước 08 giờ 00 ngày 22/6/2026",
			[]string{"Phòng Quản lý Công nghiệp @", "Sở Công Thương @"}},
		{"- PCT UBND tỉnh Nguyễn Thành Sinh;", []string{"Ủy ban nhân dân @tỉnh"}},
		{"UBND TỈNH LÀO CAI", []string{"Ủy ban nhân dân @TỈNH LÀO CAI"}},
		{"do Hội đồng An toàn vệ sinh lao động tỉnh phối hợp với Liên đoàn Lao động tỉnh tổ chức",
			[]string{"Hội đồng An toàn vệ sinh lao động @tỉnh", "Liên đoàn Lao động @tỉnh"}},
		{"7. Đề nghị Hội Người cao tuổi và Hội Cựu giáo chức huyện", []string{"Hội Người cao tuổi @", "Hội Cựu giáo chức @huyện"}},
		{"Đoàn thanh niên Cộng sản Hồ Chí Minh huyện, Hội Nông dân", []string{"Đoàn thanh niên Cộng sản Hồ Chí Minh @huyện", "Hội Nông dân @"}},
		{"Đài Phát thanh và Truyền hình Thanh Hóa đưa tin", []string{"Đài Phát thanh và Truyền hình @Thanh Hóa"}},
		{"- VP HĐND-UBND huyện (để b/c);", []string{"Văn phòng Hội đồng nhân dân-Ủy ban nhân dân @huyện"}},
		{"Cục Hóa chất thông báo kết quả thẩm định", []string{"Cục Hóa chất @"}},
		{"Phòng Quản lý hóa chất dự thảo văn bản", []string{"Phòng Quản lý hóa chất @"}},
		{"- Văn phòng Tổng Bí thư;- Văn phòng Chủ tịch nước;", []string{"Văn phòng Tổng Bí thư @", "Văn phòng Chủ tịch nước @"}},
		{"- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;", []string{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam @"}},
		{"nghị quyết của Ủy ban Thường vụ Quốc hội, nghị định", []string{"Ủy ban Thường vụ Quốc hội @"}},
		{"Phòng Quản lý công nghiệp ………………………", []string{"Phòng Quản lý công nghiệp @"}},
		{"Ban Chỉ đạo Phòng thủ dân sự Quốc gia", []string{"Ban Chỉ đạo Phòng thủ dân sự Quốc gia @"}},
		{"kính đề nghị Sở Du lịch/Sở văn hóa, Thể thao và Du lịch tỉnh", []string{"Sở Du lịch @", "Sở văn hóa, Thể thao và Du lịch @tỉnh"}},
		{"Sở Ngoại vụ Thành phố Hồ Chí Minh; Ban Tuyên giáo và Dân vận Trung ương", []string{"Sở Ngoại vụ @Thành phố Hồ Chí Minh", "Ban Tuyên giáo và Dân vận @Trung ương"}},
		{"nếu Cục Hải quan không có ý kiến", []string{"Cục Hải quan @"}},
		{"Phòng Đăng ký kinh doanh - Sở Tài chính", []string{"Phòng Đăng ký kinh doanh @", "Sở Tài chính @"}},
		{"đi làm việc tại Đài Loan (Trung Quốc) hoặc Hội An", nil},
		{"phối hợp giữa Cục Quản lý đấu thầu và Thủ tướng Chính phủ", []string{"Cục Quản lý đấu thầu @", "Thủ tướng Chính phủ @"}},
		{"3. Ông Lê Văn A - Phòng Quản lý Công nghiệp - Chủ trì; Phòng Doanh nghiệp - Thành viên", []string{"Phòng Quản lý Công nghiệp @", "Phòng Doanh nghiệp @"}},
		{"Sở Lao động - Thương binh và Xã hội, Trung tâm Thông tin - Văn hóa huyện", []string{"Sở Lao động - Thương binh và Xã hội @", "Trung tâm Thông tin - Văn hóa @huyện"}},
		{"Cục Hàng không Việt Nam và Bộ Tư lệnh Cảnh sát biển", []string{"Cục Hàng không Việt Nam @", "Bộ Tư lệnh Cảnh sát biển @"}},
		{"Thanh tra tỉnh chủ trì, phối hợp với Thanh tra Chính phủ", []string{"Thanh tra tỉnh @", "Thanh tra Chính phủ @"}},
		{"Thanh tra việc chấp hành quy định của Sở Y tế", []string{"Sở Y tế @"}},
		{"Ông Đoàn Đức Quý, Tổng công ty Trường Giang; Trường Sơn; Đoàn Luật sư tỉnh; Trường THCS Lê Lợi", []string{"Đoàn Luật sư @tỉnh", "Trường Trung học cơ sở Lê Lợi @"}},
		// After 1 July 2025: wards under the province, merged departments.
		{"Ủy ban nhân dân phường Văn Phú chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo, Sở Khoa học và Công nghệ",
			[]string{"Ủy ban nhân dân @phường Văn Phú", "Sở Nông nghiệp và Môi trường @", "Sở Dân tộc và Tôn giáo @", "Sở Khoa học và Công nghệ @"}},
		{"Phòng Kinh tế, Hạ tầng và Đô thị phường chủ trì", []string{"Phòng Kinh tế, Hạ tầng và Đô thị @phường"}},
		// The precision spot-check of the real documents: names cut short or
		// run on.
		{"Bộ Giáo dục và Đào tạo (NĐ do Bộ Lao động - Thương binh, Xã hội chủ trì, có nội dung liên quan đến Bộ Nội vụ, Bộ Y tế)",
			[]string{"Bộ Giáo dục và Đào tạo @", "Bộ Lao động - Thương binh, Xã hội @", "Bộ Nội vụ @", "Bộ Y tế @"}},
		{"văn bản chấp thuận nghiệm thu PCCC của Phòng Cảnh sát PCCC và Giấy chứng nhận đủ điều kiện về an ninh, trật tự",
			[]string{"Phòng Cảnh sát Phòng cháy chữa cháy @"}},
		{"Biên bản kiểm tra về PCCC ngày 09/6/2026 (Mẫu số PC03) của Phòng Cảnh sát PCCC và CNCH — đây là biên bản",
			[]string{"Phòng Cảnh sát Phòng cháy chữa cháy và CNCH @"}},
		{"Cục trưởng Cục Viễn thông, Cục trưởng Cục Phát thanh, Truyền hình và Thông tin điện tử, Cục trưởng Cục Báo chí, Cục trưởng Cục Xuất bản, in và Phát hành",
			[]string{"Cục Viễn thông @", "Cục Phát thanh, Truyền hình và Thông tin điện tử @", "Cục Báo chí @", "Cục Xuất bản, in và Phát hành @"}},
		{"UBND xã Si Ma Cai, Ban Quản lý Dự án đầu tư xây dựng Khu vực Si Ma Cai và các đơn vị liên quan giám sát",
			[]string{"Ủy ban nhân dân @xã Si Ma Cai", "Ban Quản lý Dự án đầu tư xây dựng Khu vực @Si Ma Cai"}},
		{"3. Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn lao động Việt Nam, Hội Nông dân Việt Nam",
			[]string{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam @", "Tổng Liên đoàn lao động Việt Nam @", "Hội Nông dân Việt Nam @"}},
		{"6. Cục Thương mại điện tử và Kinh tế số chủ trì, phối hợp với Cục Hóa chất",
			[]string{"Cục Thương mại điện tử và Kinh tế số @", "Cục Hóa chất @"}},
		{"hàng Nhà nước Việt Nam giải ngân tái cấp vốn đối với Ngân hàng Chính sách xã hội theo",
			[]string{"Ngân hàng Chính sách xã hội @"}},
		{"Ngân hàng Nhà nước Việt Nam giải ngân tái cấp vốn; Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6",
			[]string{"Ngân hàng Nhà nước Việt Nam @", "Ngân hàng Nhà nước Việt Nam @"}},
		{"Theo đề nghị của Cục trưởng Cục Tiền lương và Bảo hiểm xã hội;", []string{"Cục Tiền lương và Bảo hiểm xã hội @"}},
		{"Theo đề nghị của Cục trưởng Cục Người có công;", []string{"Cục Người có công @"}},
		{"Tổng cục trưởng Tổng cục Đường bộ Việt Nam, Tổng cục trưởng Tổng cục Hải quan xử phạt đối với",
			[]string{"Tổng cục Đường bộ Việt Nam @", "Tổng cục Hải quan @"}},
		{"Cục trưởng Cục Quản lý dược, Cục trưởng Cục Quản lý lao động ngoài nước cấp; Cục Quản lý xuất nhập cảnh có quyền",
			[]string{"Cục Quản lý dược @", "Cục Quản lý lao động ngoài nước @", "Cục Quản lý xuất nhập cảnh @"}},
		{"1. Người sử dụng lao động theo quy định tại khoản 3 Điều 2 Luật Bảo hiểm xã hội.", nil},
		{"(*sau khi Luật được Quốc hội ban hành*)", []string{"Quốc hội @"}},
		{"Ban Chỉ đạo Xây dựng xã hội học tập huyện; Ban Quản lý khu vực phát triển đô thị", []string{"Ban Chỉ đạo Xây dựng xã hội học tập @huyện", "Ban Quản lý khu vực phát triển đô thị @"}},
		{"chuyển khoản cho Ngân hàng bằng Ủy nhiệm thu", nil},
		{"kinh phí bảo đảm hoạt động của Văn phòng Ủy ban An toàn giao thông Quốc gia", []string{"Văn phòng Ủy ban An toàn giao thông Quốc gia @"}},
		{"Cục Nghiệp vụ quản lý thị trường trực thuộc Tổng cục", []string{"Cục Nghiệp vụ quản lý thị trường @"}},
	}
	for _, c := range cases {
		var sc agScratch
		ms := r.mentions(c.line, &sc)
		var got []string
		for _, m := range ms {
			got = append(got, m.name+" @"+m.locality)
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", c.line, got, c.want)
		}
	}
}

func TestAgencyKeys(t *testing.T) {
	r := agTestRules(t)
	same := [][]string{
		{"Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "Sở Giáo dục - Đào tạo"},
		{"Phòng Lao động - Thương binh và Xã hội", "Phòng LĐ-TB&XH", "Phòng Lao động-Thương binh và Xã hội"},
		{"Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ", "Mặt trận Tổ quốc", "UBMTTQ"},
		{"Hội Liên hiệp Phụ nữ", "Hội LHPN", "HLHPN"},
		{"Đài Phát thanh và Truyền hình", "Đài PT-TH"},
	}
	for _, group := range same {
		_, want := r.canonical(r.expand(group[0]))
		if want == "" {
			t.Fatalf("%q: empty key", group[0])
		}
		for _, v := range group[1:] {
			if _, k := r.canonical(r.expand(v)); k != want {
				t.Errorf("%q: key %q, want %q (as %q)", v, k, want, group[0])
			}
		}
	}
	if _, k := r.canonical("Sở Công nghiệp Nhẹ"); k != "so_cong_nghiep_nhe" {
		t.Errorf("unknown body: key %q", k)
	}
	// The place is the locality, not part of the key, with or without a
	// place word before it.
	for line, want := range map[string]string{
		"Sở Tài chính Thanh Hóa":               "so_tai_chinh",
		"Sở Tài chính tỉnh Thanh Hóa":          "so_tai_chinh",
		"Sở Công Thương Yên Bái báo cáo":       "so_cong_thuong",
		"Sở Xây dựng Hà Nội":                   "so_xay_dung",
		"Sở Giáo dục và Đào tạo Đắk Lắk":       "so_giao_duc_va_dao_tao",
		"Báo Ninh Thuận":                       "bao_ninh_thuan",
		"Đoàn TNCS Hồ Chí Minh":                "doan_thanh_nien_cong_san_ho_chi_minh",
		"Văn phòng UBND tỉnh":                  "van_phong_uy_ban_nhan_dan",
		"Sở Văn hóa, Thể thao và Du lịch tỉnh": "so_van_hoa_the_thao_va_du_lich",
		"Ban Tuyên giáo và Dân vận Tỉnh ủy":    "ban_tuyen_giao_va_dan_van",
	} {
		var sc agScratch
		ms := r.mentions(line, &sc)
		if len(ms) == 0 {
			t.Errorf("%q: no body", line)
			continue
		}
		if _, k := r.canonical(ms[0].name); k != want {
			t.Errorf("%q: key %q (name %q), want %q", line, k, ms[0].name, want)
		}
	}
}

// TestAgencyCapitals checks that names written in capitals (a header, a
// heading) read as the same body written in running text.
func TestAgencyCapitals(t *testing.T) {
	r := agTestRules(t)
	for in, want := range map[string]string{
		"SỞ CÔNG THƯƠNG":         "Sở Công Thương",
		"SỞ GIÁO DỤC VÀ ĐÀO TẠO": "Sở Giáo dục và Đào tạo",
		"PHÒNG KINH TẾ HẠ TẦNG":  "Phòng kinh tế hạ tầng",
		"Sở Giáo dục và Đào tạo": "Sở Giáo dục và Đào tạo",
		"BAN CHỈ ĐẠO":            "Ban Chỉ đạo",
	} {
		if got, _ := r.canonical(r.expand(in)); got != want {
			t.Errorf("canonical(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"TỈNH LÀO CAI":          "tỉnh Lào Cai",
		"THÀNH PHỐ HỒ CHÍ MINH": "thành phố Hồ Chí Minh",
		"CÁC XÃ, THỊ TRẤN":      "các xã, thị trấn",
		"HUYỆN CẨM THỦY":        "huyện Cẩm Thủy",
		"LÀO CAI":               "Lào Cai",
		"tỉnh Lào Cai":          "tỉnh Lào Cai",
	} {
		if got := agLocalityCase(in); got != want {
			t.Errorf("agLocalityCase(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzAgencyFold checks the agency fold table against vn.Fold.
func FuzzAgencyFold(f *testing.F) {
	for _, s := range []string{"Ủy ban nhân dân tỉnh Đắk Lắk", "Thanh Hoá", "e\u0301", "ǅ ẞ Ω", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := agFoldString(s), vn.Fold(s); got != want {
			t.Fatalf("%q: %q, vn.Fold %q", s, got, want)
		}
	})
}

// TestAgencyRoles runs the extractor on a plan's implementation section.
func TestAgencyRoles(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	e := New(set)
	src := strings.Join([]string{
		"KẾ HOẠCH",
		"Thực hiện Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ.",
		"IV. TỔ CHỨC THỰC HIỆN",
		"1. Phòng Giáo dục và Đào tạo",
		"a) Chủ trì, phối hợp với Hội Khuyến học huyện triển khai kế hoạch.",
		"b) Tổng hợp kết quả, báo cáo UBND huyện.",
		"2. Liên đoàn Lao động huyện vận động công nhân học tập.",
		"3. Sở Nội vụ chủ trì rà soát tổ chức Hội.",
		"Nơi nhận:",
		"- Sở GD&ĐT;",
		"- Lưu: VT.",
	}, "\n")
	t0 := newText(src)
	var d Document
	got := map[string]Agency{}
	for _, a := range e.agencies(t0, &d) {
		got[a.Key] = a
	}
	want := map[string]string{
		"phong_giao_duc_va_dao_tao": RoleLead,
		"hoi_khuyen_hoc":            RoleCoordinate,
		"lien_doan_lao_dong":        RoleLead,
		"so_noi_vu":                 RoleLead,
		"so_giao_duc_va_dao_tao":    RoleRecipient,
		"thu_tuong_chinh_phu":       RoleMentioned,
		"uy_ban_nhan_dan":           RoleAssigned,
	}
	for k, role := range want {
		if got[k].Role != role {
			t.Errorf("%s: role %q, want %q (all: %+v)", k, got[k].Role, role, got)
		}
	}
	if n := len(got["phong_giao_duc_va_dao_tao"].Tasks); n != 2 {
		t.Errorf("Phòng GD&ĐT: %d tasks, want 2: %q", n, got["phong_giao_duc_va_dao_tao"].Tasks)
	}
}

// TestAgencyTableCells checks that a name ending a Word table cell does not
// run on into the next cell, while a wrapped PDF line still goes on.
func TestAgencyTableCells(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	e := New(set)
	cells := "Nghị định số 151/2018/NĐ-CP sửa đổi, bổ sung một số Nghị định quy định về điều kiện kinh doanh của Bộ Tài chính\nBãi bỏ Điều 2\nBộ Tài chính"
	d := e.Extract(Input{Text: cells, Source: Source{Format: "docx"}})
	for _, a := range d.Agencies {
		if a.Name != "Bộ Tài chính" {
			t.Errorf("docx cells: body %q, want only Bộ Tài chính", a.Name)
		}
	}
	wrapped := "Các cơ quan liên quan phối hợp chặt chẽ trong quá trình triển khai với Sở Giáo dục\nvà Đào tạo tổ chức tuyên truyền."
	d = e.Extract(Input{Text: wrapped, Source: Source{Format: "pdf"}})
	if len(d.Agencies) != 1 || d.Agencies[0].Name != "Sở Giáo dục và Đào tạo" {
		t.Errorf("wrapped pdf line: %+v, want Sở Giáo dục và Đào tạo", d.Agencies)
	}
}

func FuzzAgencies(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		f.Fatal("no seeds in ../testdata/seeds")
	}
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b[:min(len(b), 4000)]))
	}
	f.Add("1. Sở - \n- Ủy ban nhân dân các , ;\n(Hội ( – xã")
	set, err := rules.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	e := New(set)
	r := agTestRules(f)
	f.Fuzz(func(t *testing.T, s string) {
		var sc agScratch
		for _, line := range strings.Split(s, "\n") {
			for _, m := range r.mentions(line, &sc) {
				if m.start < 0 || m.start > m.end || m.end > len(line) || m.name == "" {
					t.Fatalf("%q: mention out of bounds %+v", line, m)
				}
			}
		}
		var d Document
		for _, a := range e.agencies(newText(s), &d) {
			if a.Key == "" || a.Name == "" || agRank(a.Role) > 4 {
				t.Fatalf("bad agency %+v", a)
			}
		}
	})
}

func BenchmarkAgencies(b *testing.B) {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		b.Fatal("no seeds in ../testdata/seeds")
	}
	var texts []*text
	n := 0
	for _, s := range seeds {
		buf, err := os.ReadFile(s)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, newText(string(buf)))
		n += len(buf)
	}
	set, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	e := New(set)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			var d Document
			e.agencies(t, &d)
		}
	}
}
