package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/rules"
)

func rulesForTest(t testing.TB) *rules.Set {
	t.Helper()
	r, err := rules.Builtin()
	if err != nil {
		t.Fatalf("built-in rules: %v", err)
	}
	return r
}

func htmlReadFixture(t *testing.T, name string) *Text {
	t.Helper()
	tx, err := ReadFile(context.Background(), filepath.Join("testdata", "html", name), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tx.Format != FormatHTML {
		t.Fatalf("format %q", tx.Format)
	}
	return tx
}

// TestReadHTMLFixtures reads pages laid out as the legal databases and
// portals lay them out: the document's lines come through in order, the
// furniture does not, and the metadata table becomes Hints.
func TestReadHTMLFixtures(t *testing.T) {
	cases := []struct {
		file  string
		enc   string
		hints extract.Hints
		lines []string // in order
		not   []string
	}{
		{
			file: "tvpl-kh-3853-binh-duong.html", enc: EncUTF8,
			hints: extract.Hints{Number: "3853/KH-UBND", DocType: "Kế hoạch", Issuer: "Tỉnh Bình Dương", Signer: "Nguyễn Lộc Hà",
				Date: "29/07/2022", EffectiveDate: "29/07/2022", Status: "Còn hiệu lực", Field: "Văn hóa - Xã hội",
				Title: "Kế hoạch 3853/KH-UBND năm 2022 thực hiện Chương trình \"Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2022-2030\" trên địa bàn tỉnh Bình Dương"},
			lines: []string{"ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 3853/KH-UBND", "Bình Dương, ngày 29 tháng 7 năm 2022", "KẾ HOẠCH", "I. MỤC TIÊU", "1. Mục tiêu chung"},
			not:   []string{"Trang chủ", "Quảng cáo", "giảm 50%", "Chia sẻ", "Văn bản liên quan", "387/QĐ-TTg năm 2022 phê duyệt", "Bình luận", "Giấy phép số 27", "_gaq", "dataLayer", "margin", "Số hiệu", "Người ký"},
		},
		{
			file: "vbpl-kh-1960-ninh-thuan.html", enc: EncUTF8,
			hints: extract.Hints{Number: "1960/KH-UBND", DocType: "Kế hoạch", Issuer: "Ủy ban nhân dân tỉnh Ninh Thuận", Signer: "Phó Chủ tịch; Lê Văn Bình",
				Date: "02/06/2020", EffectiveDate: "02/06/2020", Status: "Còn hiệu lực", Field: "Giáo dục", Title: "Kế hoạch 1960/KH-UBND"},
			lines: []string{"ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1960/KH-UBND", "Ninh Thuận, ngày 02 tháng 6 năm 2020", "KẾ HOẠCH", "Nơi nhận:", "- Bộ Giáo dục và Đào tạo;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Bình"},
			not:   []string{"Tra cứu", "Thuộc tính", "Lược đồ", "Văn bản mới", "giá đất", "Bản quyền", "Số ký hiệu", "Tình trạng hiệu lực"},
		},
		{
			file: "luatvietnam-cv-1132-kbang.html", enc: EncUTF8,
			hints: extract.Hints{Number: "1132/UBND-VX", DocType: "Công văn", Issuer: "Ủy ban nhân dân huyện Kbang", Date: "10/08/2021", Field: "Giáo dục-Đào tạo-Dạy nghề",
				Title: "Công văn 1132/UBND-VX của Ủy ban nhân dân huyện Kbang về việc triển khai thực hiện Chỉ thị số 14/CT-TTg ngày 25/5/2021 của Thủ tướng Chính phủ"},
			lines: []string{"ỦY BAN NHÂN DÂN", "HUYỆN KBANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1132 /UBND-VX", "Kbang, ngày 10 tháng 8 năm 2021", "Kính gửi:", "- Các Phòng, Ban huyện;", "PHÓ CHỦ TỊCH", "Y Phương"},
			not:   []string{"Đăng nhập", "Hotline", "Tin pháp luật", "Facebook", "giảm 30%", "Thuộc tính", "LuatVietnam", "Đã biết"},
		},
		{
			file: "portal-cp1258-kh-can-duoc.html", enc: EncCP1258,
			hints: extract.Hints{Number: "/KH-BCĐ", DocType: "Kế hoạch", Issuer: "Ban Chỉ đạo xây dựng xã hội học tập huyện Cần Đước", Date: "02/2024", Field: "Giáo dục",
				Title: "Kế hoạch thực hiện Phong trào thi đua xây dựng xã hội học tập"},
			lines: []string{"UBND HUYỆN CẦN ĐƯỚC", "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: /KH-BCĐ", "Cần Đước, ngày tháng 02 năm 2024", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "TRƯỞNG BAN", "Nguyễn Minh Vương"},
			not:   []string{"Giới thiệu", "Thủ tục hành chính", "Liên hệ", "Khu 1B", "Số ký hiệu"},
		},
		{
			file: "portal-news-kh-cam-thanh.html", enc: EncUTF8,
			hints: extract.Hints{Title: "UBND xã Cẩm Thành ban hành Kế hoạch xây dựng xã hội học tập"},
			lines: []string{"UBND XÃ CẨM THÀNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: /KH-UBND", "Cẩm Thành, ngày tháng 3 năm 2022", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU.", "CHỦ TỊCH", "Cao Văn Tình"},
			not:   []string{"Trang chủ", "Giới thiệu chung", "Đăng ngày", "Chia sẻ", "Một bình luận", "Kế hoạch rất thiết thực", "Bài viết liên quan", "Lịch công tác", "Bản quyền"},
		},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			tx := htmlReadFixture(t, c.file)
			if tx.Encoding != c.enc {
				t.Errorf("encoding %q, want %q", tx.Encoding, c.enc)
			}
			if tx.Hints != c.hints {
				t.Errorf("hints\n got %+v\nwant %+v", tx.Hints, c.hints)
			}
			lines := strings.Split(tx.Text, "\n")
			at := 0
			for _, w := range c.lines {
				found := false
				for ; at < len(lines); at++ {
					if lines[at] == w {
						found, at = true, at+1
						break
					}
				}
				if !found {
					t.Fatalf("line %q missing or out of order in:\n%s", w, tx.Text)
				}
			}
			for _, n := range c.not {
				if strings.Contains(tx.Text, n) {
					t.Errorf("furniture %q left in the text", n)
				}
			}
		})
	}
}

