package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
		{"- Phòng LĐ-TB&XH, Phòng GD&ĐT huyện;", []string{"Phòng Lao động - Thương binh và Xã hội @", "Phòng Giáo dục và Đào tạo @huyện"}},
		{"c) Đài Phát thanh và Truyền hình, Báo Ninh Thuận xây dựng các phóng sự", []string{"Đài Phát thanh và Truyền hình @", "Báo Ninh Thuận @"}},
		{"Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án", []string{"Thủ tướng Chính phủ @"}},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", nil},
		{"Số hiệu 3853/KH-UBND; Phong trào Cả nước thi đua", nil},
		{"các Sở, ban, ngành và các địa phương; tạo điều kiện để Hội hoạt động", nil},
		{"**1.1. Phòng Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo)**", []string{"Phòng Giáo dục và Đào tạo @", "Ban Chỉ đạo @"}},
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
	f.Fuzz(func(t *testing.T, s string) {
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
