package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHdrNumber(t *testing.T) {
	tests := []struct {
		in   string
		want Number
		ok   bool
	}{
		{"Số: 1960/KH-UBND", Number{Text: "1960/KH-UBND", Num: "1960", Symbol: "KH-UBND"}, true},
		{"Số: /KH-UBND", Number{Text: "/KH-UBND", Symbol: "KH-UBND"}, true},
		{"Số:           /QĐ-SCT", Number{Text: "/QĐ-SCT", Symbol: "QĐ-SCT"}, true},
		{"Số: 1132 /UBND-VX", Number{Text: "1132/UBND-VX", Num: "1132", Symbol: "UBND-VX"}, true},
		{"Số: 162/2026/NĐ-CP", Number{Text: "162/2026/NĐ-CP", Num: "162", Symbol: "NĐ-CP"}, true},
		{"Số 05-NQ/ĐU", Number{Text: "05-NQ/ĐU", Num: "05", Symbol: "NQ/ĐU"}, true},
		{"Số: 49-KL/TW", Number{Text: "49-KL/TW", Num: "49", Symbol: "KL/TW"}, true},
		{"Số:          /QĐ - SCT", Number{Text: "/QĐ-SCT", Symbol: "QĐ-SCT"}, true},
		{"SỐ: 12/TTr-SCT", Number{Text: "12/TTr-SCT", Num: "12", Symbol: "TTr-SCT"}, true},
		{"Số: ……/KH-UBND", Number{Text: "/KH-UBND", Symbol: "KH-UBND"}, true},
		{"Số: 66.18/2026/NQ-CP", Number{Text: "66.18/2026/NQ-CP", Num: "66.18", Symbol: "NQ-CP"}, true},
		{"Số: ....../2026/GCNATTP-SCT", Number{Text: "/2026/GCNATTP-SCT", Symbol: "GCNATTP-SCT"}, true},
		{"Số: số /QĐ-XPVPHC", Number{Text: "/QĐ-XPVPHC", Symbol: "QĐ-XPVPHC"}, true},
		{"Số:8 5 2 0/BCT-KHCN Hà Nội, ngày 30 tháng 12", Number{Text: "8520/BCT-KHCN", Num: "8520", Symbol: "BCT-KHCN"}, true},
		{"Số: 5 /UBND-VX", Number{Text: "5/UBND-VX", Num: "5", Symbol: "UBND-VX"}, true},
		{"Số hiệu 3853/KH-UBND", Number{}, false},
		{"SỞ CÔNG THƯƠNG", Number{}, false},
		{"Số 3-4 học sinh", Number{}, false},
		{"Số lượng 30/100 người", Number{}, false},
	}
	for _, tt := range tests {
		got, ok := hdrNumber(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("hdrNumber(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestHdrPlaceDate(t *testing.T) {
	tests := []struct {
		in, place, date string
		ok              bool
	}{
		{"Ninh Thuận, ngày 02 tháng 6 năm 2020", "Ninh Thuận", "2020-06-02", true},
		{"Cẩm Thành, ngày tháng 3 năm 2022", "Cẩm Thành", "2022-03", true},
		{"Lào Cai, ngày       tháng       năm 2026", "Lào Cai", "2026", true},
		{"Lào Cai, ngày        tháng 4năm 2026", "Lào Cai", "2026-04", true},
		{"TP. Hồ Chí Minh, ngày 5 tháng 9 năm 2024", "TP. Hồ Chí Minh", "2024-09-05", true},
		{"Thứ 2, Ngày 28/10/2024", "", "", false},
		{"Ngày ban hành 29/07/2022", "", "", false},
		{"Lào Cai, ngày	tháng	năm 20...", "Lào Cai", "", true},
		{"Hà Nội, ngày … tháng … năm …", "Hà Nội", "", true},
		{"ngày tháng năm", "", "", false},
		{"Hà Nội, ngàyOẨ tháng 7 năm 2026", "Hà Nội", "2026-07", true},
		{"Hôm nay, ngày 10/6/2026, tại trụ sở", "", "2026-06-10", true},
		{"Cẩm Thủy, ngày 2O tháng 5 năm 2023", "Cẩm Thủy", "2023-05", true},
		{"Hà Nội, ngày 3Ù tháng 4Ä năm 4034", "Hà Nội", "", true}, // OCR left nothing to date it
		{"Hà Nội, ngày 3Ù tháng 4Ä", "", "", false},
		{"Số: số /QĐ-XPVPHC Hà Nội, ngày 3 tháng 7 năm 2026", "Hà Nội", "2026-07-03", true},
	}
	for _, tt := range tests {
		place, date, ok := hdrPlaceDate(tt.in)
		if place != tt.place || date != tt.date || ok != tt.ok {
			t.Errorf("hdrPlaceDate(%q) = %q, %q, %v; want %q, %q, %v", tt.in, place, date, ok, tt.place, tt.date, tt.ok)
		}
	}
}

func TestHdrCells(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", []string{"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\tỦY BAN NHÂN DÂN", []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN"}},
		{"Số: 1960/KH-UBND |", []string{"Số: 1960/KH-UBND"}},
		{"**ỦY BAN NHÂN DÂN", []string{"ỦY BAN NHÂN DÂN"}},
		// OCR joined the columns with one space and lost the motto's end
		{"BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI É", []string{"BỘ CÔNG THƯƠNG", "CỘNG HOÀ XÃ HỘI É"}},
		{"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", []string{"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"}},
		{"  Số:           /KH-SCT      Lào Cai, ngày       tháng 5 năm 2026", []string{"Số: /KH-SCT", "Lào Cai, ngày tháng 5 năm 2026"}},
	}
	for _, tt := range tests {
		if got := hdrCells(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("hdrCells(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPersonName(t *testing.T) {
	r := testExtractor(t).hdr
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Nguyễn Lộc Hà", true}, {"Y Phương", true}, {"NGUYỄN VĂN AN", true},
		{"CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", false}, {"PHÓ CHỦ TỊCH", false}, {"Sở Giáo dục", false},
		{"W", false}, {"Lưu VT", false}, {"PHỤ LỤC IX", false}, {"CÓ THẨM QUYỀN CẤP", false},
		{"Trương Thanh Hoài", true}, {"Phạm Thị Thanh Trà", true}, {"THANH TRA TỈNH", false}, {"Đoàn Văn Hùng", true}, {"TÊN TỔ CHỨC", false}, {"Cấp Phép", false}, {"Nơi nhận", false}, {"Ủy Ban Nhân Dân", false},
		{"Đỗ Minh Tuấn", true}, {"ĐỖ THỊ HẠNH", true}, {"La Văn Cầu", true}, {"Do Ban Chỉ Đạo", false}, {"Là Thành Viên", false},
		{"Cơ Quan Chủ Quản Đơn Vị", false},
	} {
		if got := r.personName(c.s); got != c.want {
			t.Errorf("personName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestSignerHint(t *testing.T) {
	x := testExtractor(t)
	text := "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 5/KH-UBND\nNinh Thuận, ngày 2 tháng 6 năm 2020\nKẾ HOẠCH\nVề việc thử\nCăn cứ Luật.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\n"
	d := x.Extract(Input{Text: text, Hints: Hints{Signer: "Lê Văn Bình", Number: "6/KH-UBND"}})
	want := []Signer{{Name: "Lê Văn Bình", Title: "Phó Chủ tịch", Authority: "KT. Chủ tịch"}}
	if !reflect.DeepEqual(d.Signers, want) {
		t.Errorf("signers = %+v, want %+v", d.Signers, want)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "6/KH-UBND") {
		t.Errorf("warnings = %q, want one about the metadata number", d.Warnings)
	}
	d = x.Extract(Input{Text: text, Hints: Hints{Signer: "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ"}})
	if len(d.Signers) != 0 {
		t.Errorf("a signature stamp became a signer: %+v", d.Signers)
	}
}

// FuzzHdrNumber checks that number lines never panic and that a parsed
// number is made of the input's bytes.
func FuzzHdrNumber(f *testing.F) {
	for _, s := range []string{"Số: 1960/KH-UBND", "Số 05-NQ/ĐU", "Số: 162/2026/NĐ-CP", "Số:   /QĐ - SCT", "Số: ……/", "S\xffố"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := hdrNumber(s)
		if !ok {
			return
		}
		if n.Symbol == "" || !strings.Contains(n.Text, n.Symbol) || !strings.HasPrefix(n.Text, n.Num) {
			t.Errorf("hdrNumber(%q) = %+v: inconsistent", s, n)
		}
	})
}

// FuzzHeader runs the header, issuer and signature finders on arbitrary
// text: no panic, valid UTF-8 out of valid UTF-8 in, a known level.
func FuzzHeader(f *testing.F) {
	x := testExtractor(f)
	for _, s := range []string{
		"ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI\nSố: 1/KH-UBND   Lào Cai, ngày 1 tháng 2 năm 2026\nKẾ HOẠCH\nVề việc\nNơi nhận:\n- A;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A",
		"ỦY\nBAN NHÂN DÂN |\nSố hiệu: | 1/KH |\nNgười ký: | Lê Văn Bình |",
		"Kính gửi:\n-\n- \nT/M\nTM.\nKT. ",
		"V/v\nSố:\nngày tháng năm",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := x.Extract(Input{Text: s})
		switch d.Issuer.Level {
		case "", LevelCentral, LevelProvince, LevelDistrict, LevelCommune:
		default:
			t.Errorf("level %q", d.Issuer.Level)
		}
		if utf8.ValidString(s) {
			for _, v := range []string{d.Title, d.Issuer.Name, d.Issued.Place, d.DocType} {
				if !utf8.ValidString(v) {
					t.Errorf("invalid UTF-8 out: %q", v)
				}
			}
		}
	})
}

// BenchmarkHeader measures header, issuer and signature extraction alone on
// the seeds.
func BenchmarkHeader(b *testing.B) {
	x := testExtractor(b)
	texts := seedTexts(b)
	total := 0
	for _, s := range texts {
		total += len(s)
	}
	ts := make([]*text, len(texts))
	for i, s := range texts {
		ts[i] = newText(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range ts {
			var d Document
			x.header(t, Hints{}, &d)
		}
	}
}

func TestDocTypeAndTitleOnOneLine(t *testing.T) {
	x := testExtractor(t)
	d := x.Extract(Input{Text: "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 7/KH-UBND\nAn Giang, ngày 3 tháng 7 năm 2025\n## KẾ HOẠCH Thực hiện phong trào học tập suốt đời năm 2025\nCăn cứ Luật."})
	if d.DocType != "Kế hoạch" || d.Title != "Thực hiện phong trào học tập suốt đời năm 2025" {
		t.Errorf("doc_type %q title %q", d.DocType, d.Title)
	}
	if d.Issuer.Province2025 != "An Giang" || d.Issuer.Level != LevelProvince {
		t.Errorf("issuer %+v", d.Issuer)
	}
}

func TestLawNumber(t *testing.T) {
	x := testExtractor(t)
	d := x.Extract(Input{Text: "QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nLuật số: 42/2024/QH15\nHà Nội, ngày 29 tháng 6 năm 2024\nLUẬT\nQUẢN LÝ, SỬ DỤNG VŨ KHÍ, VẬT LIỆU NỔ VÀ CÔNG CỤ HỖ TRỢ\nCăn cứ Hiến pháp."})
	if d.Number == nil || d.Number.Text != "42/2024/QH15" || d.DocType != "Luật" || d.Issued.Date != "2024-06-29" || d.Issuer.Level != LevelCentral {
		t.Errorf("law: number %+v type %q date %q issuer %+v", d.Number, d.DocType, d.Issued.Date, d.Issuer)
	}
}

// BenchmarkHeaderFixtures measures header, issuer and signature extraction
// on the real and hand-written header fixtures.
func BenchmarkHeaderFixtures(b *testing.B) {
	x := testExtractor(b)
	files, err := filepath.Glob("testdata/header/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no header fixtures: %v", err)
	}
	var ts []*text
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		total += len(data)
		ts = append(ts, newText(string(data)))
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range ts {
			var d Document
			x.header(t, Hints{}, &d)
		}
	}
}

func TestRawHints(t *testing.T) {
	x := testExtractor(t)
	body := strings.Repeat("Nội dung kế hoạch.\n", 10)
	text := "Số hiệu 3853/KH-UBND\nLoại văn bản Kế hoạch\nNgười ký Nguyễn Lộc Hà\nLĩnh vực Văn hóa - Xã hội\n" + body +
		"Lĩnh vực văn hóa - xã hội của tỉnh đạt nhiều kết quả quan trọng trong năm qua, đời sống nhân dân được nâng lên rõ rệt.\n"
	h, metaFrom := x.hdr.rawHints(newText(text), Hints{})
	if h.Number != "3853/KH-UBND" || h.DocType != "Kế hoạch" || h.Signer != "Nguyễn Lộc Hà" || h.Field != "Văn hóa - Xã hội" || metaFrom != 0 {
		t.Errorf("rawHints = %+v, metaFrom %d", h, metaFrom)
	}
	h, _ = x.hdr.rawHints(newText(body+"Lĩnh vực văn hóa - xã hội của tỉnh đạt nhiều kết quả quan trọng trong năm qua, đời sống nhân dân được nâng lên rõ rệt.\n"), Hints{})
	if h.Field != "" {
		t.Errorf("a body sentence became the field: %q", h.Field)
	}
	// column headers of a table repeat one label: not a metadata table
	if _, mf := x.hdr.rawHints(newText(body+"TT\nSố hiệu UN\nLoại nhóm hàng\nSố hiệu nguy hiểm\n1\n"), Hints{}); mf != 0 {
		t.Errorf("a table's column headers ended the document at line %d", mf)
	}
	h, _ = x.hdr.rawHints(newText(text), Hints{Field: "Giáo dục"})
	if h.Field != "Giáo dục" {
		t.Errorf("a reader's hint was overridden: %q", h.Field)
	}
}

func TestClosingPlaceDate(t *testing.T) {
	x := testExtractor(t)
	text := "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nBIÊN BẢN\nThẩm định điều kiện kinh doanh xăng dầu\nHôm nay, tại trụ sở Công ty, Đoàn thẩm định đã làm việc.\n1. Thành phần.\n" +
		"Biên bản lập xong lúc 11 giờ cùng ngày.\n                 Lào Cai, ngày 12 tháng 6 năm 2026\nTRƯỞNG ĐOÀN\nHoàng Văn Thuân"
	d := x.Extract(Input{Text: text})
	if d.Issued.Date != "2026-06-12" || d.Issued.Place != "Lào Cai" || d.DocType != "Biên bản" || d.Issuer.Province2025 != "Lào Cai" {
		t.Errorf("issued %+v type %q issuer %+v", d.Issued, d.DocType, d.Issuer)
	}
	if len(d.Signers) != 1 || d.Signers[0].Name != "Hoàng Văn Thuân" {
		t.Errorf("signers %+v", d.Signers)
	}
}

func TestRecTrimColumn(t *testing.T) {
	r := testExtractor(t).hdr
	for _, c := range []struct{ in, want string }{
		{"Cộng ty CP XD Giao thông Yên Bái; ^ Á Ễ", "Cộng ty CP XD Giao thông Yên Bái"},
		{"Tổng công ty xây dựng Trường Sơn; PHÓ GIÁM ĐỐC", "Tổng công ty xây dựng Trường Sơn"},
		{"Công ty TNHH Vận tải Thông Đạt THỨ TRƯỞNG", "Công ty TNHH Vận tải Thông Đạt"},
		{"Như trên (Số 193 Nguyễn Huy Tưởng, phường Thanh Xuân", ""},
		{"Sở Tài chính", "Sở Tài chính"},
		{"Chủ tịch, các PCT UBND tỉnh", "Chủ tịch, các PCT UBND tỉnh"},
	} {
		if got := r.recTrimColumn(c.in); got != c.want {
			t.Errorf("recTrimColumn(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestConsolidatedText checks a văn bản hợp nhất of the gazette: the type
// from the line above the title or from the authentication block, the
// number, date and issuer from that block at the end, never the number and
// date of the text it consolidates.
func TestConsolidatedText(t *testing.T) {
	x := testExtractor(t)
	body := "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTHÔNG TƯ\nHướng dẫn quản lý lao động, tiền lương\n\n" +
		"Thông tư số 32/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội, có hiệu lực từ ngày 10 tháng 12 năm 2016, được sửa đổi, bổ sung bởi:\n" +
		"Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn quản lý lao động.\n\n"
	block := "BỘ LAO ĐỘNG - THƯƠNG BINH\tXÁC THỰC VĂN BẢN HỢP NHẤT\nVÀ XÃ HỘI\n\nSố: 462/VBHN-BLĐTBXH\tHà Nội, ngày 10 tháng 02 năm 2025\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Văn Thanh"
	for name, text := range map[string]string{
		"named above the title": "VĂN BẢN HỢP NHẤT -\nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\n" + body + block,
		"named by its block":    body + block,
	} {
		d := x.Extract(Input{Text: text})
		num := ""
		if d.Number != nil {
			num = d.Number.Text
		}
		got := strings.Join([]string{d.DocType, num, d.Issued.Date, d.Issued.Place, d.Issuer.Name}, " | ")
		want := "Văn bản hợp nhất | 462/VBHN-BLĐTBXH | 2025-02-10 | Hà Nội | Bộ Lao động - Thương binh và Xã hội"
		if got != want {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
}

// TestLongTypeWord checks a title word longer than its type's name:
// "CHƯƠNG TRÌNH HÀNH ĐỘNG" is a Chương trình, and "hành động" is not the
// start of its trích yếu.
func TestLongTypeWord(t *testing.T) {
	x := testExtractor(t)
	d := x.Extract(Input{Text: "TỈNH ỦY LÀO CAI\n*\nSố 104-CTr/TU\tĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 30 tháng 8 năm 2026\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng\n-----\nThực hiện Kết luận số 75-KL/TW, Tỉnh ủy ban hành Chương trình hành động như sau:"})
	if d.DocType != "Chương trình" || !strings.HasPrefix(d.Title, "thực hiện Kết luận") {
		t.Errorf("doc type %q, title %q; want Chương trình, 'thực hiện Kết luận …'", d.DocType, d.Title)
	}
}