// TestReadHTMLExtract checks that pages give the fields of their documents
// once the metadata is lifted into Hints.
func TestReadHTMLExtract(t *testing.T) {
	ex := extract.New(rulesForTest(t))
	cases := []struct {
		file, number, docType, date string
	}{
		{"tvpl-kh-3853-binh-duong.html", "3853/KH-UBND", "Kế hoạch", "2022-07-29"},
		{"vbpl-kh-1960-ninh-thuan.html", "1960/KH-UBND", "Kế hoạch", "2020-06-02"},
		{"luatvietnam-cv-1132-kbang.html", "1132/UBND-VX", "Công văn", "2021-08-10"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			tx := htmlReadFixture(t, c.file)
			d := ex.Extract(tx.Input(c.file))
			if d.Number == nil || d.Number.Text != c.number {
				t.Errorf("number %+v, want %s", d.Number, c.number)
			}
			if d.DocType != c.docType {
				t.Errorf("type %q, want %q", d.DocType, c.docType)
			}
			if d.Issued.Date != c.date {
				t.Errorf("issued %+v, want %s", d.Issued, c.date)
			}
		})
	}
}

func TestReadHTMLCases(t *testing.T) {
	const body = "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện chương trình học tập suốt đời trên địa bàn tỉnh."
	tcvn := string(encodeLegacy(EncTCVN3, body))
	cases := []struct {
		name, page, want, enc string
	}{
		{"TCVN3 page declared windows-1252", `<html><head><meta charset="windows-1252"></head><body><p><font face=".VnTime">` + tcvn + `</font></p></body></html>`, body, EncTCVN3},
		{"BOM without meta", "\xef\xbb\xbf<html><body><p>" + body + "</p></body></html>", body, EncUTF8},
		{"br and entities", `<html><body><p>Kính gửi:&nbsp;Sở Công Thương;<br>Sở Tài chính &amp; Kế hoạch.</p></body></html>`, "Kính gửi: Sở Công Thương;\nSở Tài chính & Kế hoạch.", EncUTF8},
		{"inline tags do not split words", `<html><body><p><b>Số:</b> 12/<i>KH</i>-UBND</p></body></html>`, "Số: 12/KH-UBND", EncUTF8},
		{"pre keeps its lines", "<html><body><pre>Điều 1.\n   Phạm vi</pre></body></html>", "Điều 1.\nPhạm vi", EncUTF8},
		{"table cells are lines", `<html><body><table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH LÀO CAI</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table></body></html>`, "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", EncUTF8},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx, err := Read(context.Background(), "page.html", []byte(c.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(tx.Text, c.want) {
				t.Errorf("got\n%s\nwant it to hold\n%s", tx.Text, c.want)
			}
			if tx.Encoding != c.enc {
				t.Errorf("encoding %q, want %q", tx.Encoding, c.enc)
			}
		})
	}
}

func TestHTMLCharset(t *testing.T) {
	cases := []struct{ head, want string }{
		{`<meta charset="utf-8">`, "utf-8"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`, "windows-1258"},
		{`<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=ISO-8859-1">`, "iso-8859-1"},
		{`<meta charset='UTF-8' />`, "utf-8"},
		{`<html><body>no charset</body></html>`, ""},
	}
	for _, c := range cases {
		if got := htmlCharset([]byte(c.head)); got != c.want {
			t.Errorf("htmlCharset(%q) = %q, want %q", c.head, got, c.want)
		}
	}
}

func htmlFixtures(t testing.TB) [][]byte {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if len(paths) < 4 {
		t.Fatalf("html fixtures missing in testdata/html (%d)", len(paths))
	}
	var out [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func FuzzReadHTML(f *testing.F) {
	for _, b := range htmlFixtures(f) {
		f.Add(b)
	}
	f.Add([]byte(`<html><table><tr><td>Số hiệu:</td><td>Số hiệu:</td></tr></table><pre>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tx, err := readHTML(context.Background(), data, Options{})
		if err != nil {
			return
		}
		if len(tx.Text) > 4*len(data)+16 {
			t.Fatalf("text of %d bytes from %d", len(tx.Text), len(data))
		}
	})
}

func BenchmarkReadHTML(b *testing.B) {
	files := htmlFixtures(b)
	var size int64
	for _, f := range files {
		size += int64(len(f))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := readHTML(context.Background(), f, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestReadHTMLLabelElements reads a metadata box of label and value
// elements without colons, as portals built on div grids lay it out.
func TestReadHTMLLabelElements(t *testing.T) {
	page := `<html><body><div class="box-thuoctinh">
<div class="row"><span class="lbl">Số hiệu</span><span class="val">25/2024/QĐ-UBND</span></div>
<div class="row"><span class="lbl">Loại văn bản</span><span class="val">Quyết định</span></div>
<div class="row"><span class="lbl">Ngày ban hành</span><span class="val">15/03/2024</span></div>
<div class="row"><span class="lbl">Người ký</span><span class="val">Trịnh Xuân Trường</span></div>
</div>
<div class="noi-dung"><p>ỦY BAN NHÂN DÂN TỈNH LÀO CAI</p><p>QUYẾT ĐỊNH</p><p>Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Lào Cai</p>
<p>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</p><p>Số hiệu các văn bản được dẫn chiếu ghi ở Phụ lục kèm theo.</p></div></body></html>`
	tx, err := Read(context.Background(), "qd.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := extract.Hints{Number: "25/2024/QĐ-UBND", DocType: "Quyết định", Date: "15/03/2024", Signer: "Trịnh Xuân Trường"}
	if tx.Hints != want {
		t.Errorf("hints\n got %+v\nwant %+v", tx.Hints, want)
	}
	if strings.Contains(tx.Text, "Trịnh Xuân Trường") || !strings.Contains(tx.Text, "Số hiệu các văn bản được dẫn chiếu") || !strings.Contains(tx.Text, "QUYẾT ĐỊNH") {
		t.Errorf("metadata box left in or body lost:\n%s", tx.Text)
	}
}
